import type { QueryOrderMap } from '@mikro-orm/postgresql';
import { fieldError } from '../../graphql/errors.js';
import { decodeKeyset, encodeKeyset, keysetAfter, keysetOrder, keyValue, type SortKey } from '../../graphql/keyset.js';
import type { Connection } from '../../graphql/pagination.js';
import type { SignedInScope } from '../../graphql/scope.js';
import { actorOf } from '../auth/principal.js';
import { recordedTransaction, type RecordingTransaction } from '../events/event-log.js';
import { isDeclaredNotificationKind } from './notification-kinds.js';
import { Notification } from './notification.entity.js';
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
 * with the change that caused it (or not at all). The one way any area notifies anyone.
 */
export function notify(tx: RecordingTransaction, draft: NotificationDraft): Notification {
  if (!isDeclaredNotificationKind(draft.kind)) throw new Error(`Notification kind ${draft.kind} is not declared (declareNotificationKinds)`);
  const notification = tx.em.create(Notification, {
    firm: draft.firmId,
    user: draft.userId,
    kind: draft.kind,
    subjectType: draft.subjectType ?? null,
    subjectId: draft.subjectId ?? null,
    data: draft.data ?? {},
  });
  tx.record({ topic: NOTIFICATIONS_TOPIC, type: 'NOTIFICATION_CREATED', subjectType: 'Notification', subjectId: notification.id, data: { userId: draft.userId, kind: draft.kind } });
  return notification;
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

  private async mark({ em, principal, clock }: SignedInScope, ids: string[] | null): Promise<number> {
    return recordedTransaction(em, actorOf(principal), async (tx) => {
      const marked = await tx.em.nativeUpdate(Notification, { user: principal.userId, readAt: null, ...(ids ? { id: { $in: ids } } : {}) }, { readAt: clock.now() });
      if (marked) tx.record({ topic: NOTIFICATIONS_TOPIC, type: 'NOTIFICATIONS_READ', subjectType: 'User', subjectId: principal.userId, data: { userId: principal.userId, ids } });
      return marked;
    });
  }
}
