import type { EntityManager } from '@mikro-orm/postgresql';
import { fieldError } from '../../graphql/errors.js';
import type { Connection } from '../../graphql/pagination.js';
import type { SignedInScope } from '../../graphql/scope.js';
import { toNamedAuditEntries } from '../audit/audit.service.js';
import type { AuditEntry } from '../audit/audit.types.js';
import { actorOf } from '../auth/principal.js';
import { recordedTransaction, toStored, type EventRow } from '../events/event-log.js';
import { EntryKind, TimelineKind } from './correspondence.enums.js';
import { CORRESPONDENCE_TOPIC } from './correspondence.events.js';
import type { LogEntryInput, TimelineFilter } from './correspondence.inputs.js';
import { plainText } from './timeline-access.js';
import { ownerColumns, ownerData, readableSubject, writableSubject, type SubjectRef } from './timeline-subject.js';
import type { FollowUpService } from './follow-up.service.js';
import { DocumentRequest } from './document-request.entity.js';
import { decodeTimelineCursor, encodeTimelineCursor, timelineSql, type TimelineRow } from './timeline-page.js';
import { FollowUp, TimelineEntry } from './timeline.entity.js';

/** One item of a timeline: an entry, a follow-up, or a key change (exactly one of them is set). */
export interface TimelineItemData {
  id: string;
  kind: TimelineKind;
  at: Date;
  entryId: string | null;
  followUpId: string | null;
  documentRequestId?: string | null;
  change: AuditEntry | null;
}

const entryItem = (entry: TimelineEntry): TimelineItemData => ({
  id: entry.id,
  kind: entry.kind as unknown as TimelineKind,
  at: entry.occurredAt,
  entryId: entry.id,
  followUpId: null,
  change: null,
});

/** What a person logs by hand; results come from closing follow-ups, other kinds from their channels. */
const LOGGABLE: readonly EntryKind[] = [EntryKind.CALL, EntryKind.MEETING, EntryKind.NOTE];

/** Timelines: what people write on them, and each lead's or client's timeline read newest first. */
export class TimelineService {
  constructor(private readonly followUps: FollowUpService) {}

  /** Logs a call, meeting or note (with the follow-up promised in it, if any). */
  async log(scope: SignedInScope, input: LogEntryInput): Promise<TimelineEntry> {
    const { principal, clock } = scope;
    if (!LOGGABLE.includes(input.kind)) throw fieldError('kind', 'Only calls, meetings and notes are logged by hand (a result is written by closing its follow-up)', 'NOT_LOGGABLE');
    if (input.direction && input.kind === EntryKind.NOTE) throw fieldError('direction', 'A note has no direction');
    const subject = await writableSubject(scope, { leadId: input.leadId, clientId: input.clientId });
    const now = clock.now();
    if (input.occurredAt && input.occurredAt.getTime() > now.getTime() + 60_000) throw fieldError('occurredAt', 'A contact cannot be logged ahead of time; make a follow-up instead', 'IN_FUTURE');
    const owner = input.followUp ? await this.followUps.owner(scope.em, input.followUp.ownerId ?? principal.userId) : null;
    return recordedTransaction(scope.em, actorOf(principal), async (tx) => {
      const entry = tx.em.create(TimelineEntry, {
        firm: principal.firmId,
        ...ownerColumns(subject),
        kind: input.kind,
        occurredAt: input.occurredAt ?? now,
        direction: input.kind === EntryKind.NOTE ? null : (input.direction ?? null),
        contactName: plainText(input.contactName ?? '') || null,
        summary: plainText(input.summary),
        result: plainText(input.result ?? '') || null,
        author: principal.userId,
      });
      tx.record({
        topic: CORRESPONDENCE_TOPIC,
        type: 'TIMELINE_ENTRY_ADDED',
        subjectType: 'TimelineEntry',
        subjectId: entry.id,
        data: { ...ownerData(subject), kind: entry.kind, occurredAt: entry.occurredAt.toISOString() },
      });
      if (input.followUp && owner) await this.followUps.add(tx, scope, { subject, entry, owner, input: input.followUp });
      return entry;
    });
  }

