import type { EntityManager } from '@mikro-orm/postgresql';
import { fieldError } from '../../graphql/errors.js';
import type { Connection } from '../../graphql/pagination.js';
import { changedFieldsOf } from '../events/catalogue.js';
import { readEvents, type StoredEvent } from '../events/event-log.js';
import type { AuditEntry, FieldChange } from './audit.types.js';

const isChange = (value: unknown): value is { from: unknown; to: unknown } =>
  !!value && typeof value === 'object' && 'from' in value && 'to' in value;

/** The declared changes of an event, whether written beside its other fields or under `changes`. */
function fieldChangesOf(event: StoredEvent): FieldChange[] {
  const data = event.data ?? {};
  const nested = data.changes && typeof data.changes === 'object' ? (data.changes as Record<string, unknown>) : {};
  return changedFieldsOf(event.type).flatMap((field) => {
    const value = nested[field] ?? data[field];
    return isChange(value) ? [{ field, from: value.from, to: value.to }] : [];
  });
}

const ID_PREFIX = 'FirmEvent:';

/** An entry's id: opaque and unique in the installation (the firm and its number in the firm's log). */
export function eventId(event: Pick<StoredEvent, 'firmId' | 'seq'>): string {
  return Buffer.from(`${ID_PREFIX}${event.firmId}:${event.seq}`).toString('base64url');
}

export function toAuditEntry(event: StoredEvent): AuditEntry {
  // a task snapshot is for live boards, not part of what the change was
  const { task: _snapshot, ...changes } = event.data ?? {};
  return {
    id: eventId(event),
    seq: event.seq,
    fieldChanges: fieldChangesOf(event),
    topic: event.topic,
    type: event.type,
    actor: event.actorId || event.actorName ? { id: event.actorId, name: event.actorName, apiTokenId: event.apiTokenId } : null,
    at: event.at,
    subjectType: event.subjectType,
    subjectId: event.subjectId,
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

/** The firm's audit trail, newest first, in pages. */
export async function auditLogPage(em: EntityManager, firmId: string, first: number, after?: string | null): Promise<Connection<AuditEntry>> {
  const beforeSeq = parseEventId(firmId, 'after', after);
  const events = await readEvents(em, { firmId, beforeSeq, limit: first + 1, newestFirst: true });
  const page = events.slice(0, first).map(toAuditEntry);
  return {
    edges: page.map((node) => ({ cursor: node.id, node })),
    pageInfo: { hasNextPage: events.length > first, endCursor: page.at(-1)?.id ?? null },
  };
}
