import type { EntityManager } from '@mikro-orm/postgresql';
import { fieldError } from '../../graphql/errors.js';
import type { Connection } from '../../graphql/pagination.js';
import { changedFieldsOf, fieldKindOf, referenceKindOf } from '../events/catalogue.js';
import { readEvents, readEventsOfSubjects, type StoredEvent } from '../events/event-log.js';
import { batch, groupBy, type Batch } from '../../graphql/batch.js';
import type { SignedInScope } from '../../graphql/scope.js';
import { nameOf, namesFor, type Names } from './audit-names.js';
import { FieldKind, type AuditEntry, type AuditLogFilter, type AuditSubject, type FieldChange } from './audit.types.js';

const isChange = (value: unknown): value is { from: unknown; to: unknown } =>
  !!value && typeof value === 'object' && 'from' in value && 'to' in value;

/** A reference's label: the name of each id it holds (a list joins them), null when empty or gone. */
function labelOf(names: Names, kind: string | null, value: unknown): string | null {
  if (!kind || value === null || value === undefined) return null;
  const labels = (Array.isArray(value) ? value : [value]).map((id) => nameOf(names, kind, id)?.title).filter((title): title is string => !!title);
  return labels.length ? labels.join(', ') : null;
}

/** The declared changes of an event, whether written beside its other fields or under `changes`. */
function fieldChangesOf(event: StoredEvent, names: Names): FieldChange[] {
  const data = event.data ?? {};
  const nested = data.changes && typeof data.changes === 'object' ? (data.changes as Record<string, unknown>) : {};
  return changedFieldsOf(event.type).flatMap((field) => {
    const value = nested[field] ?? data[field];
    if (!isChange(value)) return [];
    const kind = fieldKindOf(event.type, field) as FieldKind;
    const reference = referenceKindOf(event.type, field);
    return [{ field, from: value.from, to: value.to, kind, fromLabel: labelOf(names, reference, value.from), toLabel: labelOf(names, reference, value.to) }];
  });
}

const text = (value: unknown): string | null => {
  const current = isChange(value) ? value.to : value;
  return typeof current === 'string' && current !== '' ? current : null;
};

/** What the entry is about, named as it is now; a deleted one by the name its event recorded. */
function subjectOf(event: StoredEvent, names: Names): AuditSubject | null {
  if (!event.subjectType || !event.subjectId) return null;
  const found = nameOf(names, event.subjectType, event.subjectId);
  const data = event.data ?? {};
  const owner = data.owner && typeof data.owner === 'object' && !isChange(data.owner) ? (data.owner as Record<string, unknown>) : {};
  const recorded = event.subjectType === 'Firm'
    ? text(data.firmName)
    : text(data.companyName) ?? text(data.title) ?? text(data.name) ?? text(data.plan) ?? text(data.label) ?? text(owner.name) ?? text(data.email);
  const projectId = found?.projectId ?? (typeof data.projectId === 'string' ? data.projectId : null);
  return { type: event.subjectType, id: event.subjectId, title: found?.title ?? recorded, projectId };
}

const ID_PREFIX = 'FirmEvent:';

/** An entry's id: opaque and unique in the installation (the firm and its number in the firm's log). */
export function eventId(event: Pick<StoredEvent, 'firmId' | 'seq'>): string {
  return Buffer.from(`${ID_PREFIX}${event.firmId}:${event.seq}`).toString('base64url');
}

/** Entries with their names, read for all of them at once (one statement, none when nothing needs a name). */
export async function toNamedAuditEntries(em: EntityManager, firmId: string, events: readonly StoredEvent[]): Promise<AuditEntry[]> {
  const names = await namesFor(em, firmId, events);
  return events.map((event) => toAuditEntry(event, names));
}

/**
 * The histories of things of one type (every recorded change, oldest first, named), for all the
 * rows of a list at once: one statement for the events and one for their names. `shown` takes out
 * what the caller may not read (e.g. margins) before the entries are made.
 */
export function historyBatch(subjectType: string, shown: (scope: SignedInScope, data: StoredEvent['data']) => StoredEvent['data'] = (_, data) => data): Batch<string, AuditEntry[], SignedInScope> {
  return batch({
    load: async (scope: SignedInScope, subjectIds: string[]) => {
      const { firmId } = scope.principal;
      const histories = await readEventsOfSubjects(scope.em, firmId, subjectType, subjectIds);
      const events = [...histories.values()].flat().map((event) => ({ ...event, data: shown(scope, event.data) }));
      return groupBy(await toNamedAuditEntries(scope.em, firmId, events), (entry) => entry.subjectId!);
    },
    missing: () => [],
  });
}

export function toAuditEntry(event: StoredEvent, names: Names = new Map()): AuditEntry {
  // a task snapshot is for live boards, not part of what the change was
  const { task: _snapshot, ...changes } = event.data ?? {};
  return {
    id: eventId(event),
    seq: event.seq,
    fieldChanges: fieldChangesOf(event, names),
    topic: event.topic,
    type: event.type,
    actor: event.actorId || event.actorName ? { id: event.actorId, name: event.actorName, apiTokenId: event.apiTokenId } : null,
    at: event.at,
    subjectType: event.subjectType,
    subjectId: event.subjectId,
    subject: subjectOf(event, names),
    changes: event.data ? changes : null,
  };
}

/**
 * The firm's log number of an entry id (`eventId`) of the caller's firm; a bare number is taken as
 * that number too, as ids were before they became unique across firms.
 */
export function parseEventId(firmId: string, field: string, value: string | null | undefined): number | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (/^\d{1,15}$/.test(value)) return Number(value);
  const match = /^FirmEvent:([0-9a-f-]{36}):(\d{1,15})$/.exec(Buffer.from(value, 'base64url').toString());
  if (!match || match[1] !== firmId) throw fieldError(field, `${field} must be an entry id from this firm's log`);
  return Number(match[2]);
}

/** The firm's audit trail, newest first, in pages; filtered by people, kinds and days of the firm's calendar. */
export async function auditLogPage(
  em: EntityManager,
  principal: { firmId: string; timeZone: string },
  first: number,
  after?: string | null,
  filter?: AuditLogFilter | null,
): Promise<Connection<AuditEntry>> {
  const { firmId, timeZone } = principal;
  const beforeSeq = parseEventId(firmId, 'after', after);
  if (filter?.from && filter.to && filter.from > filter.to) throw fieldError('filter.to', 'filter.to must not be before filter.from');
  const events = await readEvents(em, {
    firmId,
    beforeSeq,
    limit: first + 1,
    newestFirst: true,
    types: filter?.types ?? undefined,
    actorIds: filter?.actorIds ?? undefined,
    fromDay: filter?.from ?? undefined,
    toDay: filter?.to ?? undefined,
    timeZone,
  });
  const page = await toNamedAuditEntries(em, firmId, events.slice(0, first));
  return {
    edges: page.map((node) => ({ cursor: node.id, node })),
    pageInfo: { hasNextPage: events.length > first, endCursor: page.at(-1)?.id ?? null },
  };
}
