import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../kernel/session/currentUser';
import { TaskEventType } from '../../gql/graphql';
import { isOwnWrite } from './ownWrites';
import { useTaskEvents, type LiveTaskEvent } from './useTaskEvents';

const HIGHLIGHT_MS = 2000;

/**
 * The board's live side: follows the project's task events and answers with who changed which card
 * (highlighted for a moment) or a note for a deleted one; the viewer's own writes pass silently.
 * Returns the names of those who just changed a card, by task id.
 */
export function useBoardLiveChanges(projectId: string, onResync: () => void): ReadonlyMap<string, string> {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const changedBy = useLiveHighlights();
  const onEvent = useCallback(
    (event: LiveTaskEvent) => {
      const byMe = event.actor?.id === me.id;
      // a card I just created is mine even before the mutation's answer names its id
      if (isOwnWrite(event.taskId, event.task.version, byMe) || (byMe && event.type === TaskEventType.Created)) return;
      const name = event.actor?.name ?? t('projects.task.history.system');
      if (event.type === TaskEventType.Deleted) {
        notifications.show({
          color: 'gray',
          message: t('projects.board.liveChange', { name, title: event.task.title, what: t('projects.board.events.DELETED') }),
        });
        return;
      }
      changedBy.flash(event.taskId, name);
    },
    [me.id, t, changedBy],
  );
  useTaskEvents(projectId, true, onEvent, onResync);
  return changedBy.names;
}

/** Cards someone else just changed, with who did it; each fades after a moment. */
function useLiveHighlights() {
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());

  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach((timer) => clearTimeout(timer));
  }, []);

  const flash = useCallback((taskId: string, name: string) => {
    setNames((current) => new Map(current).set(taskId, name));
    clearTimeout(timers.current.get(taskId));
    timers.current.set(
      taskId,
      setTimeout(() => {
        timers.current.delete(taskId);
        setNames((current) => {
          const next = new Map(current);
          next.delete(taskId);
          return next;
        });
      }, HIGHLIGHT_MS),
    );
  }, []);

  return useMemo(() => ({ names, flash }), [names, flash]);
}
