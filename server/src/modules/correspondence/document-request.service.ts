import { randomUUID } from 'node:crypto';
import { LockMode, type MikroORM } from '@mikro-orm/postgresql';
import { firmToday, type Clock } from '../../clock.js';
import { fieldError, forbidden, notFound } from '../../graphql/errors.js';
import type { SignedInScope } from '../../graphql/scope.js';
import { actorOf } from '../auth/principal.js';
import { Firm } from '../auth/firm.entity.js';
import { User } from '../auth/user.entity.js';
import { recordedTransaction } from '../events/event-log.js';
import { notify, notifyAll } from '../notifications/notification.service.js';
import { DocumentItemKind, DocumentItemStatus, DocumentRequestStatus } from './correspondence.enums.js';
import { CORRESPONDENCE_TOPIC } from './correspondence.events.js';
import type { CreateDocumentRequestInput, DocumentRequestInput, DocumentRequestTemplateInput, MarkDocumentItemArgs } from './correspondence.inputs.js';
import './correspondence.notifications.js';
import { mayEditDocumentRequest } from './correspondence.policy.js';
import { CorrespondenceTemplate, DocumentRequest, type DocumentRequestItem } from './document-request.entity.js';
import {
  DEFAULT_DOCUMENT_REQUEST_TEMPLATE, documentsList, KIND_WORDS, renderTemplate, requestStatus, russianDay, searchTextOf, unknownPlaceholders,
} from './document-request-rules.js';
import { plainText } from './timeline-access.js';
import { ownerColumns, ownerData, readableSubject, refOfRow, subjectOf, writableSubject, type TimelineSubject } from './timeline-subject.js';
import { TimelineEntry } from './timeline.entity.js';

export const DOCUMENT_REQUEST_TEMPLATE = 'DOCUMENT_REQUEST';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A request's letter, rendered from the firm's template. */
export interface RenderedLetter {
  subject: string;
  body: string;
}

/** The items as the firm wrote them, checked; items already on the request keep what came of them. */
function checkedItems(input: DocumentRequestInput, previous: readonly DocumentRequestItem[]): DocumentRequestItem[] {
  const before = new Map(previous.map((item) => [item.id, item]));
  return input.items.map((item, i): DocumentRequestItem => {
    const at = `items.${i}`;
    const description = plainText(item.description ?? '') || (item.kind === DocumentItemKind.OTHER ? '' : KIND_WORDS[item.kind]);
    if (!description) throw fieldError(`${at}.description`, 'Say what documents are needed', 'DESCRIPTION_REQUIRED');
    const bank = item.kind === DocumentItemKind.BANK_STATEMENTS;
    if (bank && (!item.periodFrom || !item.periodTo)) throw fieldError(`${at}.periodFrom`, 'Bank statements are asked for a period', 'PERIOD_REQUIRED');
    if (item.periodFrom && item.periodTo && item.periodFrom > item.periodTo) throw fieldError(`${at}.periodTo`, 'The period ends before it starts', 'PERIOD_ORDER');
    if (!!item.periodFrom !== !!item.periodTo) throw fieldError(`${at}.periodTo`, 'Give both days of the period', 'PERIOD_REQUIRED');
    const old = item.id ? before.get(item.id) : undefined;
    if (item.id && !old) throw fieldError(`${at}.id`, 'No such item on this request', 'ITEM_NOT_FOUND');
    return {
      ...(old ?? { status: DocumentItemStatus.PENDING, resolutionNote: null, entryId: null, resolvedAt: null, resolvedById: null }),
      id: old?.id ?? randomUUID(),
      kind: item.kind,
      description,
      periodFrom: item.periodFrom ?? null,
      periodTo: item.periodTo ?? null,
      note: plainText(item.note ?? '') || null,
    };
  });
}

/** What the firm asked for, without what came of it (stored JSON orders keys its own way). */
const listShape = (items: readonly DocumentRequestItem[]) => JSON.stringify(items.map((i) => [i.id, i.kind, i.description, i.periodFrom ?? null, i.periodTo ?? null, i.note ?? null]));

