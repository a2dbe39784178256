import { useApolloClient, useQuery, useSubscription } from '@apollo/client/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFragment as readFragment } from '../../gql';
import {
  LeadTimelineEventsDocument, LeadTimelineQueryDocument, TimelineItem_ItemFragmentDoc,
  type LeadTimelineEventsSubscription, type LeadTimelineQueryQuery, type TimelineFilter,
} from '../../gql/graphql';
import { useConnectionState } from '../../kernel/apollo/connectionStatus';
import { useCurrentUser } from '../../kernel/session/currentUser';
import { formatMoment, type TimelineSubjectRef } from './entryForm';
import { withLiveItem } from './timelineItems';

const PAGE = 30;

/**
 * A timeline's items, a page at a time and kept live, with the firm's active people and the
 * entries a document request can be linked to.
 */
export function useTimeline(subject: TimelineSubjectRef, filter: TimelineFilter | null) {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const client = useApolloClient();
  const leadId = subject.leadId ?? null;
  const clientId = subject.clientId ?? null;
  const variables = useMemo(() => ({ leadId, clientId, filter, first: PAGE }), [leadId, clientId, JSON.stringify(filter)]);
  const { data, error, loading, fetchMore, refetch } = useQuery(LeadTimelineQueryDocument, { variables, fetchPolicy: 'cache-and-network' });
  const people = useMemo(() => (data?.users ?? []).filter((user) => user.active), [data]);

  useLiveTimeline(subject, (event) => {
    // a filtered list is reloaded: whether the new item belongs is the server's to say
    if (filter) return void refetch();
    client.cache.updateQuery<LeadTimelineQueryQuery>({ query: LeadTimelineQueryDocument, variables }, (previous) => previous && withLiveItem(previous, event));
  }, () => void refetch());

  const edges = data?.timeline.edges ?? [];
  const entries = useMemo(
    () =>
      edges.flatMap((edge) => {
        const entry = readFragment(TimelineItem_ItemFragmentDoc, edge.node).entry;
        return entry ? [{ id: entry.id, label: `${formatMoment(entry.occurredAt, i18n.language, me.firm.timeZone)} · ${t(`correspondence.kinds.${entry.kind}`)}: ${(entry.subject ?? entry.summary).slice(0, 80)}` }] : [];
      }),
    [edges, i18n.language],
  );
  const loadMore = () =>
    fetchMore({
      variables: { after: data?.timeline.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({ ...fetchMoreResult, timeline: { ...fetchMoreResult.timeline, edges: [...previous.timeline.edges, ...fetchMoreResult.timeline.edges] } }),
    });

  return { data, error, loading, people, edges, entries, loadMore };
}

type LiveEvent = LeadTimelineEventsSubscription['timelineEvents'];

/**
 * Follows a timeline: each new item is handed over as it commits. A reconnection resumes after
 * the newest event seen (before the first one it reloads instead), like the live boards.
 */
function useLiveTimeline(subject: TimelineSubjectRef, onItem: (event: LiveEvent) => void, reload: () => void) {
  const { epoch, restored } = useConnectionState();
  const lastRef = useRef<string | null>(null);
  const startedRef = useRef(false);
  const [after, setAfter] = useState<{ id: string | null } | null>(null);
  const handlers = useRef({ onItem, reload });
  handlers.current = { onItem, reload };

  useEffect(() => {
    if (startedRef.current && restored && lastRef.current === null) handlers.current.reload();
    startedRef.current = true;
    setAfter({ id: lastRef.current });
    // restored is read, not watched: only a (re)connection restarts the subscription
  }, [epoch]);

  useSubscription(LeadTimelineEventsDocument, {
    variables: { leadId: subject.leadId ?? null, clientId: subject.clientId ?? null, after: after?.id ?? null },
    skip: after === null,
    onData: ({ data }) => {
      const event = data.data?.timelineEvents;
      if (!event) return;
      lastRef.current = event.id;
      handlers.current.onItem(event);
    },
  });
}
