import { fieldError } from '../../graphql/errors.js';
import { TimelineKind } from './correspondence.enums.js';
import { LEAD_KEY_CHANGES } from './correspondence.events.js';

/**
 * One page of a lead's timeline as ONE statement: written entries, follow-ups and the lead's key
 * changes from the event log, merged newest first. A row's key is its source and id (`E`ntry,
 * `F`ollow-up, e`V`ent seq), which breaks ties and makes the cursor.
 */
export interface TimelineRow {
  src: 'E' | 'F' | 'V';
  id: string;
  at: Date;
}

export interface TimelineCursor {
  at: string;
  key: string;
}

const ENTRY_KINDS = [TimelineKind.CALL, TimelineKind.MEETING, TimelineKind.NOTE, TimelineKind.FOLLOW_UP_RESULT];

export interface TimelineQuery {
  firmId: string;
  leadId: string;
  kinds?: readonly TimelineKind[] | null;
  personIds?: readonly string[] | null;
  after?: TimelineCursor | null;
  limit: number;
}

const list = (values: readonly string[]) => `{${values.join(',')}}`;

/** The SQL and parameters of a page (pure: tested without a database for its branches). */
export function timelineSql(q: TimelineQuery): { sql: string; params: unknown[] } {
  const kinds = q.kinds?.length ? new Set(q.kinds) : null;
  const people = q.personIds?.length ? list(q.personIds) : null;
  const branches: string[] = [];
  const params: unknown[] = [];
  const entryKinds = ENTRY_KINDS.filter((k) => !kinds || kinds.has(k));
  if (entryKinds.length) {
    branches.push(
      `select 'E' as src, e.id::text as id, e.occurred_at as at from timeline_entry e where e.firm_id = ? and e.lead_id = ?` +
        (kinds ? ` and e.kind::text = any(?::text[])` : '') +
        (people ? ` and e.author_id = any(?::uuid[])` : ''),
    );
    params.push(q.firmId, q.leadId, ...(kinds ? [list(entryKinds)] : []), ...(people ? [people] : []));
  }
  if (!kinds || kinds.has(TimelineKind.FOLLOW_UP)) {
    branches.push(
      `select 'F' as src, f.id::text as id, f.created_at as at from follow_up f where f.firm_id = ? and f.lead_id = ?` +
        (people ? ` and (f.created_by_id = any(?::uuid[]) or f.owner_id = any(?::uuid[]))` : ''),
    );
    params.push(q.firmId, q.leadId, ...(people ? [people, people] : []));
  }
  if (!kinds || kinds.has(TimelineKind.CHANGE)) {
    branches.push(
      `select 'V' as src, ev.seq::text as id, ev.at as at from firm_event ev where ev.firm_id = ? and ev.subject_type = 'Lead' and ev.subject_id = ? and ev.type = any(?::text[])` +
        (people ? ` and ev.actor_id = any(?::uuid[])` : ''),
    );
    params.push(q.firmId, q.leadId, list(LEAD_KEY_CHANGES), ...(people ? [people] : []));
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

export function encodeTimelineCursor(row: TimelineRow): string {
  return Buffer.from(JSON.stringify(['timeline', new Date(row.at).toISOString(), rowKey(row)])).toString('base64url');
}

/** Reads a cursor of this list; anything else is BAD_USER_INPUT on `after`. */
export function decodeTimelineCursor(cursor: string): TimelineCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  const [scope, at, key] = Array.isArray(parsed) && parsed.length === 3 ? parsed : [];
  const valid = scope === 'timeline' && typeof at === 'string' && !Number.isNaN(Date.parse(at)) && typeof key === 'string' && /^[EFV]:[0-9a-f-]{1,36}$/.test(key);
  if (!valid) throw fieldError('after', 'after must be a cursor from this timeline');
  return { at, key };
}
