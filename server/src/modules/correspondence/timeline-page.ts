import { fieldError } from '../../graphql/errors.js';
import { EntryKind, TimelineKind } from './correspondence.enums.js';
import { CLIENT_KEY_CHANGES, CONTRACT_KEY_CHANGES, LEAD_KEY_CHANGES } from './correspondence.events.js';

/**
 * One page of a timeline as ONE statement: written entries, follow-ups, document requests and the
 * key changes of its lead, client and the lead's contracts from the event log, merged newest
 * first. A row's key is its source and id (`E`ntry, `F`ollow-up, `D`ocument request, e`V`ent seq),
 * which breaks ties and makes the cursor.
 */
export interface TimelineRow {
  src: 'E' | 'F' | 'D' | 'V';
  id: string;
  at: Date;
}

export interface TimelineCursor {
  at: string;
  key: string;
}

/** Every kind an entry row can have is a timeline kind of the same name (new channels add both). */
const ENTRY_KINDS = Object.values(EntryKind) as string[] as TimelineKind[];

export interface TimelineQuery {
  firmId: string;
  leadId: string | null;
  clientId: string | null;
  kinds?: readonly TimelineKind[] | null;
  personIds?: readonly string[] | null;
  after?: TimelineCursor | null;
  limit: number;
}

const list = (values: readonly string[]) => `{${values.join(',')}}`;

/** The rows of the subject in table alias `x`: its lead's, its client's, or both. */
function ownerSql(q: TimelineQuery, x: string): { sql: string; params: unknown[] } {
  if (q.leadId && q.clientId) return { sql: `(${x}.lead_id = ? or ${x}.client_id = ?)`, params: [q.leadId, q.clientId] };
  if (q.clientId) return { sql: `${x}.client_id = ?`, params: [q.clientId] };
  return { sql: `${x}.lead_id = ?`, params: [q.leadId] };
}

/** Key changes: the lead's, the client's, and the signatures of the lead's contracts. */
function changesSql(q: TimelineQuery): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (q.leadId) {
    parts.push(`(ev.subject_type = 'Lead' and ev.subject_id = ? and ev.type = any(?::text[]))`);
    parts.push(`(ev.subject_type = 'Contract' and ev.type = any(?::text[]) and ev.subject_id in (select k.id::text from contract k where k.firm_id = ? and k.lead_id = ?))`);
    params.push(q.leadId, list(LEAD_KEY_CHANGES), list(CONTRACT_KEY_CHANGES), q.firmId, q.leadId);
  }
  if (q.clientId) {
    parts.push(`(ev.subject_type = 'Client' and ev.subject_id = ? and ev.type = any(?::text[]))`);
    params.push(q.clientId, list(CLIENT_KEY_CHANGES));
  }
  return { sql: `(${parts.join(' or ')})`, params };
}

/** The SQL and parameters of a page (pure: tested without a database for its branches). */
export function timelineSql(q: TimelineQuery): { sql: string; params: unknown[] } {
  const kinds = q.kinds?.length ? new Set(q.kinds) : null;
  const people = q.personIds?.length ? list(q.personIds) : null;
  const branches: string[] = [];
  const params: unknown[] = [];
  const entryKinds = ENTRY_KINDS.filter((k) => !kinds || kinds.has(k));
  if (entryKinds.length) {
    const owner = ownerSql(q, 'e');
    branches.push(
      `select 'E' as src, e.id::text as id, e.occurred_at as at from timeline_entry e where e.firm_id = ? and ${owner.sql}` +
        (kinds ? ` and e.kind::text = any(?::text[])` : '') +
        (people ? ` and e.author_id = any(?::uuid[])` : ''),
    );
    params.push(q.firmId, ...owner.params, ...(kinds ? [list(entryKinds)] : []), ...(people ? [people] : []));
  }
  if (!kinds || kinds.has(TimelineKind.FOLLOW_UP)) {
    const owner = ownerSql(q, 'f');
    branches.push(
      `select 'F' as src, f.id::text as id, f.created_at as at from follow_up f where f.firm_id = ? and ${owner.sql}` +
        (people ? ` and (f.created_by_id = any(?::uuid[]) or f.owner_id = any(?::uuid[]))` : ''),
    );
    params.push(q.firmId, ...owner.params, ...(people ? [people, people] : []));
  }
  if (!kinds || kinds.has(TimelineKind.DOCUMENT_REQUEST)) {
    const owner = ownerSql(q, 'r');
    branches.push(
      `select 'D' as src, r.id::text as id, r.created_at as at from document_request r where r.firm_id = ? and ${owner.sql}` +
        (people ? ` and (r.created_by_id = any(?::uuid[]) or r.responsible_id = any(?::uuid[]))` : ''),
    );
    params.push(q.firmId, ...owner.params, ...(people ? [people, people] : []));
  }
  if (!kinds || kinds.has(TimelineKind.CHANGE)) {
    const changes = changesSql(q);
    branches.push(`select 'V' as src, ev.seq::text as id, ev.at as at from firm_event ev where ev.firm_id = ? and ${changes.sql}` + (people ? ` and ev.actor_id = any(?::uuid[])` : ''));
    params.push(q.firmId, ...changes.params, ...(people ? [people] : []));
  }
  const at = `date_trunc('milliseconds', t.at)`;
  const key = `t.src || ':' || t.id`;
  let where = '';
  if (q.after) {
    where = ` where (${at} < ?::timestamptz or (${at} = ?::timestamptz and ${key} > ?))`;
    params.push(q.after.at, q.after.at, q.after.key);
  }
  params.push(q.limit);
  return { sql: `select t.src, t.id, t.at from (${branches.join(' union all ')}) t${where} order by ${at} desc, ${key} asc limit ?`, params };
}

export const rowKey = (row: Pick<TimelineRow, 'src' | 'id'>) => `${row.src}:${row.id}`;

/** A cursor of a list of timeline rows (`list` names the list: a timeline, or search hits). */
export function encodeTimelineCursor(row: Pick<TimelineRow, 'src' | 'id' | 'at'>, list = 'timeline'): string {
  return Buffer.from(JSON.stringify([list, new Date(row.at).toISOString(), rowKey(row)])).toString('base64url');
}

/** Reads a cursor of this list; anything else is BAD_USER_INPUT on `after`. */
export function decodeTimelineCursor(cursor: string, list = 'timeline'): TimelineCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  const [scope, at, key] = Array.isArray(parsed) && parsed.length === 3 ? parsed : [];
  const valid = scope === list && typeof at === 'string' && !Number.isNaN(Date.parse(at)) && typeof key === 'string' && /^[EFDV]:[0-9a-f-]{1,36}$/.test(key);
  if (!valid) throw fieldError('after', `after must be a cursor from this ${list === 'timeline' ? 'timeline' : 'list'}`);
  return { at, key };
}
