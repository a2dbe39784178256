import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Group, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MailAssignLetterDocument, MailTriageDataDocument, MailTriageOwnersDocument, type MailMessage_MessageFragment } from '../../gql/graphql';
import { EmailView } from './EmailView';

/** «Разбор почты»: letters nobody could attach to a lead or client, each assigned by a person. */
export function MailTriagePage() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const { data, loading, error } = useQuery(MailTriageDataDocument);
  const found = useQuery(MailTriageOwnersDocument, { variables: { search: search.trim() || null } });
  const candidates = found.data ?? found.previousData;
  if (!data && loading) return <Loader />;
  if (error || !data) return <Alert color="red">{error?.message}</Alert>;
  const owners = [
    ...(candidates?.clients.edges ?? []).map((e) => ({ value: `client:${e.node.id}`, label: t('mail.triage.client', { name: e.node.shortName }) })),
    ...(candidates?.leads.edges ?? []).map((e) => ({ value: `lead:${e.node.id}`, label: t('mail.triage.lead', { name: e.node.companyName }) })),
  ];
  const letters = data.mailTriage.edges;
  return (
    <Stack data-testid="mail-triage">
      <Title order={2}>{t('mail.triage.title')}</Title>
      <Text c="dimmed">{t('mail.triage.intro')}</Text>
      {letters.length === 0 && <Alert>{t('mail.triage.empty')}</Alert>}
      {letters.map(({ node }) => (
        <TriageLetter key={node.id} message={node} owners={owners} onSearch={setSearch} />
      ))}
    </Stack>
  );
}

function TriageLetter({ message: letter, owners, onSearch }: { message: MailMessage_MessageFragment; owners: { value: string; label: string }[]; onSearch: (text: string) => void }) {
  const { t } = useTranslation();
  const [owner, setOwner] = useState<string | null>(null);
  const [assign, { loading, error }] = useMutation(MailAssignLetterDocument, { refetchQueries: [MailTriageDataDocument] });
  const submit = () => {
    if (!owner) return;
    const [kind, id] = owner.split(':');
    void assign({ variables: { id: letter.id, leadId: kind === 'lead' ? id : null, clientId: kind === 'client' ? id : null } }).catch(() => undefined);
  };
  return (
    <Card withBorder data-testid="triage-letter">
      <Stack gap="xs">
        <Text fw={500}>{letter.subject || t('mail.view.noSubject')}</Text>
        <EmailView message={letter} />
        <Group align="flex-end">
          <Select label={t('mail.triage.assignTo')} placeholder={t('mail.triage.searchPlaceholder')} data={owners} value={owner} onChange={setOwner} searchable onSearchChange={onSearch} nothingFoundMessage={t('mail.triage.nothingFound')} style={{ flex: 1 }} data-testid="triage-owner" />
          <Button onClick={submit} disabled={!owner} loading={loading} data-testid="triage-assign">{t('mail.triage.assign')}</Button>
        </Group>
        {error && <Alert color="red">{error.message}</Alert>}
      </Stack>
    </Card>
  );
}
