import { Stack, Table, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { TariffParameterType } from '../../gql/graphql';
import { formatNumber } from '../../kernel/i18n/format';
import { Section } from './TariffDefinitionForm';
import { formatMoney } from './money';
import { areaLabelKey, type TariffDefinition, type TariffParameter } from './pricingForm';

/** The parameters read-only: each one's area and what it adds to the price. */
export function TariffParametersView({ definition }: { definition: TariffDefinition }) {
  const { t, i18n } = useTranslation();
  const money = (value: unknown) => formatMoney(value, i18n.language);
  return (
    <Section title={t('pricing.tariffs.sections.parameters')}>
      <Table.ScrollContainer minWidth={640}>
        <Table data-testid="tariff-view-parameters">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('pricing.tariffs.parameters.label')}</Table.Th>
              <Table.Th>{t('pricing.tariffs.parameters.area')}</Table.Th>
              <Table.Th>{t('pricing.tariffs.view.rule')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {definition.parameters.map((parameter) => (
              <Table.Tr key={parameter.key} data-testid="tariff-parameter" data-key={parameter.key}>
                <Table.Td>{parameter.label}</Table.Td>
                <Table.Td>{t(areaLabelKey(parameter.area))}</Table.Td>
                <Table.Td>
                  <ParameterRule parameter={parameter} t={t} money={money} language={i18n.language} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Section>
  );
}

/** What a parameter adds to the price, in words. */
interface ParameterRuleProps {
  parameter: TariffParameter;
  t: TFunction;
  money: (value: unknown) => string;
  language: string;
}

function ParameterRule({ parameter, t, money, language }: ParameterRuleProps) {
  switch (parameter.type) {
    case TariffParameterType.Number:
      return (
        <Text size="sm">
          {t('pricing.tariffs.view.numberRule', {
            included: formatNumber(parameter.included ?? 0, language),
            blockSize: formatNumber(parameter.blockSize ?? 1, language),
            price: money(parameter.pricePerBlock),
          })}
        </Text>
      );
    case TariffParameterType.Flag:
      return (
        <Stack gap={0}>
          <Text size="sm">{t('pricing.tariffs.view.flagRule', { price: money(parameter.price) })}</Text>
          {(parameter.priceByLegalForm ?? []).map((entry) => (
            <Text key={entry.legalForm} size="xs" c="dimmed">
              {t(`pricing.legalForms.${entry.legalForm}`)}: {money(entry.price)}
            </Text>
          ))}
        </Stack>
      );
    default:
      return (
        <Stack gap={0}>
          {(parameter.options ?? []).map((option) => (
            <Text key={option.key} size="sm">
              {option.label}: {money(option.price)}
            </Text>
          ))}
        </Stack>
      );
  }
}
