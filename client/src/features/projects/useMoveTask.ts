import { useApolloClient, useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { errorCode, errorMessage } from '../../kernel/apollo/errors';
import { useFragment as readFragment } from '../../gql';
import {
  BoardTask_TaskFragmentDoc,
  ChangeTaskStatusDocument,
  MoveTaskDocument,
  TaskBoardReloadQueryDocument,
  type BoardTask_TaskFragment,
  type TaskStatus,
} from '../../gql/graphql';
import { positionAt, type Columns, type DropTarget } from './board';
import { trackOwnWrite } from './ownWrites';

export type BoardTask = BoardTask_TaskFragment;

/**
 * After a refused move the card is already back (Apollo drops the optimistic layer); this
 * reloads what was stale and says why. `reload` defaults to the project's board.
 */
function useRefusal(projectId: string | null, reload?: () => Promise<unknown>) {
  const { t } = useTranslation();
  const client = useApolloClient();
  return async (error: unknown, task: BoardTask, failure: 'moveError' | 'statusError') => {
    const code = errorCode(error);
    if (code === 'CONFLICT' || code === 'NOT_FOUND') {
      const refresh = reload
        ? reload()
        : projectId
          ? client.query({ query: TaskBoardReloadQueryDocument, variables: { id: projectId }, fetchPolicy: 'network-only' })
          : Promise.resolve();
      await refresh.catch(() => undefined);
      notifications.show({ color: 'yellow', message: t('projects.board.moveConflict', { title: task.title }) });
    } else if (code === 'FORBIDDEN') {
      notifications.show({ color: 'red', message: t('projects.board.moveForbidden', { title: task.title }) });
    } else {
      notifications.show({ color: 'red', message: t(`projects.board.${failure}`, { message: errorMessage(error, t) }) });
    }
  };
}

/**
 * Drags a card to a place on the board. The card lands at once (an optimistic response with the
 * position the server will compute); if the server refuses, the card goes back and the user is
 * told why (CONFLICT also reloads the board).
 */
export function useMoveTask(projectId: string) {
  const [mutate] = useMutation(MoveTaskDocument);
  const refuse = useRefusal(projectId);

  return async (task: BoardTask, target: DropTarget, columns: Columns<BoardTask>) => {
    const rest = columns[target.status].filter((candidate) => candidate.id !== task.id);
    const moved: BoardTask = { ...task, status: target.status, position: positionAt(rest, target.index), version: task.version + 1 };
    try {
      await trackOwnWrite(task.id, async () => {
        const { data } = await mutate({
          variables: { id: task.id, version: task.version, status: target.status, index: target.index },
          optimisticResponse: { __typename: 'Mutation', moveTask: moved },
        });
        return data ? readFragment(BoardTask_TaskFragmentDoc, data.moveTask) : null;
      });
      return true;
    } catch (error) {
      await refuse(error, task, 'moveError');
      return false;
    }
  };
}

/**
 * The status menu of a card (and of "my tasks"): the task goes to the bottom of that column,
 * at once, and back if the server refuses. `bottom` is the position it will get, when known.
 */
export function useChangeTaskStatus(projectId: string | null, reload?: () => Promise<unknown>) {
  const [mutate] = useMutation(ChangeTaskStatusDocument);
  const refuse = useRefusal(projectId, reload);

  return async (task: BoardTask, status: TaskStatus, bottom?: string) => {
    if (task.status === status) return true;
    const moved: BoardTask = { ...task, status, position: bottom ?? task.position, version: task.version + 1 };
    try {
      await trackOwnWrite(task.id, async () => {
        const { data } = await mutate({
          variables: { id: task.id, version: task.version, status },
          optimisticResponse: { __typename: 'Mutation', changeTaskStatus: moved },
        });
        return data ? readFragment(BoardTask_TaskFragmentDoc, data.changeTaskStatus) : null;
      });
      return true;
    } catch (error) {
      await refuse(error, task, 'statusError');
      return false;
    }
  };
}
