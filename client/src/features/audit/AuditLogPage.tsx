import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../kernel/apollo/errors';
import { EmptyState } from '../../kernel/ui/EmptyState';
import { LiveStatusBadge } from '../../kernel/ui/LiveStatusBadge';
import { AuditLogPageQueryDocument, AuditLogPageUsersDocument } from '../../gql/graphql';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { mergeNewestFirst } from './mergeEntries';
import { useAuditEvents, type LiveAuditEntry } from './useAuditEvents';
import { useAuditFilter } from './useAuditFilter';

const PAGE_SIZE = 50;

export function AuditLogPage() {
  const { t } = useTranslation();
  const filterState = useAuditFilter();
  const { filter, filtered, badPeriod } = filterState;
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
      <AuditFilters state={filterState} users={users.data?.users ?? []} />
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
      {entries.length > 0 && <AuditTable entries={entries} />}
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
