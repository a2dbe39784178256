import type { Scope, SignedInScope } from '../../graphql/scope.js';
import { LockMode, type EntityManager, type FilterQuery, type QueryOrderMap } from '@mikro-orm/postgresql';
import type { Principal } from '../../graphql/context.js';
import { conflict, fieldError, notFound } from '../../graphql/errors.js';
import { decodeKeyset, encodeKeyset, keysetAfter, keysetOrder, keyValue, type SortKey } from '../../graphql/keyset.js';
import type { Connection } from '../../graphql/pagination.js';
import { actorOf } from '../auth/principal.js';
import { recordedTransaction, type RecordingTransaction } from '../events/event-log.js';
import { batch } from '../../graphql/batch.js';
import { countRows, readRows } from '../../db/rows.js';
import { checkLeadCard, type LeadCard } from './lead-card.js';
import { LeadStage } from './lead.enums.js';
import { Lead } from './lead.entity.js';
import { LostReason } from './lead-lists.entity.js';
import { answerCard, insertLeadCard, readForCard, updateLeadCard } from './lead-write.js';
import { LeadOrderField, SortDirection, type LeadFilter, type LeadInput, type LeadOrder, type MoveLeadStageArgs } from './lead.inputs.js';

export const LEADS_TOPIC = 'leads';

export type DuplicateField = 'INN' | 'PHONE' | 'EMAIL';

export interface LeadDuplicate {
  lead: Lead;
  matchedOn: DuplicateField[];
}

export interface DuplicateProbe {
  inn?: string | null;
  phone?: string | null;
  email?: string | null;
  excludeId?: string | null;
}

const MAX_DUPLICATES = 20;

function matchedOn(probe: DuplicateProbe, lead: Lead): DuplicateField[] {
  return [
    ...(probe.inn && lead.inn === probe.inn ? ['INN' as const] : []),
    ...(probe.phone && lead.phone === probe.phone ? ['PHONE' as const] : []),
    ...(probe.email && lead.email === probe.email ? ['EMAIL' as const] : []),
  ];
}

const TRACKED: (keyof LeadCard)[] = [
  'lastName', 'firstName', 'patronymic', 'legalForm', 'companyName', 'inn', 'taxRegime', 'okvedCode',
  'activity', 'regionCode', 'source', 'phone', 'email', 'owner', 'notes', 'extra',
];

function comparable(value: unknown): unknown {
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: string }).id;
  return value ?? null;
}

/** Field-by-field { from, to } of what an edit changes; references by id. */
function diff(lead: Lead, card: LeadCard): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of TRACKED) {
    const before = comparable((lead as unknown as Record<string, unknown>)[key]);
    const after = comparable(card[key]);
    if (JSON.stringify(before) !== JSON.stringify(after)) changes[key] = { from: before, to: after };
  }
  return changes;
}

const ORDER_COLUMNS: Record<LeadOrderField, keyof Lead> = {
  CREATED_AT: 'createdAt',
  UPDATED_AT: 'updatedAt',
  COMPANY_NAME: 'companyName',
  LAST_NAME: 'lastName',
  STAGE: 'stage',
};

/** The table's sort keys as keyset columns (stage compares in the pipeline's enum order). */
const SORT_KEYS: Record<LeadOrderField, Omit<SortKey, 'direction'>> = {
  CREATED_AT: { column: 'created_at', kind: 'timestamp' },
  UPDATED_AT: { column: 'updated_at', kind: 'timestamp' },
  COMPANY_NAME: { column: 'company_name', kind: 'text' },
  LAST_NAME: { column: 'last_name', kind: 'text' },
  STAGE: { column: 'stage', kind: 'text' },
};

/** Lead cards, their pipeline and their duplicates. */
export class LeadService {
  /** Creates a lead card; the creator owns it unless another manager is named. Two round trips. */
  async create({ em, principal }: SignedInScope, input: LeadInput): Promise<Lead> {
    const ownerId = input.ownerId ?? principal.userId;
    const { lookups } = await readForCard(em, principal.firmId, { sourceId: input.sourceId, ownerId }, null);
    const card = await checkLeadCard(em, input, principal.userId, lookups);
    return insertLeadCard(em, actorOf(principal), card, (lead) => ({ topic: LEADS_TOPIC, type: 'LEAD_CREATED', subjectType: 'Lead', subjectId: lead.id, data: { companyName: lead.companyName, stage: lead.stage } }));
  }

  /**
   * Saves an edit made on the version the user saw; a stale version is refused with CONFLICT.
   * Two round trips: the lead with what the card names, then the versioned write with its event.
   */
  async update({ em, principal }: SignedInScope, id: string, version: number, input: LeadInput): Promise<Lead> {
    const { lead, lookups, currentOwner } = await readForCard(em, principal.firmId, input, id);
    const card = await checkLeadCard(em, input, null, lookups);
    if (!lead) throw notFound('Lead');
    if (lead.version !== version) throw this.stale(lead);
    if (!input.ownerId) card.owner = currentOwner;
    const changes = diff(lead, card);
    if (!Object.keys(changes).length) return answerCard(em, lead, card);
    const written = await updateLeadCard(em, actorOf(principal), lead, card, { topic: LEADS_TOPIC, type: 'LEAD_UPDATED', subjectType: 'Lead', subjectId: lead.id, data: { companyName: card.companyName, ...changes } });
    if (written) return written;
    const current = await em.findOne(Lead, { id }, { refresh: true });
    throw current ? this.stale(current) : notFound('Lead');
  }

