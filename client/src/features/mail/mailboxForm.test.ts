import { describe, expect, it } from 'vitest';
import { emptyMailbox, mailboxInput } from './mailboxForm';

describe('the mailbox form', () => {
  it('starts a new mailbox on the usual TLS ports', () => {
    expect(emptyMailbox()).toMatchObject({ smtpPort: 465, smtpTls: 'TLS', imapPort: 993, imapTls: 'TLS', smtpPassword: '' });
  });

  it('leaves out passwords not typed, so the stored ones stay', () => {
    const form = { ...emptyMailbox(), label: ' Общий ', address: 'office@balans.ru', senderName: 'Баланс', smtpHost: 'smtp.yandex.ru', smtpUser: 'office', imapHost: 'imap.yandex.ru', imapUser: 'office', imapPassword: 'секрет' };
    const input = mailboxInput(form);
    expect(input.label).toBe('Общий');
    expect(input.smtp.password).toBeNull();
    expect(input.imap.password).toBe('секрет');
    expect(input.sentFolder).toBeNull();
  });
});
