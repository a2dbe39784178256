import { raw } from '@mikro-orm/core';
import { LockMode, type FilterQuery, type QueryOrderMap } from '@mikro-orm/postgresql';
import { firmToday } from '../../clock.js';
import { conflict, fieldError, forbidden, notFound } from '../../graphql/errors.js';
import { decodeKeyset, encodeKeyset, type SortKey } from '../../graphql/keyset.js';
import type { Connection } from '../../graphql/pagination.js';
import type { SignedInScope } from '../../graphql/scope.js';
import { actorOf } from '../auth/principal.js';
import { recordedTransaction } from '../events/event-log.js';
import { ObligationStatus, OPEN_OBLIGATION_STATUSES, isOpen } from './client.enums.js';
import type { ChangeObligationStatusArgs, ObligationFilter } from './client.inputs.js';
import { canChangeObligation } from './client.policy.js';
import { CLIENTS_TOPIC } from './client.service.js';
import { Obligation } from './obligation.entity.js';

const OPEN_SQL = OPEN_OBLIGATION_STATUSES.map((s) => `'${s}'`).join(', ');
const rankSql = (alias: string) => `(case when ${alias}.status in (${OPEN_SQL}) then 0 else 1 end)`;
// the cursor carries "rank|due date"; the list is open ones first, then by due date
const CURSOR_KEY: SortKey = { column: 'due_date', kind: 'text', direction: 'asc' };
// a raw key serves one query: made afresh for each
const order = () => [{ [raw((alias) => rankSql(alias))]: 'asc' }, { dueDate: 'asc' }, { id: 'asc' }] as QueryOrderMap<Obligation>[];

/** The longest span the calendar view asks for: six weeks of a month grid and some. */
export const MAX_CALENDAR_SPAN_DAYS = 61;

/** Whether an obligation is open and past its due date on the firm's calendar. */
export function isOverdue(obligation: Pick<Obligation, 'status' | 'dueDate'>, today: string): boolean {
  return isOpen(obligation.status) && obligation.dueDate < today;
}

/** Obligations: the lists people work from and their status changes. */
export class ObligationService {
  /**
   * A page of obligations (of one client, or of one owner): open ones first — so the overdue,
   * being the earliest open ones, lead — then by due date; with the total. Two statements.
   */
  async list(scope: SignedInScope, base: { clientId?: string; ownerId?: string }, filter: ObligationFilter | null | undefined, first: number, after?: string | null): Promise<Connection<Obligation> & { totalCount: number }> {
    const { em, principal, clock } = scope;
    const today = firmToday(clock, principal.timeZone);
    const where: FilterQuery<Obligation> & Record<string, unknown> = {};
    if (base.clientId) where.client = base.clientId;
    if (base.ownerId) where.owner = base.ownerId;
    if (filter?.clientIds?.length) where.client = base.clientId ? { $in: filter.clientIds.filter((id) => id === base.clientId) } : { $in: filter.clientIds };
    if (filter?.kinds?.length) where.kind = { $in: filter.kinds };
    const statuses = filter?.overdueOnly ? (filter.statuses?.length ? filter.statuses.filter(isOpen) : [...OPEN_OBLIGATION_STATUSES]) : filter?.statuses;
    if (statuses?.length) where.status = { $in: statuses };
    const due: Record<string, string> = {};
    if (filter?.dueFrom) due.$gte = filter.dueFrom;
    if (filter?.dueTo) due.$lte = filter.dueTo;
    if (filter?.overdueOnly) due.$lt = filter.dueTo && filter.dueTo < today ? filter.dueTo : today;
    if (Object.keys(due).length) where.dueDate = due;
    let from: Record<string, []> | null = null;
    if (after) {
      const cursor = decodeKeyset('obligation', CURSOR_KEY, after);
      const [rank, dueDate] = (cursor.value ?? '').split('|');
      if (!/^[01]$/.test(rank ?? '') || !/^\d{4}-\d{2}-\d{2}$/.test(dueDate ?? '')) throw fieldError('after', 'after must be a cursor from this list');
      from = { [raw((alias) => `(${rankSql(alias)}, ${alias}.due_date, ${alias}.id) > (?, ?::date, ?::uuid)`, [Number(rank), dueDate, cursor.id]) as unknown as string]: [] };
    }
    const rows = await em.find(Obligation, from ? { $and: [where, from] } : where, { orderBy: order(), limit: first + 1 });
    const totalCount = await em.count(Obligation, where);
    const page = rows.slice(0, first);
    const cursor = (o: Obligation) => encodeKeyset('obligation', { value: `${isOpen(o.status) ? 0 : 1}|${o.dueDate}`, id: o.id });
    return {
      edges: page.map((node) => ({ cursor: cursor(node), node })),
      pageInfo: { hasNextPage: rows.length > first, endCursor: page.length ? cursor(page.at(-1)!) : null },
      totalCount,
    };
  }

