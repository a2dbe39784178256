import type { EntityManager } from '@mikro-orm/postgresql';
import { referenceKindOf, type ReferenceKind } from '../events/catalogue.js';
import type { StoredEvent } from '../events/event-log.js';

/**
 * Names for a page of audit entries: each subject's title and each reference field's label, read
 * in ONE statement whatever the page's size (a `union all` with one branch per kind of record
 * present on the page, each `id = any(…)` within the firm).
 */

/** Each kind of record an entry can be about or point at: its table and the column that names it. */
const TITLES: Record<string, { table: string; title: string; projectId?: string }> = {
  Lead: { table: 'lead', title: 'company_name' },
  Task: { table: 'task', title: 'title', projectId: 'project_id' },
  Project: { table: 'project', title: 'name' },
  TariffPlan: { table: 'tariff_plan', title: 'name' },
  // a version is named by its plan
  TariffVersion: { table: 'tariff_version v join tariff_plan p on p.id = v.plan_id', title: 'p.name' },
  User: { table: 'app_user', title: 'name' },
  ProjectTemplate: { table: 'project_template', title: 'name' },
  LeadSource: { table: 'lead_source', title: 'name' },
  LostReason: { table: 'lost_reason', title: 'name' },
  LeadField: { table: 'lead_field', title: 'label' },
  ApiToken: { table: 'api_token', title: 'name' },
  Client: { table: 'client', title: 'short_name' },
  // an obligation is named by its title and its client
  Obligation: { table: 'obligation v join client c on c.id = v.client_id', title: `v.title || ' — ' || c.short_name` },
  Contract: { table: 'contract', title: 'number' },
  // an amendment is named by its contract: «2026-001 / 1»
  ContractAmendment: { table: 'contract_amendment v join contract c on c.id = v.contract_id', title: "c.number || ' / ' || v.number" },
  PowerOfAttorney: { table: 'power_of_attorney', title: 'number' },
  ContractDocument: { table: 'contract_document', title: 'title' },
  DocumentTemplate: { table: 'document_template', title: 'file_name' },
  // an entry, a follow-up and a document request are named by their client, else their lead's company
  TimelineEntry: { table: 'timeline_entry v left join lead l on l.id = v.lead_id left join client c on c.id = v.client_id', title: 'coalesce(c.short_name, l.company_name)' },
  FollowUp: { table: 'follow_up v left join lead l on l.id = v.lead_id left join client c on c.id = v.client_id', title: 'coalesce(c.short_name, l.company_name)' },
  DocumentRequest: { table: 'document_request v left join lead l on l.id = v.lead_id left join client c on c.id = v.client_id', title: 'coalesce(c.short_name, l.company_name)' },
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface Named {
  title: string | null;
  projectId: string | null;
}

export type Names = Map<string, Named>;
const keyOf = (kind: string, id: string) => `${kind}:${id}`;

export const nameOf = (names: Names, kind: string, id: unknown): Named | undefined =>
  typeof id === 'string' ? names.get(keyOf(kind, id)) : undefined;

/** The ids a reference change points at (one id, or a list of them). */
const idsIn = (value: unknown): string[] => (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string' && UUID.test(v));

/** The reference changes of an event: field → kind, with their `{ from, to }`. */
export function referenceChanges(event: StoredEvent): { field: string; kind: ReferenceKind; from: unknown; to: unknown }[] {
  const data = event.data ?? {};
  const nested = data.changes && typeof data.changes === 'object' ? (data.changes as Record<string, unknown>) : {};
  return Object.entries({ ...data, ...nested }).flatMap(([field, value]) => {
    const kind = referenceKindOf(event.type, field);
    if (!kind || !value || typeof value !== 'object' || !('from' in value || 'to' in value)) return [];
    const change = value as { from?: unknown; to?: unknown };
    return [{ field, kind, from: change.from, to: change.to }];
  });
}

/** Reads the names of every subject and reference of these events, in one statement (none if there is nothing to name). */
export async function namesFor(em: EntityManager, firmId: string, events: readonly StoredEvent[]): Promise<Names> {
  const wanted = new Map<string, Set<string>>();
  const want = (kind: string, ids: string[]) => {
    if (!TITLES[kind] || !ids.length) return;
    const set = wanted.get(kind) ?? new Set<string>();
    ids.forEach((id) => set.add(id));
    wanted.set(kind, set);
  };
  for (const event of events) {
    if (event.subjectType && event.subjectId) want(event.subjectType, idsIn(event.subjectId));
    for (const change of referenceChanges(event)) want(change.kind, [...idsIn(change.from), ...idsIn(change.to)]);
  }
  const names: Names = new Map();
  if (!wanted.size) return names;

  const branches: string[] = [];
  const params: unknown[] = [];
  for (const [kind, ids] of wanted) {
    const { table, title, projectId } = TITLES[kind]!;
    const alias = table.includes(' ') ? 'v.' : '';
    branches.push(
      `select ?::text as kind, ${alias}id::text as id, ${title}::text as title, ${projectId ? `${projectId}::text` : 'null::text'} as project_id from ${table} where ${alias}firm_id = ? and ${alias}id = any(?::uuid[])`,
    );
    params.push(kind, firmId, `{${[...ids].join(',')}}`);
  }
  const rows = await em.getConnection().execute<{ kind: string; id: string; title: string | null; project_id: string | null }[]>(branches.join(' union all '), params);
  for (const row of rows) names.set(keyOf(row.kind, row.id), { title: row.title, projectId: row.project_id });
  return names;
}
