import type { MailboxInput, MailSettings_MailboxFragment, MailTls } from '../../gql/graphql';

/** The mailbox dialog's fields; passwords start empty (an edit keeps the stored ones unless typed). */
export interface MailboxForm {
  label: string;
  address: string;
  senderName: string;
  signature: string;
  smtpHost: string;
  smtpPort: number;
  smtpTls: MailTls;
  smtpUser: string;
  smtpPassword: string;
  imapHost: string;
  imapPort: number;
  imapTls: MailTls;
  imapUser: string;
  imapPassword: string;
  sentFolder: string;
}

export function emptyMailbox(mailbox?: MailSettings_MailboxFragment | null): MailboxForm {
  return {
    label: mailbox?.label ?? '',
    address: mailbox?.address ?? '',
    senderName: mailbox?.senderName ?? '',
    signature: mailbox?.signature ?? '',
    smtpHost: mailbox?.smtpHost ?? '',
    smtpPort: mailbox?.smtpPort ?? 465,
    smtpTls: mailbox?.smtpTls ?? 'TLS',
    smtpUser: mailbox?.smtpUser ?? '',
    smtpPassword: '',
    imapHost: mailbox?.imapHost ?? '',
    imapPort: mailbox?.imapPort ?? 993,
    imapTls: mailbox?.imapTls ?? 'TLS',
    imapUser: mailbox?.imapUser ?? '',
    imapPassword: '',
    sentFolder: mailbox?.sentFolder ?? '',
  };
}

/** What the API takes: a password left empty is left out (the stored one stays). */
export function mailboxInput(form: MailboxForm): MailboxInput {
  const server = (prefix: 'smtp' | 'imap') => ({
    host: form[`${prefix}Host`].trim(),
    port: form[`${prefix}Port`],
    tls: form[`${prefix}Tls`],
    user: form[`${prefix}User`].trim(),
    password: form[`${prefix}Password`] || null,
  });
  return {
    label: form.label.trim(),
    address: form.address.trim(),
    senderName: form.senderName.trim(),
    signature: form.signature,
    smtp: server('smtp'),
    imap: server('imap'),
    sentFolder: form.sentFolder.trim() || null,
  };
}
