import type { MikroORM } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.js';
import type { JobDefinition } from '../../jobs/job-queue.js';
import type { ObligationReminderService } from './obligation-reminders.service.js';

export const OBLIGATION_REMINDERS = 'obligation-reminders';

/** Every quarter of an hour: obligations coming due and gone overdue on each firm's calendar are announced, once each. */
export function obligationReminders(reminders: ObligationReminderService, orm: MikroORM, clock: Clock): JobDefinition {
  return { name: OBLIGATION_REMINDERS, cron: '*/15 * * * *', run: () => reminders.remind(orm, clock) };
}
