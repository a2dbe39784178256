import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Card, Group, Loader, Modal, NumberInput, PasswordInput, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFragment as readFragment } from '../../gql';
import {
  MailCreateMailboxSettingsDocument, MailRemoveMailboxSettingsDocument, MailSaveTemplateDocument, MailSettings_MailboxFragmentDoc, MailSettingsDataDocument, MailTestMailboxSettingsDocument, MailUpdateMailboxSettingsDocument,
  type MailboxInput, type MailSettings_MailboxFragment, type MailTemplateCode, type MailTestMailboxSettingsMutation, type MailTls,
} from '../../gql/graphql';
import { emptyMailbox, mailboxInput, type MailboxForm } from './mailboxForm';

const TLS: MailTls[] = ['TLS', 'STARTTLS', 'NONE'];

/** «Почта»: the firm's mailboxes (owner) with a connection test, and its letter templates. */
export function MailSettingsPage() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(MailSettingsDataDocument);
  const [editing, setEditing] = useState<{ mailbox: MailSettings_MailboxFragment | null } | null>(null);
  if (loading && !data) return <Loader />;
  if (error || !data) return <Alert color="red">{error?.message}</Alert>;
  const mailboxes = data.mailboxes.map((m) => readFragment(MailSettings_MailboxFragmentDoc, m));
  return (
    <Stack data-testid="mail-settings">
      <Group justify="space-between">
        <Title order={2}>{t('mail.settings.title')}</Title>
        <Button onClick={() => setEditing({ mailbox: null })} data-testid="mailbox-add">{t('mail.settings.add')}</Button>
      </Group>
      <Text c="dimmed">{t('mail.settings.intro')}</Text>
      {mailboxes.length === 0 && <Alert>{t('mail.settings.empty')}</Alert>}
      {mailboxes.map((mailbox) => (
        <MailboxCard key={mailbox.id} mailbox={mailbox} onEdit={() => setEditing({ mailbox })} />
      ))}
      <Title order={3}>{t('mail.templates.title')}</Title>
      <Text c="dimmed">{t('mail.templates.intro', { placeholders: data.mailTemplates[0]?.placeholders.map((p) => `{{${p}}}`).join(', ') ?? '' })}</Text>
      {data.mailTemplates.map((template) => (
        <TemplateCard key={template.code} template={template} />
      ))}
      <MailboxDialog editing={editing} onClose={() => setEditing(null)} />
    </Stack>
  );
}

function MailboxCard({ mailbox, onEdit }: { mailbox: MailSettings_MailboxFragment; onEdit: () => void }) {
  const { t } = useTranslation();
  const [test, { data, loading }] = useMutation(MailTestMailboxSettingsDocument);
  const [remove, removing] = useMutation(MailRemoveMailboxSettingsDocument, { refetchQueries: [MailSettingsDataDocument] });
  return (
    <Card withBorder data-testid="mailbox-card">
      <Stack gap="xs">
        <Group justify="space-between">
          <Stack gap={0}>
            <Text fw={500}>{mailbox.label} &lt;{mailbox.address}&gt;</Text>
            <Text size="sm" c="dimmed">SMTP {mailbox.smtpHost}:{mailbox.smtpPort} ({mailbox.smtpTls}) · IMAP {mailbox.imapHost}:{mailbox.imapPort} ({mailbox.imapTls})</Text>
            {mailbox.lastFetchError && <Text size="sm" c="red">{t('mail.settings.fetchError', { error: mailbox.lastFetchError })}</Text>}
          </Stack>
          <Group gap="xs">
            <Button variant="light" loading={loading} onClick={() => void test({ variables: { id: mailbox.id } })} data-testid="mailbox-test">{t('mail.settings.test')}</Button>
            <Button variant="default" onClick={onEdit}>{t('mail.settings.edit')}</Button>
            <Button variant="subtle" color="red" loading={removing.loading} onClick={() => window.confirm(t('mail.settings.confirmRemove')) && void remove({ variables: { id: mailbox.id } })}>{t('mail.settings.remove')}</Button>
          </Group>
        </Group>
        {data && <TestResult result={data.testMailbox} />}
      </Stack>
    </Card>
  );
}

function TestResult({ result }: { result: MailTestMailboxSettingsMutation['testMailbox'] }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} data-testid="mailbox-test-result">
      {(['smtp', 'imap'] as const).map((protocol) => {
        const check = result[protocol];
        return (
          <Group key={protocol} gap="xs" wrap="nowrap">
            <Badge color={check.ok ? 'green' : 'red'}>{protocol.toUpperCase()}</Badge>
            <Text size="sm">{check.ok ? t('mail.settings.ok') : `${t(`mail.stages.${check.stage ?? 'PROTOCOL'}`)}: ${check.message ?? ''}`}</Text>
          </Group>
        );
      })}
    </Stack>
  );
}

