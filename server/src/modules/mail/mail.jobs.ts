import type { MikroORM } from '@mikro-orm/postgresql';
import type { JobDefinition } from '../../jobs/job-queue.js';
import type { MailFetchService } from './mail-fetch.service.js';

export const MAIL_FETCH = 'mail-fetch';

/** Every minute: new mail from every mailbox (one job per tick for the installation; safe if runs overlap). */
export function mailFetchJob(fetch: MailFetchService, orm: MikroORM): JobDefinition {
  return { name: MAIL_FETCH, cron: '* * * * *', run: () => fetch.fetchAll(orm) };
}
