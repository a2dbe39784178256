import { useApolloClient, useSubscription } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useConnectionState } from '../../kernel/apollo/connectionStatus';
import { useFragment as readFragment } from '../../gql';
import { BoardTask_TaskFragmentDoc, MyTaskEventsDocument } from '../../gql/graphql';
import { newestEvent, type EventPlace } from './board';
import { changesMyTasks } from './myTaskEvents';

/**
 * Keeps «Мои задачи» live: every task change the viewer may see updates the cached task (its row
 * and an open drawer), and one that gives a task to the viewer or takes it away reloads the list.
 * Like the board, a reconnection resumes after the newest event seen; before the first one it
 * reloads the list instead.
 */
export function useMyTaskEvents(viewerId: string, listed: ReadonlySet<string>, reload: () => void) {
  const client = useApolloClient();
  const { epoch, restored } = useConnectionState();
  const lastRef = useRef<EventPlace | null>(null);
  const startedRef = useRef(false);
  const [after, setAfter] = useState<{ id: string | null } | null>(null);
  // read in the event handler, which the subscription keeps from its first render
  const listedRef = useRef(listed);
  listedRef.current = listed;
  const reloadRef = useRef(reload);
  reloadRef.current = reload;

  useEffect(() => {
    if (startedRef.current && restored && lastRef.current === null) reloadRef.current();
    startedRef.current = true;
    setAfter({ id: lastRef.current?.id ?? null });
    // restored is read, not watched: only a (re)connection restarts the subscription
  }, [epoch]);

  return useSubscription(MyTaskEventsDocument, {
    variables: { after: after?.id ?? null },
    skip: after === null,
    onData: ({ data }) => {
      const event = data.data?.taskEvents;
      if (!event) return;
      lastRef.current = newestEvent(lastRef.current, event);
      const task = readFragment(BoardTask_TaskFragmentDoc, event.task);
      client.cache.writeFragment({ fragment: BoardTask_TaskFragmentDoc, data: task });
      if (changesMyTasks({ type: event.type, taskId: event.taskId, task }, viewerId, listedRef.current)) reloadRef.current();
    },
  });
}
