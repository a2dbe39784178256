import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Group, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFragment as readFragment } from '../../gql';
import { MailAssignLetterDocument, MailMessage_MessageFragmentDoc, MailTriageDataDocument } from '../../gql/graphql';
import { EmailView } from './EmailView';

/** «Разбор почты»: letters nobody could attach to a lead or client, each assigned by a person. */
export function MailTriagePage() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const { data, previousData, loading, error } = useQuery(MailTriageDataDocument, { variables: { search: search.trim() || null } });
  const shown = data ?? previousData;
  if (!shown && loading) return <Loader />;
  if (error && !shown) return <Alert color="red">{error.message}</Alert>;
  const owners = [
    ...(shown?.clients.edges ?? []).map((e) => ({ value: `client:${e.node.id}`, label: t('mail.triage.client', { name: e.node.shortName }) })),
    ...(shown?.leads.edges ?? []).map((e) => ({ value: `lead:${e.node.id}`, label: t('mail.triage.lead', { name: e.node.companyName }) })),
  ];
  const letters = shown?.mailTriage.edges ?? [];
  return (
    <Stack data-testid="mail-triage">
      <Title order={2}>{t('mail.triage.title')}</Title>
      <Text c="dimmed">{t('mail.triage.intro')}</Text>
      {letters.length === 0 && <Alert>{t('mail.triage.empty')}</Alert>}
      {letters.map(({ node }) => (
        <TriageLetter key={readFragment(MailMessage_MessageFragmentDoc, node).id} message={node} owners={owners} onSearch={setSearch} />
      ))}
    </Stack>
  );
}

function TriageLetter({ message, owners, onSearch }: { message: Parameters<typeof EmailView>[0]['message']; owners: { value: string; label: string }[]; onSearch: (text: string) => void }) {
  const { t } = useTranslation();
  const letter = readFragment(MailMessage_MessageFragmentDoc, message);
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
        <EmailView message={message} />
        <Group align="flex-end">
          <Select label={t('mail.triage.assignTo')} placeholder={t('mail.triage.searchPlaceholder')} data={owners} value={owner} onChange={setOwner} searchable onSearchChange={onSearch} nothingFoundMessage={t('mail.triage.nothingFound')} style={{ flex: 1 }} data-testid="triage-owner" />
          <Button onClick={submit} disabled={!owner} loading={loading} data-testid="triage-assign">{t('mail.triage.assign')}</Button>
        </Group>
        {error && <Alert color="red">{error.message}</Alert>}
      </Stack>
    </Card>
  );
}
