import type { SignedInScope } from '../../graphql/scope.js';
import { fieldError } from '../../graphql/errors.js';
import type { Connection } from '../../graphql/pagination.js';
import { decodeKeyset, encodeKeyset, type SortKey } from '../../graphql/keyset.js';
import { TimelineEntry } from './timeline.entity.js';

/** A part of a highlighted fragment: matched words are marked. */
export interface HighlightPart {
  text: string;
  match: boolean;
}

export interface SearchHit {
  entry: TimelineEntry;
  /** Fragments around the matches, each split into plain and matched parts. */
  fragments: HighlightPart[][];
}

// ts_headline marks matches and separates fragments with these; entries are stored without control characters (`plainText`)
const START = '\u0001';
const STOP = '\u0002';
const SEPARATOR = '\u0003';

/** Splits a ts_headline answer into fragments of plain and matched parts. */
export function highlightParts(headline: string): HighlightPart[][] {
  return headline
    .split(SEPARATOR)
    .map((fragment) => fragment.split(START).flatMap((piece, i): HighlightPart[] => {
      if (i === 0) return piece ? [{ text: piece, match: false }] : [];
      const [matched, rest] = piece.split(STOP) as [string, string | undefined];
      return [{ text: matched, match: true }, ...(rest ? [{ text: rest, match: false }] : [])];
    }))
    .filter((parts) => parts.length > 0);
}

const KEY: SortKey = { column: 'occurred_at', kind: 'timestamp', direction: 'desc' };
/** What is searched, in the words of the generated `search` column (see the migration). */
const DOCUMENT = `coalesce(e.contact_name, '') || ' ' || e.summary || ' ' || coalesce(e.result, '')`;

interface HitRow {
  id: string;
  occurred_at: Date;
  headline: string;
}

/**
 * Full-text search of the firm's correspondence with the Russian configuration (word forms:
 * «выписка» finds «выписки»), newest first, with highlighted fragments. Everyone in the firm reads
 * every lead's timeline, so every entry of the firm is searched.
 */
export class CorrespondenceSearch {
  async search({ em, principal }: SignedInScope, text: string, leadId: string | null | undefined, first: number, after?: string | null): Promise<Connection<SearchHit>> {
    const words = text.trim();
    if (!words) throw fieldError('text', 'Type a word to search for');
    const scope = 'correspondence-search';
    const cursor = after ? decodeKeyset(scope, KEY, after) : null;
    const at = `date_trunc('milliseconds', e.occurred_at)`;
    const params: unknown[] = [`StartSel=${START}, StopSel=${STOP}, FragmentDelimiter=${SEPARATOR}, MaxFragments=2, MaxWords=30, MinWords=12`, words, principal.firmId];
    let where = 'e.firm_id = ? and e.search @@ q.query';
    if (leadId) {
      where += ' and e.lead_id = ?';
      params.push(leadId);
    }
    if (cursor) {
      where += ` and (${at} < ?::timestamptz or (${at} = ?::timestamptz and e.id > ?))`;
      params.push(cursor.value, cursor.value, cursor.id);
    }
    params.push(first + 1);
    const rows = await em.getConnection().execute<HitRow[]>(
      `select e.id, e.occurred_at, ts_headline('russian', ${DOCUMENT}, q.query, ?) as headline
       from timeline_entry e, websearch_to_tsquery('russian', ?) as q(query)
       where ${where} order by ${at} desc, e.id asc limit ?`,
      params,
    );
    const page = rows.slice(0, first);
    const entries = page.length ? await em.find(TimelineEntry, { id: { $in: page.map((r) => r.id) } }) : [];
    const byId = new Map(entries.map((e) => [e.id, e]));
    const cursorOf = (row: HitRow) => encodeKeyset(scope, { value: new Date(row.occurred_at).toISOString(), id: row.id });
    return {
      edges: page.map((row) => ({ cursor: cursorOf(row), node: { entry: byId.get(row.id)!, fragments: highlightParts(row.headline) } })),
      pageInfo: { hasNextPage: rows.length > first, endCursor: page.length ? cursorOf(page.at(-1)!) : null },
    };
  }
}
