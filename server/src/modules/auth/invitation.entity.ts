import { Entity, ManyToOne, type Opt, Property, type Ref } from '@mikro-orm/core';
import { FirmOwned } from '../../db/firm-owned.entity.js';
import { FirmScoped } from '../../db/tenant.js';
import { User } from './user.entity.js';

/** A one-time link that lets an invited user set a password. */
@Entity({ tableName: 'invitation' })
@FirmScoped()
export class Invitation extends FirmOwned {
  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Property({ type: 'string', length: 64, unique: true })
  tokenHash!: string;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'Date' })
  expiresAt!: Date;

  @Property({ type: 'Date', nullable: true })
  acceptedAt?: Date | null;
}
