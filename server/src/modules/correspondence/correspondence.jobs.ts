import type { MikroORM } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.js';
import type { JobDefinition } from '../../jobs/job-queue.js';
import type { DocumentRequestService } from './document-request.service.js';
import type { FollowUpService } from './follow-up.service.js';

export const FOLLOW_UP_REMINDERS = 'follow-up-reminders';

/** Every minute: owners of follow-ups that came due or went overdue are told, once each. */
export function followUpReminders(followUps: FollowUpService, orm: MikroORM, clock: Clock): JobDefinition {
  return { name: FOLLOW_UP_REMINDERS, cron: '* * * * *', run: () => followUps.remind(orm, clock) };
}

export const DOCUMENT_REQUEST_REMINDERS = 'document-request-reminders';

/** Every five minutes: the responsible people of requests whose due day has ended are told, once each. */
export function documentRequestReminders(requests: DocumentRequestService, orm: MikroORM, clock: Clock): JobDefinition {
  return { name: DOCUMENT_REQUEST_REMINDERS, cron: '*/5 * * * *', run: () => requests.remindOverdue(orm, clock) };
}
