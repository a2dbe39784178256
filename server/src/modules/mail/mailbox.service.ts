import type { EntityManager } from '@mikro-orm/postgresql';
import { fieldError, forbidden, notFound } from '../../graphql/errors.js';
import type { SignedInScope } from '../../graphql/scope.js';
import { actorOf } from '../auth/principal.js';
import { recordedTransaction } from '../events/event-log.js';
import { Mailbox } from './mail.entity.js';
import { MAIL_TOPIC } from './mail.events.js';
import type { MailboxInput } from './mail.inputs.js';
import { checkImap, checkSmtp, type MailboxCheck, type ServerAccess } from './mail-connect.js';
import type { MailSecrets } from './mail-crypto.js';
import { MAILBOX_ADMINS } from './mail.policy.js';

const SETTINGS = ['label', 'address', 'senderName', 'signature', 'smtpHost', 'smtpPort', 'smtpTls', 'smtpUser', 'imapHost', 'imapPort', 'imapTls', 'imapUser', 'sentFolder'] as const;

/** The firm's mailboxes: connected by the owner, their passwords sealed, tested on demand. */
export class MailboxService {
  constructor(readonly secrets: MailSecrets) {}

  private admin(scope: SignedInScope): void {
    if (!MAILBOX_ADMINS.includes(scope.principal.role)) throw forbidden('Only the owner connects and changes the firm’s mailboxes');
  }

  list(scope: SignedInScope): Promise<Mailbox[]> {
    return scope.em.find(Mailbox, {}, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  async get(em: EntityManager, id: string): Promise<Mailbox> {
    const mailbox = await em.findOne(Mailbox, { id });
    if (!mailbox) throw notFound('Mailbox');
    return mailbox;
  }

  /** The SMTP and IMAP access of a mailbox, passwords opened for the connection's life. */
  smtpAccess(mailbox: Mailbox): ServerAccess {
    return { host: mailbox.smtpHost, port: mailbox.smtpPort, tls: mailbox.smtpTls, user: mailbox.smtpUser, password: this.secrets.open(mailbox.smtpPasswordSealed) };
  }

  imapAccess(mailbox: Mailbox): ServerAccess {
    return { host: mailbox.imapHost, port: mailbox.imapPort, tls: mailbox.imapTls, user: mailbox.imapUser, password: this.secrets.open(mailbox.imapPasswordSealed) };
  }

  private settingsOf(input: MailboxInput) {
    return {
      label: input.label.trim(),
      address: input.address.trim().toLowerCase(),
      senderName: input.senderName.trim(),
      signature: input.signature.trim(),
      smtpHost: input.smtp.host.trim().toLowerCase(),
      smtpPort: input.smtp.port,
      smtpTls: input.smtp.tls,
      smtpUser: input.smtp.user.trim(),
      imapHost: input.imap.host.trim().toLowerCase(),
      imapPort: input.imap.port,
      imapTls: input.imap.tls,
      imapUser: input.imap.user.trim(),
      sentFolder: input.sentFolder?.trim() || null,
    };
  }

  async create(scope: SignedInScope, input: MailboxInput): Promise<Mailbox> {
    this.admin(scope);
    if (!input.smtp.password) throw fieldError('input.smtp.password', 'A new mailbox needs its SMTP password', 'REQUIRED');
    if (!input.imap.password) throw fieldError('input.imap.password', 'A new mailbox needs its IMAP password', 'REQUIRED');
    const { principal } = scope;
    return recordedTransaction(scope.em, actorOf(principal), async (tx) => {
      const mailbox = tx.em.create(Mailbox, {
        firm: principal.firmId,
        ...this.settingsOf(input),
        smtpPasswordSealed: this.secrets.seal(input.smtp.password!),
        imapPasswordSealed: this.secrets.seal(input.imap.password!),
      });
      tx.record({ topic: MAIL_TOPIC, type: 'MAILBOX_ADDED', subjectType: 'Mailbox', subjectId: mailbox.id, data: { label: mailbox.label, address: mailbox.address } });
      return mailbox;
    });
  }

  async update(scope: SignedInScope, id: string, input: MailboxInput): Promise<Mailbox> {
    this.admin(scope);
    const mailbox = await this.get(scope.em, id);
    return recordedTransaction(scope.em, actorOf(scope.principal), async (tx) => {
      const next = this.settingsOf(input);
      const fields: string[] = SETTINGS.filter((key) => mailbox[key] !== next[key]);
      const serverChanged = mailbox.imapHost !== next.imapHost || mailbox.imapUser !== next.imapUser;
      tx.em.assign(mailbox, next);
      if (input.smtp.password) {
        mailbox.smtpPasswordSealed = this.secrets.seal(input.smtp.password);
        fields.push('smtpPassword');
      }
      if (input.imap.password) {
        mailbox.imapPasswordSealed = this.secrets.seal(input.imap.password);
        fields.push('imapPassword');
      }
      // another account's UIDs mean nothing here: fetch it from its start
      if (serverChanged) Object.assign(mailbox, { uidValidity: null, lastUid: '0' });
      tx.record({ topic: MAIL_TOPIC, type: 'MAILBOX_CHANGED', subjectType: 'Mailbox', subjectId: mailbox.id, data: { label: mailbox.label, address: mailbox.address, fields } });
      return mailbox;
    });
  }

  /** Removes a mailbox; its letters stay on the timelines. */
  async remove(scope: SignedInScope, id: string): Promise<boolean> {
    this.admin(scope);
    const mailbox = await this.get(scope.em, id);
    await recordedTransaction(scope.em, actorOf(scope.principal), async (tx) => {
      tx.record({ topic: MAIL_TOPIC, type: 'MAILBOX_REMOVED', subjectType: 'Mailbox', subjectId: mailbox.id, data: { label: mailbox.label, address: mailbox.address } });
      tx.em.remove(mailbox);
    });
    return true;
  }

  /** Connects to both servers with the stored settings and says what failed, per protocol; remembers the Sent folder the server names. */
  async test(scope: SignedInScope, id: string): Promise<MailboxCheck> {
    this.admin(scope);
    const mailbox = await this.get(scope.em, id);
    const [smtp, imap] = await Promise.all([checkSmtp(this.smtpAccess(mailbox)), checkImap(this.imapAccess(mailbox))]);
    if (imap.sentFolder && !mailbox.sentFolder) {
      await scope.em.getConnection().execute('update mailbox set sent_folder = ? where firm_id = ? and id = ? and sent_folder is null', [imap.sentFolder, scope.principal.firmId, mailbox.id]);
    }
    return { smtp, imap: imap.check, sentFolder: mailbox.sentFolder ?? imap.sentFolder };
  }
}
