import { Stack, Table, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { TariffParameterType } from '../../gql/graphql';
import { formatNumber } from '../../kernel/i18n/format';
import { Section } from './TariffDefinitionForm';
import { formatMoney, formatMultiplier, formatPercent } from './money';
import { LEGAL_FORMS, TAX_REGIMES, areaLabelKey, isRegimeAllowed, type TariffDefinition, type TariffParameter } from './pricingForm';

/** A published version as people read it: tables with ₽ amounts and ×factors, nothing to type into. */
export function TariffDefinitionView({ definition }: { definition: TariffDefinition }) {
  const { t, i18n } = useTranslation();
  const money = (value: unknown) => formatMoney(value, i18n.language);
  const labelOf = (key: string) => definition.parameters.find((parameter) => parameter.key === key)?.label ?? key;

  return (
    <Stack data-testid="tariff-definition-view">
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

      {definition.remuneration && definition.overhead && (
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
      )}
    </Stack>
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
