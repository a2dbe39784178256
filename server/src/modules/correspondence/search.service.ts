import type { SignedInScope } from '../../graphql/scope.js';
import { fieldError } from '../../graphql/errors.js';
import type { Connection } from '../../graphql/pagination.js';
import { DocumentRequest } from './document-request.entity.js';
import { decodeTimelineCursor, encodeTimelineCursor } from './timeline-page.js';
import { readableSubject, visibleSql, type SubjectRef } from './timeline-subject.js';
import { TimelineEntry } from './timeline.entity.js';

/** A part of a highlighted fragment: matched words are marked. */
export interface HighlightPart {
  text: string;
  match: boolean;
}

export interface SearchHit {
  at: Date;
  /** The entry that matched, or the document request. */
  entry: TimelineEntry | null;
  documentRequest: DocumentRequest | null;
  /** Fragments around the matches, each split into plain and matched parts. */
  fragments: HighlightPart[][];
}

// ts_headline marks matches and separates fragments with these; texts are stored without control characters (`plainText`)
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

/** What is searched, in the words of the generated `search` columns (see the migrations). */
const ENTRY_TEXT = `coalesce(e.subject, '') || ' ' || coalesce(e.contact_name, '') || ' ' || e.summary || ' ' || coalesce(e.result, '')`;

interface HitRow {
  src: 'E' | 'D';
  id: string;
  at: Date;
  headline: string;
}

const LIST = 'correspondence-search';

/**
 * Full-text search of the firm's correspondence — timeline entries and document requests — with
 * the Russian configuration (word forms: «выписка» finds «выписки»), newest first, with highlighted
 * fragments. An accountant finds only what they may read (leads', and their clients').
 */
export class CorrespondenceSearch {
  async search(scope: SignedInScope, text: string, ref: SubjectRef, first: number, after?: string | null): Promise<Connection<SearchHit>> {
    const { em, principal } = scope;
    const words = text.trim();
    if (!words) throw fieldError('text', 'Type a word to search for');
    const cursor = after ? decodeTimelineCursor(after, LIST) : null;
    const subject = ref.leadId || ref.clientId ? await readableSubject(scope, ref) : null;
    const branch = (x: 'e' | 'r') => {
      const parts = [`${x}.firm_id = ?`, `${x}.search @@ q.query`];
      const params: unknown[] = [principal.firmId];
      if (subject) {
        const owners = [subject.leadId ? `${x}.lead_id = ?` : null, subject.clientId ? `${x}.client_id = ?` : null].filter(Boolean);
        parts.push(`(${owners.join(' or ')})`);
        params.push(...[subject.leadId, subject.clientId].filter(Boolean));
      }
      const visible = visibleSql(scope, `${x}.lead_id`, `${x}.client_id`);
      parts.push(visible.sql);
      params.push(...visible.params);
      return { where: parts.join(' and '), params };
    };
    const entries = branch('e');
    const requests = branch('r');
    const at = `date_trunc('milliseconds', t.at)`;
    const key = `t.src || ':' || t.id`;
    // in the order of the statement's placeholders
    const params: unknown[] = [words, `StartSel=${START}, StopSel=${STOP}, FragmentDelimiter=${SEPARATOR}, MaxFragments=2, MaxWords=30, MinWords=12`, ...entries.params, ...requests.params];
    let where = '';
    if (cursor) {
      where = ` where (${at} < ?::timestamptz or (${at} = ?::timestamptz and ${key} > ?))`;
      params.push(cursor.at, cursor.at, cursor.key);
    }
    params.push(first + 1);
    // the page is chosen first; only its rows are highlighted
    const rows = await em.getConnection().execute<HitRow[]>(
      `with q as (select websearch_to_tsquery('russian', ?) as query)
       select p.src, p.id, p.at, ts_headline('russian', p.doc, q.query, ?) as headline from (
         select t.src, t.id, t.at, t.doc from (
           select 'E' as src, e.id::text as id, e.occurred_at as at, ${ENTRY_TEXT} as doc from timeline_entry e, q where ${entries.where}
           union all
           select 'D' as src, r.id::text as id, r.created_at as at, r.search_text as doc from document_request r, q where ${requests.where}
         ) t${where} order by ${at} desc, ${key} asc limit ?
       ) p, q order by date_trunc('milliseconds', p.at) desc, p.src || ':' || p.id asc`,
      params,
    );
    const page = rows.slice(0, first);
    const ids = (src: HitRow['src']) => page.filter((r) => r.src === src).map((r) => r.id);
    const [found, requested] = await Promise.all([
      ids('E').length ? em.find(TimelineEntry, { id: { $in: ids('E') } }) : [],
      ids('D').length ? em.find(DocumentRequest, { id: { $in: ids('D') } }) : [],
    ]);
    const entryById = new Map(found.map((e) => [e.id, e]));
    const requestById = new Map(requested.map((r) => [r.id, r]));
    const cursorOf = (row: HitRow) => encodeTimelineCursor(row, LIST);
    return {
      edges: page.map((row) => ({
        cursor: cursorOf(row),
        node: {
          at: row.at,
          entry: row.src === 'E' ? entryById.get(row.id)! : null,
          documentRequest: row.src === 'D' ? requestById.get(row.id)! : null,
          fragments: highlightParts(row.headline),
        },
      })),
      pageInfo: { hasNextPage: rows.length > first, endCursor: page.length ? cursorOf(page.at(-1)!) : null },
    };
  }
}
