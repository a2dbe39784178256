import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Card, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ClientContractsQueryDocument } from '../../gql/graphql';
import { errorMessage } from '../../kernel/apollo/errors';
import { formatDay, formatKopecks } from '../../kernel/i18n/format';
import { CONTRACT_STATUS_COLORS, kopecksOf } from './contractEnums';
import { NewContractDialog } from './NewContractDialog';

/** «Договоры» on the client card: the client's contracts, and a new one with the price typed in where there is no pricing run. */
export function ClientContracts({ clientId }: { clientId: string }) {
  const { t, i18n } = useTranslation();
  const [opened, setOpened] = useState(false);
  const { data, error, loading } = useQuery(ClientContractsQueryDocument, { variables: { clientId }, fetchPolicy: 'cache-and-network' });
  const canCreate = data?.contractSettings.viewerCanCreateContracts ?? false;
  const contracts = data?.client.contracts ?? [];
  return (
    <Card withBorder data-testid="client-contracts">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={4}>{t('contracts.clientCard.title')}</Title>
          {canCreate && <Button size="xs" variant="light" onClick={() => setOpened(true)} data-testid="client-new-contract">{t('contracts.clientCard.new')}</Button>}
        </Group>
        {error && <Alert color="red">{t('common.loadError', { message: errorMessage(error, t) })}</Alert>}
        {loading && !data && <Loader size="sm" />}
        {data && contracts.length === 0 && (
          <Text size="sm" c="dimmed">{t(canCreate ? 'contracts.clientCard.empty' : 'contracts.clientCard.emptyReadOnly')}</Text>
        )}
        {contracts.length > 0 && (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('contracts.registry.columns.number')}</Table.Th>
                <Table.Th>{t('contracts.registry.columns.date')}</Table.Th>
                <Table.Th>{t('contracts.registry.columns.status')}</Table.Th>
                <Table.Th>{t('contracts.registry.columns.price')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {contracts.map((contract) => (
                <Table.Tr key={contract.id} data-testid="client-contract-row" data-status={contract.status}>
                  <Table.Td><Anchor component={Link} to={`/contracts/${contract.id}`}>{contract.number}</Anchor></Table.Td>
                  <Table.Td>{formatDay(contract.date)}</Table.Td>
                  <Table.Td><Badge color={CONTRACT_STATUS_COLORS[contract.status]} variant="light">{t(`contracts.statuses.${contract.status}`)}</Badge></Table.Td>
                  <Table.Td>{formatKopecks(kopecksOf(contract.currentPrice), i18n.language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      {data && <NewContractDialog opened={opened} onClose={() => setOpened(false)} party={{ clientId }} runs={data.client.lead?.pricingRuns ?? []} />}
    </Card>
  );
}
