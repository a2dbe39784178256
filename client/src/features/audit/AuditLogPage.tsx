import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Center, Group, Loader, Stack, Table, Title } from '@mantine/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../kernel/apollo/errors';
import { EmptyState } from '../../kernel/ui/EmptyState';
import { LiveStatusBadge } from '../../kernel/ui/LiveStatusBadge';
import { AuditLogPageQueryDocument } from '../../gql/graphql';
import { AuditEntryRow } from './AuditEntryRow';
import { mergeNewestFirst } from './mergeEntries';
import { useAuditEvents, type LiveAuditEntry } from './useAuditEvents';

const PAGE_SIZE = 50;

export function AuditLogPage() {
  const { t } = useTranslation();
  const { data, error, fetchMore, networkStatus } = useQuery(AuditLogPageQueryDocument, {
    variables: { first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [live, setLive] = useState<LiveAuditEntry[]>([]);

  const entries = useMemo(
    () => mergeNewestFirst(live, data?.auditLog.edges.map((edge) => edge.node) ?? []),
    [live, data],
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
      {error && <Alert color="red">{t('common.loadError', { message: errorMessage(error, t) })}</Alert>}
      {subscription.error && <Alert color="red">{errorMessage(subscription.error, t)}</Alert>}
      {!data && !error && <Loader />}
      {data && entries.length === 0 && (
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
