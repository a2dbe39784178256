import { useApolloClient, useQuery, useSubscription } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Loader, MultiSelect, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFragment as readFragment } from '../../gql';
import {
  LeadTimelineEventsDocument, LeadTimelineQueryDocument, TimelineItem_ItemFragmentDoc, TimelineKind,
  type DocumentRequest_RequestFragment, type LeadTimelineEventsSubscription, type LeadTimelineQueryQuery, type TimelineFilter,
} from '../../gql/graphql';
import { errorMessage } from '../../kernel/apollo/errors';
import { useConnectionState } from '../../kernel/apollo/connectionStatus';
import { useCurrentUser } from '../../kernel/session/currentUser';
import { EmptyState } from '../../kernel/ui/EmptyState';
import { LiveStatusBadge } from '../../kernel/ui/LiveStatusBadge';
import { CloseFollowUpDialog } from './CloseFollowUpDialog';
import { formatMoment, type LoggableKind, type TimelineSubjectRef } from './entryForm';
import { DocumentRequestDialog } from './DocumentRequestDialog';
import { LogEntryDialog } from './LogEntryDialog';
import { TimelineSearch } from './TimelineSearch';
import { TimelineItemView } from './TimelineItemView';
import { ComposeMailDialog, type ComposeStart } from '../mail';
import { withLiveItem } from './timelineItems';

const PAGE = 30;
const LOGGABLE: LoggableKind[] = ['CALL', 'MEETING', 'NOTE'];

/** A lead's timeline (with its client's, once accepted). */
export function LeadTimeline({ leadId }: { leadId: string }) {
  return <Timeline subject={{ leadId }} />;
}

/** A client's timeline, with the whole history of the lead it came from. */
export function ClientTimeline({ clientId }: { clientId: string }) {
  return <Timeline subject={{ clientId }} />;
}

/** A timeline: what was said, promised and asked for, and the key changes, newest first and live. */
function Timeline({ subject }: { subject: TimelineSubjectRef }) {
  const { t, i18n } = useTranslation();
  const leadId = subject.leadId ?? null;
  const clientId = subject.clientId ?? null;
  const me = useCurrentUser();
  const client = useApolloClient();
  const [kinds, setKinds] = useState<string[]>([]);
  const [personIds, setPersonIds] = useState<string[]>([]);
  const [logging, setLogging] = useState<LoggableKind | null>(null);
  const [closing, setClosing] = useState<{ id: string; title: string } | null>(null);
  const [requesting, setRequesting] = useState<{ request: DocumentRequest_RequestFragment | null } | null>(null);
  const [search, setSearch] = useState('');
  const [composing, setComposing] = useState<ComposeStart | null>(null);
  const [text] = useDebouncedValue(search.trim(), 300);
  const filter: TimelineFilter | null = kinds.length || personIds.length ? { kinds: kinds as TimelineKind[], personIds } : null;
  const variables = useMemo(() => ({ leadId, clientId, filter, first: PAGE }), [leadId, clientId, JSON.stringify(filter)]);
  const { data, error, loading, fetchMore, refetch } = useQuery(LeadTimelineQueryDocument, { variables, fetchPolicy: 'cache-and-network' });
  const people = useMemo(() => (data?.users ?? []).filter((user) => user.active), [data]);

  // a client's timeline is written on by whoever reads it (the server refuses others); a lead's by those who work leads
  const canWrite = clientId ? !error : me.can.editLeads;

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

  return (
    <Stack data-testid={clientId ? 'client-timeline' : 'lead-timeline'}>
      <Group justify="space-between">
        <Group gap="xs">
          {canWrite &&
            LOGGABLE.map((kind) => (
              <Button key={kind} variant={kind === 'CALL' ? 'filled' : 'default'} onClick={() => setLogging(kind)} data-testid={`log-${kind.toLowerCase()}`}>
                {t(`correspondence.actions.${kind}`)}
              </Button>
            ))}
          {canWrite && (
            <Button variant="default" onClick={() => setRequesting({ request: null })} data-testid="request-documents">
              {t('correspondence.actions.requestDocuments')}
            </Button>
          )}
          {canWrite && (
            <Button variant="default" onClick={() => setComposing({})} data-testid="compose-mail-open">
              {t('mail.actions.write')}
            </Button>
          )}
        </Group>
        <LiveStatusBadge />
      </Group>
      <Group grow align="flex-end">
        <MultiSelect
          label={t('correspondence.filters.kinds')}
          data={Object.values(TimelineKind).map((kind) => ({ value: kind, label: t(`correspondence.kinds.${kind}`) }))}
          value={kinds}
          onChange={setKinds}
          clearable
        />
        <MultiSelect label={t('correspondence.filters.people')} data={people.map((p) => ({ value: p.id, label: p.name }))} value={personIds} onChange={setPersonIds} clearable searchable />
        <TextInput
          label={t('correspondence.filters.search')}
          description={t('correspondence.filters.searchHint')}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          maxLength={200}
          data-testid="timeline-search"
        />
      </Group>

      {text ? (
        <Stack>
          <TimelineSearch text={text} leadId={leadId ?? undefined} clientId={clientId ?? undefined} />
          <Anchor component="button" type="button" onClick={() => setSearch('')}>
            {t('correspondence.search.back')}
          </Anchor>
        </Stack>
      ) : (
        <>
          {error && <Alert color="red">{t('common.loadError', { message: errorMessage(error, t) })}</Alert>}
          {loading && !data && <Loader />}
          {data && edges.length === 0 && (
            <EmptyState
              testId="timeline-empty"
              title={filter ? t('correspondence.empty.filtered') : t('correspondence.empty.title')}
              description={filter ? undefined : canWrite ? t('correspondence.empty.text') : t(clientId ? 'correspondence.empty.clientReadOnlyText' : 'correspondence.empty.readOnlyText')}
              action={
                canWrite && !filter ? (
                  <Button onClick={() => setLogging('CALL')}>{t('correspondence.actions.CALL')}</Button>
                ) : undefined
              }
            />
          )}
          {edges.map((edge) => (
            <TimelineItemView
              key={readFragment(TimelineItem_ItemFragmentDoc, edge.node).id}
              item={edge.node}
              onClose={setClosing}
              entries={entries}
              onEditRequest={(request) => setRequesting({ request })}
              onReply={canWrite ? (message) => setComposing({ replyTo: message }) : undefined}
              onForward={canWrite ? (message) => setComposing({ forward: message }) : undefined}
            />
          ))}
          {data?.timeline.pageInfo.hasNextPage && (
            <Button variant="default" onClick={() => void loadMore()}>
              {t('correspondence.actions.loadMore')}
            </Button>
          )}
        </>
      )}

      <LogEntryDialog subject={subject} kind={logging} people={people} onClose={() => setLogging(null)} />
      <DocumentRequestDialog subject={subject} request={requesting?.request ?? null} opened={requesting !== null} people={people} onClose={() => setRequesting(null)} />
      <CloseFollowUpDialog followUp={closing} onClose={() => setClosing(null)} />
      <ComposeMailDialog subject={subject} start={composing} onClose={() => setComposing(null)} />
    </Stack>
  );
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
