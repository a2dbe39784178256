import type { EntityManager } from '@mikro-orm/postgresql';
import { firmToday } from '../../clock.js';
import { badInput, forbidden, notFound } from '../../graphql/errors.js';
import type { SignedInScope } from '../../graphql/scope.js';
import { everyoneReadsCorrespondence, LEAD_TIMELINE_WRITERS } from './correspondence.policy.js';

/**
 * Whose timeline it is: a lead, a client, or a client together with the lead it came from.
 *
 * A client accepted from a lead shows the lead's whole history: its timeline is read as the rows
 * of the client ∪ the rows of its lead (and the lead's card shows the same). Rows are not copied or
 * relinked on acceptance, because acceptance belongs to the clients area, the link lead → client is
 * already one fact (`client.lead_id`), and a copy would split one history in two that drift apart.
 * What is written after acceptance names both, so either card's live stream carries it.
 */
export interface TimelineSubject {
  leadId: string | null;
  clientId: string | null;
  /** The client's short name, else the lead's company. */
  name: string;
}

/** Which timeline an operation names: exactly one of the lead and the client. */
export interface SubjectRef {
  leadId?: string | null;
  clientId?: string | null;
}

interface SubjectRow {
  lead_id: string | null;
  client_id: string | null;
  name: string;
}

/** The subject of a lead's or client's timeline, in one plain read (the firm's rows only). */
export async function subjectOf(em: EntityManager, firmId: string, ref: SubjectRef): Promise<TimelineSubject> {
  if (!ref.leadId === !ref.clientId) throw badInput('Name either a lead or a client', [{ field: ref.leadId ? 'clientId' : 'leadId', message: 'Name either a lead or a client' }]);
  const [row] = ref.clientId
    ? await em.getConnection().execute<SubjectRow[]>('select c.lead_id, c.id as client_id, c.short_name as name from client c where c.firm_id = ? and c.id = ?', [firmId, ref.clientId])
    : await em.getConnection().execute<SubjectRow[]>(
        'select l.id as lead_id, c.id as client_id, coalesce(c.short_name, l.company_name) as name from lead l left join client c on c.lead_id = l.id and c.firm_id = l.firm_id where l.firm_id = ? and l.id = ?',
        [firmId, ref.leadId],
      );
  if (!row) throw notFound(ref.clientId ? 'Client' : 'Lead');
  return { leadId: row.lead_id, clientId: row.client_id, name: row.name };
}

/** The assignments that let an accountant see a client's correspondence: current or starting later (not superseded). */
const HOLDS = `a.firm_id = ? and a.accountant_id = ? and (a.to_date is null or (a.to_date >= ?::date and a.to_date >= a.from_date))`;

/**
 * SQL (and its parameters) that holds for a row whose client — its own, or the client its lead
 * became — the caller may read; `leadCol`/`clientCol` name the row's columns. True for everyone
 * but accountants, who see leads' correspondence and that of the clients they serve.
 */
export function visibleSql(scope: SignedInScope, leadCol: string, clientCol: string): { sql: string; params: unknown[] } {
  const { principal, clock } = scope;
  if (everyoneReadsCorrespondence(principal.role)) return { sql: 'true', params: [] };
  const client = `coalesce(${clientCol}, (select lc.id from client lc where lc.lead_id = ${leadCol}))`;
  return {
    sql: `(${client} is null or ${client} in (select a.client_id from client_assignment a where ${HOLDS}))`,
    params: [principal.firmId, principal.userId, firmToday(clock, principal.timeZone)],
  };
}

/** Whether the caller may read the subject's correspondence. */
export async function mayRead(scope: SignedInScope, subject: TimelineSubject): Promise<boolean> {
  const { em, principal, clock } = scope;
  if (everyoneReadsCorrespondence(principal.role) || !subject.clientId) return true;
  const rows = await em.getConnection().execute<unknown[]>(`select 1 from client_assignment a where ${HOLDS} and a.client_id = ? limit 1`, [
    principal.firmId, principal.userId, firmToday(clock, principal.timeZone), subject.clientId,
  ]);
  return rows.length > 0;
}

/** The subject, if the caller may read its timeline: FORBIDDEN for a client an accountant does not serve. */
export async function readableSubject(scope: SignedInScope, ref: SubjectRef): Promise<TimelineSubject> {
  const subject = await subjectOf(scope.em, scope.principal.firmId, ref);
  if (!(await mayRead(scope, subject))) throw forbidden('Only the accountants of this client read its correspondence');
  return subject;
}

/**
 * The subject, if the caller may write on its timeline: a lead's, those who work leads; a client's,
 * whoever reads it (accountants of the client speak with it too).
 */
export async function writableSubject(scope: SignedInScope, ref: SubjectRef): Promise<TimelineSubject> {
  const subject = await readableSubject(scope, ref);
  if (!subject.clientId && !LEAD_TIMELINE_WRITERS.includes(scope.principal.role)) throw forbidden('Only those who work leads write on their timelines');
  return subject;
}

/** The lead and client columns of a row written on the subject's timeline: both, once the lead is a client. */
export const ownerColumns = (subject: TimelineSubject) => ({ lead: subject.leadId, client: subject.clientId });

/** What an event of the subject's timeline carries to place it on an open timeline. */
export const ownerData = (subject: TimelineSubject) => ({ leadId: subject.leadId, clientId: subject.clientId });

/** The subject a stored row (entry, follow-up, request) belongs to, for a write that refers to it. */
export function refOfRow(row: { lead?: { id: string } | null; client?: { id: string } | null }): SubjectRef {
  return row.client ? { clientId: row.client.id } : { leadId: row.lead!.id };
}
