import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Card, Group, Loader, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useFragment as readFragment } from '../../gql';
import { ClientObligationsQueryDocument, ClientPageQueryDocument, ObligationRowFragmentDoc } from '../../gql/graphql';
import { errorMessage } from '../../kernel/apollo/errors';
import { ClientContracts } from '../contracts';
import { ClientTimeline } from '../correspondence';
import { formatDay } from '../../kernel/i18n/format';
import { AcceptClientSection, ClientAreas } from './ClientAreas';
import { ClientProfileForm } from './ClientProfileForm';
import { ClientStatusControl } from './ClientStatusControl';
import { ObligationsTable } from './ObligationsTable';
import { ScheduleDiffDialog } from './ScheduleDiffDialog';

/** Today on this computer's calendar: only a default for date fields, the server decides what counts. */
const localToday = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

/** The client card: profile, accountants per area with history, acceptance, obligations and the calendar diff. */
export function ClientPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, error, loading, refetch: refetchCard } = useQuery(ClientPageQueryDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const listed = useQuery(ClientObligationsQueryDocument, { variables: { id, first: 200 }, fetchPolicy: 'cache-and-network' });
  const refetch = () => Promise.all([refetchCard(), listed.refetch()]);
  const [editing, setEditing] = useState(false);
  const [diffOpen, setDiffOpen] = useState(false);
  const client = data?.client;
  const today = localToday();
  if (error) return <Alert color="red">{t('common.loadError', { message: errorMessage(error, t) })}</Alert>;
  if (loading && !client) return <Loader />;
  if (!client) return null;
  const yesNo = (value: boolean | null | undefined) => (value ? t('clients.card.yes') : t('clients.card.no'));
  const facts: [string, string][] = [
    [t('clients.form.legalForm'), t(`leads.legalForms.${client.legalForm}`)],
    [t('clients.card.inn'), client.inn ?? '—'],
    [t('clients.card.kpp'), client.kpp ?? '—'],
    [t('clients.card.ogrn'), client.ogrn ?? '—'],
    [t('clients.card.region'), client.regionCode ?? '—'],
    [t('clients.card.okved'), client.okvedCode ?? '—'],
    [t('clients.card.regime'), t(`leads.regimes.${client.taxRegime}`)],
    [t('clients.card.vatPayer'), yesNo(client.vatPayer)],
    [t('clients.card.hasEmployees'), client.hasEmployees ? `${yesNo(true)}${client.headcount ? `, ${client.headcount}` : ''}` : yesNo(false)],
    ...(client.profitAdvances ? [[t('clients.card.profitAdvances'), t(`clients.profitAdvances.${client.profitAdvances}`)] as [string, string]] : []),
    [t('clients.card.hasProperty'), yesNo(client.hasProperty)],
    [t('clients.card.hasTransport'), yesNo(client.hasTransport)],
    [t('clients.card.hasLand'), yesNo(client.hasLand)],
    ...client.patents.map((p) => [t('clients.form.patent'), `${formatDay(p.startDate)} — ${formatDay(p.endDate)}${p.region ? ` (${p.region})` : ''}`] as [string, string]),
    [t('clients.card.serviceStart'), client.serviceStartDate ? formatDay(client.serviceStartDate) : '—'],
    [t('clients.form.serviceAreas'), client.serviceAreas.map((a) => t(`clients.area.${a}`)).join(', ') || '—'],
    ...client.contacts.map((c) => [t('clients.form.contact'), [c.name, c.position, c.phone, c.email].filter(Boolean).join(', ')] as [string, string]),
  ];
  const obligations = (listed.data?.client.obligations.edges ?? []).map((e) => readFragment(ObligationRowFragmentDoc, e.node));
  const accepted = client.status !== 'ONBOARDING';
  return (
    <Stack>
      <Group justify="space-between">
        <Stack gap={0}>
          <Title order={2} data-testid="client-title">{client.shortName}</Title>
          <Text c="dimmed" size="sm">{client.fullName}</Text>
        </Stack>
        <Group>
          <Badge size="lg" variant="light" color={client.status === 'ACTIVE' ? 'green' : 'gray'} data-testid="client-status">
            {t(`clients.status.${client.status}`)}
            {client.statusSince ? ` ${t('clients.card.since', { date: formatDay(client.statusSince) })}` : ''}
          </Badge>
          {client.viewerCanEdit && <ClientStatusControl client={client} today={today} onChanged={() => void refetch()} />}
          {client.lead && (
            <Anchor component={Link} to={`/leads/${client.lead.id}`} size="sm">{t('clients.card.fromLead')}: {client.lead.companyName}</Anchor>
          )}
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Stack gap="xs">
            <Group justify="space-between">
              <Title order={4}>{t('clients.card.profile')}</Title>
              {client.viewerCanEdit && !editing && (
                <Group gap="xs">
                  {accepted && <Button size="xs" variant="subtle" onClick={() => setDiffOpen(true)}>{t('clients.diff.check')}</Button>}
                  <Button size="xs" variant="default" onClick={() => setEditing(true)} data-testid="edit-client">{t('clients.card.edit')}</Button>
                </Group>
              )}
            </Group>
            {editing ? (
              <ClientProfileForm
                client={client}
                onCancel={() => setEditing(false)}
                onSaved={(scheduleChanged) => {
                  setEditing(false);
                  void refetch();
                  if (accepted && scheduleChanged) setDiffOpen(true);
                }}
              />
            ) : (
              facts.map(([label, value], i) => (
                <Group key={i} justify="space-between" gap="xs">
                  <Text size="sm" c="dimmed">{label}</Text>
                  <Text size="sm">{value}</Text>
                </Group>
              ))
            )}
          </Stack>
        </Card>
        <ClientAreas client={client} today={today} onChanged={() => void refetch()} />
      </SimpleGrid>
      {client.status === 'ONBOARDING' && client.viewerCanEdit && <AcceptClientSection client={client} today={today} onAccepted={() => void refetch()} />}
      <ClientContracts clientId={client.id} />
      <Tabs defaultValue="obligations" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="obligations">{t('clients.card.obligations')}</Tabs.Tab>
          <Tabs.Tab value="timeline" data-testid="client-timeline-tab">{t('correspondence.clientTab')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="obligations" pt="md">
          {obligations.length ? (
            <Stack gap="xs">
              <Text size="sm" c="dimmed">{t('clients.card.obligationsCount', { count: listed.data?.client.obligations.totalCount ?? 0 })}</Text>
              <ObligationsTable rows={obligations} showOwner />
            </Stack>
          ) : (
            <Text c="dimmed">{t('clients.card.noObligations')}</Text>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="timeline" pt="md">
          <ClientTimeline clientId={client.id} />
        </Tabs.Panel>
      </Tabs>
      <ScheduleDiffDialog
        clientId={client.id}
        opened={diffOpen}
        onClose={() => setDiffOpen(false)}
        onApplied={() => {
          setDiffOpen(false);
          void refetch();
        }}
      />
    </Stack>
  );
}
