import type { Scope, SignedInScope } from '../../graphql/scope.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../../graphql/context.js';
import { AppError, badInput, fieldError, type FieldError } from '../../graphql/errors.js';
import { inputErrors } from '../../graphql/validation.js';
import { actorOf } from '../auth/principal.js';
import { User } from '../auth/user.entity.js';
import { recordedTransaction } from '../events/event-log.js';
import { findRegion } from './rules/index.js';
import { checkLeadCard, type CardLookups, type LeadCard } from './lead-card.js';
import { Lead } from './lead.entity.js';
import { LeadSource } from './lead-lists.entity.js';
import { LeadInput, type LeadFilter, type LeadOrder } from './lead.inputs.js';
import { LEADS_TOPIC, type LeadDuplicate, type LeadService } from './lead.service.js';
import { legalFormOf, LeadTableError, readLeadTable, regionCodeOf, taxRegimeOf, writeLeadTable, type LeadTableRow } from './lead-table.js';

export interface UploadedFile {
  name: string;
  contentBase64: string;
}

export interface ImportRow {
  rowNumber: number;
  row: LeadTableRow;
  card: LeadCard | null;
  errors: FieldError[];
  duplicates: LeadDuplicate[];
}

const MAX_FILE_BYTES = 5 * 1024 * 1024;

function decode(file: UploadedFile): Buffer {
  const content = Buffer.from(file.contentBase64, 'base64');
  if (!content.length) throw fieldError('file', 'The file is empty', 'FILE_EMPTY');
  if (content.length > MAX_FILE_BYTES) throw fieldError('file', 'The file is larger than 5 MB', 'FILE_TOO_LARGE');
  return content;
}

/** Import of leads from CSV or XLSX (preview, then all valid rows in one transaction) and export to XLSX. */
export class LeadTransferService {
  constructor(private readonly leads: LeadService) {}

  /** Checks every row as the lead card would, plus duplicates in the firm and within the file. */
  async preview(scope: SignedInScope, file: UploadedFile): Promise<ImportRow[]> {
    const { em, principal } = scope;
    let table: LeadTableRow[];
    try {
      table = (await readLeadTable(file.name, decode(file))).rows;
    } catch (error) {
      if (error instanceof LeadTableError) throw fieldError('file', error.message, 'FILE_UNREADABLE');
      throw error;
    }
    // what every row looks up is read once: sources, the importer (each row's owner), then all duplicates
    const lookups: CardLookups = { sources: await em.find(LeadSource, {}), activeUsers: await em.find(User, { id: principal.userId, active: true }) };
    const checked: { rowNumber: number; row: LeadTableRow; card: LeadCard | null; errors: FieldError[] }[] = [];
    for (const [index, row] of table.entries()) {
      const errors: FieldError[] = [];
      const input = this.inputOf(row, lookups.sources, errors);
      // a cell gets the limits an API caller gets (length, NUL, broken surrogates) before it reaches the database
      const refused = (await inputErrors(LeadInput, input)).filter((e) => e.code !== 'isLength' || input[e.field as keyof LeadInput]);
      errors.push(...refused);
      let card: LeadCard | null = null;
      if (!refused.length) {
        try {
          card = await checkLeadCard(em, input, principal.userId, lookups);
        } catch (error) {
          if (error instanceof AppError && error.extensions.code === 'BAD_USER_INPUT') errors.push(...((error.extensions.fields as FieldError[]) ?? []));
          else throw error;
        }
      }
      checked.push({ rowNumber: index + 2, row, card, errors });
    }
    const stored = await this.leads.duplicatesOfMany(scope, checked.map((c) => c.card ?? {}));
    const seen = new Map<string, number>();
    return checked.map(({ rowNumber, row, card, errors }, index) => {
      let duplicates: LeadDuplicate[] = [];
      if (card) {
        duplicates = stored[index]!;
        if (duplicates.length) errors.push({ field: 'duplicate', message: `Matches an existing lead: ${duplicates.map((d) => d.lead.companyName).join(', ')}` });
        for (const [kind, value] of [['INN', card.inn], ['phone', card.phone], ['e-mail', card.email]] as const) {
          if (!value) continue;
          const earlier = seen.get(`${kind}:${value}`);
          if (earlier) errors.push({ field: 'duplicate', message: `Same ${kind} as row ${earlier}` });
          else seen.set(`${kind}:${value}`, rowNumber);
        }
      }
      return { rowNumber, row, card: errors.length ? null : card, errors, duplicates };
    });
  }

