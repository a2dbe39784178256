import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Checkbox, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { CreateContractDocument, NewContractButtonQueryDocument, ServiceArea } from '../../gql/graphql';
import { errorMessage } from '../../kernel/apollo/errors';
import { formatKopecks } from '../../kernel/i18n/format';
import { useCurrentUser } from '../../kernel/session/currentUser';
import { DayInput } from '../../kernel/ui/DayInput';
import { kopecksOf } from './contractEnums';

interface ContractFormValues {
  pricingRunId: string | null;
  date: string;
  startDate: string;
  serviceAreas: ServiceArea[];
  paymentTerms: string;
  kpp: string;
  ogrn: string;
  address: string;
  signerPosition: string;
  signerName: string;
  signerInPreamble: string;
}

/** «Составить договор» on the lead card: a contract from one of the lead's pricing runs; opens the new contract. */
export function NewContractButton({ leadId }: { leadId: string }) {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  const { data } = useQuery(NewContractButtonQueryDocument, { variables: { leadId }, fetchPolicy: 'cache-and-network' });
  const [create, { loading, error }] = useMutation(CreateContractDocument);
  const runs = data?.lead.pricingRuns ?? [];
  const form = useForm<ContractFormValues>({
    initialValues: {
      pricingRunId: null,
      date: me.firm.today,
      startDate: me.firm.today,
      serviceAreas: [...Object.values(ServiceArea)],
      paymentTerms: '',
      kpp: '',
      ogrn: '',
      address: '',
      signerPosition: '',
      signerName: '',
      signerInPreamble: '',
    },
    validate: {
      pricingRunId: (v) => (v ? null : t('contracts.create.noRuns')),
      serviceAreas: (v) => (v.length ? null : t('contracts.create.areas')),
    },
  });
  if (!data?.contractSettings.viewerCanCreateContracts) return null;

  const open = () => {
    form.setFieldValue('pricingRunId', runs[0]?.id ?? null);
    setOpened(true);
  };
  const submit = form.onSubmit(async (v) => {
    const client = { kpp: v.kpp, ogrn: v.ogrn, address: v.address, signerPosition: v.signerPosition, signerName: v.signerName, signerInPreamble: v.signerInPreamble, authorityBasis: v.signerName ? ('CHARTER' as const) : null };
    const result = await create({
      variables: { input: { leadId, pricingRunId: v.pricingRunId!, date: v.date, startDate: v.startDate, serviceAreas: v.serviceAreas, paymentTerms: v.paymentTerms || null, client } },
    }).catch(() => null);
    if (result?.data) navigate(`/contracts/${result.data.createContract.id}`);
  });

  return (
    <>
      <Button variant="light" onClick={open} data-testid="lead-create-contract">{t('contracts.create.button')}</Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('contracts.create.title')} size="lg">
        <form onSubmit={submit}>
          <Stack>
            {runs.length === 0 && <Alert color="yellow">{t('contracts.create.noRuns')}</Alert>}
            {error && <Alert color="red">{errorMessage(error, t)}</Alert>}
            <Select
              label={t('contracts.create.run')}
              data={runs.map((run) => ({ value: run.id, label: t('contracts.create.runLabel', { number: run.number, price: formatKopecks(kopecksOf(run.price), i18n.language) }) }))}
              data-testid="contract-run"
              {...form.getInputProps('pricingRunId')}
            />
            <SimpleGrid cols={2}>
              <DayInput label={t('contracts.create.date')} value={form.values.date} onChange={(v) => form.setFieldValue('date', v)} />
              <DayInput label={t('contracts.create.startDate')} value={form.values.startDate} onChange={(v) => form.setFieldValue('startDate', v)} />
            </SimpleGrid>
            <Checkbox.Group label={t('contracts.create.areas')} {...form.getInputProps('serviceAreas')}>
              <Group mt={4}>
                {Object.values(ServiceArea).map((area) => <Checkbox key={area} value={area} label={t(`contracts.areas.${area}`)} />)}
              </Group>
            </Checkbox.Group>
            <TextInput label={t('contracts.create.paymentTerms')} placeholder={t('contracts.create.paymentTermsPlaceholder')} maxLength={2000} {...form.getInputProps('paymentTerms')} />
            <SimpleGrid cols={2}>
              <TextInput label={t('contracts.create.kpp')} maxLength={9} {...form.getInputProps('kpp')} />
              <TextInput label={t('contracts.create.ogrn')} maxLength={15} {...form.getInputProps('ogrn')} />
            </SimpleGrid>
            <TextInput label={t('contracts.create.address')} maxLength={500} {...form.getInputProps('address')} />
            <SimpleGrid cols={2}>
              <TextInput label={t('contracts.create.signerPosition')} maxLength={200} {...form.getInputProps('signerPosition')} />
              <TextInput label={t('contracts.create.signerName')} maxLength={200} {...form.getInputProps('signerName')} />
            </SimpleGrid>
            <TextInput label={t('contracts.create.signerInPreamble')} placeholder={t('contracts.create.signerInPreamblePlaceholder')} maxLength={400} {...form.getInputProps('signerInPreamble')} />
            <Group justify="flex-end">
              <Button type="submit" loading={loading} disabled={!runs.length} data-testid="contract-save">{t('contracts.create.save')}</Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