  /** Moves the lead along the pipeline; LOST needs a reason from the firm's list. */
  async moveStage({ em, principal }: SignedInScope, args: MoveLeadStageArgs): Promise<Lead> {
    const reason = args.lostReasonId ? await em.findOne(LostReason, { id: args.lostReasonId }) : null;
    if (args.stage === LeadStage.LOST && !reason) throw fieldError('lostReasonId', 'A lost lead needs a reason from the list', 'LOST_REASON_REQUIRED');
    return recordedTransaction(em, actorOf(principal), async (tx) => {
      const lead = await this.lockForEdit(tx.em, args.id, args.version);
      const nextReason = args.stage === LeadStage.LOST ? reason : null;
      if (lead.stage === args.stage && (lead.lostReason?.id ?? null) === (nextReason?.id ?? null)) return lead;
      this.recordStage(tx, lead, args.stage, nextReason);
      return lead;
    });
  }

  /** Called inside the pricing transaction: the first saved run moves an early lead to PRICED. */
  markPriced(tx: RecordingTransaction, lead: Lead): void {
    if (lead.stage === LeadStage.NEW || lead.stage === LeadStage.CONTACTED) this.recordStage(tx, lead, LeadStage.PRICED, null);
  }

  /** Called inside the transaction that makes the lead a client: the lead is won. */
  markWon(tx: RecordingTransaction, lead: Lead): void {
    if (lead.stage !== LeadStage.WON) this.recordStage(tx, lead, LeadStage.WON, null);
  }

  private recordStage(tx: RecordingTransaction, lead: Lead, stage: LeadStage, reason: LostReason | null): void {
    const from = lead.stage;
    lead.stage = stage;
    lead.lostReason = reason ? tx.em.getReference(LostReason, reason.id, { wrapped: true }) : null;
    tx.record({
      topic: LEADS_TOPIC,
      type: 'LEAD_STAGE_CHANGED',
      subjectType: 'Lead',
      subjectId: lead.id,
      data: { companyName: lead.companyName, stage: { from, to: stage }, ...(reason ? { lostReason: reason.name } : {}) },
    });
  }

  private async lockForEdit(em: EntityManager, id: string, version: number): Promise<Lead> {
    const lead = await em.findOne(Lead, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!lead) throw notFound('Lead');
    if (lead.version !== version) throw this.stale(lead);
    return lead;
  }

  private stale(lead: Lead) {
    return conflict('Someone has changed this lead since you opened it', { currentVersion: lead.version, current: { id: lead.id, version: lead.version, stage: lead.stage, companyName: lead.companyName } });
  }

  async get({ em }: Scope, id: string): Promise<Lead> {
    const lead = await em.findOne(Lead, { id });
    if (!lead) throw notFound('Lead');
    return lead;
  }

  /** A page of leads matching the filter, with the total count for the table footer. */
  async list({ em }: Scope, filter: LeadFilter | null | undefined, order: LeadOrder | null | undefined, first: number, after?: string | null): Promise<Connection<Lead> & { totalCount: number }> {
    const where = this.where(filter);
    const field = order?.field ?? LeadOrderField.CREATED_AT;
    const key: SortKey = { ...SORT_KEYS[field], direction: (order?.direction ?? SortDirection.DESC) === SortDirection.ASC ? 'asc' : 'desc' };
    // the order is part of the cursor's scope: a cursor of another order would page wrongly
    const scope = `lead:${field}:${key.direction}`;
    const from = after ? keysetAfter(key, decodeKeyset(scope, key, after)) : null;
    // the page and the count on two connections at once: the list waits for one round trip, not two
    const [leads, totalCount] = await Promise.all([
      readRows(em, Lead, from ? { $and: [where, from] } : where, { orderBy: keysetOrder(key) as QueryOrderMap<Lead>[], limit: first + 1 }),
      countRows(em, Lead, where),
    ]);
    const page = leads.slice(0, first);
    const cursor = (lead: Lead) => encodeKeyset(scope, { value: keyValue(lead[ORDER_COLUMNS[field]]), id: lead.id });
    return {
      edges: page.map((node) => ({ cursor: cursor(node), node })),
      pageInfo: { hasNextPage: leads.length > first, endCursor: page.length ? cursor(page.at(-1)!) : null },
      totalCount,
    };
  }

  /** Every lead matching the filter, for export. */
  async all({ em }: Scope, filter: LeadFilter | null | undefined, order: LeadOrder | null | undefined): Promise<Lead[]> {
    const column = ORDER_COLUMNS[order?.field ?? LeadOrderField.CREATED_AT];
    const direction = (order?.direction ?? SortDirection.DESC) === SortDirection.ASC ? 'asc' : 'desc';
    return em.find(Lead, this.where(filter), { orderBy: [{ [column]: direction }, { id: 'asc' }] as QueryOrderMap<Lead>[], populate: ['source', 'owner', 'lostReason'] });
  }

