import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Checkbox, Divider, Group, NumberInput, SegmentedControl, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ClientRegionsQueryDocument, ProfitAdvanceMethod, ServiceArea, UpdateClientDocument, type ClientInput, type ClientPageQueryQuery, type LegalForm, type TaxRegime,
} from '../../gql/graphql';
import { errorMessage } from '../../kernel/apollo/errors';
import { DayInput } from '../../kernel/ui/DayInput';
import { ClientContactsFields } from './ClientContactsFields';
import { ClientPatentsFields } from './ClientPatentsFields';
import { changesSchedule, clientFormProblems, clientInputOf, paysProfitTax, regimesFor, withEmployees, withLegalForm, withRegime } from './clientProfileForm';

type ClientCard = NonNullable<ClientPageQueryQuery['client']>;

/**
 * Every profile field the server accepts, checked as the user types (INN, КПП, ОГРН/ОГРНИП with
 * their checksums); saving an accepted client's schedule facts then shows the calendar diff.
 */
export function ClientProfileForm({ client, onSaved, onCancel }: { client: ClientCard; onSaved: (scheduleChanged: boolean) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [input, setInput] = useState<ClientInput>(() => clientInputOf(client));
  const [touched, setTouched] = useState(false);
  const [save, { loading, error }] = useMutation(UpdateClientDocument);
  const regions = useQuery(ClientRegionsQueryDocument).data?.regions ?? [];
  const set = (patch: Partial<ClientInput>) => setInput((current) => ({ ...current, ...patch }));
  const problems = clientFormProblems(input);
  const problem = (field: string) => (problems[field] ? t(`clients.form.problems.${problems[field]}`) : undefined);
  const organization = input.legalForm === 'ORGANIZATION';
  const patents = input.patents ?? [];
  const contacts = input.contacts ?? [];
  const regionOptions = regions.map((r) => ({ value: r.code, label: `${r.code} — ${r.name}` }));
  return (
    <Stack gap="xs" data-testid="client-profile-form">
      <Title order={5}>{t('clients.form.requisites')}</Title>
      <SegmentedControl
        value={input.legalForm}
        onChange={(value) => setInput((current) => withLegalForm(current, value as LegalForm))}
        data={(['ORGANIZATION', 'INDIVIDUAL_ENTREPRENEUR'] as const).map((form) => ({ value: form, label: t(`leads.legalForms.${form}`) }))}
        data-testid="client-legal-form"
      />
      <TextInput label={t('clients.form.fullName')} value={input.fullName} onChange={(e) => set({ fullName: e.currentTarget.value })} error={problem('fullName')} maxLength={500} required />
      <TextInput label={t('clients.form.shortName')} value={input.shortName} onChange={(e) => set({ shortName: e.currentTarget.value })} error={problem('shortName')} maxLength={300} required />
      <Group grow align="start">
        <TextInput label={t('clients.card.inn')} value={input.inn ?? ''} onChange={(e) => set({ inn: e.currentTarget.value })} error={problem('inn')} maxLength={20} data-testid="client-inn" />
        {organization && <TextInput label={t('clients.card.kpp')} value={input.kpp ?? ''} onChange={(e) => set({ kpp: e.currentTarget.value })} error={problem('kpp')} maxLength={20} data-testid="client-kpp" />}
        <TextInput label={organization ? t('clients.form.ogrn') : t('clients.form.ogrnip')} value={input.ogrn ?? ''} onChange={(e) => set({ ogrn: e.currentTarget.value })} error={problem('ogrn')} maxLength={20} data-testid="client-ogrn" />
      </Group>
      <Group grow align="start">
        <Select label={t('clients.card.region')} searchable clearable value={input.regionCode ?? null} onChange={(value) => set({ regionCode: value })} data={regionOptions} />
        <TextInput label={t('clients.card.okved')} placeholder="62.01" value={input.okvedCode ?? ''} onChange={(e) => set({ okvedCode: e.currentTarget.value })} error={problem('okvedCode')} maxLength={10} />
      </Group>

      <Divider />
      <Title order={5}>{t('clients.form.taxes')}</Title>
      <Select
        label={t('clients.card.regime')}
        value={input.taxRegime}
        onChange={(value) => value && setInput((current) => withRegime(current, value as TaxRegime))}
        data={regimesFor(input.legalForm).map((r) => ({ value: r, label: t(`leads.regimes.${r}`) }))}
        allowDeselect={false}
        data-testid="client-regime"
      />
      {paysProfitTax(input) && (
        <Select
          label={t('clients.card.profitAdvances')}
          value={input.profitAdvances ?? ProfitAdvanceMethod.Quarterly}
          onChange={(value) => set({ profitAdvances: value as ProfitAdvanceMethod })}
          data={Object.values(ProfitAdvanceMethod).map((m) => ({ value: m, label: t(`clients.profitAdvances.${m}`) }))}
          allowDeselect={false}
        />
      )}
      <Group>
        <Checkbox label={t('clients.card.vatPayer')} checked={input.vatPayer} onChange={(e) => set({ vatPayer: e.currentTarget.checked })} />
        <Checkbox label={t('clients.card.hasEmployees')} checked={input.hasEmployees} onChange={(e) => setInput((current) => withEmployees(current, e.currentTarget.checked))} data-testid="has-employees" />
        {input.hasEmployees && <NumberInput w={120} label={t('clients.card.headcount')} min={0} max={100000} value={input.headcount ?? ''} onChange={(v) => set({ headcount: typeof v === 'number' ? v : null })} error={problem('headcount')} />}
      </Group>
      {organization && (
        <Group>
          <Checkbox label={t('clients.card.hasProperty')} checked={!!input.hasProperty} onChange={(e) => set({ hasProperty: e.currentTarget.checked })} />
          <Checkbox label={t('clients.card.hasTransport')} checked={!!input.hasTransport} onChange={(e) => set({ hasTransport: e.currentTarget.checked })} />
          <Checkbox label={t('clients.card.hasLand')} checked={!!input.hasLand} onChange={(e) => set({ hasLand: e.currentTarget.checked })} />
        </Group>
      )}
      {input.taxRegime === 'PSN' && <ClientPatentsFields patents={patents} onChange={(next) => set({ patents: next })} problem={problem} regionOptions={regionOptions} />}

      <Divider />
      <Title order={5}>{t('clients.form.service')}</Title>
      <DayInput w={180} label={t('clients.card.serviceStart')} value={input.serviceStartDate ?? null} onChange={(day) => set({ serviceStartDate: day })} />
      <Checkbox.Group label={t('clients.form.serviceAreas')} value={input.serviceAreas ?? []} onChange={(value) => set({ serviceAreas: Object.values(ServiceArea).filter((a) => value.includes(a)) })} error={problem('serviceAreas')}>
        <Group mt={4}>
          {Object.values(ServiceArea).map((area) => <Checkbox key={area} value={area} label={t(`clients.area.${area}`)} />)}
        </Group>
      </Checkbox.Group>

      <Divider />
      <Title order={5}>{t('clients.form.contacts')}</Title>
      <ClientContactsFields contacts={contacts} onChange={(next) => set({ contacts: next })} problem={problem} />

      {error && <Alert color="red">{errorMessage(error, t)}</Alert>}
      <Group>
        <Button
          loading={loading}
          data-testid="save-client"
          onClick={async () => {
            setTouched(true);
            if (Object.keys(problems).length) return;
            await save({ variables: { id: client.id, version: client.version, input } });
            onSaved(changesSchedule(clientInputOf(client), input));
          }}
        >
          {t('clients.card.save')}
        </Button>
        <Button variant="default" onClick={onCancel}>{t('clients.card.cancel')}</Button>
        {touched && Object.keys(problems).length > 0 && <Text size="sm" c="red">{t('clients.form.fixProblems')}</Text>}
      </Group>
    </Stack>
  );
}
