import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Modal, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFragment as readFragment } from '../../gql';
import { ContractSettings_SettingsFragmentDoc, ContractSettingsQueryDocument, UpdateContractSettingsDocument, type ContractSettings_SettingsFragment } from '../../gql/graphql';
import { errorCode, errorMessage } from '../../kernel/apollo/errors';
import { setServerFieldErrors } from '../../kernel/forms/serverErrors';
import { contractSettingsInput, contractSettingsProblems, contractSettingsValues, type ContractSettingsValues } from './contractSettingsForm';

/** «Настройки договоров» on the registry, for whoever may change them (the owner): numbering, reminders, the header's city and VAT clause. */
export function ContractSettingsButton() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const { data } = useQuery(ContractSettingsQueryDocument, { fetchPolicy: 'cache-and-network' });
  const settings = readFragment(ContractSettings_SettingsFragmentDoc, data?.contractSettings);
  if (!settings?.viewerCanEdit) return null;
  return (
    <>
      <Button variant="default" onClick={() => setOpened(true)} data-testid="contract-settings-open">{t('contracts.settings.open')}</Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('contracts.settings.title')} size="lg">
        {/* keyed by the version so a save's answer (or a colleague's change) starts the form afresh */}
        {opened && <SettingsForm key={settings.version} settings={settings} onSaved={() => setOpened(false)} />}
      </Modal>
    </>
  );
}

function SettingsForm({ settings, onSaved }: { settings: ContractSettings_SettingsFragment; onSaved: () => void }) {
  const { t } = useTranslation();
  const [save, saving] = useMutation(UpdateContractSettingsDocument);
  const [conflict, setConflict] = useState(false);
  const form = useForm<ContractSettingsValues>({
    initialValues: contractSettingsValues(settings),
    validate: (values) => Object.fromEntries(Object.entries(contractSettingsProblems(values)).map(([field, key]) => [field, t(`contracts.settings.problems.${key}`)])),
    validateInputOnChange: true,
  });
  const submit = form.onSubmit(async (values) => {
    const result = await save({ variables: { version: settings.version, input: contractSettingsInput(values) } }).catch((failure: unknown) => {
      if (errorCode(failure) === 'CONFLICT') return void setConflict(true);
      const { matched, unmatched } = setServerFieldErrors(form, failure);
      if (unmatched.length || !matched) notifications.show({ color: 'red', message: errorMessage(failure, t) });
    });
    if (result?.data) {
      notifications.show({ color: 'teal', message: t('contracts.settings.saved') });
      onSaved();
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {conflict && <Alert color="yellow">{t('contracts.settings.conflict')}</Alert>}
        <SimpleGrid cols={2}>
          <TextInput label={t('contracts.settings.contractNumberPattern')} description={t('contracts.settings.patternHint')} {...form.getInputProps('contractNumberPattern')} data-testid="settings-contract-pattern" />
          <TextInput label={t('contracts.settings.poaNumberPattern')} description={t('contracts.settings.patternHint')} {...form.getInputProps('poaNumberPattern')} />
          <NumberInput label={t('contracts.settings.unsignedReminderDays')} description={t('contracts.settings.unsignedReminderHint')} min={1} max={365} allowDecimal={false} {...form.getInputProps('unsignedReminderDays')} data-testid="settings-unsigned-days" />
          <NumberInput label={t('contracts.settings.poaWarningDays')} description={t('contracts.settings.poaWarningHint')} min={1} max={365} allowDecimal={false} {...form.getInputProps('poaWarningDays')} />
        </SimpleGrid>
        <TextInput label={t('contracts.settings.city')} placeholder={t('contracts.settings.cityPlaceholder')} {...form.getInputProps('city')} />
        <TextInput label={t('contracts.settings.vatClause')} {...form.getInputProps('vatClause')} />
        <Group justify="flex-end">
          <Button type="submit" loading={saving.loading} disabled={!form.isDirty()} data-testid="settings-save">{t('contracts.settings.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
