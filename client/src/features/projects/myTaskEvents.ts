import { TaskEventType } from '../../gql/graphql';

/**
 * Whether a live task change may add a row to «Мои задачи» or take one away: the task is given
 * to the viewer or was theirs (given to someone else, deleted, closed). A comment or an edit of a
 * task the list already shows changes no row set: the cache update of the task shows it.
 */
export function changesMyTasks(
  event: { type: TaskEventType; taskId: string; task: { assignee?: { id: string } | null; deletedAt?: unknown } },
  viewerId: string,
  listed: ReadonlySet<string>,
): boolean {
  if (event.type === TaskEventType.Commented) return false;
  const mineNow = event.task.assignee?.id === viewerId && !event.task.deletedAt;
  const wasListed = listed.has(event.taskId);
  if (mineNow !== wasListed) return true;
  // a status change or a move to another column can close (or reopen) a task of mine: the list holds open tasks only
  return mineNow && (event.type === TaskEventType.StatusChanged || event.type === TaskEventType.Moved);
}
