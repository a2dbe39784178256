import { Button, Fieldset, Group, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TariffParameterType, type ServiceArea } from '../../gql/graphql';
import { LEGAL_FORMS, SERVICE_AREAS, TAX_REGIMES, areaLabelKey, isRegimeAllowed } from './pricingForm';
import { basePriceErrorsByCell, cellKey, multiplierParameter, newUid, type DraftMultiplier } from './tariffDraft';
import { MoneyInput, TariffParametersSection, type DraftSectionProps } from './TariffParametersSection';

/** All sections of a tariff definition; read-only for those who may not edit tariffs. */
export function TariffDefinitionForm(props: DraftSectionProps) {
  const { t } = useTranslation();
  return (
    <Stack data-testid="tariff-definition">
      <Section title={t('pricing.tariffs.sections.basePrices')} hint={t('pricing.tariffs.basePrices.hint')}>
        <BasePricesSection {...props} />
      </Section>
      <Section title={t('pricing.tariffs.sections.parameters')}>
        <TariffParametersSection {...props} />
      </Section>
      <Section title={t('pricing.tariffs.sections.multipliers')} hint={t('pricing.tariffs.multipliers.hint')}>
        <MultipliersSection {...props} />
      </Section>
      <Section title={t('pricing.tariffs.sections.remuneration')}>
        <RemunerationSection {...props} />
      </Section>
    </Stack>
  );
}

// a key typed twice is an error the server reports; the selects must still render (one option per key)
function uniqueKeys<T extends { key: string }>(items: T[]): T[] {
  return items.filter((item, index) => items.findIndex((other) => other.key === item.key) === index);
}

function Section({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={4}>{title}</Title>
        {hint && (
          <Text size="sm" c="dimmed">
            {hint}
          </Text>
        )}
        {children}
      </Stack>
    </Paper>
  );
}

