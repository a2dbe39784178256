import { Fieldset, NativeSelect, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LegalForm, TaxRegime } from '../../gql/graphql';
import { ExtraFieldInput } from './ExtraFieldInput';
import { LEGAL_FORMS, regimesFor } from './leadEnums';
import { activityAfterOkvedPick, withLegalForm } from './leadForm';
import { OkvedInput } from './OkvedInput';
import type { LeadFormApi } from './useLeadForm';
import { regionItems, type useLeadOptions } from './useLeadOptions';

interface LeadFormProps {
  form: LeadFormApi;
  options: ReturnType<typeof useLeadOptions>;
  disabled?: boolean;
  /** Shown in the pickers even when archived or deactivated */
  current?: { source?: { id: string; name: string } | null; owner?: { id: string; name: string } | null };
}

/** Every field of the lead card; used by the create form and the card. */
export function LeadForm({ form, options, disabled, current }: LeadFormProps) {
  const { t } = useTranslation();
  const { values } = form;
  const text = (key: 'lastName' | 'firstName' | 'patronymic' | 'companyName' | 'inn' | 'activity' | 'phone' | 'email') => ({
    label: t(`leads.fields.${key}`),
    ...form.getInputProps(key),
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
            onChange={(event) => form.setValues(withLegalForm(form.getValues(), event.currentTarget.value as LegalForm))}
            error={form.errors.legalForm}
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
            onChange={(event) => form.setFieldValue('taxRegime', (event.currentTarget.value || null) as TaxRegime | null)}
            error={form.errors.taxRegime}
            data-testid="lead-taxRegime"
          />
          <OkvedInput
            value={values.okvedCode}
            error={form.errors.okvedCode}
            disabled={disabled}
            onChange={(code) => form.setFieldValue('okvedCode', code)}
            onPick={(code, title, previousTitle) => {
              form.setFieldValue('okvedCode', code);
              form.setFieldValue('activity', activityAfterOkvedPick(form.getValues().activity, previousTitle, title));
            }}
          />
          <Select
            label={t('leads.fields.regionCode')}
            placeholder={t('leads.form.choose')}
            data={regionItems(options.regions)}
            {...form.getInputProps('regionCode')}
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
            {...form.getInputProps('sourceId')}
            clearable
            data-testid="lead-sourceId"
          />
          <Select
            label={t('leads.fields.owner')}
            placeholder={t('leads.form.choose')}
            data={owners}
            {...form.getInputProps('ownerId')}
            searchable
            data-testid="lead-ownerId"
          />
        </SimpleGrid>
        <Textarea
          mt="sm"
          label={t('leads.fields.notes')}
          {...form.getInputProps('notes')}
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
                error={form.errors[`extra.${field.key}`]}
                disabled={disabled}
                onChange={(value) => form.setFieldValue('extra', (extra) => ({ ...extra, [field.key]: value }))}
              />
            ))}
          </SimpleGrid>
        </Fieldset>
      )}
    </Stack>
  );
}
