import type { EntityManager } from '@mikro-orm/postgresql';
import { fieldError } from '../../graphql/errors.js';
import type { Connection } from '../../graphql/pagination.js';
import { readEvents, type StoredEvent } from '../events/event-log.js';
import type { AuditEntry } from './audit.types.js';

export function toAuditEntry(event: StoredEvent): AuditEntry {
  // a task snapshot is for live boards, not part of what the change was
  const { task: _snapshot, ...changes } = event.data ?? {};
  return {
    id: String(event.seq),
    topic: event.topic,
    type: event.type,
    actor: event.actorId || event.actorName ? { id: event.actorId, name: event.actorName, apiTokenId: event.apiTokenId } : null,
    at: event.at,
    subjectType: event.subjectType,
    subjectId: event.subjectId,
    changes: event.data ? changes : null,
  };
}

/** Event ids are per-firm sequence numbers written as decimal strings. */
export function parseEventId(field: string, value: string | null | undefined): number | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (!/^\d{1,15}$/.test(value)) throw fieldError(field, `${field} must be an event id`);
  return Number(value);
}

/** The firm's audit trail, newest first, in pages. */
export async function auditLogPage(em: EntityManager, firmId: string, first: number, after?: string | null): Promise<Connection<AuditEntry>> {
  const beforeSeq = parseEventId('after', after);
  const events = await readEvents(em, { firmId, beforeSeq, limit: first + 1, newestFirst: true });
  const page = events.slice(0, first).map(toAuditEntry);
  return {
    edges: page.map((node) => ({ cursor: node.id, node })),
    pageInfo: { hasNextPage: events.length > first, endCursor: page.at(-1)?.id ?? null },
  };
}
