import { Anchor, Badge, Button, Table, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ObligationControlPageQueryQuery } from '../../gql/graphql';

type View = ObligationControlPageQueryQuery['obligationControl'];

/** The `accountant` search parameter that lists the items no one is assigned to. */
export const UNASSIGNED = 'none';

/** A count that turns red when something is overdue. */
function Count({ value, danger }: { value: number; danger?: boolean }) {
  return value ? <Badge color={danger ? 'red' : 'blue'} variant="light">{value}</Badge> : <Text size="sm" c="dimmed">0</Text>;
}

interface ControlBreakdownProps {
  view: Pick<View, 'byAccountant' | 'byClient'>;
  accountant: string | null;
  clientId: string | null;
  onPick: (next: { accountant?: string | null; client?: string | null }) => void;
}

/** The counts by accountant and by client, each a tab; picking a row lists its items below. */
export function ControlBreakdown({ view, accountant, clientId, onPick }: ControlBreakdownProps) {
  const { t } = useTranslation();
  return (
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
                      <Anchor component="button" size="sm" onClick={() => onPick({ accountant: id })}>{row.accountant?.name ?? t('clients.control.unassigned')}</Anchor>
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
                      <Button size="xs" variant="subtle" onClick={() => onPick({ client: row.client.id })}>{t('clients.control.showItems')}</Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Tabs.Panel>
    </Tabs>
  );
}
