import { registerEnumType } from 'type-graphql';

/** How a connection to a mail server is secured. */
export enum MailTls {
  /** Plain connection (only for servers on the firm's own network). */
  NONE = 'NONE',
  /** Plain connection upgraded with STARTTLS (SMTP 587, IMAP 143). */
  STARTTLS = 'STARTTLS',
  /** TLS from the first byte (SMTP 465, IMAP 993). */
  TLS = 'TLS',
}

/** Which step of connecting to a mail server failed. */
export enum MailFailureStage {
  DNS = 'DNS',
  CONNECT = 'CONNECT',
  TLS = 'TLS',
  AUTH = 'AUTH',
  PROTOCOL = 'PROTOCOL',
}

/** How an incoming message found its lead or client. */
export enum MailMatch {
  THREAD = 'THREAD',
  CONTACT = 'CONTACT',
  DOMAIN = 'DOMAIN',
  INN = 'INN',
  MANUAL = 'MANUAL',
  COMPOSED = 'COMPOSED',
}

/** The firm's letters, each with a default text in Russian the firm can edit. */
export enum MailTemplateCode {
  DOCUMENT_REQUEST = 'DOCUMENT_REQUEST',
  PAYMENT_REMINDER = 'PAYMENT_REMINDER',
  WELCOME = 'WELCOME',
}

registerEnumType(MailTls, { name: 'MailTls', description: 'NONE (plain), STARTTLS (upgraded plain connection) or TLS (from the first byte)' });
registerEnumType(MailFailureStage, { name: 'MailFailureStage', description: 'Where connecting failed: name lookup, connection, TLS handshake, login, or the server’s answers' });
registerEnumType(MailMatch, { name: 'MailMatch', description: 'How a message was attached: by its thread, a contact’s address, a contact’s domain, an INN in the subject, by a person, or written here' });
registerEnumType(MailTemplateCode, { name: 'MailTemplateCode' });
