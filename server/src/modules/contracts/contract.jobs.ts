import type { MikroORM } from '@mikro-orm/postgresql';
import type { JobDefinition } from '../../jobs/job-queue.js';
import { DOCUMENTS_JOB, type ContractDocumentService } from './contract-document.service.js';

/** Makes the waiting documents when asked, and every minute for any a lost request left waiting. */
export function contractDocumentsJob(documents: ContractDocumentService, orm: MikroORM): JobDefinition {
  return { name: DOCUMENTS_JOB, cron: '* * * * *', run: () => documents.generatePending(orm) };
}
