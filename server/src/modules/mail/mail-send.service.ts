import { randomUUID } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { EntityManager } from '@mikro-orm/postgresql';
import { fieldError, forbidden, notFound } from '../../graphql/errors.js';
import type { SignedInScope } from '../../graphql/scope.js';
import type { Logger } from '../../logger.js';
import { Firm } from '../auth/firm.entity.js';
import { actorOf } from '../auth/principal.js';
import { User } from '../auth/user.entity.js';
import { Client } from '../clients/client.entity.js';
import { ContactDirection } from '../correspondence/correspondence.enums.js';
import { readableSubject, writableSubject, type TimelineSubject } from '../correspondence/timeline-subject.js';
import { recordedTransaction } from '../events/event-log.js';
import { Lead } from '../leads/lead.entity.js';
import { MailAddress, MailAttachment, MailMessage, MailTemplateText, type Mailbox } from './mail.entity.js';
import { MailMatch, MailTemplateCode } from './mail.enums.js';
import { MAIL_TOPIC } from './mail.events.js';
import type { MailDraftArgs, SendMailInput, UpdateMailTemplateArgs } from './mail.inputs.js';
import { imapClient, smtpTransport } from './mail-connect.js';
import { MAILBOX_ADMINS, MAX_ATTACHMENT_BYTES, MAX_LETTER_ATTACHMENTS_BYTES } from './mail.policy.js';
import { addEmailEntry } from './mail-timeline.js';
import { DEFAULT_TEMPLATES, fillTemplate, type TemplateValues } from './mail-templates.js';
import type { MailboxService } from './mailbox.service.js';

/** A letter template as the firm uses it: its own text, or the default. */
export interface MailTemplateData {
  code: MailTemplateCode;
  name: string;
  subject: string;
  body: string;
  edited: boolean;
}

/** A letter ready to edit in the compose dialog: a template filled for a lead or client, and who to send it to. */
export interface MailDraftData {
  subject: string;
  body: string;
  to: MailAddress[];
}

const withPrefix = (prefix: string, subject: string) => (new RegExp(`^${prefix}:`, 'i').test(subject.trim()) ? subject.trim() : `${prefix}: ${subject.trim()}`);

/** A bracketed Message-ID on the mailbox's own domain. */
const newMessageId = (address: string) => `<${randomUUID()}@${address.split('@')[1] ?? 'localhost'}>`;

const quote = (message: MailMessage) =>
  `\n\n${message.sentAt.toISOString().slice(0, 10)}, ${message.from.name || message.from.address} <${message.from.address}>:\n` +
  message.text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');

/** Letters from the firm's mailboxes: templates, drafts for a lead or client, sending with its copy in Sent. */
export class MailSendService {
  constructor(private readonly mailboxes: MailboxService) {}

  /** The firm's three templates, its own texts where it wrote them. */
  async templates(em: EntityManager): Promise<MailTemplateData[]> {
    const own = new Map((await em.find(MailTemplateText, {})).map((t) => [t.code, t]));
    return Object.values(MailTemplateCode).map((code) => {
      const text = own.get(code);
      const fallback = DEFAULT_TEMPLATES[code];
      return { code, name: fallback.name, subject: text?.subject ?? fallback.subject, body: text?.body ?? fallback.body, edited: Boolean(text) };
    });
  }

  async updateTemplate(scope: SignedInScope, args: UpdateMailTemplateArgs): Promise<MailTemplateData> {
    if (!MAILBOX_ADMINS.includes(scope.principal.role)) throw forbidden('Only the owner edits the firm’s letter templates');
    const { principal } = scope;
    await recordedTransaction(scope.em, actorOf(principal), async (tx) => {
      await tx.em.getConnection().execute(
        `insert into mail_template (id, firm_id, code, subject, body, updated_by_id, updated_at) values (?, ?, ?, ?, ?, ?, now())
         on conflict (firm_id, code) do update set subject = excluded.subject, body = excluded.body, updated_by_id = excluded.updated_by_id, updated_at = now()`,
        [randomUUID(), principal.firmId, args.code, args.subject.trim(), args.body, principal.userId],
        'run',
        tx.em.getTransactionContext(),
      );
      tx.record({ topic: MAIL_TOPIC, type: 'MAIL_TEMPLATE_CHANGED', subjectType: 'MailTemplate', subjectId: args.code, data: { code: args.code, subject: args.subject.trim() } });
    });
    return (await this.templates(scope.em)).find((t) => t.code === args.code)!;
  }

