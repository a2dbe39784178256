import { randomUUID } from 'node:crypto';
import type { QueryOrderMap } from '@mikro-orm/postgresql';
import { fieldError } from '../../graphql/errors.js';
import { decodeKeyset, encodeKeyset, keysetAfter, keysetOrder, keyValue, type SortKey } from '../../graphql/keyset.js';
import type { Connection } from '../../graphql/pagination.js';
import type { SignedInScope } from '../../graphql/scope.js';
import { actorOf } from '../auth/principal.js';
import { recordedTransaction, type RecordingTransaction } from '../events/event-log.js';
import { areaOfNotificationKind, declaredNotificationKinds, isDeclaredNotificationKind } from './notification-kinds.js';
import { Notification } from './notification.entity.js';
import { NotificationOptOut } from './notification-opt-out.entity.js';
import { NOTIFICATIONS_TOPIC } from './notifications.events.js';

export interface NotificationDraft {
  firmId: string;
  userId: string;
  /** Declared with `declareNotificationKinds` by the sending area. */
  kind: string;
  subjectType?: string | null;
  subjectId?: string | null;
  data?: Record<string, unknown>;
}

/**
 * Tells a user something, inside the caller's transaction: the notification and its event commit
 * with the change that caused it (or not at all). The one way any area notifies anyone. A user who
 * turned the kind off gets nothing (answers null).
 */
export async function notify(tx: RecordingTransaction, draft: NotificationDraft): Promise<Notification | null> {
  return (await notifyAll(tx, [draft]))[0] ?? null;
}

/** `notify` for several at once, with one read of the recipients' preferences; answers what was sent. */
export async function notifyAll(tx: RecordingTransaction, drafts: readonly NotificationDraft[]): Promise<Notification[]> {
  for (const draft of drafts) if (!isDeclaredNotificationKind(draft.kind)) throw new Error(`Notification kind ${draft.kind} is not declared (declareNotificationKinds)`);
  if (!drafts.length) return [];
  // a scheduled job writes for many firms: the firm is named in the condition instead of the tenant filter
  const optOuts = await tx.em.find(
    NotificationOptOut,
    { $or: drafts.map((d) => ({ firm: d.firmId, user: d.userId, kind: d.kind })) },
    { filters: false, fields: ['user', 'kind'] },
  );
  const unwanted = new Set(optOuts.map((o) => `${o.user.id}:${o.kind}`));
  const sent: Notification[] = [];
  for (const draft of drafts) {
    if (unwanted.has(`${draft.userId}:${draft.kind}`)) continue;
    const notification = tx.em.create(Notification, {
      firm: draft.firmId,
      user: draft.userId,
      kind: draft.kind,
      subjectType: draft.subjectType ?? null,
      subjectId: draft.subjectId ?? null,
      data: draft.data ?? {},
    });
    tx.record({ topic: NOTIFICATIONS_TOPIC, type: 'NOTIFICATION_CREATED', subjectType: 'Notification', subjectId: notification.id, data: { userId: draft.userId, kind: draft.kind } });
    sent.push(notification);
  }
  return sent;
}

const KEY: SortKey = { column: 'created_at', kind: 'timestamp', direction: 'desc' };
const MAX_MARKED = 200;

/** The caller's own notifications: listed newest first, counted, marked read. */
export class NotificationService {
  async list({ em, principal }: SignedInScope, unreadOnly: boolean, first: number, after?: string | null): Promise<Connection<Notification>> {
    const scope = 'notification';
    const where = { user: principal.userId, ...(unreadOnly ? { readAt: null } : {}) };
    const from = after ? keysetAfter(KEY, decodeKeyset(scope, KEY, after)) : null;
    const rows = await em.find(Notification, from ? { $and: [where, from] } : where, { orderBy: keysetOrder(KEY) as QueryOrderMap<Notification>[], limit: first + 1 });
    const page = rows.slice(0, first);
    const cursor = (n: Notification) => encodeKeyset(scope, { value: keyValue(n.createdAt), id: n.id });
    return { edges: page.map((node) => ({ cursor: cursor(node), node })), pageInfo: { hasNextPage: rows.length > first, endCursor: page.length ? cursor(page.at(-1)!) : null } };
  }

  async unreadCount({ em, principal }: SignedInScope): Promise<number> {
    return em.count(Notification, { user: principal.userId, readAt: null });
  }

  /** Marks some of the caller's notifications read (others' ids are ignored); returns how many were unread. */
  async markRead(scope: SignedInScope, ids: string[]): Promise<number> {
    if (ids.length > MAX_MARKED) throw fieldError('ids', `At most ${MAX_MARKED} at a time`);
    return this.mark(scope, ids);
  }

  /** Marks every notification of the caller read. */
  async markAllRead(scope: SignedInScope): Promise<number> {
    return this.mark(scope, null);
  }

  /** Every declared kind and whether the caller wants it (all on until turned off). */
  async preferences({ em, principal }: SignedInScope): Promise<NotificationPreferenceRow[]> {
    const off = new Set((await em.find(NotificationOptOut, { user: principal.userId }, { fields: ['kind'] })).map((o) => o.kind));
    return declaredNotificationKinds().map((kind) => ({ kind, area: areaOfNotificationKind(kind)!, enabled: !off.has(kind) }));
  }

  /** Turns kinds on or off for the caller; answers all the caller's preferences. */
  async setPreferences(scope: SignedInScope, changes: readonly { kind: string; enabled: boolean }[]): Promise<NotificationPreferenceRow[]> {
    const { em, principal } = scope;
    changes.forEach(({ kind }, i) => {
      if (!isDeclaredNotificationKind(kind)) throw fieldError(`changes.${i}.kind`, `There is no notification kind ${kind}`, 'UNKNOWN_KIND');
    });
    const off = changes.filter((c) => !c.enabled).map((c) => c.kind);
    const on = changes.filter((c) => c.enabled).map((c) => c.kind);
    await em.transactional(async (txEm) => {
      if (on.length) await txEm.nativeDelete(NotificationOptOut, { user: principal.userId, kind: { $in: on } });
      if (off.length) {
        // turning off twice (two tabs) leaves one row
        await txEm.createQueryBuilder(NotificationOptOut).insert(off.map((kind) => ({ id: randomUUID(), firm: principal.firmId, user: principal.userId, kind }))).onConflict(['user', 'kind']).ignore().execute();
      }
    });
    return this.preferences(scope);
  }

  private async mark({ em, principal, clock }: SignedInScope, ids: string[] | null): Promise<number> {
    return recordedTransaction(em, actorOf(principal), async (tx) => {
      const marked = await tx.em.nativeUpdate(Notification, { user: principal.userId, readAt: null, ...(ids ? { id: { $in: ids } } : {}) }, { readAt: clock.now() });
      if (marked) tx.record({ topic: NOTIFICATIONS_TOPIC, type: 'NOTIFICATIONS_READ', subjectType: 'User', subjectId: principal.userId, data: { userId: principal.userId, ids } });
      return marked;
    });
  }
}

/** Whether a user wants one kind of notification. */
export interface NotificationPreferenceRow {
  kind: string;
  area: string;
  enabled: boolean;
}
