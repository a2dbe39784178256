import { randomUUID } from 'node:crypto';
import { raw } from '@mikro-orm/core';
import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { firmToday } from '../../clock.js';
import { badInput, fieldError, forbidden, conflict, notFound, type FieldError } from '../../graphql/errors.js';
import type { SignedInScope } from '../../graphql/scope.js';
import { actorOf } from '../auth/principal.js';
import { User } from '../auth/user.entity.js';
import { recordedTransaction, type RecordingTransaction } from '../events/event-log.js';
import { generateSchedule, ScheduleError, FIRST_SCHEDULE_YEAR, type ScheduledObligation, type ScheduleOptions } from '../schedule/engine.js';
import type { ProductionCalendarService } from '../schedule/production-calendar.service.js';
import { closingsFor, ownerOn, holderOn, type Holding } from './assignment-rules.js';
import { Client, ClientAssignment } from './client.entity.js';
import { ClientStatus, OPEN_OBLIGATION_STATUSES, ObligationStatus } from './client.enums.js';
import { canAssignArea, mayHoldArea } from './client.policy.js';
import { CLIENTS_TOPIC, lockClient } from './client.service.js';
import { Obligation } from './obligation.entity.js';
import { DROPPED_BY_PROFILE, diffStoredSchedule, isEmptyStoredDiff, type StoredItem, type StoredScheduleDiff } from './schedule-diff.js';
import { ServiceArea, taxProfileOf } from './schedule-link.js';

const holdingOf = (a: ClientAssignment): Holding => ({ id: a.id, area: a.area, accountantId: a.accountant.id, fromDate: a.fromDate, toDate: a.toDate ?? null });

const storedOf = (o: Obligation): StoredItem => ({
  id: o.id,
  key: o.key,
  code: o.code as StoredItem['code'],
  kind: o.kind,
  recipient: o.recipient,
  period: o.period,
  part: null,
  nominalDate: o.nominalDate,
  dueDate: o.dueDate,
  area: o.area,
  title: o.title,
  provisional: o.provisional,
  unverified: false,
  status: o.status,
  note: o.note ?? null,
  notRequiredReason: o.notRequiredReason ?? null,
});

/**
 * The span a client's schedule covers: from the service start to the end of the year after the
 * firm's current one (or of the start's year, if that is later).
 */
export function scheduleSpan(serviceStart: string, today: string): { from: string; years: number[] } {
  const startYear = Number(serviceStart.slice(0, 4));
  const lastYear = Math.max(Number(today.slice(0, 4)) + 1, startYear);
  return { from: serviceStart, years: Array.from({ length: lastYear - startYear + 1 }, (_, i) => startYear + i) };
}

/**
 * Every obligation of the client's profile in its span, by the firm's calendars (`options`: the
 * loaded production calendars); the engine's refusals are the caller's input errors.
 */
function computeSchedule(client: Client, today: string, options: ScheduleOptions): ScheduledObligation[] {
  const start = client.serviceStartDate!;
  if (Number(start.slice(0, 4)) < FIRST_SCHEDULE_YEAR) throw fieldError('serviceStartDate', `Schedules start with ${FIRST_SCHEDULE_YEAR}`, 'SCHEDULE_YEAR_NOT_SUPPORTED');
  const { from, years } = scheduleSpan(start, today);
  const profile = taxProfileOf(client);
  try {
    return years.flatMap((year) => generateSchedule(profile, year, options)).filter((item) => item.dueDate >= from);
  } catch (error) {
    if (error instanceof ScheduleError) throw fieldError('profile', error.message, error.code);
    throw error;
  }
}

/** A row to insert for a scheduled item, owned by whoever holds its area on its due date. */
function obligationRow(firmId: string, clientId: string, item: ScheduledObligation, holdings: readonly Holding[]) {
  return {
    id: randomUUID(),
    firm: firmId,
    client: clientId,
    key: item.key,
    code: item.code,
    kind: item.kind,
    recipient: item.recipient,
    period: item.period,
    nominalDate: item.nominalDate,
    dueDate: item.dueDate,
    area: item.area,
    title: item.title,
    provisional: item.provisional,
    owner: ownerOn(holdings, item.area, item.dueDate),
    status: ObligationStatus.PLANNED,
    version: 1,
  };
}

