import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Section } from './TariffDefinitionForm';
import { formatMoney } from './money';
import { LEGAL_FORMS, TAX_REGIMES, areaLabelKey, isRegimeAllowed, type TariffDefinition } from './pricingForm';

/** The base prices read-only: a legal form × tax regime table of ₽ amounts, «not offered» where a pair has none. */
export function TariffBasePricesView({ definition }: { definition: TariffDefinition }) {
  const { t, i18n } = useTranslation();
  const money = (value: unknown) => formatMoney(value, i18n.language);
  return (
    <Section
      title={t('pricing.tariffs.sections.basePrices')}
      hint={t('pricing.tariffs.view.baseArea', { area: t(areaLabelKey(definition.baseArea)) })}
    >
      <Table.ScrollContainer minWidth={720}>
        <Table withColumnBorders data-testid="tariff-view-base-prices">
          <Table.Thead>
            <Table.Tr>
              <Table.Th />
              {TAX_REGIMES.map((regime) => (
                <Table.Th key={regime} ta="right">
                  {t(`pricing.taxRegimes.${regime}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {LEGAL_FORMS.map((legalForm) => (
              <Table.Tr key={legalForm}>
                <Table.Th>{t(`pricing.legalForms.${legalForm}`)}</Table.Th>
                {TAX_REGIMES.map((taxRegime) => {
                  const row = definition.basePrices.find((entry) => entry.legalForm === legalForm && entry.taxRegime === taxRegime);
                  return (
                    <Table.Td key={taxRegime} ta="right" c={row ? undefined : 'dimmed'} data-testid={`tariff-view-base-${legalForm}-${taxRegime}`}>
                      {row ? money(row.amount) : isRegimeAllowed(legalForm, taxRegime) ? t('pricing.tariffs.basePrices.notOffered') : t('common.none')}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Section>
  );
}
