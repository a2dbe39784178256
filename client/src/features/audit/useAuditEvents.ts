import { useSubscription } from '@apollo/client/react';
import { useEffect, useState, type RefObject } from 'react';
import { useConnectionState } from '../../kernel/apollo/connectionStatus';
import { AuditLogPageEventsDocument, type AuditLogPageEventsSubscription } from '../../gql/graphql';

export type LiveAuditEntry = AuditLogPageEventsSubscription['auditEvents'];

/**
 * Subscribes to new audit entries after the newest one the page holds. graphql-ws resubscribes
 * a dropped socket with the variables it started with, so on every (re)connection the
 * subscription restarts from the newest id seen, and the server replays only what was missed.
 */
export function useAuditEvents(
  ready: boolean,
  newestIdRef: RefObject<string | null>,
  onEntry: (entry: LiveAuditEntry) => void,
) {
  const { epoch } = useConnectionState();
  const [after, setAfter] = useState<{ id: string | null } | null>(null);

  useEffect(() => {
    if (ready) setAfter({ id: newestIdRef.current });
  }, [ready, epoch, newestIdRef]);

  return useSubscription(AuditLogPageEventsDocument, {
    variables: { after: after?.id ?? null },
    skip: after === null,
    onData: ({ data }) => {
      if (data.data) onEntry(data.data.auditEvents);
    },
  });
}