/** Document requests: asked of a lead or client, checked off item by item, reminded of when overdue. */
export class DocumentRequestService {
  /** The person responsible: an active user of the caller's firm. */
  private async responsible(scope: SignedInScope, userId: string): Promise<User> {
    const user = await scope.em.findOne(User, { id: userId, active: true });
    if (!user) throw fieldError('responsibleId', 'The responsible person must be an active user of the firm', 'USER_NOT_ACTIVE');
    return user;
  }

  async create(scope: SignedInScope, input: CreateDocumentRequestInput): Promise<DocumentRequest> {
    const { principal } = scope;
    const subject = await writableSubject(scope, { leadId: input.leadId, clientId: input.clientId });
    if (!DAY.test(input.dueDate)) throw fieldError('dueDate', 'dueDate must be YYYY-MM-DD');
    const responsible = await this.responsible(scope, input.responsibleId ?? principal.userId);
    const items = checkedItems(input, []);
    return recordedTransaction(scope.em, actorOf(principal), async (tx) => {
      const request = tx.em.create(DocumentRequest, {
        firm: principal.firmId,
        ...ownerColumns(subject),
        dueDate: input.dueDate,
        responsible: responsible.id,
        items,
        status: requestStatus(items),
        searchText: searchTextOf(items),
        createdBy: principal.userId,
      });
      tx.record({
        topic: CORRESPONDENCE_TOPIC,
        type: 'DOCUMENT_REQUEST_CREATED',
        subjectType: 'DocumentRequest',
        subjectId: request.id,
        data: { ...ownerData(subject), dueDate: request.dueDate, responsibleId: responsible.id, items: items.map((i) => i.description), createdAt: request.createdAt.toISOString() },
      });
      if (responsible.id !== principal.userId) {
        await notify(tx, { firmId: principal.firmId, userId: responsible.id, kind: 'DOCUMENT_REQUEST_ASSIGNED', subjectType: 'DocumentRequest', subjectId: request.id, data: noticeData(request, subject) });
      }
      return request;
    });
  }

  /** Edits the due day, the responsible person and the items, on the version the user saw. */
  async update(scope: SignedInScope, id: string, version: number, input: DocumentRequestInput): Promise<DocumentRequest> {
    const { principal } = scope;
    const found = await this.get(scope, id);
    const subject = await readableSubject(scope, refOfRow(found));
    if (!mayEditDocumentRequest(principal, found)) throw forbidden('Only the person responsible, or those who manage the work, edit this request');
    if (!DAY.test(input.dueDate)) throw fieldError('dueDate', 'dueDate must be YYYY-MM-DD');
    const responsible = await this.responsible(scope, input.responsibleId ?? found.responsible.id);
    return recordedTransaction(scope.em, actorOf(principal), async (tx) => {
      const request = await this.locked(tx.em, id, version);
      const items = checkedItems(input, request.items);
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      if (request.dueDate !== input.dueDate) changes.dueDate = { from: request.dueDate, to: input.dueDate };
      if (request.responsible.id !== responsible.id) changes.assignee = { from: request.responsible.id, to: responsible.id };
      // any edit of the list (an item, its period or note) is recorded as the descriptions before and after
      if (listShape(request.items) !== listShape(items)) changes.documents = { from: request.items.map((i) => i.description), to: items.map((i) => i.description) };
      if (!Object.keys(changes).length) return request;
      // a later day makes it not overdue: it is announced again if that day passes too
      if (changes.dueDate && input.dueDate > request.dueDate) request.overdueNotifiedAt = null;
      Object.assign(request, { dueDate: input.dueDate, responsible: responsible.id, items, status: requestStatus(items), searchText: searchTextOf(items) });
      tx.record({ topic: CORRESPONDENCE_TOPIC, type: 'DOCUMENT_REQUEST_UPDATED', subjectType: 'DocumentRequest', subjectId: request.id, data: { ...ownerData(subject), ...changes } });
      if (changes.assignee && responsible.id !== principal.userId) {
        await notify(tx, { firmId: principal.firmId, userId: responsible.id, kind: 'DOCUMENT_REQUEST_ASSIGNED', subjectType: 'DocumentRequest', subjectId: request.id, data: noticeData(request, subject) });
      }
      return request;
    });
  }

