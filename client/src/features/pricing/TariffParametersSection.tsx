import { ActionIcon, Button, Fieldset, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { newParameter } from './tariffDraft';
import { TariffParameterFields } from './TariffParameterFields';
import type { DraftSectionProps } from './useTariffDraftForm';

/** The parameters of the tariff: add, edit by type, reorder, remove. */
export function TariffParametersSection({ form, readOnly, showKeys = false }: DraftSectionProps) {
  const { t } = useTranslation();
  const parameters = form.values.parameters;

  return (
    <Stack>
      {parameters.map((parameter, index) => (
        <Fieldset
          key={parameter.uid}
          legend={parameter.label || t('pricing.tariffs.parameters.untitled')}
          data-testid="tariff-parameter"
          data-key={parameter.key}
        >
          <TariffParameterFields form={form} index={index} readOnly={readOnly} showKeys={showKeys} />
          {!readOnly && (
            <Group justify="flex-end" gap="xs" mt="sm">
              <ActionIcon
                variant="default"
                aria-label={t('pricing.tariffs.moveUp')}
                disabled={index === 0}
                onClick={() => form.reorderListItem('parameters', { from: index, to: index - 1 })}
              >
                ↑
              </ActionIcon>
              <ActionIcon
                variant="default"
                aria-label={t('pricing.tariffs.moveDown')}
                disabled={index === parameters.length - 1}
                onClick={() => form.reorderListItem('parameters', { from: index, to: index + 1 })}
              >
                ↓
              </ActionIcon>
              <Button variant="subtle" color="red" size="xs" onClick={() => form.removeListItem('parameters', index)}>
                {t('pricing.tariffs.remove')}
              </Button>
            </Group>
          )}
        </Fieldset>
      ))}
      {!readOnly && (
        <Group>
          <Button variant="light" onClick={() => form.insertListItem('parameters', newParameter())} data-testid="tariff-add-parameter">
            {t('pricing.tariffs.parameters.add')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
