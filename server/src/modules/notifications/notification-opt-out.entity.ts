import { Entity, ManyToOne, type Opt, Property, type Ref, Unique } from '@mikro-orm/core';
import { FirmOwned } from '../../db/firm-owned.entity.js';
import { FirmScoped } from '../../db/tenant.js';
import { User } from '../auth/user.entity.js';

/** A kind of notification one user does not want: `notify` skips them for it. Every kind is on until turned off. */
@Entity({ tableName: 'notification_opt_out' })
@FirmScoped()
@Unique({ properties: ['user', 'kind'] })
export class NotificationOptOut extends FirmOwned {
  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Property({ type: 'string', length: 60 })
  kind!: string;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
