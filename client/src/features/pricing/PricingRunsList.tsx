import { useQuery } from '@apollo/client/react';
import { Alert, Button, Checkbox, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../kernel/apollo/errors';
import { formatDateTime } from '../../kernel/i18n/format';
import { useFragment as readFragment, type FragmentType } from '../../gql';
import { PricingRunRow_RunFragmentDoc, PricingRunsListQueryDocument } from '../../gql/graphql';
import { decimalText, formatMoney, formatPercent, isBelow } from './money';
import { LOW_MARGIN_PERCENT } from './PriceQuoteView';
import { PricingRunComparison } from './PricingRunComparison';
import { PricingRunDetails } from './PricingRunDetails';

/** The lead's saved runs, newest first: open one, or tick two and compare them. */
export function PricingRunsList({ leadId }: { leadId: string }) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(PricingRunsListQueryDocument, { variables: { leadId } });
  const [selected, setSelected] = useState<string[]>([]);
  const [openRunId, setOpenRunId] = useState<string | null>(null);
  const [comparing, setComparing] = useState<{ leftId: string; rightId: string } | null>(null);
  const runs = data?.pricingRuns ?? [];

  const toggle = (id: string, checked: boolean) =>
    // at most two: ticking a third replaces the older choice
    setSelected((current) => (checked ? [...current.filter((other) => other !== id), id].slice(-2) : current.filter((other) => other !== id)));

  const compare = () => {
    // older on the left, so the differences read as "what changed since"
    const ordered = runs.filter((run) => selected.includes(run.id)).map((run) => run.id).reverse();
    if (ordered.length === 2) setComparing({ leftId: ordered[0]!, rightId: ordered[1]! });
  };

  return (
    <Paper withBorder p="md" data-testid="pricing-runs">
      <Stack>
        <Group justify="space-between">
          <Title order={3}>{t('pricing.runs.title')}</Title>
          <Button variant="light" disabled={selected.length !== 2} onClick={compare} data-testid="pricing-compare">
            {t('pricing.runs.compare')}
          </Button>
        </Group>
        {error && <Alert color="red">{t('common.loadError', { message: errorMessage(error, t) })}</Alert>}
        {loading && !data && <Loader size="sm" />}
        {data && runs.length === 0 && <Text c="dimmed">{t('pricing.runs.empty')}</Text>}
        {runs.length > 0 && (
          <>
            <Text c="dimmed" size="sm">
              {t('pricing.runs.hint')}
            </Text>
            <Table.ScrollContainer minWidth={900}>
              <Table highlightOnHover striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th aria-label={t('pricing.runs.select')} />
                    <Table.Th>{t('pricing.runs.number')}</Table.Th>
                    <Table.Th>{t('pricing.runs.date')}</Table.Th>
                    <Table.Th>{t('pricing.runs.author')}</Table.Th>
                    <Table.Th>{t('pricing.runs.tariff')}</Table.Th>
                    <Table.Th ta="right">{t('pricing.runs.price')}</Table.Th>
                    {runs.some((run) => readFragment(PricingRunRow_RunFragmentDoc, run).cost !== null) && (
                      <>
                        <Table.Th ta="right">{t('pricing.runs.cost')}</Table.Th>
                        <Table.Th ta="right">{t('pricing.runs.margin')}</Table.Th>
                        <Table.Th ta="right">{t('pricing.runs.marginPercent')}</Table.Th>
                      </>
                    )}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {runs.map((run) => (
                    <PricingRunRow
                      key={run.id}
                      run={run}
                      checked={selected.includes(run.id)}
                      onCheck={(checked) => toggle(run.id, checked)}
                      onOpen={() => setOpenRunId(run.id)}
                    />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </>
        )}
      </Stack>
      {openRunId && <PricingRunDetails runId={openRunId} leadId={leadId} onClose={() => setOpenRunId(null)} />}
      {comparing && <PricingRunComparison {...comparing} onClose={() => setComparing(null)} />}
    </Paper>
  );
}

interface PricingRunRowProps {
  run: FragmentType<typeof PricingRunRow_RunFragmentDoc>;
  checked: boolean;
  onCheck: (checked: boolean) => void;
  onOpen: () => void;
}

function PricingRunRow({ run: runRef, checked, onCheck, onOpen }: PricingRunRowProps) {
  const { t, i18n } = useTranslation();
  const run = readFragment(PricingRunRow_RunFragmentDoc, runRef);
  const money = (value: unknown) => formatMoney(value, i18n.language);
  const lowMargin = isBelow(run.quote.marginPercent, LOW_MARGIN_PERCENT);
  return (
    <Table.Tr data-testid="pricing-run-row" data-run-id={run.id} onClick={onOpen} style={{ cursor: 'pointer' }}>
      <Table.Td onClick={(event) => event.stopPropagation()}>
        <Checkbox
          checked={checked}
          onChange={(event) => onCheck(event.currentTarget.checked)}
          aria-label={t('pricing.runs.selectRun', { number: run.number })}
          data-testid="pricing-run-select"
        />
      </Table.Td>
      <Table.Td>{run.number}</Table.Td>
      <Table.Td>{formatDateTime(run.createdAt, i18n.language)}</Table.Td>
      <Table.Td>{run.createdBy?.name ?? t('common.none')}</Table.Td>
      <Table.Td>{t('pricing.tariffVersion', { name: run.tariffVersion.plan.name, number: run.tariffVersion.number })}</Table.Td>
      <Table.Td ta="right" data-price={decimalText(run.price)}>
        {money(run.price)}
      </Table.Td>
      {/* null for roles that may not see cost: the columns are not shown then */}
      {run.cost !== null && (
        <>
          <Table.Td ta="right">{money(run.cost)}</Table.Td>
          <Table.Td ta="right" c={lowMargin ? 'red' : undefined}>
            {money(run.margin)}
          </Table.Td>
          <Table.Td ta="right" c={lowMargin ? 'red' : undefined}>
            {formatPercent(run.quote.marginPercent, i18n.language)}
          </Table.Td>
        </>
      )}
    </Table.Tr>
  );
}
