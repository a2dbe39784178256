import { useMutation, useQuery } from '@apollo/client/react';
import { ActionIcon, Alert, Button, Checkbox, Divider, Group, NumberInput, SegmentedControl, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ChangeClientStatusDocument, ClientRegionsQueryDocument, ProfitAdvanceMethod, ServiceArea, UpdateClientDocument, type ClientInput, type ClientPageQueryQuery, type ClientStatus, type LegalForm, type TaxRegime,
} from '../../gql/graphql';
import { errorMessage } from '../../kernel/apollo/errors';
import { DayInput } from '../../kernel/ui/DayInput';
import { changesSchedule, clientFormProblems, clientInputOf, nextStatuses, paysProfitTax, regimesFor, withEmployees, withLegalForm, withRegime } from './clientProfileForm';

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
      {input.taxRegime === 'PSN' && (
        <Stack gap={4} data-testid="client-patents">
          <Text size="sm" fw={500}>{t('clients.form.patents')}</Text>
          {problems.patents && <Text size="xs" c="red">{t(`clients.form.problems.${problems.patents}`)}</Text>}
          {patents.map((patent, i) => (
            <Group key={i} align="end" gap="xs">
              <DayInput w={150} label={t('clients.form.patentStart')} value={patent.startDate || null} onChange={(day) => set({ patents: patents.map((p, j) => (j === i ? { ...p, startDate: day ?? '' } : p)) })} />
              <DayInput w={150} label={t('clients.form.patentEnd')} value={patent.endDate || null} onChange={(day) => set({ patents: patents.map((p, j) => (j === i ? { ...p, endDate: day ?? '' } : p)) })} error={problem(`patents[${i}].endDate`)} />
              <Select w={220} label={t('clients.form.patentRegion')} searchable clearable value={patent.region ?? null} onChange={(value) => set({ patents: patents.map((p, j) => (j === i ? { ...p, region: value } : p)) })} data={regionOptions} />
              <ActionIcon variant="subtle" color="red" aria-label={t('clients.form.remove')} onClick={() => set({ patents: patents.filter((_, j) => j !== i) })}>✕</ActionIcon>
            </Group>
          ))}
          <Group>
            <Button size="xs" variant="default" onClick={() => set({ patents: [...patents, { startDate: '', endDate: '', region: null }] })} data-testid="add-patent">{t('clients.form.addPatent')}</Button>
          </Group>
        </Stack>
      )}

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
      {contacts.map((contact, i) => {
        const setContact = (patch: Partial<typeof contact>) => set({ contacts: contacts.map((c, j) => (j === i ? { ...c, ...patch } : c)) });
        return (
          <Group key={i} align="start" gap="xs" data-testid="client-contact">
            <TextInput w={180} label={t('clients.form.contactName')} value={contact.name} onChange={(e) => setContact({ name: e.currentTarget.value })} error={problem(`contacts[${i}].name`)} maxLength={200} />
            <TextInput w={150} label={t('clients.form.contactPosition')} value={contact.position ?? ''} onChange={(e) => setContact({ position: e.currentTarget.value })} maxLength={200} />
            <TextInput w={150} label={t('clients.form.contactPhone')} value={contact.phone ?? ''} onChange={(e) => setContact({ phone: e.currentTarget.value })} maxLength={50} />
            <TextInput w={180} label={t('clients.form.contactEmail')} value={contact.email ?? ''} onChange={(e) => setContact({ email: e.currentTarget.value })} error={problem(`contacts[${i}].email`)} maxLength={200} />
            <TextInput w={150} label={t('clients.form.contactDecides')} value={contact.decides ?? ''} onChange={(e) => setContact({ decides: e.currentTarget.value })} maxLength={500} />
            <ActionIcon mt={26} variant="subtle" color="red" aria-label={t('clients.form.remove')} onClick={() => set({ contacts: contacts.filter((_, j) => j !== i) })}>✕</ActionIcon>
          </Group>
        );
      })}
      <Group>
        <Button size="xs" variant="default" onClick={() => set({ contacts: [...contacts, { name: '', position: null, phone: null, email: null, decides: null }] })} data-testid="add-contact">{t('clients.form.addContact')}</Button>
      </Group>

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

/** The client's status from the card: suspended, terminated or active again, from a day. */
export function ClientStatusControl({ client, today, onChanged }: { client: ClientCard; today: string; onChanged: () => void }) {
  const { t } = useTranslation();
  const options = nextStatuses(client.status);
  const [status, setStatus] = useState<ClientStatus | null>(null);
  const [since, setSince] = useState<string | null>(today);
  const [change, { loading, error }] = useMutation(ChangeClientStatusDocument);
  if (!options.length) return null;
  return (
    <Stack gap={4}>
      <Group align="end" gap="xs">
        <Select size="xs" w={220} label={t('clients.form.newStatus')} value={status} onChange={(value) => setStatus(value as ClientStatus | null)} data={options.map((s) => ({ value: s, label: t(`clients.status.${s}`) }))} data-testid="client-new-status" />
        <DayInput size="xs" w={130} label={t('clients.form.statusSince')} value={since} onChange={setSince} />
        <Button
          size="xs"
          variant="default"
          disabled={!status}
          loading={loading}
          data-testid="change-client-status"
          onClick={async () => {
            await change({ variables: { id: client.id, version: client.version, status: status!, since } });
            setStatus(null);
            onChanged();
          }}
        >
          {t('clients.form.changeStatus')}
        </Button>
      </Group>
      {error && <Text size="xs" c="red">{errorMessage(error, t)}</Text>}
    </Stack>
  );
}
