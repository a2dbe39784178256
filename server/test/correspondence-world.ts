import type { App } from '../src/app.js';
import { firmEntityManager } from '../src/graphql/tenant-em.js';
import { User } from '../src/modules/auth/user.entity.js';
import { ContactDirection, EntryKind, FollowUpStatus } from '../src/modules/correspondence/correspondence.enums.js';
import { FollowUp, TimelineEntry } from '../src/modules/correspondence/timeline.entity.js';
import { Notification } from '../src/modules/notifications/notification.entity.js';
import type { ListWorld } from './list-world.js';

/**
 * The list world's correspondence: on its first lead `size` entries by as many people (each
 * mentioning «выписки», with an open follow-up owned by the owner, every other one also with
 * a closed follow-up and its result entry), and `size` notifications for the owner.
 */
export async function addCorrespondence(app: App, world: ListWorld): Promise<void> {
  const firm = world.owner.firmId;
  const em = firmEntityManager(app.orm, firm);
  const users = await em.find(User, {}, { orderBy: { id: 'asc' } });
  const lead = world.leadIds[0]!;
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
  }
  await em.flush();
}
