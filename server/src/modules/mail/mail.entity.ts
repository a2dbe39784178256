import { Entity, Enum, Index, ManyToOne, type Opt, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { FirmOwned } from '../../db/firm-owned.entity.js';
import { FirmScoped } from '../../db/tenant.js';
import { User } from '../auth/user.entity.js';
import { Client } from '../clients/client.entity.js';
import { ContactDirection } from '../correspondence/correspondence.enums.js';
import { Lead } from '../leads/lead.entity.js';
import { MailMatch, MailTemplateCode, MailTls } from './mail.enums.js';

/**
 * One of the firm's real mailboxes: SMTP to send, IMAP to receive. Passwords are stored sealed
 * (AES-256-GCM, see mail-crypto.ts) and never leave the server. Fetching remembers the last UID
 * it stored for the INBOX's UIDVALIDITY, so it resumes where it stopped.
 */
@ObjectType({ description: 'A mailbox of the firm; its passwords are never returned' })
@Entity({ tableName: 'mailbox' })
@FirmScoped()
export class Mailbox extends FirmOwned {
  @Field(() => String, { description: 'What the firm calls it, e.g. «Общий ящик»' })
  @Property({ type: 'string', length: 100 })
  label!: string;

  @Field(() => String, { description: 'The address letters are sent from' })
  @Property({ type: 'string', length: 254 })
  address!: string;

  @Field(() => String, { description: 'The name letters are sent under, e.g. «Бухгалтерия Баланс»' })
  @Property({ type: 'string', length: 200 })
  senderName!: string;

  @Field(() => String, { description: 'Added under every letter sent from it' })
  @Property({ type: 'text', default: '' })
  signature: string & Opt = '';

  @Field(() => String) @Property({ type: 'string', length: 253 }) smtpHost!: string;
  @Field(() => Int) @Property({ type: 'integer' }) smtpPort!: number;
  @Field(() => MailTls) @Enum({ items: () => MailTls, nativeEnumName: 'mail_tls' }) smtpTls!: MailTls;
  @Field(() => String) @Property({ type: 'string', length: 254 }) smtpUser!: string;
  @Property({ type: 'text', hidden: true }) smtpPasswordSealed!: string;

  @Field(() => String) @Property({ type: 'string', length: 253 }) imapHost!: string;
  @Field(() => Int) @Property({ type: 'integer' }) imapPort!: number;
  @Field(() => MailTls) @Enum({ items: () => MailTls, nativeEnumName: 'mail_tls' }) imapTls!: MailTls;
  @Field(() => String) @Property({ type: 'string', length: 254 }) imapUser!: string;
  @Property({ type: 'text', hidden: true }) imapPasswordSealed!: string;

  @Field(() => String, { nullable: true, description: 'The IMAP folder sent letters are copied to, as the server names it; none: not copied' })
  @Property({ type: 'string', length: 200, nullable: true })
  sentFolder?: string | null;

  @Property({ type: 'bigint', nullable: true, columnType: 'bigint' })
  uidValidity?: string | null;

  @Property({ type: 'bigint', columnType: 'bigint', default: 0 })
  lastUid: string & Opt = '0';

  @Field(() => Date, { nullable: true, description: 'When new mail was last fetched' })
  @Property({ type: 'Date', nullable: true })
  lastFetchedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the last fetch failed, if it did' })
  @Property({ type: 'text', nullable: true })
  lastFetchError?: string | null;

  @Field(() => Date)
  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}

@ObjectType({ description: 'A name and an address' })
export class MailAddress {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String) address!: string;
}

/**
 * A letter sent or received. Each received one is stored once per (mailbox, UIDVALIDITY, UID),
 * whichever instance fetched it. Without a lead or client it waits in the triage inbox.
 */
@ObjectType({ description: 'A letter sent from or received in one of the firm’s mailboxes' })
@Entity({ tableName: 'mail_message' })
@FirmScoped()
@Unique({ properties: ['mailbox', 'uidValidity', 'uid'] })
@Index({ properties: ['firm', 'messageId'] })
@Index({ properties: ['firm', 'createdAt'] })
export class MailMessage extends FirmOwned {
  @ManyToOne(() => Mailbox, { ref: true, nullable: true, deleteRule: 'set null' })
  mailbox?: Ref<Mailbox> | null;