  private where(filter: LeadFilter | null | undefined): FilterQuery<Lead> {
    const where: FilterQuery<Lead> & Record<string, unknown> = {};
    if (filter?.stages?.length) where.stage = { $in: filter.stages };
    if (filter?.sourceIds?.length) where.source = { $in: filter.sourceIds };
    if (filter?.taxRegimes?.length) where.taxRegime = { $in: filter.taxRegimes };
    if (filter?.legalForm) where.legalForm = filter.legalForm;
    if (filter?.regionCodes?.length) where.regionCode = { $in: filter.regionCodes };
    if (filter?.ownerIds?.length) where.owner = { $in: filter.ownerIds };
    const search = filter?.search?.trim();
    if (search) {
      const like = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      const digits = search.replace(/\D/g, '');
      where.$or = [
        { lastName: { $ilike: like } },
        { firstName: { $ilike: like } },
        { patronymic: { $ilike: like } },
        { companyName: { $ilike: like } },
        { email: { $ilike: like } },
        ...(digits.length >= 3 ? [{ inn: { $like: `%${digits}%` } }, { phone: { $like: `%${digits}%` } }] : []),
      ];
    }
    return where;
  }

  /** Other leads of the firm with the same INN, phone or e-mail: shown as a warning, never merged. */
  async duplicates({ em }: Scope, probe: DuplicateProbe): Promise<LeadDuplicate[]> {
    const or = [
      ...(probe.inn ? [{ inn: probe.inn }] : []),
      ...(probe.phone ? [{ phone: probe.phone }] : []),
      ...(probe.email ? [{ email: probe.email }] : []),
    ];
    if (!or.length) return [];
    const where: FilterQuery<Lead> = probe.excludeId ? { $or: or, id: { $ne: probe.excludeId } } : { $or: or };
    const matches = await em.find(Lead, where, { orderBy: { createdAt: 'asc' }, limit: MAX_DUPLICATES });
    return matches.map((lead) => ({ lead, matchedOn: matchedOn(probe, lead) }));
  }

  /**
   * `duplicates` for many probes at once (an import file), in one statement however many there
   * are: each probe gets what `duplicates` would give it. Up to three parameters per probe, so
   * a 5,000-row file stays far below PostgreSQL's 65,535.
   */
  async duplicatesOfMany({ em }: Scope, probes: readonly DuplicateProbe[]): Promise<LeadDuplicate[][]> {
    const values = (key: 'inn' | 'phone' | 'email') => [...new Set(probes.map((p) => p[key]).filter((v): v is string => !!v))];
    const [inns, phones, emails] = [values('inn'), values('phone'), values('email')];
    const or = [
      ...(inns.length ? [{ inn: { $in: inns } }] : []),
      ...(phones.length ? [{ phone: { $in: phones } }] : []),
      ...(emails.length ? [{ email: { $in: emails } }] : []),
    ];
    const candidates = or.length ? await readRows(em, Lead, { $or: or }, { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }) : [];
    // positions by value, so that a file matching thousands of stored leads is not rows × leads
    const byValue = new Map<string, number[]>();
    candidates.forEach((lead, index) => {
      for (const key of [`inn:${lead.inn}`, `phone:${lead.phone}`, `email:${lead.email}`]) {
        const positions = byValue.get(key);
        if (positions) positions.push(index);
        else byValue.set(key, [index]);
      }
    });
    return probes.map((probe) => {
      const positions = new Set<number>();
      if (probe.inn) byValue.get(`inn:${probe.inn}`)?.forEach((i) => positions.add(i));
      if (probe.phone) byValue.get(`phone:${probe.phone}`)?.forEach((i) => positions.add(i));
      if (probe.email) byValue.get(`email:${probe.email}`)?.forEach((i) => positions.add(i));
      return [...positions]
        .sort((a, b) => a - b)
        .map((i) => candidates[i]!)
        .filter((lead) => lead.id !== probe.excludeId)
        .slice(0, MAX_DUPLICATES)
        .map((lead) => ({ lead, matchedOn: matchedOn(probe, lead) }));
    });
  }

  /** Other leads with the same INN, phone or e-mail as this one; the leads of a list ask together. */
  duplicatesOfLead(scope: Scope, lead: Lead): Promise<LeadDuplicate[]> {
    return this.duplicatesOfLeads.load(scope, lead);
  }

  private readonly duplicatesOfLeads = batch<Lead, LeadDuplicate[]>({
    load: async (scope, leads) => {
      const found = await this.duplicatesOfMany(scope, leads.map((lead) => ({ inn: lead.inn, phone: lead.phone, email: lead.email, excludeId: lead.id })));
      return new Map(leads.map((lead, i) => [lead.id, found[i]!]));
    },
    missing: () => [],
    idOf: (lead) => lead.id,
  });
}
