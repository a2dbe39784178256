import { useQuery } from '@apollo/client/react';
import { Alert, Loader, Modal, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../kernel/apollo/errors';
import { formatDateTime } from '../../kernel/i18n/format';
import { PricingRunComparisonQueryDocument } from '../../gql/graphql';
import { formatMoney, sign } from './money';
import { areaLabelKey } from './pricingForm';

interface PricingRunComparisonProps {
  leftId: string;
  rightId: string;
  onClose: () => void;
}

/** Two runs line by line with what changed (right − left); the older run is on the left. */
export function PricingRunComparison({ leftId, rightId, onClose }: PricingRunComparisonProps) {
  const { t, i18n } = useTranslation();
  const { data, loading, error } = useQuery(PricingRunComparisonQueryDocument, { variables: { leftId, rightId } });
  const comparison = data?.comparePricingRuns;
  const money = (value: unknown) => formatMoney(value, i18n.language);

  return (
    <Modal opened onClose={onClose} size="xl" title={t('pricing.compare.title')}>
      {error && <Alert color="red">{errorMessage(error, t)}</Alert>}
      {loading && !comparison && <Loader />}
      {comparison && (
        <Table.ScrollContainer minWidth={720}>
          <Table data-testid="pricing-comparison">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('pricing.quote.line')}</Table.Th>
                {[comparison.left, comparison.right].map((run) => (
                  <Table.Th key={run.id} ta="right">
                    {t('pricing.compare.run', { number: run.number })}
                    <Text size="xs" c="dimmed">
                      {formatDateTime(run.createdAt, i18n.language)}
                    </Text>
                  </Table.Th>
                ))}
                <Table.Th ta="right">{t('pricing.compare.difference')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {comparison.lines.map((line) => (
                <Table.Tr key={line.key} data-testid="pricing-comparison-line" data-key={line.key}>
                  <Table.Td>
                    {/* the base line's name comes from the engine in Russian; the reader's language names it */}
                    {line.key === 'base' ? t('pricing.lines.base') : line.label}
                    <Text size="xs" c="dimmed">
                      {t(areaLabelKey(line.area))}
                    </Text>
                  </Table.Td>
                  {[line.left, line.right].map((side, index) => (
                    <Table.Td key={index} ta="right">
                      {side ? money(side.amount) : t('common.none')}
                      {side && (
                        <Text size="xs" c="dimmed">
                          {side.value}
                        </Text>
                      )}
                    </Table.Td>
                  ))}
                  <Difference value={line.difference} />
                </Table.Tr>
              ))}
              <TotalRow label={t('pricing.quote.monthlyPrice')} left={comparison.left.price} right={comparison.right.price} difference={comparison.priceDifference} />
              {comparison.costDifference !== null && (
                <>
                  <TotalRow label={t('pricing.quote.cost')} left={comparison.left.cost} right={comparison.right.cost} difference={comparison.costDifference} costLike />
                  <TotalRow label={t('pricing.quote.margin')} left={comparison.left.margin} right={comparison.right.margin} difference={comparison.marginDifference} />
                </>
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Modal>
  );
}

interface TotalRowProps {
  label: string;
  left: unknown;
  right: unknown;
  difference: unknown;
  /** A rise is bad news (cost), not good news (price, margin). */
  costLike?: boolean;
}

function TotalRow({ label, left, right, difference, costLike }: TotalRowProps) {
  const { i18n } = useTranslation();
  return (
    <Table.Tr fw={700}>
      <Table.Td>{label}</Table.Td>
      <Table.Td ta="right">{formatMoney(left, i18n.language)}</Table.Td>
      <Table.Td ta="right">{formatMoney(right, i18n.language)}</Table.Td>
      <Difference value={difference} costLike={costLike} />
    </Table.Tr>
  );
}

function Difference({ value, costLike }: { value: unknown; costLike?: boolean }) {
  const { i18n } = useTranslation();
  const direction = sign(value) * (costLike ? -1 : 1);
  const color = direction > 0 ? 'teal' : direction < 0 ? 'red' : 'dimmed';
  return (
    <Table.Td ta="right" c={color} fw={direction !== 0 ? 700 : undefined} bg={direction !== 0 ? 'var(--mantine-color-yellow-light)' : undefined}>
      {formatMoney(value, i18n.language, { signed: true })}
    </Table.Td>
  );
}
