import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AcceptClientDocument, AssignClientAreaDocument, ClientAssigneesQueryDocument, type ClientPageQueryQuery, type ServiceArea } from '../../gql/graphql';
import { errorMessage } from '../../kernel/apollo/errors';
import { formatDay } from '../../kernel/i18n/format';
import { DayInput } from '../../kernel/ui/DayInput';

type ClientCard = NonNullable<ClientPageQueryQuery['client']>;

const DEPARTMENT: Record<ServiceArea, string> = { TAXES: 'TAX', PAYROLL: 'PAYROLL', PRIMARY_DOCUMENTS: 'PRIMARY_DOCUMENTS' };

function AssignForm({ client, area, today, onDone }: { client: ClientCard; area: ServiceArea; today: string; onDone: () => void }) {
  const { t } = useTranslation();
  const { data } = useQuery(ClientAssigneesQueryDocument);
  const [accountantId, setAccountantId] = useState<string | null>(null);
  const [fromDate, setFromDate] = useState(client.status === 'ONBOARDING' && client.serviceStartDate ? client.serviceStartDate : today);
  const [assign, { loading, error }] = useMutation(AssignClientAreaDocument);
  const people = (data?.users ?? []).filter((u) => u.active && (u.role === 'ACCOUNTANT' || u.role === 'HEAD') && u.department === DEPARTMENT[area]);
  return (
    <Stack gap={4}>
      <Group align="end" gap="xs">
        <Select size="xs" w={220} label={t('clients.card.assignee')} value={accountantId} onChange={setAccountantId} data={people.map((u) => ({ value: u.id, label: u.name }))} data-testid={`assignee-${area}`} />
        <DayInput size="xs" w={130} label={t('clients.card.fromDate')} value={fromDate} onChange={setFromDate} />
        <Button
          size="xs"
          disabled={!accountantId}
          loading={loading}
          data-testid={`assign-${area}`}
          onClick={async () => {
            await assign({ variables: { clientId: client.id, area, accountantId: accountantId!, fromDate } });
            setAccountantId(null);
            onDone();
          }}
        >
          {t('clients.card.assign')}
        </Button>
      </Group>
      {error && <Text size="xs" c="red">{errorMessage(error, t)}</Text>}
    </Stack>
  );
}

/** Who holds each area today, the assignment form for those the viewer may assign, and the history. */
export function ClientAreas({ client, today, onChanged }: { client: ClientCard; today: string; onChanged: () => void }) {
  const { t } = useTranslation();
  return (
    <Card withBorder>
      <Stack>
        <Title order={4}>{t('clients.card.areas')}</Title>
        {client.areas.map((a) => (
          <Stack key={a.area} gap={4} data-testid={`area-${a.area}`}>
            <Text fw={500}>
              {t(`clients.area.${a.area}`)}:{' '}
              {a.accountant ? `${a.accountant.name}${a.since ? ` (${t('clients.card.since', { date: formatDay(a.since) })})` : ''}` : a.served ? t('clients.card.nobody') : t('clients.card.notServed')}
            </Text>
            {a.viewerCanAssign && client.status !== 'TERMINATED' && <AssignForm client={client} area={a.area} today={today} onDone={onChanged} />}
          </Stack>
        ))}
        {client.assignments.length > 0 && (
          <>
            <Title order={5}>{t('clients.card.history')}</Title>
            <Table>
              <Table.Tbody>
                {client.assignments.map((h) => (
                  <Table.Tr key={h.id}>
                    <Table.Td>{t(`clients.area.${h.area}`)}</Table.Td>
                    <Table.Td>{h.accountant.name}</Table.Td>
                    <Table.Td>
                      {t('clients.card.historyFrom', { from: formatDay(h.fromDate) })}
                      {h.toDate ? ` ${t('clients.card.historyTo', { to: formatDay(h.toDate) })}` : ''}
                    </Table.Td>
                    <Table.Td>{h.assignedBy ? t('clients.card.historyBy', { name: h.assignedBy.name }) : ''}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </>
        )}
      </Stack>
    </Card>
  );
}

export function AcceptClientSection({ client, today, onAccepted }: { client: ClientCard; today: string; onAccepted: () => void }) {
  const { t } = useTranslation();
  const [activeFrom, setActiveFrom] = useState(client.serviceStartDate ?? today);
  const [accept, { loading, error }] = useMutation(AcceptClientDocument);
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Text size="sm">{t('clients.card.acceptHint')}</Text>
        <Group align="end">
          <DayInput w={150} label={t('clients.card.activeFrom')} value={activeFrom} onChange={setActiveFrom} />
          <Button
            loading={loading}
            data-testid="accept-client"
            onClick={async () => {
              await accept({ variables: { id: client.id, version: client.version, activeFrom } });
              onAccepted();
            }}
          >
            {t('clients.card.accept')}
          </Button>
        </Group>
        {error && <Alert color="red">{errorMessage(error, t)}</Alert>}
      </Stack>
    </Card>
  );
}
