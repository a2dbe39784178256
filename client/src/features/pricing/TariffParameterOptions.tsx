import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MoneyInput } from './MoneyInput';
import { newOption, setOptionLabel, typeOptionKey } from './tariffDraft';
import type { TariffDraftForm } from './useTariffDraftForm';

interface TariffParameterOptionsProps {
  form: TariffDraftForm;
  /** the choice parameter's index */
  index: number;
  readOnly: boolean;
  showKeys: boolean;
}

/** The options of a choice parameter: name (and key on request) and price each; the first one is the default. */
export function TariffParameterOptions({ form, index, readOnly, showKeys }: TariffParameterOptionsProps) {
  const { t } = useTranslation();
  const listPath = `parameters.${index}.options`;
  const parameterUid = form.values.parameters[index]?.uid ?? '';
  const options = form.values.parameters[index]?.options ?? [];
  const listError = form.errors[listPath];

  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {t('pricing.tariffs.parameters.options')}
      </Text>
      {listError && (
        <Text c="red" size="xs">
          {listError}
        </Text>
      )}
      {options.map((option, optionIndex) => {
        const path = (name: string) => `${listPath}.${optionIndex}.${name}`;
        return (
          <Group key={option.uid} grow align="flex-start" gap="xs">
            <TextInput
              aria-label={t('pricing.tariffs.parameters.optionLabel')}
              placeholder={t('pricing.tariffs.parameters.optionLabel')}
              {...form.getInputProps(path('label'))}
              error={form.errors[path('label')] ?? (showKeys ? undefined : form.errors[path('key')])}
              onChange={(event) => form.setValues(setOptionLabel(form.getValues(), parameterUid, option.uid, event.currentTarget.value))}
              readOnly={readOnly}
              data-testid="tariff-option-label"
            />
            {showKeys && (
              <TextInput
                aria-label={t('pricing.tariffs.parameters.optionKey')}
                placeholder={t('pricing.tariffs.parameters.optionKey')}
                {...form.getInputProps(path('key'))}
                onChange={(event) => form.setValues(typeOptionKey(form.getValues(), parameterUid, option.uid, event.currentTarget.value))}
                readOnly={readOnly}
              />
            )}
            <MoneyInput aria-label={t('pricing.tariffs.parameters.price')} {...form.getInputProps(path('price'))} readOnly={readOnly} />
            {!readOnly && (
              <Group gap={4} grow={false} style={{ flexGrow: 0 }}>
                <ActionIcon
                  variant="default"
                  aria-label={t('pricing.tariffs.moveUp')}
                  disabled={optionIndex === 0}
                  onClick={() => form.reorderListItem(listPath, { from: optionIndex, to: optionIndex - 1 })}
                >
                  ↑
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('pricing.tariffs.remove')}
                  disabled={options.length === 1}
                  onClick={() => form.removeListItem(listPath, optionIndex)}
                >
                  ×
                </ActionIcon>
              </Group>
            )}
          </Group>
        );
      })}
      {!readOnly && (
        <Group>
          <Button variant="subtle" size="xs" onClick={() => form.insertListItem(listPath, newOption(options))}>
            {t('pricing.tariffs.parameters.addOption')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
