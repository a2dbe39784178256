import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, FileButton, Group, Image, Loader, NumberInput, Paper, Select, SimpleGrid, Stack, Switch, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../kernel/apollo/errors';
import { setServerFieldErrors } from '../../kernel/forms/serverErrors';
import { useFragment as readFragment } from '../../gql';
import { FirmRequisites_FirmFragmentDoc, FirmRequisitesQueryDocument, FirmRequisitesUpdateDocument, TaxRegime, type FirmRequisites_FirmFragment } from '../../gql/graphql';
import { firmRequisitesInput, firmRequisitesProblems, firmRequisitesValues, logoFileProblem, LOGO_TYPES, type FirmRequisitesValues } from './firmRequisitesForm';

/** «Реквизиты фирмы»: what the firm's quotes, contracts and powers of attorney print about it, changed by the owner. */
export function FirmRequisitesPage() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(FirmRequisitesQueryDocument);
  const firm = readFragment(FirmRequisites_FirmFragmentDoc, data?.me.firm);
  return (
    <Stack maw={760} data-testid="firm-requisites-page">
      <Title order={2}>{t('firm.requisites.title')}</Title>
      <Text c="dimmed">{t('firm.requisites.intro')}</Text>
      {error && <Alert color="red">{t('common.loadError', { message: errorMessage(error, t) })}</Alert>}
      {loading && !firm && <Loader />}
      {/* keyed by the firm so a save's answer starts the form afresh */}
      {firm && <RequisitesForm key={JSON.stringify(firm)} firm={firm} />}
    </Stack>
  );
}