  /**
   * The owner's obligations due in a span of days (a month or a week of the calendar view), by due
   * date, with the list's filter. One statement.
   */
  async between({ em, principal, clock }: SignedInScope, ownerId: string, from: string, to: string, filter: ObligationFilter | null | undefined): Promise<Obligation[]> {
    if (to < from) throw fieldError('to', 'The last day is before the first', 'TO_BEFORE_FROM');
    if ((Date.parse(to) - Date.parse(from)) / 86_400_000 > MAX_CALENDAR_SPAN_DAYS) throw fieldError('to', `A calendar shows at most ${MAX_CALENDAR_SPAN_DAYS + 1} days`, 'RANGE_TOO_LONG');
    const today = firmToday(clock, principal.timeZone);
    const where: FilterQuery<Obligation> & Record<string, unknown> = { owner: ownerId };
    if (filter?.clientIds?.length) where.client = { $in: filter.clientIds };
    if (filter?.kinds?.length) where.kind = { $in: filter.kinds };
    const statuses = filter?.overdueOnly ? (filter.statuses?.length ? filter.statuses.filter(isOpen) : [...OPEN_OBLIGATION_STATUSES]) : filter?.statuses;
    if (statuses?.length) where.status = { $in: statuses };
    const last = filter?.overdueOnly && today <= to ? null : to;
    where.dueDate = last ? { $gte: from, $lte: last } : { $gte: from, $lt: today };
    return em.find(Obligation, where, { orderBy: { dueDate: 'asc', title: 'asc', id: 'asc' } });
  }

  async get({ em }: SignedInScope, id: string): Promise<Obligation> {
    const obligation = await em.findOne(Obligation, { id });
    if (!obligation) throw notFound('Obligation');
    return obligation;
  }

  /**
   * Changes the status on the version the user saw: DONE with the day (default today, never in
   * the future) and an optional note or confirmation number; NOT_REQUIRED with a reason.
   */
  async changeStatus({ em, principal, clock }: SignedInScope, args: ChangeObligationStatusArgs): Promise<Obligation> {
    const today = firmToday(clock, principal.timeZone);
    const reason = args.reason?.trim() || null;
    if (args.status === ObligationStatus.NOT_REQUIRED && !reason) throw fieldError('reason', 'Say why it is not required', 'REASON_REQUIRED');
    const doneDate = args.status === ObligationStatus.DONE ? (args.doneDate ?? today) : null;
    if (doneDate && doneDate > today) throw fieldError('doneDate', 'It cannot be done after today', 'DONE_IN_FUTURE');
    return recordedTransaction(em, actorOf(principal), async (tx) => {
      const obligation = await tx.em.findOne(Obligation, { id: args.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!obligation) throw notFound('Obligation');
      if (!canChangeObligation(principal, { area: obligation.area, ownerId: obligation.owner?.id ?? null })) {
        throw forbidden('Only its accountant, the head of its department and the owner change an obligation');
      }
      if (obligation.version !== args.version) throw conflict('Someone has changed this obligation since you opened it', { currentVersion: obligation.version });
      const from = obligation.status;
      const note = args.note === undefined || args.note === null ? (obligation.note ?? null) : args.note.trim() || null;
      if (from === args.status && obligation.doneDate === doneDate && (obligation.note ?? null) === note && (args.status !== ObligationStatus.NOT_REQUIRED || obligation.notRequiredReason === reason)) return obligation;
      obligation.status = args.status;
      obligation.doneDate = doneDate;
      obligation.note = note;
      obligation.notRequiredReason = args.status === ObligationStatus.NOT_REQUIRED ? reason : null;
      tx.record({
        topic: CLIENTS_TOPIC,
        type: 'OBLIGATION_STATUS_CHANGED',
        subjectType: 'Obligation',
        subjectId: obligation.id,
        data: { clientId: obligation.client.id, title: obligation.title, status: { from, to: args.status }, doneDate, note, reason: obligation.notRequiredReason ?? null },
      });
      return obligation;
    });
  }
}
