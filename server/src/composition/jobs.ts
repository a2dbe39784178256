import type { MikroORM } from '@mikro-orm/postgresql';
import type { Clock } from '../clock.js';
import type { JobDefinition } from '../jobs/job-queue.js';
import { documentRequestReminders, followUpReminders } from '../modules/correspondence/correspondence.jobs.js';
import { contractDocumentsJob } from '../modules/contracts/contract.jobs.js';
import { poaExpiryJob } from '../modules/contracts/poa.jobs.js';
import { obligationReminders } from '../modules/clients/clients.jobs.js';
import { mailFetchJob } from '../modules/mail/mail.jobs.js';
import type { AppServices } from './services.js';

/** Every area's scheduled work, run by the one job queue. */
export function scheduledJobs(services: AppServices, orm: MikroORM, clock: Clock): JobDefinition[] {
  return [followUpReminders(services.followUps, orm, clock), documentRequestReminders(services.documentRequests, orm, clock), obligationReminders(services.obligationReminders, orm, clock), contractDocumentsJob(services.contractDocuments, orm), mailFetchJob(services.mailFetch, orm), poaExpiryJob(services.poaExpiry, orm, clock)];
}
