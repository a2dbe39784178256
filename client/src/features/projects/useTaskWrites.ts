import { useMutation } from '@apollo/client/react';
import { useFragment as readFragment } from '../../gql';
import {
  AssignTaskDocument,
  BoardTask_TaskFragmentDoc,
  DeleteTaskDocument,
  TaskDrawer_TaskFragmentDoc,
  UpdateTaskDocument,
  type BoardTask_TaskFragment,
  type UpdateTaskInput,
} from '../../gql/graphql';
import { trackOwnWrite } from './ownWrites';

/**
 * The drawer's writes of one task, each with the version the user saw (a stale one is refused
 * with CONFLICT, which the caller shows). Every write is tracked as this tab's own.
 */
export function useTaskWrites(task: BoardTask_TaskFragment | null, projectId: string | null) {
  const [updateTask, { loading: saving }] = useMutation(UpdateTaskDocument);
  const [assignTask] = useMutation(AssignTaskDocument);
  const [deleteTask, { loading: deleting }] = useMutation(DeleteTaskDocument);

  // a save that writes twice passes the version the first write answered with
  const update = (input: UpdateTaskInput, version = task!.version) =>
    trackOwnWrite(task!.id, async () => {
      const result = await updateTask({ variables: { id: task!.id, version, input } });
      return result.data ? readFragment(BoardTask_TaskFragmentDoc, readFragment(TaskDrawer_TaskFragmentDoc, result.data.updateTask)) : null;
    });

  const assign = (assigneeId: string | null, version = task!.version) =>
    trackOwnWrite(task!.id, async () => {
      const result = await assignTask({ variables: { id: task!.id, version, assigneeId } });
      return result.data ? readFragment(BoardTask_TaskFragmentDoc, result.data.assignTask) : null;
    });

  const remove = () =>
    trackOwnWrite(task!.id, async () => {
      const result = await deleteTask({
        variables: { id: task!.id, version: task!.version },
        update(cache) {
          if (!projectId) return;
          cache.modify({
            id: cache.identify({ __typename: 'Project', id: projectId }),
            fields: {
              tasks: (existing: readonly { __ref: string }[] = [], { readField }) => existing.filter((ref) => readField('id', ref) !== task!.id),
            },
          });
        },
      });
      return result.data ? readFragment(BoardTask_TaskFragmentDoc, result.data.deleteTask) : null;
    });

  return { update, assign, remove, saving, deleting };
}
