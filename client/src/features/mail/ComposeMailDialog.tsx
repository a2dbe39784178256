import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, FileInput, Group, Modal, Select, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MailComposeDataDocument, MailDraftFillDocument, MailSendLetterDocument, type MailMessage_MessageFragment, type MailTemplateCode } from '../../gql/graphql';
import { fileToBase64 } from './download';

/** What the dialog starts from: a new letter, or a reply to / forward of a letter. */
export interface ComposeStart {
  replyTo?: MailMessage_MessageFragment | null;
  forward?: MailMessage_MessageFragment | null;
}

interface ComposeMailDialogProps {
  subject: { leadId?: string | null; clientId?: string | null };
  start: ComposeStart | null;
  onClose: () => void;
  onSent?: () => void;
}

const MAX_FILE = 10 * 1024 * 1024;

/** Writes a letter to the lead's or client's contacts from one of the firm's mailboxes; a template fills it in. */
export function ComposeMailDialog({ subject, start, onClose, onSent }: ComposeMailDialogProps) {
  const { t } = useTranslation();
  const opened = start !== null;
  const variables = { leadId: subject.leadId ?? null, clientId: subject.clientId ?? null };
  const { data } = useQuery(MailComposeDataDocument, { variables, skip: !opened });
  const [fill] = useLazyQuery(MailDraftFillDocument, { fetchPolicy: 'network-only' });
  const [send, { loading, error, reset }] = useMutation(MailSendLetterDocument, { refetchQueries: ['LeadTimelineQuery'] });
  const [mailboxId, setMailboxId] = useState<string | null>(null);
  const [to, setTo] = useState<string[]>([]);
  const [cc, setCc] = useState<string[]>([]);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [tooLarge, setTooLarge] = useState(false);

  useEffect(() => {
    if (!opened) return;
    reset();
    const original = start?.replyTo ?? start?.forward ?? null;
    setTo(start?.replyTo ? [start.replyTo.from.address] : []);
    setCc([]);
    setTitle(original?.subject ?? '');
    setBody('');
    setFiles([]);
    setTooLarge(false);
  }, [opened, start]);

  useEffect(() => {
    if (!data) return;
    setMailboxId((current) => current ?? data.mailboxes[0]?.id ?? null);
    if (!start?.replyTo && !start?.forward) setTo((current) => (current.length ? current : data.mailRecipients.map((a) => a.address)));
  }, [data, start]);

  const applyTemplate = async (code: string | null) => {
    if (!code) return;
    const filled = (await fill({ variables: { ...variables, template: code as MailTemplateCode } })).data?.mailDraft;
    if (!filled) return;
    setTitle(filled.subject);
    setBody(filled.body);
    if (!to.length) setTo(filled.to.map((a) => a.address));
  };

  const submit = async () => {
    if (!mailboxId) return;
    const attachments = await Promise.all(files.map(async (file) => ({ filename: file.name, contentType: file.type || 'application/octet-stream', contentBase64: await fileToBase64(file) })));
    await send({
      variables: {
        input: { ...variables, mailboxId, to, cc, subject: title, body, attachments, replyToId: start?.replyTo?.id ?? null, forwardOfId: start?.forward?.id ?? null },
      },
    });
    onSent?.();
    onClose();
  };

  const noMailbox = data && data.mailboxes.length === 0;
  const heading = start?.replyTo ? t('mail.compose.replyTitle') : start?.forward ? t('mail.compose.forwardTitle') : t('mail.compose.title');

  return (
    <Modal opened={opened} onClose={onClose} title={heading} size="lg" data-testid="compose-mail">
      {noMailbox ? (
        <Alert color="yellow">{t('mail.compose.noMailbox')}</Alert>
      ) : (
        <Stack>
          <Group grow>
            <Select label={t('mail.compose.mailbox')} data={(data?.mailboxes ?? []).map((m) => ({ value: m.id, label: `${m.label} <${m.address}>` }))} value={mailboxId} onChange={setMailboxId} allowDeselect={false} />
            {!start?.replyTo && !start?.forward && (
              <Select label={t('mail.compose.template')} placeholder={t('mail.compose.noTemplate')} data={(data?.mailTemplates ?? []).map((m) => ({ value: m.code, label: m.name }))} onChange={(code) => void applyTemplate(code)} clearable data-testid="compose-template" />
            )}
          </Group>
          <TagsInput label={t('mail.compose.to')} value={to} onChange={setTo} data={(data?.mailRecipients ?? []).map((a) => a.address)} splitChars={[',', ' ', ';']} data-testid="compose-to" />
          <TagsInput label={t('mail.compose.cc')} value={cc} onChange={setCc} splitChars={[',', ' ', ';']} />
          <TextInput label={t('mail.compose.subject')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} required maxLength={500} data-testid="compose-subject" />
          <Textarea label={t('mail.compose.body')} value={body} onChange={(e) => setBody(e.currentTarget.value)} autosize minRows={8} maxRows={20} description={t('mail.compose.signatureNote')} data-testid="compose-body" />
          <FileInput
            label={t('mail.compose.attachments')}
            description={start?.forward?.attachments.length ? t('mail.compose.forwardedFiles', { count: start.forward.attachments.length }) : t('mail.compose.limit')}
            multiple
            clearable
            value={files}
            onChange={(chosen) => {
              setTooLarge(chosen.some((f) => f.size > MAX_FILE));
              setFiles(chosen.filter((f) => f.size <= MAX_FILE));
            }}
          />
          {tooLarge && <Alert color="yellow">{t('mail.compose.tooLarge')}</Alert>}
          {error && <Alert color="red">{error.message}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button onClick={() => void submit().catch(() => undefined)} loading={loading} disabled={!mailboxId || !to.length || !title.trim()} data-testid="compose-send">
              {t('mail.actions.send')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
