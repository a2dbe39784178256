import type { TaskRights_TaskFragment } from '../../gql/graphql';

export type TaskRights = Omit<TaskRights_TaskFragment, ' $fragmentName'>;

/** Until the server answers, a task this client has no rights for is read-only. */
export const noRights = (id: string): TaskRights => ({
  __typename: 'Task',
  id,
  viewerCanEdit: false,
  viewerCanChangeStatus: false,
  viewerCanComment: false,
});

/**
 * Whether a live event may have changed what the viewer may do with a task. Live events carry
 * only the shared board fields; rights depend on the viewer, so they are asked for separately —
 * for a task this client holds no rights for yet (created elsewhere) and after a change of
 * assignee (an accountant acts on their own tasks). `before` is the assignee the cache held with
 * known rights, or null when it holds no rights for the task.
 */
export function rightsMayHaveChanged(
  before: { assigneeId: string | null } | null,
  after: { assignee?: { id: string } | null; deletedAt?: unknown },
): boolean {
  if (after.deletedAt) return false;
  if (!before) return true;
  return before.assigneeId !== (after.assignee?.id ?? null);
}
