import type { MikroORM } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.js';
import type { JobDefinition } from '../../jobs/job-queue.js';
import type { FollowUpService } from './follow-up.service.js';

export const FOLLOW_UP_REMINDERS = 'follow-up-reminders';

/** Every minute: owners of follow-ups that came due or went overdue are told, once each. */
export function followUpReminders(followUps: FollowUpService, orm: MikroORM, clock: Clock): JobDefinition {
  return { name: FOLLOW_UP_REMINDERS, cron: '* * * * *', run: () => followUps.remind(orm, clock) };
}
