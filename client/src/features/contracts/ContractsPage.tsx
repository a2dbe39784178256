import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Card, Checkbox, Group, Loader, MultiSelect, NumberInput, SimpleGrid, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFragment as readFragment } from '../../gql';
import { ContractsPageQueryDocument, ContractStatus, PoaRow_PoaFragmentDoc, PoaStatus, PowersOfAttorneyQueryDocument } from '../../gql/graphql';
import { errorMessage } from '../../kernel/apollo/errors';
import { formatDay, formatKopecks } from '../../kernel/i18n/format';
import { useCurrentUser } from '../../kernel/session/currentUser';
import { DayInput } from '../../kernel/ui/DayInput';
import { CONTRACT_STATUS_COLORS, kopecksOf } from './contractEnums';
import { ContractSettingsButton } from './ContractSettingsDialog';
import { downloadDocument } from './downloadDocument';
import { PoaReissueBanner } from './PoaReissueBanner';
import { PoaTable } from './PoaTable';

const PAGE = 200;

function Total({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Card withBorder padding="sm">
      <Text size="xs" c="dimmed">{label}</Text>
      <Text fw={600} size="lg" data-testid={testId}>{value}</Text>
    </Card>
  );
}

/** The registry: every contract with who has signed, the totals, and the powers of attorney with what expires. */
export function ContractsPage() {
  const { t, i18n } = useTranslation();
  const [statuses, setStatuses] = useState<string[]>([]);
  const [expiringOnly, setExpiringOnly] = useState(false);
  const [unsignedForDays, setUnsignedForDays] = useState<number | null>(null);
  const [dateFrom, setDateFrom] = useState<string | null>(null);
  const [dateTo, setDateTo] = useState<string | null>(null);
  const filter = useMemo(
    () => ({ statuses: statuses.length ? (statuses as ContractStatus[]) : null, unsignedForDays, dateFrom, dateTo }),
    [statuses, unsignedForDays, dateFrom, dateTo],
  );
  const { data, previousData, error, loading } = useQuery(ContractsPageQueryDocument, { variables: { filter, first: PAGE }, fetchPolicy: 'cache-and-network' });
  const poaFilter = useMemo(() => ({ statuses: expiringOnly ? [PoaStatus.Expiring, PoaStatus.Expired] : null }), [expiringOnly]);
  const poas = useQuery(PowersOfAttorneyQueryDocument, { variables: { filter: poaFilter, first: PAGE }, fetchPolicy: 'cache-and-network' });
  const shown = data ?? previousData;
  const totals = shown?.contractTotals;
  const today = useCurrentUser().firm.today;
  const [exporting, setExporting] = useState(false);
  // the file holds what the table shows: the same filter, as JSON
  const exportXlsx = () => {
    setExporting(true);
    downloadDocument(`/contracts/registry.xlsx?filter=${encodeURIComponent(JSON.stringify(filter))}`, t('contracts.registry.xlsxName', { date: today }))
      .catch(() => notifications.show({ color: 'red', message: t('contracts.download.failed') }))
      .finally(() => setExporting(false));
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('contracts.registry.title')}</Title>
        <Group>
          <ContractSettingsButton />
          <Button variant="light" onClick={exportXlsx} loading={exporting} data-testid="registry-xlsx">{t('contracts.registry.xlsx')}</Button>
        </Group>
      </Group>
      {totals && (
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          <Total label={t('contracts.registry.totals.active')} value={String(totals.active)} testId="total-active" />
          <Total label={t('contracts.registry.totals.revenue')} value={formatKopecks(kopecksOf(totals.monthlyRevenue), i18n.language)} testId="total-revenue" />
          <Total label={t('contracts.registry.totals.awaiting')} value={String(totals.awaitingSignature)} testId="total-awaiting" />
          <Total label={t('contracts.registry.totals.expiring')} value={String(totals.expiringPowersOfAttorney)} testId="total-expiring" />
        </SimpleGrid>
      )}
      {error && <Alert color="red">{t('common.loadError', { message: errorMessage(error, t) })}</Alert>}
      <PoaReissueBanner onChanged={() => void poas.refetch()} />
      <Tabs defaultValue="contracts">
        <Tabs.List>
          <Tabs.Tab value="contracts">{t('contracts.registry.contracts')}</Tabs.Tab>
          <Tabs.Tab value="poas" data-testid="tab-poas">{t('contracts.registry.poas')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="contracts" pt="md">
          <Stack>
            <MultiSelect
              label={t('contracts.registry.status')}
              data={Object.values(ContractStatus).map((value) => ({ value, label: t(`contracts.statuses.${value}`) }))}
              value={statuses}
              onChange={setStatuses}
              clearable
              maw={480}
              data-testid="contract-status-filter"
            />
            <Group align="end">
              <NumberInput
                label={t('contracts.registry.unsignedForDays')}
                value={unsignedForDays ?? ''}
                onChange={(value) => setUnsignedForDays(typeof value === 'number' ? value : null)}
                min={0}
                max={3650}
                allowDecimal={false}
                w={260}
                data-testid="contract-unsigned-filter"
              />
              <DayInput label={t('contracts.registry.dateFrom')} value={dateFrom} onChange={setDateFrom} clearable w={150} />
              <DayInput label={t('contracts.registry.dateTo')} value={dateTo} onChange={setDateTo} clearable w={150} />
            </Group>
            {loading && !shown && <Loader />}
            {shown && shown.contracts.edges.length === 0 && <Text c="dimmed">{t('contracts.registry.empty')}</Text>}
            {shown && shown.contracts.edges.length > 0 && (
              <Table striped highlightOnHover data-testid="contracts-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('contracts.registry.columns.number')}</Table.Th>
                    <Table.Th>{t('contracts.registry.columns.date')}</Table.Th>
                    <Table.Th>{t('contracts.registry.columns.client')}</Table.Th>
                    <Table.Th>{t('contracts.registry.columns.status')}</Table.Th>
                    <Table.Th>{t('contracts.registry.columns.firmSigned')}</Table.Th>
                    <Table.Th>{t('contracts.registry.columns.clientSigned')}</Table.Th>
                    <Table.Th>{t('contracts.registry.columns.price')}</Table.Th>
                    <Table.Th>{t('contracts.registry.columns.manager')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.contracts.edges.map(({ node }) => (
                    <Table.Tr key={node.id} data-testid="contract-row" data-status={node.status}>
                      <Table.Td><Anchor component={Link} to={`/contracts/${node.id}`}>{node.number}</Anchor></Table.Td>
                      <Table.Td>{formatDay(node.date)}</Table.Td>
                      <Table.Td>{node.partyName}</Table.Td>
                      <Table.Td><Badge color={CONTRACT_STATUS_COLORS[node.status]} variant="light">{t(`contracts.statuses.${node.status}`)}</Badge></Table.Td>
                      <Table.Td>{node.firmSignedOn ? formatDay(node.firmSignedOn) : '—'}</Table.Td>
                      <Table.Td>{node.clientSignedOn ? formatDay(node.clientSignedOn) : '—'}</Table.Td>
                      <Table.Td>{formatKopecks(kopecksOf(node.currentPrice), i18n.language)}</Table.Td>
                      <Table.Td>{node.manager?.name ?? '—'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="poas" pt="md">
          <Stack>
            <Group>
              <Checkbox label={t('contracts.registry.expiringOnly')} checked={expiringOnly} onChange={(e) => setExpiringOnly(e.currentTarget.checked)} data-testid="poa-expiring-filter" />
            </Group>
            {poas.error && <Alert color="red">{t('common.loadError', { message: errorMessage(poas.error, t) })}</Alert>}
            {(poas.data ?? poas.previousData) && (
              <PoaTable poas={readFragment(PoaRow_PoaFragmentDoc, (poas.data ?? poas.previousData)!.powersOfAttorney.edges.map((e) => e.node))} onChanged={() => void poas.refetch()} />
            )}
          </Stack>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
