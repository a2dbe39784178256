import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Section } from './TariffDefinitionForm';
import { formatMoney, formatPercent } from './money';
import { areaLabelKey, type TariffDefinition } from './pricingForm';

/** The pay rules read-only: each area's percent, per-unit amount and monthly sum, then the overhead; nothing when the version has none. */
export function TariffRemunerationView({ definition }: { definition: TariffDefinition }) {
  const { t, i18n } = useTranslation();
  const money = (value: unknown) => formatMoney(value, i18n.language);
  const labelOf = (key: string) => definition.parameters.find((parameter) => parameter.key === key)?.label ?? key;
  if (!definition.remuneration || !definition.overhead) return null;
  return (
    <Section title={t('pricing.tariffs.sections.remuneration')}>
      <Table.ScrollContainer minWidth={640}>
        <Table data-testid="tariff-view-remuneration">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('pricing.tariffs.parameters.area')}</Table.Th>
              <Table.Th ta="right">{t('pricing.tariffs.remuneration.percentOfLines')}</Table.Th>
              <Table.Th ta="right">{t('pricing.tariffs.remuneration.perUnitAmount')}</Table.Th>
              <Table.Th ta="right">{t('pricing.tariffs.remuneration.perMonth')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {definition.remuneration.map((rule) => (
              <Table.Tr key={rule.area}>
                <Table.Td>{t(areaLabelKey(rule.area))}</Table.Td>
                <Table.Td ta="right">{formatPercent(rule.percentOfLines, i18n.language)}</Table.Td>
                <Table.Td ta="right">
                  {rule.perUnit
                    ? t('pricing.tariffs.view.perUnit', { amount: money(rule.perUnit.amount), parameter: labelOf(rule.perUnit.parameterKey) })
                    : t('common.none')}
                </Table.Td>
                <Table.Td ta="right">{money(rule.perMonth)}</Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr>
              <Table.Td>{t('pricing.tariffs.overhead.title')}</Table.Td>
              <Table.Td ta="right">{t('pricing.tariffs.view.ofPrice', { percent: formatPercent(definition.overhead.percentOfPrice, i18n.language) })}</Table.Td>
              <Table.Td ta="right">{t('common.none')}</Table.Td>
              <Table.Td ta="right">{money(definition.overhead.fixed)}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Section>
  );
}
