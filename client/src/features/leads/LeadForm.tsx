import { Fieldset, NativeSelect, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LegalForm, TaxRegime } from '../../gql/graphql';
import { ExtraFieldInput } from './ExtraFieldInput';
import { LEGAL_FORMS, regimesFor } from './leadEnums';
import { withLegalForm, type LeadFormValues } from './leadForm';
import { OkvedInput } from './OkvedInput';
import { regionItems, type useLeadOptions } from './useLeadOptions';

interface LeadFormProps {
  values: LeadFormValues;
  onChange: (values: LeadFormValues) => void;
  errors: Record<string, string>;
  options: ReturnType<typeof useLeadOptions>;
  disabled?: boolean;
  /** Shown in the pickers even when archived or deactivated */
  current?: { source?: { id: string; name: string } | null; owner?: { id: string; name: string } | null };
}

/** Every field of the lead card; used by the create form and the card. */
export function LeadForm({ values, onChange, errors, options, disabled, current }: LeadFormProps) {
  const { t } = useTranslation();
  const set = <K extends keyof LeadFormValues>(key: K, value: LeadFormValues[K]) => onChange({ ...values, [key]: value });
  const text = (key: 'lastName' | 'firstName' | 'patronymic' | 'companyName' | 'inn' | 'activity' | 'phone' | 'email') => ({
    label: t(`leads.fields.${key}`),
    value: values[key],
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => set(key, event.currentTarget.value),
    error: errors[key],
    disabled,
    'data-testid': `lead-${key}`,
  });

  const sources = options.sources.filter((source) => !source.archived).map((source) => ({ value: source.id, label: source.name }));
  if (current?.source && !sources.some((item) => item.value === current.source!.id)) {
    sources.push({ value: current.source.id, label: current.source.name });
  }
  const owners = options.owners.map((user) => ({ value: user.id, label: `${user.name} · ${t(`roles.${user.role}`)}` }));
  if (current?.owner && !owners.some((item) => item.value === current.owner!.id)) {
    owners.push({ value: current.owner.id, label: current.owner.name });
  }
  const fields = options.fields.filter((field) => !field.archived);

  return (
    <Stack>
      <Fieldset legend={t('leads.form.sections.person')} disabled={disabled}>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput {...text('lastName')} required />
          <TextInput {...text('firstName')} required />
          <TextInput {...text('patronymic')} />
        </SimpleGrid>
      </Fieldset>

      <Fieldset legend={t('leads.form.sections.company')} disabled={disabled}>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NativeSelect
            label={t('leads.fields.legalForm')}
            data={LEGAL_FORMS.map((form) => ({ value: form, label: t(`leads.legalForms.${form}`) }))}
            value={values.legalForm}
            onChange={(event) => onChange(withLegalForm(values, event.currentTarget.value as LegalForm))}
            error={errors.legalForm}
            data-testid="lead-legalForm"
          />
          <TextInput {...text('companyName')} required />
          <TextInput {...text('inn')} description={t('leads.form.innHint')} inputMode="numeric" />
          <NativeSelect
            label={t('leads.fields.taxRegime')}
            data={[
              { value: '', label: t('leads.form.notSet') },
              ...regimesFor(values.legalForm).map((regime) => ({ value: regime, label: t(`leads.regimes.${regime}`) })),
            ]}
            value={values.taxRegime ?? ''}
            onChange={(event) => set('taxRegime', (event.currentTarget.value || null) as TaxRegime | null)}
            error={errors.taxRegime}
            data-testid="lead-taxRegime"
          />
          <OkvedInput
            value={values.okvedCode}
            error={errors.okvedCode}
            disabled={disabled}
            onChange={(code) => set('okvedCode', code)}
            onPick={(code, title) =>
              onChange({ ...values, okvedCode: code, activity: values.activity.trim() ? values.activity : title })
            }
          />
          <Select
            label={t('leads.fields.regionCode')}
            placeholder={t('leads.form.choose')}
            data={regionItems(options.regions)}
            value={values.regionCode}
            onChange={(code) => set('regionCode', code)}
            error={errors.regionCode}
            searchable
            clearable
            data-testid="lead-regionCode"
          />
        </SimpleGrid>
        <TextInput {...text('activity')} mt="sm" />
      </Fieldset>

      <Fieldset legend={t('leads.form.sections.contacts')} disabled={disabled}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput {...text('phone')} description={t('leads.form.phoneHint')} type="tel" />
          <TextInput {...text('email')} type="email" />
        </SimpleGrid>
      </Fieldset>

      <Fieldset legend={t('leads.form.sections.work')} disabled={disabled}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('leads.fields.source')}
            placeholder={t('leads.form.choose')}
            data={sources}
            value={values.sourceId}
            onChange={(id) => set('sourceId', id)}
            error={errors.sourceId}
            clearable
            data-testid="lead-sourceId"
          />
          <Select
            label={t('leads.fields.owner')}
            placeholder={t('leads.form.choose')}
            data={owners}
            value={values.ownerId}
            onChange={(id) => set('ownerId', id)}
            error={errors.ownerId}
            searchable
            data-testid="lead-ownerId"
          />
        </SimpleGrid>
        <Textarea
          mt="sm"
          label={t('leads.fields.notes')}
          value={values.notes}
          onChange={(event) => set('notes', event.currentTarget.value)}
          error={errors.notes}
          autosize
          minRows={3}
          data-testid="lead-notes"
        />
      </Fieldset>

      {fields.length > 0 && (
        <Fieldset legend={t('leads.form.sections.extra')} disabled={disabled}>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {fields.map((field) => (
              <ExtraFieldInput
                key={field.id}
                field={field}
                value={values.extra[field.key]}
                error={errors[`extra.${field.key}`]}
                disabled={disabled}
                onChange={(value) => set('extra', { ...values.extra, [field.key]: value })}
              />
            ))}
          </SimpleGrid>
        </Fieldset>
      )}
    </Stack>
  );
}
