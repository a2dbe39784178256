import { Alert, Button, Group, Modal, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, fieldErrors } from '../../kernel/apollo/errors';
import { LeadFieldType, type LeadFieldInput } from '../../gql/graphql';
import type { LeadFieldDefinition } from './useLeadOptions';

interface LeadFieldDialogProps {
  /** The field being edited; none for a new one */
  field: LeadFieldDefinition | null;
  opened: boolean;
  onClose: () => void;
  onSubmit: (input: LeadFieldInput) => Promise<unknown>;
}

const FIELD_TYPES = Object.values(LeadFieldType);

/** Options are typed one per line; blank lines are dropped. */
export const parseOptions = (text: string) =>
  text
    .split('\n')
    .map((option) => option.trim())
    .filter(Boolean);

export function LeadFieldDialog({ field, opened, onClose, onSubmit }: LeadFieldDialogProps) {
  const { t } = useTranslation();
  const [key, setKey] = useState(field?.key ?? '');
  const [label, setLabel] = useState(field?.label ?? '');
  const [type, setType] = useState<LeadFieldType>(field?.type ?? LeadFieldType.Text);
  const [options, setOptions] = useState((field?.options ?? []).join('\n'));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const errors = fieldErrors(error);

  const submit = async () => {
    setSaving(true);
    setError(null);
    const input: LeadFieldInput = {
      key: key.trim(),
      label: label.trim(),
      type,
      options: type === LeadFieldType.Choice ? parseOptions(options) : [],
    };
    const ok = await onSubmit(input).then(
      () => true,
      (submitError: unknown) => {
        setError(submitError);
        return false;
      },
    );
    setSaving(false);
    if (ok) onClose();
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('leads.settings.field.title')} centered>
      <Stack>
        <TextInput
          label={t('leads.settings.field.label')}
          value={label}
          onChange={(event) => setLabel(event.currentTarget.value)}
          error={errors.label}
          required
          data-testid="lead-field-label"
        />
        <TextInput
          label={t('leads.settings.field.key')}
          description={t('leads.settings.field.keyHint')}
          value={key}
          onChange={(event) => setKey(event.currentTarget.value)}
          error={errors.key}
          disabled={field !== null}
          required
          data-testid="lead-field-key"
        />
        <NativeSelect
          label={t('leads.settings.field.type')}
          data={FIELD_TYPES.map((value) => ({ value, label: t(`leads.fieldTypes.${value}`) }))}
          value={type}
          onChange={(event) => setType(event.currentTarget.value as LeadFieldType)}
          error={errors.type}
          data-testid="lead-field-type"
        />
        {type === LeadFieldType.Choice && (
          <Textarea
            label={t('leads.settings.field.options')}
            description={t('leads.settings.field.optionsHint')}
            value={options}
            onChange={(event) => setOptions(event.currentTarget.value)}
            error={errors.options}
            autosize
            minRows={3}
            data-testid="lead-field-options"
          />
        )}
        {error !== null && Object.keys(errors).length === 0 && <Alert color="red">{errorMessage(error, t)}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            onClick={() => void submit()}
            loading={saving}
            disabled={!key.trim() || !label.trim()}
            data-testid="lead-field-submit"
          >
            {t('leads.settings.field.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
