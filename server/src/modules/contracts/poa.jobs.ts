import type { MikroORM } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.js';
import type { JobDefinition } from '../../jobs/job-queue.js';
import { POA_EXPIRY_JOB, type PoaExpiryService } from './poa-expiry.service.js';

/**
 * The daily expiry watch. Firms keep different time zones, so it runs at the start of every hour
 * and acts on each firm's own date: a firm's new day is handled within the hour after its midnight,
 * and each row only once.
 */
export function poaExpiryJob(expiry: PoaExpiryService, orm: MikroORM, clock: Clock): JobDefinition {
  return { name: POA_EXPIRY_JOB, cron: '0 * * * *', run: () => expiry.run(orm, clock) };
}
