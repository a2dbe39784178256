import { Entity, OneToOne, type Opt, Property, type Ref } from '@mikro-orm/core';
import { FirmOwned } from '../../db/firm-owned.entity.js';
import { FirmScoped } from '../../db/tenant.js';
import { User } from '../auth/user.entity.js';

/** Days before a due date a user is reminded of their obligations; no row means the default. */
export const DEFAULT_REMINDER_DAYS = 3;
export const MAX_REMINDER_DAYS = 30;

/** One user's reminder setting for obligations. */
@Entity({ tableName: 'obligation_reminder_setting' })
@FirmScoped()
export class ObligationReminderSetting extends FirmOwned {
  @OneToOne(() => User, { ref: true, owner: true, unique: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  /** 0 turns the advance reminder off (the overdue notice stays). */
  @Property({ type: 'smallint', default: DEFAULT_REMINDER_DAYS })
  daysBefore: number & Opt = DEFAULT_REMINDER_DAYS;

  @Property({ type: 'Date', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}
