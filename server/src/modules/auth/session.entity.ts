import { Entity, ManyToOne, type Opt, Property, type Ref } from '@mikro-orm/core';
import { FirmOwned } from '../../db/firm-owned.entity.js';
import { FirmScoped } from '../../db/tenant.js';
import { User } from './user.entity.js';

/** A signed-in browser or client; only the hash of its token is kept. */
@Entity({ tableName: 'session' })
@FirmScoped()
export class Session extends FirmOwned {
  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade', index: true })
  user!: Ref<User>;

  @Property({ type: 'string', length: 64, unique: true })
  tokenHash!: string;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'Date' })
  expiresAt!: Date;

  @Property({ type: 'Date', nullable: true })
  revokedAt?: Date | null;
}