/** Which client's diff the user saw: applying it again after it changed is refused. */
export interface SeenDiff {
  clientId: string;
  digest: string;
}

/** Acceptance, the accountants per area and the client's compliance schedule. */
export class ClientScheduleService {
  constructor(private readonly calendars: ProductionCalendarService) {}

  /**
   * Accepts the client on the version the user saw: ACTIVE from `activeFrom`, each area the
   * client is served in (and each area its schedule has items in) held by an accountant on that
   * day, and the schedule from the service start to the end of next year stored in one insert.
   */
  async accept({ em, principal, clock }: SignedInScope, id: string, version: number, activeFrom?: string | null): Promise<Client> {
    const today = firmToday(clock, principal.timeZone);
    return recordedTransaction(em, actorOf(principal), async (tx) => {
      const client = await lockClient(tx.em, id, version);
      if (client.status !== ClientStatus.ONBOARDING) throw fieldError('id', `The client is already ${client.status}`, 'CLIENT_ALREADY_ACCEPTED');
      const since = activeFrom ?? client.serviceStartDate ?? today;
      client.serviceStartDate ??= since;
      const items = computeSchedule(client, today, await this.calendars.scheduleOptions(tx.em));
      const holdings = (await tx.em.find(ClientAssignment, { client })).map(holdingOf);
      const areas = Object.values(ServiceArea).filter((area) => client.serviceAreas.includes(area) || items.some((i) => i.area === area));
      const missing: FieldError[] = areas
        .filter((area) => !holderOn(holdings, area, since))
        .map((area) => ({ field: `assignments.${area}`, message: `Assign an accountant for ${area} from ${since}`, code: 'AREA_UNASSIGNED' }));
      if (missing.length) throw badInput(`Assign accountants first: ${missing.map((m) => m.field.split('.')[1]).join(', ')}`, missing);

      await tx.em.insertMany(Obligation, items.map((item) => obligationRow(principal.firmId, client.id, item, holdings)));
      client.status = ClientStatus.ACTIVE;
      client.statusSince = since;
      tx.record({
        topic: CLIENTS_TOPIC,
        type: 'CLIENT_ACCEPTED',
        subjectType: 'Client',
        subjectId: client.id,
        data: { shortName: client.shortName, status: { from: ClientStatus.ONBOARDING, to: ClientStatus.ACTIVE }, since, obligations: items.length, provisional: items.filter((i) => i.provisional).length },
      });
      return client;
    });
  }

