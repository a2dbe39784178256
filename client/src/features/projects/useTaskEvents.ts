import type { Reference } from '@apollo/client';
import { useApolloClient, useSubscription } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useConnectionState } from '../../kernel/apollo/connectionStatus';
import { useFragment as readFragment } from '../../gql';
import {
  BoardTask_TaskFragmentDoc,
  ProjectTaskEventsDocument,
  TaskEventType,
  TaskRights_TaskFragmentDoc,
  TaskRightsQueryDocument,
  type ProjectTaskEventsSubscription,
} from '../../gql/graphql';
import { applyTaskEvent, newestEvent, type EventPlace } from './board';
import { noRights, rightsMayHaveChanged } from './taskRights';
import type { BoardTask } from './useMoveTask';

export type LiveTaskEvent = Omit<ProjectTaskEventsSubscription['taskEvents'], 'task'> & { task: BoardTask };

/**
 * Keeps a project's board live. Every event carries the task as it is now, so writing it into
 * the cache updates every card; created tasks join the project's list, deleted ones leave it.
 * Like the audit log: graphql-ws resubscribes a dropped socket with the variables it started
 * with, so on every (re)connection the subscription restarts after the newest event id seen and
 * the server replays only what was missed. Before the first event there is no id to resume from,
 * so a reconnection then reloads the board instead (`onResync`).
 * Events carry no rights (they are per viewer; see TaskRights.graphql): when an event may have
 * changed them, the task's rights are asked for on their own, not the whole board.
 */
export function useTaskEvents(
  projectId: string,
  ready: boolean,
  onEvent: (event: LiveTaskEvent) => void,
  onResync: () => void,
) {
  const client = useApolloClient();
  const { epoch, restored } = useConnectionState();
  const lastRef = useRef<EventPlace | null>(null);
  const startedRef = useRef(false);
  const [after, setAfter] = useState<{ id: string | null } | null>(null);

  useEffect(() => {
    lastRef.current = null;
    startedRef.current = false;
  }, [projectId]);

  useEffect(() => {
    if (!ready) return;
    if (startedRef.current && restored && lastRef.current === null) onResync();
    startedRef.current = true;
    setAfter({ id: lastRef.current?.id ?? null });
    // onResync and restored are read, not watched: only a (re)connection restarts the subscription
  }, [ready, epoch, projectId]);

  return useSubscription(ProjectTaskEventsDocument, {
    variables: { projectId, after: after?.id ?? null },
    skip: after === null,
    onData: ({ data }) => {
      const event = data.data?.taskEvents;
      if (!event) return;
      lastRef.current = newestEvent(lastRef.current, event);
      const task = readFragment(BoardTask_TaskFragmentDoc, event.task);
      const { cache } = client;
      const taskRef = cache.identify({ __typename: 'Task', id: task.id });
      const heldRights = cache.readFragment({ fragment: TaskRights_TaskFragmentDoc, id: taskRef });
      const held = heldRights && cache.readFragment({ fragment: BoardTask_TaskFragmentDoc, id: taskRef });
      const refreshRights = rightsMayHaveChanged(held ? { assigneeId: held.assignee?.id ?? null } : null, task);
      cache.writeFragment({ fragment: BoardTask_TaskFragmentDoc, data: task });
      if (refreshRights) {
        // read-only until the server answers: the board's query stays complete and is not refetched
        if (!heldRights) cache.writeFragment({ fragment: TaskRights_TaskFragmentDoc, data: noRights(task.id) });
        void client.query({ query: TaskRightsQueryDocument, variables: { id: task.id }, fetchPolicy: 'network-only' }).catch(() => undefined);
      }
      // only a created or deleted task changes the project's list; other changes are in the task
      const joinsOrLeaves = event.type === TaskEventType.Created || !!task.deletedAt;
      const projectRef = cache.identify({ __typename: 'Project', id: event.projectId });
      if (projectRef && joinsOrLeaves) {
        cache.modify({
          id: projectRef,
          fields: {
            tasks: (existing: readonly Reference[] = [], { readField, toReference }) => {
              const ref = toReference({ __typename: 'Task', id: task.id });
              return ref ? applyTaskEvent(existing, (item) => readField<string>('id', item), task, ref) : existing;
            },
          },
        });
      }
      onEvent({ ...event, task });
    },
  });
}
