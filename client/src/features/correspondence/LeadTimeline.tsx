import { Alert, Anchor, Button, Group, Loader, Stack } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFragment as readFragment } from '../../gql';
import { TimelineItem_ItemFragmentDoc, type DocumentRequest_RequestFragment, type TimelineFilter, type TimelineKind } from '../../gql/graphql';
import { errorMessage } from '../../kernel/apollo/errors';
import { useCurrentUser } from '../../kernel/session/currentUser';
import { EmptyState } from '../../kernel/ui/EmptyState';
import { LiveStatusBadge } from '../../kernel/ui/LiveStatusBadge';
import { CloseFollowUpDialog } from './CloseFollowUpDialog';
import type { LoggableKind, TimelineSubjectRef } from './entryForm';
import { DocumentRequestDialog } from './DocumentRequestDialog';
import { LogEntryDialog } from './LogEntryDialog';
import { TimelineFilters } from './TimelineFilters';
import { TimelineSearch } from './TimelineSearch';
import { TimelineItemView } from './TimelineItemView';
import { ComposeMailDialog, type ComposeStart } from '../mail';
import { useTimeline } from './useTimeline';

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
  const { t } = useTranslation();
  const leadId = subject.leadId ?? null;
  const clientId = subject.clientId ?? null;
  const me = useCurrentUser();
  const [kinds, setKinds] = useState<string[]>([]);
  const [personIds, setPersonIds] = useState<string[]>([]);
  const [logging, setLogging] = useState<LoggableKind | null>(null);
  const [closing, setClosing] = useState<{ id: string; title: string } | null>(null);
  const [requesting, setRequesting] = useState<{ request: DocumentRequest_RequestFragment | null } | null>(null);
  const [search, setSearch] = useState('');
  const [composing, setComposing] = useState<ComposeStart | null>(null);
  const [text] = useDebouncedValue(search.trim(), 300);
  const filter: TimelineFilter | null = kinds.length || personIds.length ? { kinds: kinds as TimelineKind[], personIds } : null;
  const { data, error, loading, people, edges, entries, loadMore } = useTimeline(subject, filter);

  // a client's timeline is written on by whoever reads it (the server refuses others); a lead's by those who work leads
  const canWrite = clientId ? !error : me.can.editLeads;

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
      <TimelineFilters
        kinds={kinds}
        onKindsChange={setKinds}
        personIds={personIds}
        onPersonIdsChange={setPersonIds}
        people={people}
        search={search}
        onSearchChange={setSearch}
      />

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
