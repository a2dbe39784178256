import { useMutation } from '@apollo/client/react';
import { Alert, Button, Checkbox, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { CreateContractDocument, ServiceArea } from '../../gql/graphql';
import { errorMessage } from '../../kernel/apollo/errors';
import { formatKopecks } from '../../kernel/i18n/format';
import { useCurrentUser } from '../../kernel/session/currentUser';
import { DayInput } from '../../kernel/ui/DayInput';
import { kopecksOf } from './contractEnums';
import { moneyOf, priceProblem } from './price';

interface ContractFormValues {
  pricingRunId: string | null;
  price: string;
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

interface NewContractDialogProps {
  opened: boolean;
  onClose: () => void;
  /** A lead's contract takes its price from a run; a client's may have the price typed in where there is no run. */
  party: { leadId: string } | { clientId: string };
  runs: readonly { id: string; number: number; price: string }[];
}

/** The new contract's terms and the client's details for its text; opens the contract once made. */
export function NewContractDialog({ opened, onClose, party, runs }: NewContractDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('contracts.create.title')} size="lg">
      {/* mounted on opening: the form starts from the newest run each time */}
      {opened && <ContractForm party={party} runs={runs} />}
    </Modal>
  );
}

function ContractForm({ party, runs }: Pick<NewContractDialogProps, 'party' | 'runs'>) {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const [create, { loading, error }] = useMutation(CreateContractDocument);
  const directPrice = 'clientId' in party;
  const form = useForm<ContractFormValues>({
    initialValues: {
      pricingRunId: directPrice ? null : (runs[0]?.id ?? null),
      price: '',
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
      pricingRunId: (v) => (v || directPrice ? null : t('contracts.create.noRuns')),
      price: (v, values) => {
        const problem = values.pricingRunId ? null : priceProblem(v);
        return problem ? t(`contracts.price.${problem}`) : null;
      },
      serviceAreas: (v) => (v.length ? null : t('contracts.create.areas')),
    },
    validateInputOnBlur: ['price'],
  });
  const submit = form.onSubmit(async (v) => {
    const client = { kpp: v.kpp, ogrn: v.ogrn, address: v.address, signerPosition: v.signerPosition, signerName: v.signerName, signerInPreamble: v.signerInPreamble, authorityBasis: v.signerName ? ('CHARTER' as const) : null };
    const terms = v.pricingRunId ? { pricingRunId: v.pricingRunId } : { price: moneyOf(v.price) };
    const result = await create({
      variables: { input: { ...party, ...terms, date: v.date, startDate: v.startDate, serviceAreas: v.serviceAreas, paymentTerms: v.paymentTerms || null, client } },
    }).catch(() => null);
    if (result?.data) navigate(`/contracts/${result.data.createContract.id}`);
  });

  return (
    <form onSubmit={submit}>
      <Stack>
        {runs.length === 0 && !directPrice && <Alert color="yellow">{t('contracts.create.noRuns')}</Alert>}
        {error && <Alert color="red">{errorMessage(error, t)}</Alert>}
        {(runs.length > 0 || !directPrice) && (
          <Select
            label={t('contracts.create.run')}
            placeholder={directPrice ? t('contracts.create.noRun') : undefined}
            clearable={directPrice}
            data={runs.map((run) => ({ value: run.id, label: t('contracts.create.runLabel', { number: run.number, price: formatKopecks(kopecksOf(run.price), i18n.language) }) }))}
            data-testid="contract-run"
            {...form.getInputProps('pricingRunId')}
          />
        )}
        {directPrice && !form.values.pricingRunId && (
          <TextInput label={t('contracts.create.price')} description={t('contracts.price.hint')} inputMode="decimal" required {...form.getInputProps('price')} data-testid="contract-price" />
        )}
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
          <Button type="submit" loading={loading} disabled={!directPrice && !runs.length} data-testid="contract-save">{t('contracts.create.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