  /** The contacts of a lead or client with an address: the lead's e-mail, the client's contacts. */
  private async contactsOf(em: EntityManager, subject: TimelineSubject): Promise<{ to: MailAddress[]; contactName: string; inn: string }> {
    const [lead, client] = await Promise.all([subject.leadId ? em.findOne(Lead, { id: subject.leadId }) : null, subject.clientId ? em.findOne(Client, { id: subject.clientId }) : null]);
    const to: MailAddress[] = [];
    for (const contact of client?.contacts ?? []) if (contact.email) to.push({ name: contact.name, address: contact.email });
    if (lead?.email && !to.some((a) => a.address.toLowerCase() === lead.email!.toLowerCase())) to.push({ name: null, address: lead.email });
    return { to, contactName: client?.contacts.find((c) => c.email)?.name ?? '', inn: client?.inn ?? lead?.inn ?? '' };
  }

  /** A template filled for a lead or client, addressed to its contacts. */
  async draft(scope: SignedInScope, args: MailDraftArgs): Promise<MailDraftData> {
    const subject = await readableSubject(scope, { leadId: args.leadId, clientId: args.clientId });
    const [template, contacts, firm, user] = await Promise.all([
      this.templates(scope.em).then((all) => all.find((t) => t.code === args.template)!),
      this.contactsOf(scope.em, subject),
      scope.em.findOneOrFail(Firm, { id: scope.principal.firmId }),
      scope.em.findOneOrFail(User, { id: scope.principal.userId }),
    ]);
    const values: TemplateValues = { компания: subject.name, контакт: contacts.contactName || subject.name, инн: contacts.inn, фирма: firm.name, сотрудник: user.name };
    return { subject: fillTemplate(template.subject, values), body: fillTemplate(template.body, values), to: contacts.to };
  }

  /** Suggested recipients for a lead or client. */
  async recipients(scope: SignedInScope, ref: { leadId?: string | null; clientId?: string | null }): Promise<MailAddress[]> {
    const subject = await readableSubject(scope, ref);
    return (await this.contactsOf(scope.em, subject)).to;
  }

  private async original(scope: SignedInScope, id: string, field: string): Promise<MailMessage> {
    const message = await scope.em.findOne(MailMessage, { id });
    if (!message) throw fieldError(field, 'No such letter', 'NOT_FOUND');
    if (message.lead || message.client) await readableSubject(scope, { leadId: message.client ? null : message.lead?.id, clientId: message.client?.id });
    return message;
  }

