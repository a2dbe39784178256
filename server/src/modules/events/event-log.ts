import type { EntityManager } from '@mikro-orm/postgresql';
import { checkEvent, type DeclaredEvents, type EventType } from './catalogue.js';

export const EVENTS_CHANNEL = 'firm_events';

/** Who made a change: the user, and the API token when an integration acted for them. */
export interface Actor {
  firmId: string;
  userId: string | null;
  userName: string | null;
  apiTokenId?: string | null;
}

/** An event of a declared type; its payload is typed by the area's catalogue and checked when written. */
export type NewEvent = {
  [K in EventType]: {
    /** Optional: the catalogue knows it; given, it must match. */
    topic?: string;
    type: K;
    subjectType?: string;
    subjectId?: string;
    /** A function is called when the event is written, after the change is flushed (so versions are final). */
    data?: DeclaredEvents[K] | (() => DeclaredEvents[K]);
  };
}[EventType];

export interface StoredEvent {
  firmId: string;
  seq: number;
  topic: string;
  type: string;
  actorId: string | null;
  actorName: string | null;
  apiTokenId: string | null;
  subjectType: string | null;
  subjectId: string | null;
  data: Record<string, unknown> | null;
  at: Date;
}

export interface EventRow {
  firm_id: string;
  seq: string;
  topic: string;
  type: string;
  actor_id: string | null;
  actor_name: string | null;
  api_token_id: string | null;
  subject_type: string | null;
  subject_id: string | null;
  data: Record<string, unknown> | null;
  at: Date | string;
}

export function toStored(row: EventRow): StoredEvent {
  return {
    firmId: row.firm_id,
    seq: Number(row.seq),
    topic: row.topic,
    type: row.type,
    actorId: row.actor_id,
    actorName: row.actor_name,
    apiTokenId: row.api_token_id,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    data: row.data,
    at: new Date(row.at),
  };
}

/** Events up to this size travel inside the notification; larger ones are read from the table. */
const NOTIFY_EVENT_LIMIT = 7000;

// Taking the number from the firm row locks it until commit, so a later number never commits
// before an earlier one; NOTIFY is delivered only if and when the transaction commits. The
// notification is "firm:seq:row" so listeners can skip a read when they are up to date.
// `next` (the CTE taking the number) comes first; these parameters follow its own.
const INSERT_AND_NOTIFY_SQL = `
ins as (
  insert into firm_event (firm_id, seq, topic, type, actor_id, actor_name, api_token_id, subject_type, subject_id, data)
  select ?, event_seq, ?, ?, ?, ?, ?, ?, ?, ?::jsonb from next
  returning *
)
select seq, pg_notify('${EVENTS_CHANNEL}', ? || ':' || seq || ':' ||
  (case when octet_length(row_to_json(ins)::text) <= ${NOTIFY_EVENT_LIMIT} then row_to_json(ins)::text else '' end)) from ins`;

const APPEND_SQL = `with next as (update firm set event_seq = event_seq + 1 where id = ? returning event_seq), ${INSERT_AND_NOTIFY_SQL}`;

function insertParams(actor: Actor, event: NewEvent): unknown[] {
  const data = (typeof event.data === 'function' ? event.data() : event.data) as Record<string, unknown> | undefined;
  const { topic } = checkEvent({ ...event, data });
  return [
    actor.firmId,
    topic,
    event.type,
    actor.userId,
    actor.userName,
    actor.apiTokenId ?? null,
    event.subjectType ?? null,
    event.subjectId ?? null,
    data ? JSON.stringify(data) : null,
    actor.firmId,
  ];
}

/** Reads a notification: the firm, the seq and, when it fit, the event itself. */
export function parseNotification(payload: string | undefined): { firmId: string; seq: number; event: StoredEvent | null } | null {
  const match = payload ? /^([0-9a-f-]{36}):(\d+):(.*)$/s.exec(payload) : null;
  if (!match) return null;
  let event: StoredEvent | null = null;
  if (match[3]) {
    try {
      event = toStored(JSON.parse(match[3]) as EventRow);
    } catch {
      event = null;
    }
  }
  return { firmId: match[1]!, seq: Number(match[2]), event };
}

/** Appends events inside the caller's open transaction (call it last, to hold the lock briefly). */
export async function appendEvents(em: EntityManager, actor: Actor, events: NewEvent[]): Promise<number[]> {
  const seqs: number[] = [];
  for (const event of events) {
    const rows = await em.getConnection().execute<{ seq: string }[]>(APPEND_SQL, [actor.firmId, ...insertParams(actor, event)], 'all', em.getTransactionContext());
    if (!rows[0]) throw new Error(`firm ${actor.firmId} does not exist`);
    seqs.push(Number(rows[0].seq));
  }
  return seqs;
}

/**
 * A single-row change and its event as one statement, committed on its own: the event is
 * appended only if `change` (a data-modifying statement with RETURNING) matched a row. The same
 * guarantees as `recordedTransaction` without BEGIN and COMMIT round trips, for the hottest
 * writes. Returns the event's seq, or null when the change matched nothing.
 */