  /** A page of a lead's or client's timeline, newest first, in a constant number of statements. */
  async page(scope: SignedInScope, ref: SubjectRef, filter: TimelineFilter | null | undefined, first: number, after?: string | null): Promise<Connection<TimelineItemData>> {
    const { em, principal } = scope;
    const cursor = after ? decodeTimelineCursor(after) : null;
    const subject = await readableSubject(scope, ref);
    const { sql, params } = timelineSql({ firmId: principal.firmId, leadId: subject.leadId, clientId: subject.clientId, kinds: filter?.kinds, personIds: filter?.personIds, after: cursor, limit: first + 1 });
    const rows = await em.getConnection().execute<TimelineRow[]>(sql, params);
    const page = rows.slice(0, first);
    const items = await this.itemsOf(scope, page);
    return {
      edges: page.map((row, i) => ({ cursor: encodeTimelineCursor(row), node: items[i]! })),
      pageInfo: { hasNextPage: rows.length > first, endCursor: page.length ? encodeTimelineCursor(page.at(-1)!) : null },
    };
  }

  /** The items of a page's rows: entries, follow-ups, requests and events each read in one statement. */
  private async itemsOf({ em, principal }: SignedInScope, rows: TimelineRow[]): Promise<TimelineItemData[]> {
    const ids = (src: TimelineRow['src']) => rows.filter((r) => r.src === src).map((r) => r.id);
    const [entries, followUps, changes] = await Promise.all([
      ids('E').length ? em.find(TimelineEntry, { id: { $in: ids('E') } }) : [],
      ids('F').length ? em.find(FollowUp, { id: { $in: ids('F') } }) : [],
      this.changes(em, principal.firmId, ids('V')),
      // read now so the item's field finds it without another statement
      ids('D').length ? em.find(DocumentRequest, { id: { $in: ids('D') } }) : [],
    ]);
    const entryById = new Map(entries.map((e) => [e.id, e]));
    const followUpById = new Map(followUps.map((f) => [f.id, f]));
    return rows.map((row): TimelineItemData => {
      if (row.src === 'E') return entryItem(entryById.get(row.id)!);
      if (row.src === 'D') return { id: row.id, kind: TimelineKind.DOCUMENT_REQUEST, at: row.at, entryId: null, followUpId: null, documentRequestId: row.id, change: null };
      if (row.src === 'F') {
        const followUp = followUpById.get(row.id)!;
        return { id: followUp.id, kind: TimelineKind.FOLLOW_UP, at: followUp.createdAt, entryId: null, followUpId: followUp.id, change: null };
      }
      const change = changes.get(Number(row.id))!;
      return { id: change.id, kind: TimelineKind.CHANGE, at: change.at, entryId: null, followUpId: null, change };
    });
  }

  /** Key changes by their seq, named (the lead, people) in one more statement. */
  private async changes(em: EntityManager, firmId: string, seqs: string[]): Promise<Map<number, AuditEntry>> {
    if (!seqs.length) return new Map();
    const rows = await em.getConnection().execute<EventRow[]>('select * from firm_event where firm_id = ? and seq = any(?::bigint[])', [firmId, `{${seqs.join(',')}}`]);
    const entries = await toNamedAuditEntries(em, firmId, rows.map(toStored));
    return new Map(entries.map((entry) => [entry.seq, entry]));
  }
}

/** A timeline item for a timeline event (live): what it adds, without a read where the event says it. */
export function liveItem(event: { type: string; subjectId: string | null; at: Date; data: Record<string, unknown> | null }): TimelineItemData | null {
  const data = event.data ?? {};
  if (event.type === 'TIMELINE_ENTRY_ADDED') {
    return { id: event.subjectId!, kind: data.kind as TimelineKind, at: new Date(String(data.occurredAt)), entryId: event.subjectId, followUpId: null, change: null };
  }
  if (event.type === 'FOLLOW_UP_CREATED') {
    return { id: event.subjectId!, kind: TimelineKind.FOLLOW_UP, at: new Date(String(data.createdAt)), entryId: null, followUpId: event.subjectId, change: null };
  }
  if (event.type.startsWith('DOCUMENT_REQUEST_')) {
    // a request shows as one item that changes: its id stays, it stands where it was made
    return { id: event.subjectId!, kind: TimelineKind.DOCUMENT_REQUEST, at: new Date(String(data.createdAt ?? event.at)), entryId: null, followUpId: null, documentRequestId: event.subjectId, change: null };
  }
  if (event.type === 'FOLLOW_UP_CLOSED') {
    const id = String(data.resultEntryId);
    return { id, kind: TimelineKind.FOLLOW_UP_RESULT, at: new Date(String(data.occurredAt)), entryId: id, followUpId: null, change: null };
  }
  return null;
}
