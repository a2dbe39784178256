import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useFragment as readFragment } from '../../gql';
import { ObligationControlPageQueryDocument, ObligationRowFragmentDoc } from '../../gql/graphql';
import { errorMessage } from '../../kernel/apollo/errors';
import { formatDay } from '../../kernel/i18n/format';
import { EmptyState } from '../../kernel/ui/EmptyState';
import { ControlBreakdown, UNASSIGNED } from './ControlBreakdown';
import { ControlTasksTable } from './ControlTasksTable';
import { ObligationsTable } from './ObligationsTable';

const ITEMS = 200;

/**
 * «Контроль сроков» for the owner and heads: what is overdue and what falls due this week (to
 * Sunday, on the firm's calendar), by accountant and by client; picking one lists their items.
 */
export function ObligationControlPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const accountant = params.get('accountant');
  const clientId = params.get('client');
  const { data, error, loading } = useQuery(ObligationControlPageQueryDocument, {
    variables: { accountantId: accountant && accountant !== UNASSIGNED ? accountant : null, unassigned: accountant === UNASSIGNED, clientId, first: ITEMS },
    fetchPolicy: 'cache-and-network',
  });
  const view = data?.obligationControl;
  const rows = (view?.obligations ?? []).map((o) => readFragment(ObligationRowFragmentDoc, o));
  const pick = (next: { accountant?: string | null; client?: string | null }) => {
    const search = new URLSearchParams();
    if (next.accountant) search.set('accountant', next.accountant);
    if (next.client) search.set('client', next.client);
    setParams(search);
  };
  const picked = accountant
    ? accountant === UNASSIGNED ? t('clients.control.unassigned') : view?.byAccountant.find((r) => r.accountant?.id === accountant)?.accountant?.name
    : clientId ? view?.byClient.find((r) => r.client.id === clientId)?.client.shortName : null;
  const nothing = view && !view.overdue && !view.dueThisWeek && !view.tasksOverdue && !view.tasksDueThisWeek;

  return (
    <Stack>
      <div>
        <Title order={2}>{t('clients.control.title')}</Title>
        {view && (
          <Text c="dimmed" size="sm">
            {t('clients.control.week', { today: formatDay(view.today), from: formatDay(view.weekStart), to: formatDay(view.weekEnd) })}
          </Text>
        )}
      </div>
      {error && <Alert color="red">{t('common.loadError', { message: errorMessage(error, t) })}</Alert>}
      {loading && !data && <Loader />}
      {nothing && <EmptyState title={t('clients.control.emptyTitle')} description={t('clients.control.empty')} testId="control-empty" />}
      {view && !nothing && (
        <>
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            {([['overdue', view.overdue, true], ['dueThisWeek', view.dueThisWeek, false], ['tasksOverdue', view.tasksOverdue, true], ['tasksDueThisWeek', view.tasksDueThisWeek, false]] as const).map(([key, value, danger]) => (
              <Card key={key} withBorder padding="sm" data-testid={`control-${key}`}>
                <Text size="xs" c="dimmed">{t(`clients.control.totals.${key}`)}</Text>
                <Text fw={700} size="xl" c={danger && value ? 'red' : undefined}>{value}</Text>
              </Card>
            ))}
          </SimpleGrid>
          <ControlBreakdown view={view} accountant={accountant} clientId={clientId} onPick={pick} />
          <Group justify="space-between">
            <Title order={4}>{picked ? t('clients.control.itemsOf', { name: picked }) : t('clients.control.items')}</Title>
            {(accountant || clientId) && <Button variant="default" size="xs" onClick={() => pick({})}>{t('clients.control.showAll')}</Button>}
          </Group>
          {rows.length === 0 ? (
            <Text size="sm" c="dimmed">{t('clients.control.noItems')}</Text>
          ) : (
            <>
              <ObligationsTable rows={rows} showClient showOwner />
              {view.obligationsTotal > rows.length && <Text size="sm" c="dimmed">{t('clients.control.firstOf', { shown: rows.length, total: view.obligationsTotal })}</Text>}
            </>
          )}
          {view.tasks.length > 0 && <ControlTasksTable tasks={view.tasks} />}
        </>
      )}
    </Stack>
  );
}