  /**
   * Sends a letter through the mailbox's SMTP, copies it to its Sent folder where the server lets
   * it, and puts it on the timeline (EMAIL, outgoing) with its attachments. Sending comes first:
   * a letter that went out is never written as unsent.
   */
  async send(scope: SignedInScope, input: SendMailInput): Promise<MailMessage> {
    const { em, principal, clock } = scope;
    const subject = await writableSubject(scope, { leadId: input.leadId, clientId: input.clientId });
    const mailbox = await this.mailboxes.get(em, input.mailboxId).catch(() => {
      throw fieldError('input.mailboxId', 'No such mailbox', 'NOT_FOUND');
    });
    if (!input.to.length) throw fieldError('input.to', 'Name at least one recipient', 'REQUIRED');
    const replyTo = input.replyToId ? await this.original(scope, input.replyToId, 'input.replyToId') : null;
    const forwarded = input.forwardOfId ? await this.original(scope, input.forwardOfId, 'input.forwardOfId') : null;

    const cc = input.cc ?? [];
    const files: { filename: string; contentType: string; content: Buffer }[] = (input.attachments ?? []).map((a, i) => {
      const content = Buffer.from(a.contentBase64, 'base64');
      if (content.length > MAX_ATTACHMENT_BYTES) throw fieldError(`input.attachments.${i}`, `An attachment may be up to ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB`, 'TOO_LARGE');
      return { filename: a.filename.trim(), contentType: a.contentType.trim(), content };
    });
    if (forwarded) {
      const carried = await em.find(MailAttachment, { message: forwarded.id }, { populate: ['content'] as never, orderBy: { filename: 'asc' } });
      files.push(...carried.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })));
    }
    if (files.reduce((sum, f) => sum + f.content.length, 0) > MAX_LETTER_ATTACHMENTS_BYTES) {
      throw fieldError('input.attachments', `A letter's attachments may be up to ${MAX_LETTER_ATTACHMENTS_BYTES / 1024 / 1024} MB together`, 'TOO_LARGE');
    }

    const messageId = newMessageId(mailbox.address);
    const references = replyTo ? [...replyTo.references, replyTo.messageId].slice(-20) : [];
    const subjectLine = replyTo ? withPrefix('Re', input.subject) : forwarded ? withPrefix('Fwd', input.subject) : input.subject.trim();
    const text = [input.body.trimEnd(), mailbox.signature ? `\n-- \n${mailbox.signature}` : '', replyTo ? quote(replyTo) : forwarded ? `\n\n---------- Пересылаемое письмо ----------${quote(forwarded)}` : '']
      .join('')
      .trim();
    const sentAt = clock.now();
    const from = { name: mailbox.senderName, address: mailbox.address };
    const raw = await new MailComposer({
      from,
      to: input.to,
      cc,
      subject: subjectLine,
      text,
      messageId,
      date: sentAt,
      ...(replyTo ? { inReplyTo: replyTo.messageId, references } : {}),
      attachments: files,
    })
      .compile()
      .build();

    await this.deliver(mailbox, [...input.to, ...cc], raw);
    const copiedToSent = await this.copyToSent(mailbox, raw, scope.log);

    return recordedTransaction(em, actorOf(principal), async (tx) => {
      const message = tx.em.create(MailMessage, {
        firm: principal.firmId,
        mailbox: mailbox.id,
        direction: ContactDirection.OUTGOING,
        messageId,
        inReplyTo: replyTo?.messageId ?? null,
        references,
        subject: subjectLine,
        from,
        to: input.to.map((address) => ({ name: null, address })),
        cc: cc.map((address) => ({ name: null, address })),
        sentAt,
        text,
        html: null,
        lead: subject.leadId,
        client: subject.clientId,
        matchedBy: MailMatch.COMPOSED,
        sentBy: principal.userId,
        copiedToSent,
      });
      for (const file of files) tx.em.create(MailAttachment, { firm: principal.firmId, message, filename: file.filename, contentType: file.contentType, size: file.content.length, content: file.content });
      addEmailEntry(tx, message, principal.userId);
      tx.record({ topic: MAIL_TOPIC, type: 'MAIL_SENT', subjectType: 'MailMessage', subjectId: message.id, data: { leadId: subject.leadId, clientId: subject.clientId, subject: subjectLine, to: input.to, mailboxId: mailbox.id } });
      return message;
    });
  }

  /** Hands the letter to the firm's SMTP server; its refusal reaches the caller in the server's words. */
  private async deliver(mailbox: Mailbox, recipients: string[], raw: Buffer): Promise<void> {
    const transport = smtpTransport(this.mailboxes.smtpAccess(mailbox));
    try {
      await transport.sendMail({ envelope: { from: mailbox.address, to: recipients }, raw });
    } catch (error) {
      const e = error as { code?: string; response?: string; message?: string };
      throw fieldError('input.mailboxId', `The mail server did not accept the letter: ${e.response ?? e.message ?? String(error)}`, e.code === 'EAUTH' ? 'SMTP_AUTH' : 'SMTP_REFUSED');
    } finally {
      transport.close();
    }
  }

  /** APPENDs the sent letter (marked \Seen) to the mailbox's Sent folder; false where the server has none or refuses. */
  private async copyToSent(mailbox: Mailbox, raw: Buffer, log: Logger): Promise<boolean> {
    const client = imapClient(this.mailboxes.imapAccess(mailbox));
    client.on('error', () => undefined);
    try {
      await client.connect();
      const folder = mailbox.sentFolder ?? (await client.list()).find((f) => f.specialUse === '\\Sent')?.path;
      if (!folder) return false;
      const appended = await client.append(folder, raw, ['\\Seen']);
      await client.logout();
      return Boolean(appended);
    } catch (error) {
      log.warn({ err: error, mailboxId: mailbox.id }, 'sent letter not copied to the Sent folder');
      client.close();
      return false;
    }
  }
}