function RequisitesForm({ firm }: { firm: FirmRequisites_FirmFragment }) {
  const { t } = useTranslation();
  const [save, saving] = useMutation(FirmRequisitesUpdateDocument);
  const form = useForm<FirmRequisitesValues>({
    initialValues: firmRequisitesValues(firm),
    validate: (values) => Object.fromEntries(Object.entries(firmRequisitesProblems(values)).map(([field, problem]) => [field, t(problem.key, problem.values)])),
    // lengths and shapes as the user types; an INN or e-mail only once the field is left
    validateInputOnChange: ['name', 'kpp', 'website', 'vatRate', 'quoteValidDays', 'address', 'fullName', 'bankName', 'signerPosition', 'signerName', 'signerInPreamble', 'signerAuthority'],
    validateInputOnBlur: ['inn', 'email', 'ogrn', 'bik', 'bankAccount', 'correspondentAccount'],
  });
  const logoShown = form.values.logo === null ? firm.logoUrl : form.values.logo || null;

  const pickLogo = (file: File | null) => {
    if (!file) return;
    const problem = logoFileProblem(file);
    if (problem) return form.setFieldError('logo', t(problem.key));
    const reader = new FileReader();
    reader.onload = () => form.setFieldValue('logo', String(reader.result));
    reader.readAsDataURL(file);
  };

  const submit = form.onSubmit(async (values) => {
    const input = firmRequisitesInput(values);
    const result = await save({ variables: { input: { ...input, taxRegime: input.taxRegime as TaxRegime | null } } }).catch((failure: unknown) => {
      const { matched, unmatched } = setServerFieldErrors(form, failure);
      if (unmatched.length || !matched) notifications.show({ color: 'red', message: errorMessage(failure, t) });
      return null;
    });
    if (result?.data) notifications.show({ color: 'teal', message: t('firm.requisites.saved') });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Paper withBorder p="md">
          <Stack>
            <TextInput label={t('firm.requisites.name')} required {...form.getInputProps('name')} data-testid="firm-name" />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t('firm.requisites.inn')} inputMode="numeric" {...form.getInputProps('inn')} data-testid="firm-inn" />
              <TextInput label={t('firm.requisites.kpp')} description={t('firm.requisites.kppHint')} {...form.getInputProps('kpp')} data-testid="firm-kpp" />
            </SimpleGrid>
            <Textarea label={t('firm.requisites.address')} autosize minRows={2} {...form.getInputProps('address')} data-testid="firm-address" />
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput label={t('firm.requisites.phone')} placeholder="+7 (495) 123-45-67" type="tel" {...form.getInputProps('phone')} data-testid="firm-phone" />
              <TextInput label={t('firm.requisites.email')} type="email" {...form.getInputProps('email')} data-testid="firm-email" />
              <TextInput label={t('firm.requisites.website')} placeholder="balans.ru" {...form.getInputProps('website')} data-testid="firm-website" />
            </SimpleGrid>
          </Stack>
        </Paper>
        <Paper withBorder p="md">
          <Stack>
            <Title order={4}>{t('firm.requisites.taxesTitle')}</Title>
            <Select
              label={t('firm.requisites.taxRegime')}
              data={Object.values(TaxRegime).map((regime) => ({ value: regime, label: t(`firm.requisites.regimes.${regime}`) }))}
              clearable
              {...form.getInputProps('taxRegime')}
              data-testid="firm-tax-regime"
            />
            <Group align="flex-end">
              <Switch label={t('firm.requisites.vatPayer')} {...form.getInputProps('vatPayer', { type: 'checkbox' })} data-testid="firm-vat-payer" />
              {form.values.vatPayer && (
                <NumberInput label={t('firm.requisites.vatRate')} min={1} max={30} allowDecimal={false} suffix=" %" w={140} {...form.getInputProps('vatRate')} data-testid="firm-vat-rate" />
              )}
            </Group>
            <Text size="sm" c="dimmed">
              {t(form.values.vatPayer ? 'firm.requisites.vatPayerHint' : 'firm.requisites.vatExemptHint')}
            </Text>
            <NumberInput label={t('firm.requisites.quoteValidDays')} min={1} max={365} allowDecimal={false} w={220} {...form.getInputProps('quoteValidDays')} data-testid="firm-quote-valid-days" />
          </Stack>
        </Paper>
        <Paper withBorder p="md">
          <Stack>
            <Title order={4}>{t('firm.requisites.documentsTitle')}</Title>
            <Text size="sm" c="dimmed">{t('firm.requisites.documentsHint')}</Text>
            <Textarea label={t('firm.requisites.fullName')} placeholder={t('firm.requisites.fullNamePlaceholder')} autosize minRows={1} {...form.getInputProps('fullName')} data-testid="firm-full-name" />
            <TextInput label={t('firm.requisites.ogrn')} inputMode="numeric" w={{ base: '100%', sm: 260 }} {...form.getInputProps('ogrn')} data-testid="firm-ogrn" />
            <TextInput label={t('firm.requisites.bankName')} {...form.getInputProps('bankName')} data-testid="firm-bank-name" />
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput label={t('firm.requisites.bik')} inputMode="numeric" {...form.getInputProps('bik')} data-testid="firm-bik" />
              <TextInput label={t('firm.requisites.bankAccount')} inputMode="numeric" {...form.getInputProps('bankAccount')} data-testid="firm-bank-account" />
              <TextInput label={t('firm.requisites.correspondentAccount')} inputMode="numeric" {...form.getInputProps('correspondentAccount')} data-testid="firm-correspondent-account" />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t('firm.requisites.signerPosition')} placeholder={t('firm.requisites.signerPositionPlaceholder')} {...form.getInputProps('signerPosition')} data-testid="firm-signer-position" />
              <TextInput label={t('firm.requisites.signerName')} placeholder={t('firm.requisites.signerNamePlaceholder')} {...form.getInputProps('signerName')} data-testid="firm-signer-name" />
            </SimpleGrid>
            <TextInput label={t('firm.requisites.signerInPreamble')} description={t('firm.requisites.signerInPreambleHint')} placeholder={t('firm.requisites.signerInPreamblePlaceholder')} {...form.getInputProps('signerInPreamble')} data-testid="firm-signer-preamble" />
            <TextInput label={t('firm.requisites.signerAuthority')} description={t('firm.requisites.signerAuthorityHint')} placeholder={t('firm.requisites.signerAuthorityPlaceholder')} {...form.getInputProps('signerAuthority')} data-testid="firm-signer-authority" />
          </Stack>
        </Paper>
        <Paper withBorder p="md">
          <Stack>
            <Title order={4}>{t('firm.requisites.logo')}</Title>
            <Text size="sm" c="dimmed">{t('firm.requisites.logoHint')}</Text>
            {logoShown && <Image src={logoShown} alt={t('firm.requisites.logo')} h={80} w={200} fit="contain" style={{ objectPosition: 'left center' }} data-testid="firm-logo-preview" />}
            <Group>
              <FileButton onChange={pickLogo} accept={LOGO_TYPES.join(',')}>
                {(props) => (
                  <Button variant="default" {...props} data-testid="firm-logo-pick">
                    {t(logoShown ? 'firm.requisites.logoReplace' : 'firm.requisites.logoPick')}
                  </Button>
                )}
              </FileButton>
              {logoShown && (
                <Button variant="subtle" color="red" onClick={() => form.setFieldValue('logo', '')} data-testid="firm-logo-remove">
                  {t('firm.requisites.logoRemove')}
                </Button>
              )}
            </Group>
            {form.errors.logo && <Text c="red" size="sm">{form.errors.logo}</Text>}
          </Stack>
        </Paper>
        <Group justify="flex-end">
          <Button variant="default" onClick={form.reset} disabled={!form.isDirty()}>
            {t('firm.requisites.reset')}
          </Button>
          <Button type="submit" loading={saving.loading} disabled={!form.isDirty()} data-testid="firm-requisites-save">
            {t('firm.requisites.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
