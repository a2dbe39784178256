import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { useFragment as readFragment } from '../../gql';
import { BoardTask_TaskFragmentDoc, TaskDrawer_TaskFragmentDoc, TaskDrawerQueryDocument } from '../../gql/graphql';

/**
 * One task for the drawer, with its comments and history. These follow the task: they reload
 * whenever it changes (here or elsewhere). A comment leaves the version alone; the live event's
 * task brings its new comment count.
 */
export function useTaskDrawerQuery(taskId: string) {
  const { data, error, refetch } = useQuery(TaskDrawerQueryDocument, { variables: { id: taskId }, fetchPolicy: 'cache-and-network' });
  const task = data ? readFragment(TaskDrawer_TaskFragmentDoc, data.task) : null;
  const boardTask = task ? readFragment(BoardTask_TaskFragmentDoc, task) : null;

  const version = boardTask?.version;
  const commentCount = boardTask?.commentCount;
  const shownComments = data?.task.comments.length;
  useEffect(() => {
    if (version !== undefined) void refetch();
  }, [version, refetch]);
  useEffect(() => {
    if (commentCount !== undefined && shownComments !== undefined && commentCount !== shownComments) void refetch();
  }, [commentCount, shownComments, refetch]);

  return { data, error, refetch, task, boardTask, projectId: data?.task.project.id ?? null };
}
