import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Section } from './TariffDefinitionForm';
import { formatMultiplier } from './money';
import type { TariffDefinition } from './pricingForm';

/** The multipliers read-only: each one's parameter and the ×factor of every option. */
export function TariffMultipliersView({ definition }: { definition: TariffDefinition }) {
  const { t, i18n } = useTranslation();
  const labelOf = (key: string) => definition.parameters.find((parameter) => parameter.key === key)?.label ?? key;
  return (
    <Section title={t('pricing.tariffs.sections.multipliers')} hint={t('pricing.tariffs.multipliers.hint')}>
      {definition.multipliers.length === 0 ? (
        <Text c="dimmed">{t('pricing.tariffs.multipliers.empty')}</Text>
      ) : (
        <Table data-testid="tariff-view-multipliers">
          <Table.Tbody>
            {definition.multipliers.map((multiplier) => {
              const options = definition.parameters.find((parameter) => parameter.key === multiplier.parameterKey)?.options ?? [];
              return (
                <Table.Tr key={multiplier.key}>
                  <Table.Td>
                    {multiplier.label}
                    <Text size="xs" c="dimmed">
                      {t('pricing.tariffs.view.byParameter', { parameter: labelOf(multiplier.parameterKey) })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {multiplier.factors.map((factor) => (
                      <Text key={factor.option} size="sm">
                        {options.find((option) => option.key === factor.option)?.label ?? factor.option}: {formatMultiplier(factor.factor, i18n.language)}
                      </Text>
                    ))}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Section>
  );
}