function BasePricesSection({ draft, onChange, errors, readOnly }: DraftSectionProps) {
  const { t } = useTranslation();
  const cellErrors = basePriceErrorsByCell(draft, errors);
  return (
    <Stack gap="xs">
      <Select
        label={t('pricing.tariffs.basePrices.area')}
        data={SERVICE_AREAS.map((value) => ({ value, label: t(areaLabelKey(value)) }))}
        value={draft.baseArea}
        onChange={(value) => value && onChange({ ...draft, baseArea: value as ServiceArea })}
        allowDeselect={false}
        disabled={readOnly}
        maw={320}
      />
      {errors.basePrices && <Text c="red" size="sm">{errors.basePrices}</Text>}
      <Table.ScrollContainer minWidth={960}>
        <Table withColumnBorders data-testid="tariff-base-prices">
          <Table.Thead>
            <Table.Tr>
              <Table.Th />
              {TAX_REGIMES.map((regime) => (
                <Table.Th key={regime}>{t(`pricing.taxRegimes.${regime}`)}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {LEGAL_FORMS.map((legalForm) => (
              <Table.Tr key={legalForm}>
                <Table.Th>{t(`pricing.legalForms.${legalForm}`)}</Table.Th>
                {TAX_REGIMES.map((taxRegime) => {
                  const key = cellKey(legalForm, taxRegime);
                  return (
                    <Table.Td key={taxRegime}>
                      {isRegimeAllowed(legalForm, taxRegime) ? (
                        <TextInput
                          aria-label={`${t(`pricing.legalForms.${legalForm}`)} — ${t(`pricing.taxRegimes.${taxRegime}`)}`}
                          placeholder={t('pricing.tariffs.basePrices.notOffered')}
                          inputMode="decimal"
                          size="xs"
                          value={draft.basePrices[key] ?? ''}
                          onChange={(event) => onChange({ ...draft, basePrices: { ...draft.basePrices, [key]: event.currentTarget.value } })}
                          error={cellErrors[key]}
                          readOnly={readOnly}
                          data-testid={`tariff-base-${legalForm}-${taxRegime}`}
                        />
                      ) : (
                        <Text c="dimmed" ta="center">
                          {t('common.none')}
                        </Text>
                      )}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

function MultipliersSection({ draft, onChange, errors, readOnly }: DraftSectionProps) {
  const { t } = useTranslation();
  const choices = uniqueKeys(draft.parameters.filter((parameter) => parameter.type === TariffParameterType.Choice && parameter.key));
  const free = choices.filter((parameter) => !draft.multipliers.some((multiplier) => multiplier.parameterKey === parameter.key));
  const setMultipliers = (multipliers: DraftMultiplier[]) => onChange({ ...draft, multipliers });
  const update = (uid: string, change: Partial<DraftMultiplier>) =>
    setMultipliers(draft.multipliers.map((multiplier) => (multiplier.uid === uid ? { ...multiplier, ...change } : multiplier)));

  const add = () => {
    const parameter = free[0];
    if (!parameter) return;
    const factors = Object.fromEntries(parameter.options.map((option) => [option.key, '1']));
    setMultipliers([...draft.multipliers, { uid: newUid(), key: parameter.key, label: parameter.label, parameterKey: parameter.key, factors }]);
  };

  return (
    <Stack>
      {draft.multipliers.length === 0 && <Text c="dimmed">{t('pricing.tariffs.multipliers.empty')}</Text>}
      {draft.multipliers.map((multiplier, index) => {
        const field = `multipliers[${index}]`;
        const parameter = multiplierParameter(draft, multiplier);
        return (
          <Fieldset key={multiplier.uid} legend={multiplier.label || multiplier.key} data-testid="tariff-multiplier">
            <Stack gap="xs">
              <Group grow align="flex-start">
                <TextInput
                  label={t('pricing.tariffs.parameters.key')}
                  value={multiplier.key}
                  onChange={(event) => update(multiplier.uid, { key: event.currentTarget.value })}
                  error={errors[`${field}.key`]}
                  readOnly={readOnly}
                />
                <TextInput
                  label={t('pricing.tariffs.parameters.label')}
                  value={multiplier.label}
                  onChange={(event) => update(multiplier.uid, { label: event.currentTarget.value })}
                  error={errors[`${field}.label`]}
                  readOnly={readOnly}
                />
                <Select
                  label={t('pricing.tariffs.multipliers.parameter')}
                  data={choices.map((choice) => ({ value: choice.key, label: choice.label || choice.key }))}
                  value={parameter ? multiplier.parameterKey : null}
                  onChange={(value) => value && update(multiplier.uid, { parameterKey: value })}
                  allowDeselect={false}
                  error={errors[`${field}.parameterKey`] ?? (parameter ? undefined : t('pricing.tariffs.multipliers.noParameter'))}
                  disabled={readOnly}
                />
              </Group>
              <SimpleGrid cols={{ base: 2, sm: 4 }}>
                {(parameter?.options ?? []).map((option, optionIndex) => (
                  <MoneyInput
                    key={option.uid}
                    label={option.label || option.key}
                    value={multiplier.factors[option.key] ?? ''}
                    onChange={(factor) => update(multiplier.uid, { factors: { ...multiplier.factors, [option.key]: factor } })}
                    error={errors[`${field}.factors[${optionIndex}].factor`] ?? errors[`${field}.factors[${optionIndex}].option`]}
                    readOnly={readOnly}
                    suffix="×"
                  />
                ))}
              </SimpleGrid>
              {!readOnly && (
                <Group justify="flex-end">
                  <Button variant="subtle" color="red" size="xs" onClick={() => setMultipliers(draft.multipliers.filter((other) => other.uid !== multiplier.uid))}>
                    {t('pricing.tariffs.remove')}
                  </Button>
                </Group>
              )}
            </Stack>
          </Fieldset>
        );
      })}
      {!readOnly && (
        <Group>
          <Button variant="light" onClick={add} disabled={free.length === 0}>
            {t('pricing.tariffs.multipliers.add')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

function RemunerationSection({ draft, onChange, errors, readOnly }: DraftSectionProps) {
  const { t } = useTranslation();
  const numbers = uniqueKeys(draft.parameters.filter((parameter) => parameter.type === TariffParameterType.Number && parameter.key));
  const update = (index: number, change: Partial<(typeof draft.remuneration)[number]>) =>
    onChange({ ...draft, remuneration: draft.remuneration.map((rule, other) => (other === index ? { ...rule, ...change } : rule)) });

  return (
    <Stack>
      {draft.remuneration.map((rule, index) => {
        const field = `remuneration[${index}]`;
        return (
          <Fieldset key={rule.area} legend={t(areaLabelKey(rule.area))} data-testid="tariff-remuneration" data-area={rule.area}>
            <SimpleGrid cols={{ base: 1, sm: 4 }}>
              <MoneyInput
                label={t('pricing.tariffs.remuneration.percentOfLines')}
                value={rule.percentOfLines}
                onChange={(percentOfLines) => update(index, { percentOfLines })}
                error={errors[`${field}.percentOfLines`]}
                readOnly={readOnly}
                suffix="%"
              />
              <Select
                label={t('pricing.tariffs.remuneration.perUnitParameter')}
                placeholder={t('pricing.tariffs.remuneration.noPerUnit')}
                data={numbers.map((parameter) => ({ value: parameter.key, label: parameter.label || parameter.key }))}
                value={rule.perUnitKey || null}
                onChange={(value) => update(index, { perUnitKey: value ?? '', perUnitAmount: rule.perUnitAmount || '0' })}
                clearable
                error={errors[`${field}.perUnit.parameterKey`]}
                disabled={readOnly}
              />
              <MoneyInput
                label={t('pricing.tariffs.remuneration.perUnitAmount')}
                value={rule.perUnitKey ? rule.perUnitAmount : ''}
                onChange={(perUnitAmount) => update(index, { perUnitAmount })}
                error={errors[`${field}.perUnit.amount`]}
                readOnly={readOnly || !rule.perUnitKey}
              />
              <MoneyInput
                label={t('pricing.tariffs.remuneration.perMonth')}
                value={rule.perMonth}
                onChange={(perMonth) => update(index, { perMonth })}
                error={errors[`${field}.perMonth`]}
                readOnly={readOnly}
              />
            </SimpleGrid>
          </Fieldset>
        );
      })}
      <Fieldset legend={t('pricing.tariffs.overhead.title')} data-testid="tariff-overhead">
        <SimpleGrid cols={{ base: 1, sm: 4 }}>
          <MoneyInput
            label={t('pricing.tariffs.overhead.percentOfPrice')}
            value={draft.overhead.percentOfPrice}
            onChange={(percentOfPrice) => onChange({ ...draft, overhead: { ...draft.overhead, percentOfPrice } })}
            error={errors['overhead.percentOfPrice']}
            readOnly={readOnly}
            suffix="%"
          />
          <MoneyInput
            label={t('pricing.tariffs.overhead.fixed')}
            value={draft.overhead.fixed}
            onChange={(fixed) => onChange({ ...draft, overhead: { ...draft.overhead, fixed } })}
            error={errors['overhead.fixed']}
            readOnly={readOnly}
          />
        </SimpleGrid>
      </Fieldset>
    </Stack>
  );
}
