import { Button, Fieldset, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TariffParameterType } from '../../gql/graphql';
import { MoneyInput } from './MoneyInput';
import { multiplierParameter, newUid, setMultiplierLabel, typeMultiplierKey, uniqueKeys } from './tariffDraft';
import { uniqueKey } from './tariffKeys';
import type { DraftSectionProps } from './useTariffDraftForm';

/** Multipliers: each follows a choice parameter and has one factor per option. */
export function TariffMultipliersSection({ form, readOnly, showKeys = false }: DraftSectionProps) {
  const { t } = useTranslation();
  const draft = form.values;
  const choices = uniqueKeys(draft.parameters.filter((parameter) => parameter.type === TariffParameterType.Choice && parameter.key));
  const free = choices.filter((parameter) => !draft.multipliers.some((multiplier) => multiplier.parameterKey === parameter.key));

  const add = () => {
    const parameter = free[0];
    if (!parameter) return;
    const factors = Object.fromEntries(parameter.options.map((option) => [option.key, '1']));
    const key = uniqueKey(parameter.key, draft.multipliers.map((multiplier) => multiplier.key));
    form.insertListItem('multipliers', { uid: newUid(), key, autoKey: true, label: parameter.label, parameterKey: parameter.key, factors });
  };

  return (
    <Stack>
      {draft.multipliers.length === 0 && <Text c="dimmed">{t('pricing.tariffs.multipliers.empty')}</Text>}
      {draft.multipliers.map((multiplier, index) => {
        const path = `multipliers.${index}`;
        const parameter = multiplierParameter(draft, multiplier);
        return (
          <Fieldset key={multiplier.uid} legend={multiplier.label || t('pricing.tariffs.parameters.untitled')} data-testid="tariff-multiplier">
            <Stack gap="xs">
              <Group grow align="flex-start">
                <TextInput
                  label={t('pricing.tariffs.parameters.label')}
                  {...form.getInputProps(`${path}.label`)}
                  error={form.errors[`${path}.label`] ?? (showKeys ? undefined : form.errors[`${path}.key`])}
                  onChange={(event) => form.setValues(setMultiplierLabel(form.getValues(), multiplier.uid, event.currentTarget.value))}
                  readOnly={readOnly}
                />
                {showKeys && (
                  <TextInput
                    label={t('pricing.tariffs.parameters.key')}
                    {...form.getInputProps(`${path}.key`)}
                    onChange={(event) => form.setValues(typeMultiplierKey(form.getValues(), multiplier.uid, event.currentTarget.value))}
                    readOnly={readOnly}
                  />
                )}
                <Select
                  label={t('pricing.tariffs.multipliers.parameter')}
                  data={choices.map((choice) => ({ value: choice.key, label: choice.label || choice.key }))}
                  {...form.getInputProps(`${path}.parameterKey`)}
                  value={parameter ? multiplier.parameterKey : null}
                  onChange={(value) => value && form.setFieldValue(`${path}.parameterKey`, value)}
                  allowDeselect={false}
                  error={form.errors[`${path}.parameterKey`] ?? (parameter ? undefined : t('pricing.tariffs.multipliers.noParameter'))}
                  disabled={readOnly}
                />
              </Group>
              <SimpleGrid cols={{ base: 2, sm: 4 }}>
                {(parameter?.options ?? []).map((option) => (
                  <MoneyInput
                    key={option.uid}
                    label={option.label || option.key}
                    {...form.getInputProps(`${path}.factors.${option.key}`)}
                    // an option added to the parameter later has no factor yet: it multiplies by 1
                    value={multiplier.factors[option.key] ?? ''}
                    readOnly={readOnly}
                    prefix="×"
                  />
                ))}
              </SimpleGrid>
              {!readOnly && (
                <Group justify="flex-end">
                  <Button variant="subtle" color="red" size="xs" onClick={() => form.removeListItem('multipliers', index)}>
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
