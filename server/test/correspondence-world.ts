import { randomUUID } from 'node:crypto';
import type { App } from '../src/app.js';
import { firmEntityManager } from '../src/graphql/tenant-em.js';
import { User } from '../src/modules/auth/user.entity.js';
import { ContactDirection, EntryKind, FollowUpStatus } from '../src/modules/correspondence/correspondence.enums.js';
import { FollowUp, TimelineEntry } from '../src/modules/correspondence/timeline.entity.js';
import { DocumentItemKind, DocumentItemStatus, DocumentRequestStatus } from '../src/modules/correspondence/correspondence.enums.js';
import { DocumentRequest } from '../src/modules/correspondence/document-request.entity.js';
import { clientsOf } from './clients-world.js';
import { Notification } from '../src/modules/notifications/notification.entity.js';
import type { ListWorld } from './list-world.js';

/**
 * The list world's correspondence: on its first lead `size` entries by as many people (each
 * mentioning «выписки», with an open follow-up owned by the owner, every other one also with
 * a closed follow-up and its result entry), and `size` notifications for the owner. On its first
 * client (see clients-world.ts, added first) `size` entries and `size` document requests, each
 * owed by the owner, with a received item brought by an entry and a pending one.
 */
export async function addCorrespondence(app: App, world: ListWorld): Promise<void> {
  const firm = world.owner.firmId;
  const em = firmEntityManager(app.orm, firm);
  const users = await em.find(User, {}, { orderBy: { id: 'asc' } });
  const lead = world.leadIds[0]!;
  const client = clientsOf(world).clientIds[0]!;
  for (let i = 0; i < world.size; i += 1) {
    const author = users[i % users.length]!.id;
    const at = new Date(Date.UTC(2026, 10, 1, 9, i));
    const entry = em.create(TimelineEntry, { firm, lead, kind: EntryKind.CALL, direction: ContactDirection.OUTGOING, occurredAt: at, summary: `Звонок ${i}: клиент пришлёт выписки`, author });
    const followUp = em.create(FollowUp, { firm, lead, entry, owner: world.owner.userId, title: `Перезвонить ${i}`, dueAt: at, createdBy: author });
    if (i % 2) {
      const done = em.create(FollowUp, { firm, lead, entry, owner: author, title: `Уточнить ${i}`, dueAt: at, createdBy: author, status: FollowUpStatus.DONE, result: 'Выписки получены', closedAt: at, closedBy: author });
      em.create(TimelineEntry, { firm, lead, kind: EntryKind.FOLLOW_UP_RESULT, occurredAt: at, summary: 'Выписки получены', author, followUpId: done.id });
    }
    em.create(Notification, { firm, user: world.owner.userId, kind: 'FOLLOW_UP_DUE', subjectType: 'FollowUp', subjectId: followUp.id, data: { title: followUp.title } });
    const note = em.create(TimelineEntry, { firm, client, kind: EntryKind.NOTE, occurredAt: at, summary: `Заметка ${i}: выписки по счёту`, author });
    const items = [
      { id: randomUUID(), kind: DocumentItemKind.BANK_STATEMENTS, description: 'Выписки по расчётному счёту', periodFrom: '2026-10-01', periodTo: '2026-10-31', note: null, status: DocumentItemStatus.RECEIVED, resolutionNote: null, entryId: note.id, resolvedAt: at.toISOString(), resolvedById: author },
      { id: randomUUID(), kind: DocumentItemKind.STAFF_CHANGES, description: 'Кадровые изменения', periodFrom: null, periodTo: null, note: null, status: DocumentItemStatus.PENDING, resolutionNote: null, entryId: null, resolvedAt: null, resolvedById: null },
    ];
    em.create(DocumentRequest, { firm, client, dueDate: '2026-11-20', responsible: world.owner.userId, items, status: DocumentRequestStatus.PARTIAL, searchText: 'Выписки по расчётному счёту Кадровые изменения', createdBy: author, createdAt: at });
  }
  await em.flush();
}
