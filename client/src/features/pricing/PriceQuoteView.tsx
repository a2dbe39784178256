import { Badge, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFragment as readFragment, type FragmentType } from '../../gql';
import { PriceQuoteView_QuoteFragmentDoc } from '../../gql/graphql';
import { decimalText, formatFactor, formatMoney, formatPercent, isBelow } from './money';
import { areaLabelKey } from './pricingForm';
import { localizeLine } from './priceLines';

/** Below this margin (per cent of the price) the margin is shown as a warning. */
export const LOW_MARGIN_PERCENT = '20';

interface PriceQuoteViewProps {
  quote: FragmentType<typeof PriceQuoteView_QuoteFragmentDoc>;
  /** Test id of the monthly price (the live price of the calculator is `pricing-price`). */
  priceTestId?: string;
  /** Dimmed while a newer quote is being computed. */
  stale?: boolean;
}

/** The full, internal breakdown of a quote: lines, multipliers, price, remuneration, cost and margin. */
export function PriceQuoteView({ quote: quoteRef, priceTestId, stale }: PriceQuoteViewProps) {
  const { t, i18n } = useTranslation();
  const quote = readFragment(PriceQuoteView_QuoteFragmentDoc, quoteRef);
  const money = (value: unknown) => formatMoney(value, i18n.language);
  const lowMargin = isBelow(quote.marginPercent, LOW_MARGIN_PERCENT);

  return (
    <Stack gap="md" opacity={stale ? 0.6 : 1} data-testid="pricing-quote">
      <Group align="flex-end" justify="space-between">
        <Stack gap={0}>
          <Text c="dimmed" size="sm">
            {t('pricing.quote.monthlyPrice')}
          </Text>
          <Title order={2} data-testid={priceTestId} data-price={decimalText(quote.price)}>
            {money(quote.price)}
          </Title>
        </Stack>
        <Group gap="xs">
          {quote.multipliers.map((multiplier) => (
            <Badge key={multiplier.key} variant="light" size="lg">
              {t('pricing.quote.multiplier', {
                label: multiplier.label,
                option: multiplier.optionLabel,
                factor: formatFactor(multiplier.factor, i18n.language),
              })}
            </Badge>
          ))}
        </Group>
      </Group>

      <Table.ScrollContainer minWidth={640}>
        <Table striped data-testid="pricing-lines">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('pricing.quote.line')}</Table.Th>
              <Table.Th>{t('pricing.quote.value')}</Table.Th>
              <Table.Th>{t('pricing.quote.rule')}</Table.Th>
              <Table.Th ta="right">{t('pricing.quote.amount')}</Table.Th>
              <Table.Th>{t('pricing.quote.area')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {quote.lines.map((serverLine) => localizeLine(serverLine, t)).map((line) => (
              <Table.Tr key={line.key} data-testid="pricing-line" data-key={line.key}>
                <Table.Td>{line.label}</Table.Td>
                <Table.Td>{line.value}</Table.Td>
                <Table.Td c="dimmed">{line.rule}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {money(line.amount)}
                  {line.amount !== line.amountBeforeMultipliers && (
                    <Text span c="dimmed" size="xs" ml={6}>
                      {t('pricing.quote.beforeMultipliers', { amount: money(line.amountBeforeMultipliers) })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{t(areaLabelKey(line.area))}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>

      {/* the server leaves cost, margin and pay null for those who may not see them */}
      {quote.remuneration && quote.cost !== null && (
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Stack gap={4}>
          <Text fw={600}>{t('pricing.quote.remuneration')}</Text>
          {quote.remuneration.map((entry) => (
            <Figure key={entry.area} label={t(areaLabelKey(entry.area))} value={money(entry.amount)} />
          ))}
          <Figure label={t('pricing.quote.overhead')} value={money(quote.overhead)} />
        </Stack>
        <Stack gap={4}>
          <Text fw={600}>{t('pricing.quote.economics')}</Text>
          <Figure label={t('pricing.quote.cost')} value={money(quote.cost)} testId="pricing-cost" />
          <Figure
            label={t('pricing.quote.margin')}
            value={money(quote.margin)}
            color={lowMargin ? 'red' : 'teal'}
            testId="pricing-margin"
          />
          <Figure
            label={t('pricing.quote.marginPercent')}
            value={formatPercent(quote.marginPercent, i18n.language)}
            color={lowMargin ? 'red' : 'teal'}
            testId="pricing-margin-percent"
          />
          {lowMargin && (
            <Text c="red" size="sm">
              {t('pricing.quote.lowMargin', { threshold: formatPercent(LOW_MARGIN_PERCENT, i18n.language) })}
            </Text>
          )}
        </Stack>
      </SimpleGrid>
      )}
    </Stack>
  );
}

function Figure({ label, value, color, testId }: { label: string; value: string; color?: string; testId?: string }) {
  return (
    <Group justify="space-between" gap="xs">
      <Text size="sm">{label}</Text>
      <Text size="sm" fw={600} c={color} data-testid={testId}>
        {value}
      </Text>
    </Group>
  );
}