  /** Marks one item received (with a note or the entry that brought it), waived, or pending again. */
  async markItem(scope: SignedInScope, args: MarkDocumentItemArgs): Promise<DocumentRequest> {
    const { principal, clock } = scope;
    const found = await this.get(scope, args.requestId);
    const subject = await readableSubject(scope, refOfRow(found));
    if (!mayEditDocumentRequest(principal, found)) throw forbidden('Only the person responsible, or those who write on this timeline, check documents off');
    if (args.entryId) {
      const entry = await scope.em.findOne(TimelineEntry, { id: args.entryId });
      const ours = entry && ((subject.leadId && entry.lead?.id === subject.leadId) || (subject.clientId && entry.client?.id === subject.clientId));
      if (!ours) throw fieldError('entryId', 'The entry must be on the same timeline', 'ENTRY_NOT_ON_TIMELINE');
    }
    return recordedTransaction(scope.em, actorOf(principal), async (tx) => {
      const request = await this.locked(tx.em, args.requestId, null);
      const index = request.items.findIndex((i) => i.id === args.itemId);
      if (index < 0) throw fieldError('itemId', 'No such item on this request', 'ITEM_NOT_FOUND');
      const before = request.items[index]!;
      const pending = args.status === DocumentItemStatus.PENDING;
      const item: DocumentRequestItem = {
        ...before,
        status: args.status,
        resolutionNote: pending ? null : plainText(args.note ?? '') || null,
        entryId: pending ? null : (args.entryId ?? null),
        resolvedAt: pending ? null : clock.now().toISOString(),
        resolvedById: pending ? null : principal.userId,
      };
      const items = request.items.map((i, j) => (j === index ? item : i));
      Object.assign(request, { items, status: requestStatus(items), searchText: searchTextOf(items) });
      tx.record({
        topic: CORRESPONDENCE_TOPIC,
        type: 'DOCUMENT_REQUEST_ITEM_MARKED',
        subjectType: 'DocumentRequest',
        subjectId: request.id,
        data: { ...ownerData(subject), item: item.description, status: { from: before.status, to: item.status }, note: item.resolutionNote ?? null, entryId: item.entryId ?? null, requestStatus: request.status },
      });
      return request;
    });
  }

  /** A request the caller may read. */
  async get(scope: SignedInScope, id: string): Promise<DocumentRequest> {
    const request = await scope.em.findOne(DocumentRequest, { id });
    if (!request) throw notFound('Document request');
    await readableSubject(scope, refOfRow(request));
    return request;
  }

  private async locked(em: SignedInScope['em'], id: string, version: number | null): Promise<DocumentRequest> {
    const request = await em.findOne(DocumentRequest, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!request) throw notFound('Document request');
    if (version !== null && request.version !== version) throw fieldError('version', 'Someone has changed this request since you opened it', 'STALE');
    return request;
  }

  /** The caller's requests: open ones soonest due first, or complete ones latest first (up to 200). */
  mine({ em, principal }: SignedInScope, open: boolean): Promise<DocumentRequest[]> {
    return open
      ? em.find(DocumentRequest, { responsible: principal.userId, status: { $ne: DocumentRequestStatus.COMPLETE } }, { orderBy: [{ dueDate: 'asc' }, { id: 'asc' }], limit: 200 })
      : em.find(DocumentRequest, { responsible: principal.userId, status: DocumentRequestStatus.COMPLETE }, { orderBy: [{ createdAt: 'desc' }, { id: 'asc' }], limit: 200 });
  }

  /** The firm's template for the letter: its own, or the built-in one. */
  async template({ em }: SignedInScope): Promise<RenderedLetter & { custom: boolean }> {
    const stored = await em.findOne(CorrespondenceTemplate, { kind: DOCUMENT_REQUEST_TEMPLATE });
    return stored ? { subject: stored.subject, body: stored.body, custom: true } : { ...DEFAULT_DOCUMENT_REQUEST_TEMPLATE, custom: false };
  }

  async setTemplate(scope: SignedInScope, input: DocumentRequestTemplateInput): Promise<RenderedLetter & { custom: boolean }> {
    const { em, principal } = scope;
    for (const field of ['subject', 'body'] as const) {
      const unknown = unknownPlaceholders(input[field]);
      if (unknown.length) throw fieldError(field, `Unknown placeholders: ${unknown.map((u) => `{{${u}}}`).join(', ')}`, 'UNKNOWN_PLACEHOLDER');
    }
    await em.transactional(async (txEm) => {
      await txEm
        .createQueryBuilder(CorrespondenceTemplate)
        .insert({ id: randomUUID(), firm: principal.firmId, kind: DOCUMENT_REQUEST_TEMPLATE, subject: plainText(input.subject), body: input.body.replace(/\r\n/g, '\n').trim(), updatedAt: new Date() })
        .onConflict(['firm', 'kind'])
        .merge(['subject', 'body', 'updatedAt'])
        .execute();
    });
    return this.template(scope);
  }