function MailboxDialog({ editing, onClose }: { editing: { mailbox: MailSettings_MailboxFragment | null } | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<MailboxForm>(emptyMailbox());
  const [openedFor, setOpenedFor] = useState<unknown>(null);
  const [create, creating] = useMutation(MailCreateMailboxSettingsDocument, { refetchQueries: [MailSettingsDataDocument] });
  const [update, updating] = useMutation(MailUpdateMailboxSettingsDocument);
  if (editing && openedFor !== editing) {
    setOpenedFor(editing);
    setForm(emptyMailbox(editing.mailbox));
  }
  const isNew = !editing?.mailbox;
  const set = (patch: Partial<MailboxForm>) => setForm({ ...form, ...patch });
  const save = async () => {
    const input: MailboxInput = mailboxInput(form);
    if (editing?.mailbox) await update({ variables: { id: editing.mailbox.id, input } });
    else await create({ variables: { input } });
    onClose();
  };
  const error = creating.error ?? updating.error;
  const server = (prefix: 'smtp' | 'imap') => (
    <Stack gap="xs">
      <Text fw={500}>{t(`mail.settings.${prefix}`)}</Text>
      <TextInput label={t('mail.settings.host')} value={form[`${prefix}Host`]} onChange={(e) => set({ [`${prefix}Host`]: e.currentTarget.value })} required />
      <Group grow>
        <NumberInput label={t('mail.settings.port')} value={form[`${prefix}Port`]} onChange={(v) => set({ [`${prefix}Port`]: Number(v) || 0 })} min={1} max={65535} />
        <Select label={t('mail.settings.tls')} data={TLS.map((v) => ({ value: v, label: t(`mail.tls.${v}`) }))} value={form[`${prefix}Tls`]} onChange={(v) => set({ [`${prefix}Tls`]: (v ?? 'TLS') as MailTls })} allowDeselect={false} />
      </Group>
      <TextInput label={t('mail.settings.user')} value={form[`${prefix}User`]} onChange={(e) => set({ [`${prefix}User`]: e.currentTarget.value })} required />
      <PasswordInput label={t('mail.settings.password')} description={isNew ? undefined : t('mail.settings.passwordKept')} value={form[`${prefix}Password`]} onChange={(e) => set({ [`${prefix}Password`]: e.currentTarget.value })} required={isNew} />
    </Stack>
  );
  return (
    <Modal opened={editing !== null} onClose={onClose} title={t(isNew ? 'mail.settings.add' : 'mail.settings.edit')} size="xl">
      <Stack>
        <Group grow>
          <TextInput label={t('mail.settings.label')} value={form.label} onChange={(e) => set({ label: e.currentTarget.value })} required />
          <TextInput label={t('mail.settings.address')} value={form.address} onChange={(e) => set({ address: e.currentTarget.value })} required />
        </Group>
        <TextInput label={t('mail.settings.senderName')} value={form.senderName} onChange={(e) => set({ senderName: e.currentTarget.value })} required />
        <Textarea label={t('mail.settings.signature')} value={form.signature} onChange={(e) => set({ signature: e.currentTarget.value })} autosize minRows={2} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {server('smtp')}
          {server('imap')}
        </SimpleGrid>
        <TextInput label={t('mail.settings.sentFolder')} description={t('mail.settings.sentFolderHint')} value={form.sentFolder} onChange={(e) => set({ sentFolder: e.currentTarget.value })} />
        {error && <Alert color="red">{error.message}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button onClick={() => void save().catch(() => undefined)} loading={creating.loading || updating.loading} data-testid="mailbox-save">{t('mail.actions.save')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function TemplateCard({ template }: { template: { code: MailTemplateCode; name: string; subject: string; body: string; edited: boolean } }) {
  const { t } = useTranslation();
  const [subject, setSubject] = useState(template.subject);
  const [body, setBody] = useState(template.body);
  const [save, { loading, error }] = useMutation(MailSaveTemplateDocument);
  return (
    <Card withBorder data-testid="mail-template">
      <Stack gap="xs">
        <Group gap="xs">
          <Text fw={500}>{template.name}</Text>
          {!template.edited && <Badge variant="light">{t('mail.templates.default')}</Badge>}
        </Group>
        <TextInput label={t('mail.compose.subject')} value={subject} onChange={(e) => setSubject(e.currentTarget.value)} maxLength={500} />
        <Textarea label={t('mail.compose.body')} value={body} onChange={(e) => setBody(e.currentTarget.value)} autosize minRows={4} />
        {error && <Alert color="red">{error.message}</Alert>}
        <Group justify="flex-end">
          <Button variant="light" loading={loading} disabled={!subject.trim() || !body.trim()} onClick={() => void save({ variables: { code: template.code, subject, body } }).catch(() => undefined)}>
            {t('mail.actions.save')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