  @Field(() => ContactDirection)
  @Enum({ items: () => ContactDirection, nativeEnumName: 'contact_direction' })
  direction!: ContactDirection;

  @Field(() => String, { description: 'The Message-ID header, with its angle brackets' })
  @Property({ type: 'string', length: 998 })
  messageId!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 998, nullable: true })
  inReplyTo?: string | null;

  @Field(() => [String], { description: 'The References header: the thread this letter continues, oldest first' })
  @Property({ type: 'json', default: '[]' })
  references: string[] & Opt = [];

  @Field(() => String)
  @Property({ type: 'text', default: '' })
  subject: string & Opt = '';

  @Field(() => MailAddress)
  @Property({ type: 'json' })
  from!: MailAddress;

  @Field(() => [MailAddress])
  @Property({ type: 'json', default: '[]' })
  to: MailAddress[] & Opt = [];

  @Field(() => [MailAddress])
  @Property({ type: 'json', default: '[]' })
  cc: MailAddress[] & Opt = [];

  @Field(() => Date, { description: 'The Date header (when it was stored, if the letter has none)' })
  @Property({ type: 'Date' })
  sentAt!: Date;

  @Field(() => String, { description: 'The plain-text part (or the HTML part as text)' })
  @Property({ type: 'text', default: '' })
  text: string & Opt = '';

  /** The HTML part, sanitised when stored; remote images are dropped again when read unless asked for. */
  @Property({ type: 'text', nullable: true })
  html?: string | null;

  @ManyToOne(() => Lead, { ref: true, nullable: true, deleteRule: 'set null' })
  lead?: Ref<Lead> | null;

  @ManyToOne(() => Client, { ref: true, nullable: true, deleteRule: 'set null' })
  client?: Ref<Client> | null;

  @Field(() => MailMatch, { nullable: true, description: 'How it was attached; none while it waits in the triage inbox' })
  @Property({ type: 'string', length: 20, nullable: true })
  matchedBy?: MailMatch | null;

  @Property({ type: 'bigint', columnType: 'bigint', nullable: true })
  uidValidity?: string | null;

  @Property({ type: 'bigint', columnType: 'bigint', nullable: true })
  uid?: string | null;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  sentBy?: Ref<User> | null;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  assignedBy?: Ref<User> | null;

  @Field(() => Boolean, { description: 'Whether a copy was put in the mailbox’s Sent folder (outgoing letters)' })
  @Property({ type: 'boolean', default: false })
  copiedToSent: boolean & Opt = false;

  @Field(() => Date)
  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}

/** A file that came with a letter or was sent with it; its bytes are read only to download it. */
@ObjectType({ description: 'A file attached to a letter' })
@Entity({ tableName: 'mail_attachment' })
@FirmScoped()
@Index({ properties: ['message'] })
export class MailAttachment extends FirmOwned {
  @ManyToOne(() => MailMessage, { ref: true, deleteRule: 'cascade' })
  message!: Ref<MailMessage>;

  @Field(() => String)
  @Property({ type: 'string', length: 255 })
  filename!: string;

  @Field(() => String, { description: 'MIME type, e.g. application/pdf' })
  @Property({ type: 'string', length: 255 })
  contentType!: string;

  @Field(() => Int, { description: 'Bytes' })
  @Property({ type: 'integer' })
  size!: number;

  @Property({ type: 'blob', lazy: true })
  content!: Buffer;
}

/** The firm's own text of one of its letters; without a row, the default text is used. */
@Entity({ tableName: 'mail_template' })
@FirmScoped()
@Unique({ properties: ['firm', 'code'] })
export class MailTemplateText extends FirmOwned {
  @Enum({ items: () => MailTemplateCode, nativeEnumName: 'mail_template_code' })
  code!: MailTemplateCode;

  @Property({ type: 'string', length: 500 })
  subject!: string;

  @Property({ type: 'text' })
  body!: string;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  updatedBy?: Ref<User> | null;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  updatedAt: Date & Opt = new Date();
}