  /**
   * Makes an accountant responsible for an area of the client from a day (to a day). The rows it
   * replaces get a last day, never deleted; the area's open obligations due in the new period move
   * to the new accountant.
   */
  async assign(scope: SignedInScope, args: { clientId: string; area: ServiceArea; accountantId: string; fromDate?: string | null; toDate?: string | null }): Promise<Client> {
    const { em, principal, clock } = scope;
    if (!canAssignArea(principal, args.area)) throw forbidden('Only the owner and the head of the area’s department assign it');
    const fromDate = args.fromDate ?? firmToday(clock, principal.timeZone);
    const toDate = args.toDate ?? null;
    if (toDate && toDate < fromDate) throw fieldError('toDate', 'The last day is before the first', 'TO_BEFORE_FROM');
    const accountant = await em.findOne(User, { id: args.accountantId });
    if (!accountant || !mayHoldArea(accountant, args.area)) {
      throw fieldError('accountantId', 'The area goes to an active accountant or head of its department', 'ACCOUNTANT_NOT_IN_DEPARTMENT');
    }
    return recordedTransaction(em, actorOf(principal), async (tx) => {
      const client = await tx.em.findOne(Client, { id: args.clientId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!client) throw notFound('Client');
      const rows = await tx.em.find(ClientAssignment, { client, area: args.area });
      const holdings = rows.map(holdingOf);
      const previous = holderOn(holdings, args.area, fromDate);
      for (const closing of closingsFor(holdings, args.area, fromDate, toDate)) rows.find((r) => r.id === closing.id)!.toDate = closing.toDate;
      tx.em.create(ClientAssignment, { firm: principal.firmId, client, area: args.area, accountant, fromDate, toDate, assignedBy: principal.userId });
      const moved = await this.moveOpenItems(tx, client.id, args.area, accountant.id, fromDate, toDate);
      tx.record({
        topic: CLIENTS_TOPIC,
        type: 'CLIENT_AREA_ASSIGNED',
        subjectType: 'Client',
        subjectId: client.id,
        data: { shortName: client.shortName, area: args.area, accountant: { from: previous, to: accountant.id }, fromDate, toDate, moved },
      });
      return client;
    });
  }

  private async moveOpenItems(tx: RecordingTransaction, clientId: string, area: ServiceArea, ownerId: string, fromDate: string, toDate: string | null): Promise<number> {
    return tx.em.nativeUpdate(
      Obligation,
      { client: clientId, area, status: { $in: [...OPEN_OBLIGATION_STATUSES] }, dueDate: toDate ? { $gte: fromDate, $lte: toDate } : { $gte: fromDate }, $or: [{ owner: null }, { owner: { $ne: ownerId } }] },
      { owner: ownerId },
    );
  }

  /** What recomputing the client's schedule from its current profile would change: nothing is written. */
  async diff({ em, principal, clock }: SignedInScope, clientId: string): Promise<{ client: Client; diff: StoredScheduleDiff }> {
    const client = await em.findOne(Client, { id: clientId });
    if (!client) throw notFound('Client');
    return { client, diff: await this.computeDiff(em, client, firmToday(clock, principal.timeZone), await this.calendars.scheduleOptions(em)) };
  }

  private async computeDiff(em: EntityManager, client: Client, today: string, options: ScheduleOptions): Promise<StoredScheduleDiff> {
    if (client.status === ClientStatus.ONBOARDING) throw fieldError('clientId', 'The client has no schedule before acceptance', 'CLIENT_NOT_ACCEPTED');
    const stored = await em.find(Obligation, { client }, { orderBy: { dueDate: 'asc', key: 'asc' } });
    return diffStoredSchedule(stored.map(storedOf), computeSchedule(client, today, options));
  }

  /**
   * The accepted clients whose schedule still has provisional items and whose recomputation (by
   * the firm's calendars now) would change or confirm something: after a production calendar is
   * loaded, the list to review. Three statements whatever the number of clients.
   */
  async pending({ em, principal, clock }: SignedInScope): Promise<{ client: Client; diff: StoredScheduleDiff }[]> {
    const today = firmToday(clock, principal.timeZone);
    const options = await this.calendars.scheduleOptions(em);
    const provisional = { [raw((alias) => `exists (select 1 from obligation o where o.client_id = ${alias}.id and o.provisional)`) as unknown as string]: [] };
    const clients = await em.find(Client, { $and: [{ status: { $ne: ClientStatus.ONBOARDING } }, provisional] }, { orderBy: { shortName: 'asc', id: 'asc' } });
    if (!clients.length) return [];
    const stored = await em.find(Obligation, { client: { $in: clients.map((c) => c.id) } }, { orderBy: { dueDate: 'asc', key: 'asc' } });
    const byClient = new Map<string, StoredItem[]>();
    for (const o of stored) byClient.set(o.client.id, [...(byClient.get(o.client.id) ?? []), storedOf(o)]);
    return clients.flatMap((client) => {
      let diff: StoredScheduleDiff;
      try {
        diff = diffStoredSchedule(byClient.get(client.id) ?? [], computeSchedule(client, today, options));
      } catch {
        // a profile the engine refuses shows its error on the client's own card, not here
        return [];
      }
      return isEmptyStoredDiff(diff) && !diff.confirmed ? [] : [{ client, diff }];
    });
  }

  /** Applies the diffs the user saw, all or none (one transaction); a diff that has changed since is refused. */
  async applyMany({ em, principal, clock }: SignedInScope, seen: readonly SeenDiff[]): Promise<{ client: Client; diff: StoredScheduleDiff }[]> {
    const today = firmToday(clock, principal.timeZone);
    return recordedTransaction(em, actorOf(principal), async (tx) => {
      const options = await this.calendars.scheduleOptions(tx.em);
      const results: { client: Client; diff: StoredScheduleDiff }[] = [];
      for (const { clientId, digest } of seen) results.push(await this.applyOne(tx, principal.firmId, clientId, digest, today, options));
      return results;
    });
  }

  /**
   * Applies the diff the user saw (`digest`): adds and restores items, re-dates open ones (notes
   * and status kept), deletes untouched ones the profile no longer needs and marks the rest
   * NOT_REQUIRED. DONE items are never touched.
   */
  async apply({ em, principal, clock }: SignedInScope, clientId: string, digest: string): Promise<{ client: Client; diff: StoredScheduleDiff }> {
    const today = firmToday(clock, principal.timeZone);
    return recordedTransaction(em, actorOf(principal), async (tx) => this.applyOne(tx, principal.firmId, clientId, digest, today, await this.calendars.scheduleOptions(tx.em)));
  }

  private async applyOne(tx: RecordingTransaction, firmId: string, clientId: string, digest: string, today: string, options: ScheduleOptions): Promise<{ client: Client; diff: StoredScheduleDiff }> {
    const client = await tx.em.findOne(Client, { id: clientId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!client) throw notFound('Client');
    const diff = await this.computeDiff(tx.em, client, today, options);
    if (diff.digest !== digest) throw conflict('The schedule has changed since you looked at it: review the changes again', { digest: diff.digest, clientId });
    const holdings = (await tx.em.find(ClientAssignment, { client })).map(holdingOf);
    const byId = new Map((await tx.em.find(Obligation, { client })).map((o) => [o.id, o]));
    if (diff.added.length) await tx.em.insertMany(Obligation, diff.added.map((item) => obligationRow(firmId, client.id, item, holdings)));
    const redate = (o: Obligation, next: ScheduledObligation) => {
      Object.assign(o, { dueDate: next.dueDate, nominalDate: next.nominalDate, title: next.title, provisional: next.provisional, period: next.period });
    };
    for (const { stored, next } of diff.restored) {
      const o = byId.get(stored.id)!;
      redate(o, next);
      const ownerId = ownerOn(holdings, o.area, next.dueDate);
      Object.assign(o, { status: ObligationStatus.PLANNED, notRequiredReason: null, owner: ownerId ? tx.em.getReference(User, ownerId, { wrapped: true }) : null });
    }
    for (const { stored, next } of [...diff.redated, ...diff.refreshed]) {
      const o = byId.get(stored.id)!;
      const ownerId = o.dueDate !== next.dueDate ? ownerOn(holdings, o.area, next.dueDate) : null;
      if (ownerId) o.owner = tx.em.getReference(User, ownerId, { wrapped: true });
      redate(o, next);
    }
    // a DONE item keeps its date, status and note; only whether an official calendar dates it
    for (const { stored, provisional } of diff.doneMarks) byId.get(stored.id)!.provisional = provisional;
    for (const { stored, how } of diff.removed) {
      const o = byId.get(stored.id)!;
      if (how === 'DELETE') tx.em.remove(o);
      else Object.assign(o, { status: ObligationStatus.NOT_REQUIRED, notRequiredReason: DROPPED_BY_PROFILE });
    }
    tx.record({
      topic: CLIENTS_TOPIC,
      type: 'CLIENT_SCHEDULE_CHANGED',
      subjectType: 'Client',
      subjectId: client.id,
      data: {
        shortName: client.shortName,
        added: diff.added.length + diff.restored.length,
        removed: diff.removed.filter((r) => r.how === 'DELETE').length,
        redated: diff.redated.length,
        cancelled: diff.removed.filter((r) => r.how === 'NOT_REQUIRED').length,
        confirmed: diff.confirmed,
      },
    });
    return { client, diff };
  }
}
