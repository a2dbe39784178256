import { useMutation } from '@apollo/client/react';
import { Alert, Button, Checkbox, Group, NumberInput, Select, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProfitAdvanceMethod, TaxRegime, UpdateClientDocument, type ClientInput, type ClientPageQueryQuery } from '../../gql/graphql';
import { errorMessage } from '../../kernel/apollo/errors';
import { DayInput } from '../../kernel/ui/DayInput';

type ClientCard = NonNullable<ClientPageQueryQuery['client']>;

/** The client card's profile as the server takes it back (every field, edited or not). */
export function clientInputOf(client: ClientCard): ClientInput {
  return {
    legalForm: client.legalForm, fullName: client.fullName, shortName: client.shortName, inn: client.inn, kpp: client.kpp, ogrn: client.ogrn, regionCode: client.regionCode, okvedCode: client.okvedCode,
    taxRegime: client.taxRegime, vatPayer: client.vatPayer, hasEmployees: client.hasEmployees, headcount: client.headcount, profitAdvances: client.profitAdvances, hasProperty: client.hasProperty,
    hasTransport: client.hasTransport, hasLand: client.hasLand, patents: client.patents.map(({ startDate, endDate, region }) => ({ startDate, endDate, region })), serviceAreas: client.serviceAreas,
    serviceStartDate: client.serviceStartDate, contacts: client.contacts.map(({ name, position, phone, email, decides }) => ({ name, position, phone, email, decides })),
  };
}

/** The profile facts the schedule depends on; saving an accepted client's profile then shows the calendar diff. */
export function ClientProfileForm({ client, onSaved, onCancel }: { client: ClientCard; onSaved: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [input, setInput] = useState<ClientInput>(() => clientInputOf(client));
  const [save, { loading, error }] = useMutation(UpdateClientDocument);
  const set = (patch: Partial<ClientInput>) => setInput((current) => ({ ...current, ...patch }));
  const osnoOrganization = input.legalForm === 'ORGANIZATION' && input.taxRegime === 'OSNO';
  const regimes = Object.values(TaxRegime).filter((r) => input.legalForm === 'INDIVIDUAL_ENTREPRENEUR' || (r !== 'PSN' && r !== 'NPD'));
  return (
    <Stack gap="xs" data-testid="client-profile-form">
      <Select label={t('clients.card.regime')} value={input.taxRegime} onChange={(v) => v && set({ taxRegime: v as TaxRegime, profitAdvances: null })} data={regimes.map((r) => ({ value: r, label: t(`leads.regimes.${r}`) }))} allowDeselect={false} />
      {osnoOrganization && (
        <Select label={t('clients.card.profitAdvances')} value={input.profitAdvances ?? 'QUARTERLY'} onChange={(v) => set({ profitAdvances: v as ProfitAdvanceMethod })} data={Object.values(ProfitAdvanceMethod).map((m) => ({ value: m, label: m }))} allowDeselect={false} />
      )}
      <Group>
        <Checkbox label={t('clients.card.vatPayer')} checked={input.vatPayer} onChange={(e) => set({ vatPayer: e.currentTarget.checked })} />
        <Checkbox label={t('clients.card.hasEmployees')} checked={input.hasEmployees} onChange={(e) => set({ hasEmployees: e.currentTarget.checked, headcount: e.currentTarget.checked ? input.headcount : null })} data-testid="has-employees" />
        {input.hasEmployees && <NumberInput w={120} label={t('clients.card.headcount')} min={0} max={100000} value={input.headcount ?? ''} onChange={(v) => set({ headcount: typeof v === 'number' ? v : null })} />}
      </Group>
      <Group>
        <Checkbox label={t('clients.card.hasProperty')} checked={!!input.hasProperty} onChange={(e) => set({ hasProperty: e.currentTarget.checked })} />
        <Checkbox label={t('clients.card.hasTransport')} checked={!!input.hasTransport} onChange={(e) => set({ hasTransport: e.currentTarget.checked })} />
        <Checkbox label={t('clients.card.hasLand')} checked={!!input.hasLand} onChange={(e) => set({ hasLand: e.currentTarget.checked })} />
      </Group>
      <DayInput w={180} label={t('clients.card.serviceStart')} value={input.serviceStartDate ?? null} onChange={(day) => set({ serviceStartDate: day })} />
      {error && <Alert color="red">{errorMessage(error, t)}</Alert>}
      <Group>
        <Button
          loading={loading}
          data-testid="save-client"
          onClick={async () => {
            await save({ variables: { id: client.id, version: client.version, input } });
            onSaved();
          }}
        >
          {t('clients.card.save')}
        </Button>
        <Button variant="default" onClick={onCancel}>{t('clients.card.cancel')}</Button>
      </Group>
    </Stack>
  );
}
