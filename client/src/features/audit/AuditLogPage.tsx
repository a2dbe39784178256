import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Center, Group, Loader, MultiSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../kernel/apollo/errors';
import { EmptyState } from '../../kernel/ui/EmptyState';
import { LiveStatusBadge } from '../../kernel/ui/LiveStatusBadge';
import { AuditLogPageQueryDocument, AuditLogPageUsersDocument, type AuditLogFilter, type EventType } from '../../gql/graphql';
import { eventTypesByArea, parseDay } from './auditFilters';
import { AuditEntryRow } from './AuditEntryRow';
import { mergeNewestFirst } from './mergeEntries';
import { useAuditEvents, type LiveAuditEntry } from './useAuditEvents';

const PAGE_SIZE = 50;

export function AuditLogPage() {
  const { t } = useTranslation();
  const [actorIds, setActorIds] = useState<string[]>([]);
  const [types, setTypes] = useState<string[]>([]);
  const [fromText, setFromText] = useState('');
  const [toText, setToText] = useState('');
  const from = parseDay(fromText);
  const to = parseDay(toText);
  const badFrom = fromText.trim() !== '' && !from;
  const badTo = toText.trim() !== '' && !to;
  const badPeriod = !!from && !!to && from > to;
  const filter = useMemo<AuditLogFilter | null>(() => {
    const value: AuditLogFilter = {};
    if (actorIds.length) value.actorIds = actorIds;
    if (types.length) value.types = types as EventType[];
    if (from) value.from = from;
    if (to) value.to = to;
    return Object.keys(value).length ? value : null;
  }, [actorIds, types, from, to]);
  const filtered = filter !== null;
  const users = useQuery(AuditLogPageUsersDocument, { fetchPolicy: 'cache-first' });
  const { data, error, fetchMore, networkStatus } = useQuery(AuditLogPageQueryDocument, {
    variables: { first: PAGE_SIZE, filter: badPeriod ? null : filter },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [live, setLive] = useState<LiveAuditEntry[]>([]);

  const entries = useMemo(
    () => mergeNewestFirst(filtered ? [] : live, data?.auditLog.edges.map((edge) => edge.node) ?? []),
    [live, data, filtered],
  );
  const newestIdRef = useRef<string | null>(null);
  useEffect(() => {
    newestIdRef.current = entries[0]?.id ?? null;
  }, [entries]);

  const addLive = useCallback((entry: LiveAuditEntry) => setLive((current) => mergeNewestFirst([entry], current)), []);
  // cached entries are a fine starting point: the server replays whatever came after them
  const subscription = useAuditEvents(data !== undefined, newestIdRef, addLive);

  const pageInfo = data?.auditLog.pageInfo;
  const loadMore = () => {
    if (pageInfo?.endCursor) void fetchMore({ variables: { after: pageInfo.endCursor } });
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('audit.title')}</Title>
        <LiveStatusBadge />
      </Group>
      <Group align="flex-end" wrap="wrap" data-testid="audit-filters">
        <MultiSelect
          label={t('auditLog.filters.actors')}
          placeholder={actorIds.length ? undefined : t('auditLog.filters.actorsPlaceholder')}
          data={(users.data?.users ?? []).map((user) => ({ value: user.id, label: user.name }))}
          value={actorIds}
          onChange={setActorIds}
          searchable
          clearable
          w={240}
        />
        <MultiSelect
          label={t('auditLog.filters.types')}
          placeholder={types.length ? undefined : t('auditLog.filters.typesPlaceholder')}
          data={eventTypesByArea().map(([area, list]) => ({
            group: t(`auditLog.areas.${area}`),
            items: list.map((type) => ({ value: type, label: t(`audit.events.${type}`, { defaultValue: type }) })),
          }))}
          value={types}
          onChange={setTypes}
          searchable
          clearable
          w={320}
        />
        <TextInput
          label={t('auditLog.filters.from')}
          placeholder="ДД.ММ.ГГГГ"
          value={fromText}
          onChange={(event) => setFromText(event.currentTarget.value)}
          error={badFrom}
          w={130}
        />
        <TextInput
          label={t('auditLog.filters.to')}
          placeholder="ДД.ММ.ГГГГ"
          value={toText}
          onChange={(event) => setToText(event.currentTarget.value)}
          error={badTo || badPeriod}
          w={130}
        />
        {(filtered || fromText || toText) && (
          <Button
            variant="subtle"
            onClick={() => {
              setActorIds([]);
              setTypes([]);
              setFromText('');
              setToText('');
            }}
          >
            {t('auditLog.filters.reset')}
          </Button>
        )}
      </Group>
      {badPeriod && <Text c="red" size="sm">{t('auditLog.filters.invalidPeriod')}</Text>}
      {error && <Alert color="red">{t('common.loadError', { message: errorMessage(error, t) })}</Alert>}
      {subscription.error && <Alert color="red">{errorMessage(subscription.error, t)}</Alert>}
      {!data && !error && <Loader />}
      {data && entries.length === 0 && filtered && <Text c="dimmed">{t('auditLog.nothingFound')}</Text>}
      {data && entries.length === 0 && !filtered && (
        <EmptyState
          title={t('audit.emptyTitle')}
          description={t('audit.emptyText')}
          action={
            <Button variant="default" component={Link} to="/team">
              {t('audit.toTeam')}
            </Button>
          }
        />
      )}
      {entries.length > 0 && (
        <Table.ScrollContainer minWidth={720}>
          <Table striped data-testid="audit-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('audit.columns.at')}</Table.Th>
                <Table.Th>{t('audit.columns.actor')}</Table.Th>
                <Table.Th>{t('audit.columns.event')}</Table.Th>
                <Table.Th>{t('audit.columns.details')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((entry) => (
                <AuditEntryRow key={entry.id} entry={entry} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {pageInfo?.hasNextPage && (
        <Center>
          <Button
            variant="light"
            onClick={loadMore}
            loading={networkStatus === NetworkStatus.fetchMore}
            data-testid="audit-load-more"
          >
            {t('audit.loadMore')}
          </Button>
        </Center>
      )}
    </Stack>
  );
}