export async function recordedStatement(em: EntityManager, actor: Actor, change: { sql: string; params: unknown[] }, event: NewEvent): Promise<number | null> {
  const rows = await em.getConnection().execute<{ seq: string }[]>(
    `with change as (${change.sql}),
     next as (update firm set event_seq = event_seq + 1 where id = ? and exists (select 1 from change) returning event_seq), ${INSERT_AND_NOTIFY_SQL}`,
    [...change.params, actor.firmId, ...insertParams(actor, event)],
    'all',
    em.getTransactionContext(),
  );
  return rows[0] ? Number(rows[0].seq) : null;
}

export interface EventQuery {
  firmId: string;
  afterSeq?: number;
  beforeSeq?: number;
  topics?: string[];
  /** Only events of these types / by these actors. */
  types?: readonly string[];
  actorIds?: readonly string[];
  /** Calendar days (YYYY-MM-DD), both included, on the wall clock of `timeZone`. */
  fromDay?: string;
  toDay?: string;
  timeZone?: string;
  limit: number;
  newestFirst?: boolean;
}

/** Reads committed events of one firm in seq order (or newest first for log pages). */
export async function readEvents(em: EntityManager, query: EventQuery): Promise<StoredEvent[]> {
  const where = ['firm_id = ?'];
  const params: unknown[] = [query.firmId];
  if (query.afterSeq !== undefined) {
    where.push('seq > ?');
    params.push(query.afterSeq);
  }
  if (query.beforeSeq !== undefined) {
    where.push('seq < ?');
    params.push(query.beforeSeq);
  }
  if (query.topics?.length) {
    where.push(`topic in (${query.topics.map(() => '?').join(', ')})`);
    params.push(...query.topics);
  }
  if (query.types?.length) {
    where.push('type = any(?::text[])');
    params.push(`{${query.types.join(',')}}`);
  }
  if (query.actorIds?.length) {
    where.push('actor_id = any(?::uuid[])');
    params.push(`{${query.actorIds.join(',')}}`);
  }
  // a day starts at midnight on the firm's clock: `date::timestamp at time zone` is that instant
  if (query.fromDay) {
    where.push('at >= (?::date)::timestamp at time zone ?');
    params.push(query.fromDay, query.timeZone ?? 'UTC');
  }
  if (query.toDay) {
    where.push('at < (?::date + 1)::timestamp at time zone ?');
    params.push(query.toDay, query.timeZone ?? 'UTC');
  }
  params.push(query.limit);
  const rows = await em
    .getConnection()
    .execute<EventRow[]>(
      `select * from firm_event where ${where.join(' and ')} order by seq ${query.newestFirst ? 'desc' : 'asc'} limit ?`,
      params,
    );
  return rows.map(toStored);
}

/**
 * The events about things of one type (e.g. leads), oldest first, by subject id: their histories,
 * up to 1,000 events each, in one statement however many subjects there are.
 */
export async function readEventsOfSubjects(em: EntityManager, firmId: string, subjectType: string, subjectIds: readonly string[]): Promise<Map<string, StoredEvent[]>> {
  const histories = new Map<string, StoredEvent[]>();
  if (!subjectIds.length) return histories;
  const rows = await em.getConnection().execute<EventRow[]>(
    `select * from (select e.*, row_number() over (partition by subject_id order by seq) as nth
       from firm_event e where firm_id = ? and subject_type = ? and subject_id = any(?::text[])) history
     where nth <= 1000 order by seq`,
    [firmId, subjectType, `{${subjectIds.join(',')}}`],
  );
  for (const row of rows) {
    const event = toStored(row);
    const history = histories.get(event.subjectId!);
    if (history) history.push(event);
    else histories.set(event.subjectId!, [event]);
  }
  return histories;
}

export async function lastEventSeq(em: EntityManager, firmId: string): Promise<number> {
  const rows = await em
    .getConnection()
    .execute<{ seq: string | null }[]>('select max(seq) as seq from firm_event where firm_id = ?', [firmId]);
  return Number(rows[0]?.seq ?? 0);
}

export interface RecordingTransaction {
  em: EntityManager;
  /** Queues an event; it is written with the change, at the end of the transaction. */
  record(event: NewEvent): void;
}

/**
 * Runs a change in one transaction and writes its events in that same transaction, so an event
 * exists exactly when its change does.
 */
export async function recordedTransaction<T>(
  em: EntityManager,
  actor: Actor | ((result: T) => Actor),
  work: (tx: RecordingTransaction) => Promise<T>,
): Promise<T> {
  return em.transactional(async (txEm) => {
    const events: NewEvent[] = [];
    const result = await work({ em: txEm, record: (event) => events.push(event) });
    await txEm.flush();
    if (events.length) await appendEvents(txEm, typeof actor === 'function' ? actor(result) : actor, events);
    return result;
  });
}
