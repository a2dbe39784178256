import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Card, Group, Loader, SimpleGrid, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useFragment as readFragment } from '../../gql';
import { ObligationControlPageQueryDocument, ObligationRowFragmentDoc } from '../../gql/graphql';
import { errorMessage } from '../../kernel/apollo/errors';
import { formatDay } from '../../kernel/i18n/format';
import { EmptyState } from '../../kernel/ui/EmptyState';
import { ObligationsTable } from './ObligationsTable';

const ITEMS = 200;
const UNASSIGNED = 'none';

/** A count that turns red when something is overdue. */
function Count({ value, danger }: { value: number; danger?: boolean }) {
  return value ? <Badge color={danger ? 'red' : 'blue'} variant="light">{value}</Badge> : <Text size="sm" c="dimmed">0</Text>;
}

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
          <Tabs defaultValue="accountants">
            <Tabs.List>
              <Tabs.Tab value="accountants">{t('clients.control.byAccountant')}</Tabs.Tab>
              <Tabs.Tab value="clients">{t('clients.control.byClient')}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="accountants" pt="sm">
              <Table.ScrollContainer minWidth={640}>
                <Table data-testid="control-accountants">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('clients.control.columns.accountant')}</Table.Th>
                      <Table.Th>{t('clients.control.columns.overdue')}</Table.Th>
                      <Table.Th>{t('clients.control.columns.dueThisWeek')}</Table.Th>
                      <Table.Th>{t('clients.control.columns.tasksOverdue')}</Table.Th>
                      <Table.Th>{t('clients.control.columns.tasksDueThisWeek')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {view.byAccountant.map((row) => {
                      const id = row.accountant?.id ?? UNASSIGNED;
                      return (
                        <Table.Tr key={id} data-testid="control-accountant" bg={accountant === id ? 'var(--mantine-color-blue-light)' : undefined}>
                          <Table.Td>
                            <Anchor component="button" size="sm" onClick={() => pick({ accountant: id })}>{row.accountant?.name ?? t('clients.control.unassigned')}</Anchor>
                          </Table.Td>
                          <Table.Td><Count value={row.overdue} danger /></Table.Td>
                          <Table.Td><Count value={row.dueThisWeek} /></Table.Td>
                          <Table.Td><Count value={row.tasksOverdue} danger /></Table.Td>
                          <Table.Td><Count value={row.tasksDueThisWeek} /></Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Tabs.Panel>
            <Tabs.Panel value="clients" pt="sm">
              {view.byClient.length === 0 ? (
                <Text size="sm" c="dimmed">{t('clients.control.noClients')}</Text>
              ) : (
                <Table.ScrollContainer minWidth={640}>
                  <Table data-testid="control-clients">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('clients.control.columns.client')}</Table.Th>
                        <Table.Th>{t('clients.control.columns.overdue')}</Table.Th>
                        <Table.Th>{t('clients.control.columns.dueThisWeek')}</Table.Th>
                        <Table.Th>{t('clients.control.columns.accountants')}</Table.Th>
                        <Table.Th />
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {view.byClient.map((row) => (
                        <Table.Tr key={row.client.id} data-testid="control-client" bg={clientId === row.client.id ? 'var(--mantine-color-blue-light)' : undefined}>
                          <Table.Td>
                            <Anchor component={Link} to={`/clients/${row.client.id}`} size="sm">{row.client.shortName}</Anchor>
                          </Table.Td>
                          <Table.Td><Count value={row.overdue} danger /></Table.Td>
                          <Table.Td><Count value={row.dueThisWeek} /></Table.Td>
                          <Table.Td>{row.accountantCount}</Table.Td>
                          <Table.Td>
                            <Button size="xs" variant="subtle" onClick={() => pick({ client: row.client.id })}>{t('clients.control.showItems')}</Button>
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
            </Tabs.Panel>
          </Tabs>
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
          {view.tasks.length > 0 && (
            <>
              <Title order={4}>{t('clients.control.tasks')}</Title>
              <Table data-testid="control-tasks">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('clients.obligations.columns.due')}</Table.Th>
                    <Table.Th>{t('clients.control.columns.task')}</Table.Th>
                    <Table.Th>{t('clients.control.columns.project')}</Table.Th>
                    <Table.Th>{t('clients.obligations.columns.owner')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {view.tasks.map((task) => (
                    <Table.Tr key={task.id} bg={task.overdue ? 'var(--mantine-color-red-light)' : undefined}>
                      <Table.Td>{task.dueDate ? formatDay(task.dueDate) : '—'}</Table.Td>
                      <Table.Td>
                        <Anchor component={Link} to={`/projects/${task.project.id}?task=${task.id}`} size="sm">{task.title}</Anchor>
                      </Table.Td>
                      <Table.Td>{task.project.name}</Table.Td>
                      <Table.Td>{task.assignee?.name ?? '—'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </>
          )}
        </>
      )}
    </Stack>
  );
}