  /** The request's letter in Russian, rendered from the firm's template, ready to copy or send. */
  async letter(scope: SignedInScope, id: string): Promise<RenderedLetter> {
    const request = await this.get(scope, id);
    const subject = await subjectOf(scope.em, scope.principal.firmId, refOfRow(request));
    const [template, firm, responsible] = await Promise.all([
      this.template(scope),
      scope.em.findOne(Firm, { id: scope.principal.firmId }),
      scope.em.findOne(User, { id: request.responsible.id }),
    ]);
    const values = { компания: subject.name, документы: documentsList(request.items), срок: russianDay(request.dueDate), сотрудник: responsible?.name ?? '', фирма: firm?.name ?? '' };
    return { subject: renderTemplate(template.subject, values), body: renderTemplate(template.body, values) };
  }

  /**
   * Tells the responsible people of requests whose due day has ended (on each firm's calendar) and
   * that still await documents, once each, across firms. A notice is claimed by a conditional update
   * in the transaction that sends it (rows another instance holds are skipped), so instances running
   * this together never send one twice. Returns how many were sent.
   */
  async remindOverdue(orm: MikroORM, clock: Clock): Promise<number> {
    const now = clock.now().toISOString();
    let sent = 0;
    for (let claimed = CLAIM_BATCH; claimed === CLAIM_BATCH; sent += claimed) {
      claimed = await orm.em.fork().transactional(async (em) => {
        const rows = await em.getConnection().execute<OverdueRow[]>(
          `update document_request r set overdue_notified_at = ?::timestamptz
           where r.id in (
             select r2.id from document_request r2 join firm fm on fm.id = r2.firm_id
             where r2.overdue_notified_at is null and r2.status <> 'COMPLETE' and r2.due_date < (?::timestamptz at time zone fm.time_zone)::date
             order by r2.due_date limit ${CLAIM_BATCH} for update of r2 skip locked)
           returning r.firm_id, r.id, r.responsible_id, r.due_date::text as due_date, r.lead_id, r.client_id, r.items,
             coalesce((select c.short_name from client c where c.id = r.client_id), (select l.company_name from lead l where l.id = r.lead_id)) as company_name`,
          [now, now],
          'all',
          em.getTransactionContext(),
        );
        const byFirm = new Map<string, OverdueRow[]>();
        for (const row of rows) byFirm.set(row.firm_id, [...(byFirm.get(row.firm_id) ?? []), row]);
        for (const [firmId, overdue] of byFirm) {
          // the scheduler acts for no one: the events name no actor
          await recordedTransaction(em, { firmId, userId: null, userName: null }, async (tx) => {
            await notifyAll(
              tx,
              overdue.map((r) => ({
                firmId,
                userId: r.responsible_id,
                kind: 'DOCUMENT_REQUEST_OVERDUE',
                subjectType: 'DocumentRequest',
                subjectId: r.id,
                data: { documentRequestId: r.id, leadId: r.lead_id, clientId: r.client_id, companyName: r.company_name, dueDate: r.due_date, dueOn: russianDay(r.due_date), pending: r.items.filter((i) => i.status === DocumentItemStatus.PENDING).length },
              })),
            );
          });
        }
        return rows.length;
      });
    }
    return sent;
  }
}

interface OverdueRow {
  firm_id: string;
  id: string;
  responsible_id: string;
  due_date: string;
  lead_id: string | null;
  client_id: string | null;
  items: DocumentRequestItem[];
  company_name: string;
}

const CLAIM_BATCH = 100;

const noticeData = (request: DocumentRequest, subject: TimelineSubject) => ({
  documentRequestId: request.id,
  ...ownerData(subject),
  companyName: subject.name,
  dueDate: request.dueDate,
  dueOn: russianDay(request.dueDate),
  pending: request.items.filter((i) => i.status === DocumentItemStatus.PENDING).length,
});
