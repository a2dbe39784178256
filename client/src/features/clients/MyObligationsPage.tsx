import { useQuery } from '@apollo/client/react';
import { Alert, Button, Checkbox, Group, Loader, MultiSelect, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFragment as readFragment } from '../../gql';
import { MyObligationsPageQueryDocument, ObligationKind, ObligationRowFragmentDoc, ObligationStatus } from '../../gql/graphql';
import { errorMessage } from '../../kernel/apollo/errors';
import { EmptyState } from '../../kernel/ui/EmptyState';
import type { CalendarMode } from './calendarView';
import { ObligationsCalendar } from './ObligationsCalendar';
import { ObligationsTable } from './ObligationsTable';
import { CalendarFeedButton } from './CalendarFeedPanel';

const PAGE = 100;
const OPEN: ObligationStatus[] = [ObligationStatus.Planned, ObligationStatus.InProgress];

type View = 'list' | CalendarMode;

/**
 * «Мои обязательства»: the caller's items across clients as a list (open ones first, the overdue
 * lead) or on a month or week calendar with their tasks; one filter for both; done in one click.
 */
export function MyObligationsPage() {
  const { t } = useTranslation();
  const [statuses, setStatuses] = useState<ObligationStatus[]>(OPEN);
  const [kind, setKind] = useState<ObligationKind | null>(null);
  const [clientId, setClientId] = useState<string | null>(null);
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [view, setView] = useState<View>('list');
  const filter = { statuses: statuses.length ? statuses : null, kinds: kind ? [kind] : null, clientIds: clientId ? [clientId] : null, overdueOnly };
  const { data, error, loading, fetchMore } = useQuery(MyObligationsPageQueryDocument, { variables: { filter, first: PAGE }, fetchPolicy: 'cache-and-network' });
  const rows = (data?.myObligations.edges ?? []).map((e) => readFragment(ObligationRowFragmentDoc, e.node));
  // the clients of the rows seen so far (an accountant has tens of clients): the filter keeps its choices
  const seenClients = useRef(new Map<string, string>());
  for (const row of rows) seenClients.current.set(row.client.id, row.client.shortName);
  const more = () =>
    void fetchMore({
      variables: { after: data?.myObligations.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({ ...fetchMoreResult, myObligations: { ...fetchMoreResult.myObligations, edges: [...previous.myObligations.edges, ...fetchMoreResult.myObligations.edges] } }),
    });

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('clients.mine.title')}</Title>
        <CalendarFeedButton />
        <SegmentedControl
          value={view}
          onChange={(value) => setView(value as View)}
          data={[{ value: 'list', label: t('clients.calendar.list') }, { value: 'month', label: t('clients.calendar.month') }, { value: 'week', label: t('clients.calendar.week') }]}
          data-testid="obligations-view"
        />
      </Group>
      <Group align="end">
        <Select label={t('clients.mine.client')} clearable searchable w={240} value={clientId} onChange={setClientId} data={[...seenClients.current].map(([value, label]) => ({ value, label }))} />
        <Select label={t('clients.mine.kind')} clearable w={180} value={kind} onChange={(v) => setKind(v as ObligationKind | null)} data={Object.values(ObligationKind).map((k) => ({ value: k, label: t(`clients.kind.${k}`) }))} />
        <MultiSelect label={t('clients.mine.status')} w={320} value={statuses} onChange={(v) => setStatuses(v as ObligationStatus[])} data={Object.values(ObligationStatus).map((s) => ({ value: s, label: t(`clients.obligationStatus.${s}`) }))} />
        <Checkbox label={t('clients.mine.overdueOnly')} checked={overdueOnly} onChange={(e) => setOverdueOnly(e.currentTarget.checked)} data-testid="overdue-only" />
      </Group>
      {view !== 'list' && <ObligationsCalendar mode={view} onModeChange={setView} filter={filter} showTasks={!kind && !clientId} />}
      {view === 'list' && error && <Alert color="red">{t('common.loadError', { message: errorMessage(error, t) })}</Alert>}
      {view === 'list' && loading && !data && <Loader />}
      {view === 'list' && data && !rows.length && <EmptyState title={t('clients.mine.title')} description={t('clients.mine.empty')} />}
      {view === 'list' && rows.length > 0 && (
        <>
          <Text size="sm" c="dimmed">{t('clients.mine.total', { count: data?.myObligations.totalCount ?? 0 })}</Text>
          <ObligationsTable rows={rows} showClient />
          {data?.myObligations.pageInfo.hasNextPage && (
            <Button variant="default" onClick={more}>{t('clients.list.more')}</Button>
          )}
        </>
      )}
    </Stack>
  );
}