  private inputOf(row: LeadTableRow, sources: readonly LeadSource[], errors: FieldError[]): LeadInput {
    const legalForm = legalFormOf(row.legalForm, row.inn, row.companyName);
    if (!legalForm) errors.push({ field: 'legalForm', message: `Unknown legal form "${row.legalForm}"` });
    const taxRegime = taxRegimeOf(row.taxRegime);
    if (taxRegime === undefined) errors.push({ field: 'taxRegime', message: `Unknown tax regime "${row.taxRegime}"` });
    const regionCode = regionCodeOf(row.region);
    if (regionCode === undefined || (regionCode && !findRegion(regionCode))) errors.push({ field: 'regionCode', message: `Unknown region "${row.region}"` });
    const source = row.source ? sources.find((s) => s.name.toLowerCase() === row.source!.toLowerCase()) : null;
    if (row.source && !source) errors.push({ field: 'sourceId', message: `Unknown lead source "${row.source}"` });
    return {
      lastName: row.lastName ?? '',
      firstName: row.firstName ?? '',
      patronymic: row.patronymic ?? null,
      legalForm: legalForm ?? ('ORGANIZATION' as LeadInput['legalForm']),
      companyName: row.companyName ?? '',
      inn: row.inn ?? null,
      taxRegime: taxRegime ?? null,
      okvedCode: row.okvedCode ?? null,
      activity: row.activity ?? null,
      regionCode: regionCode && findRegion(regionCode) ? regionCode : null,
      sourceId: source?.id ?? null,
      phone: row.phone ?? null,
      email: row.email ?? null,
      notes: row.notes ?? null,
    } as LeadInput;
  }

  /** Imports the valid rows, all or nothing; rows with errors are skipped and counted. */
  async import(scope: SignedInScope, file: UploadedFile): Promise<{ imported: Lead[]; skipped: number }> {
    const { em, principal } = scope;
    const rows = await this.preview(scope, file);
    const valid = rows.filter((r) => r.card);
    if (!valid.length) throw badInput('No valid rows to import', [{ field: 'file', message: 'every row has errors', code: 'NO_VALID_ROWS' }]);
    const imported = await recordedTransaction(em, actorOf(principal), async (tx) => {
      const created = valid.map((r) => tx.em.create(Lead, { firm: principal.firmId, ...r.card! }));
      tx.record({ topic: LEADS_TOPIC, type: 'LEADS_IMPORTED', subjectType: 'Firm', subjectId: principal.firmId, data: { file: file.name, imported: created.length, skipped: rows.length - created.length } });
      for (const lead of created) {
        tx.record({ topic: LEADS_TOPIC, type: 'LEAD_CREATED', subjectType: 'Lead', subjectId: lead.id, data: { companyName: lead.companyName, stage: lead.stage, imported: file.name } });
      }
      return created;
    });
    return { imported, skipped: rows.length - imported.length };
  }

  /** The filtered list as an XLSX workbook whose columns import back as they are. */
  async export(scope: Scope, filter: LeadFilter | null | undefined, order: LeadOrder | null | undefined): Promise<Buffer> {
    const leads = await this.leads.all(scope, filter, order);
    return writeLeadTable(
      leads.map((lead) => ({
        lastName: lead.lastName,
        firstName: lead.firstName,
        patronymic: lead.patronymic ?? null,
        legalForm: lead.legalForm,
        companyName: lead.companyName,
        inn: lead.inn ?? null,
        taxRegime: lead.taxRegime ?? null,
        okvedCode: lead.okvedCode ?? null,
        activity: lead.activity ?? null,
        region: lead.regionCode ? (findRegion(lead.regionCode)?.name ?? lead.regionCode) : null,
        source: lead.source?.getEntity().name ?? null,
        phone: lead.phone ?? null,
        email: lead.email ?? null,
        notes: lead.notes ?? null,
        stage: lead.stage,
        owner: lead.owner?.getEntity().name ?? null,
        createdAt: lead.createdAt,
      })),
    );
  }
}
