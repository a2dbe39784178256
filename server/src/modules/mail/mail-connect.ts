import { ImapFlow } from 'imapflow';
import nodemailer from 'nodemailer';
import { Field, ObjectType } from 'type-graphql';
import { MailFailureStage, MailTls } from './mail.enums.js';

/** Where to connect and as whom; the password in the clear, only for the connection's life. */
export interface ServerAccess {
  host: string;
  port: number;
  tls: MailTls;
  user: string;
  password: string;
}

const TIMEOUT_MS = 15_000;

/** A nodemailer SMTP transport for a mailbox (one connection, closed after use). */
export function smtpTransport(access: ServerAccess) {
  return nodemailer.createTransport({
    host: access.host,
    port: access.port,
    secure: access.tls === MailTls.TLS,
    requireTLS: access.tls === MailTls.STARTTLS,
    ignoreTLS: access.tls === MailTls.NONE,
    auth: { user: access.user, pass: access.password },
    connectionTimeout: TIMEOUT_MS,
    greetingTimeout: TIMEOUT_MS,
    socketTimeout: 60_000,
  });
}

/** An imapflow client for a mailbox; IDLE off: mail is fetched by a job, not kept open (README: mail). */
export function imapClient(access: ServerAccess): ImapFlow {
  return new ImapFlow({
    host: access.host,
    port: access.port,
    secure: access.tls === MailTls.TLS,
    doSTARTTLS: access.tls === MailTls.STARTTLS ? true : access.tls === MailTls.NONE ? false : undefined,
    auth: { user: access.user, pass: access.password },
    logger: false,
    disableAutoIdle: true,
    connectionTimeout: TIMEOUT_MS,
    greetingTimeout: TIMEOUT_MS,
  });
}

@ObjectType({ description: 'How connecting to one server went' })
export class MailProtocolCheck {
  @Field(() => Boolean) ok!: boolean;
  @Field(() => MailFailureStage, { nullable: true, description: 'Which step failed' }) stage!: MailFailureStage | null;
  @Field(() => String, { nullable: true, description: 'The server’s or the system’s own words' }) message!: string | null;
}

@ObjectType({ description: 'What connecting to a mailbox’s servers showed' })
export class MailboxCheck {
  @Field(() => MailProtocolCheck) smtp!: MailProtocolCheck;
  @Field(() => MailProtocolCheck) imap!: MailProtocolCheck;
  @Field(() => String, { nullable: true, description: 'The Sent folder the server names (IMAP special use \\Sent), if any' }) sentFolder!: string | null;
}

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EDNS', 'ENODATA', 'ESERVFAIL']);
const CONNECT_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNECTION', 'ESOCKET', 'CONNECT_TIMEOUT', 'GREETING_TIMEOUT', 'NoConnection', 'EConnectionClosed']);
const TLS_PATTERN = /certificate|self[- ]signed|ssl|tls|wrong version|handshake|unable to verify/i;

/** Which step a connection error belongs to: DNS, connect, TLS, login, or the protocol itself. */
export function failureStage(error: unknown): MailFailureStage {
  const e = (error ?? {}) as { code?: string; authenticationFailed?: boolean; tlsFailed?: boolean; message?: string; _err?: { code?: string; message?: string }; cause?: { code?: string } };
  const codes = [e.code, e._err?.code, e.cause?.code].filter((c): c is string => typeof c === 'string');
  const message = `${e.message ?? ''} ${e._err?.message ?? ''}`;
  if (e.authenticationFailed || codes.includes('EAUTH')) return MailFailureStage.AUTH;
  if (codes.some((c) => DNS_CODES.has(c)) || /getaddrinfo|ENOTFOUND|EAI_AGAIN/.test(message)) return MailFailureStage.DNS;
  if (e.tlsFailed || codes.includes('ETLS') || codes.some((c) => c.startsWith('ERR_SSL') || c.includes('CERT')) || TLS_PATTERN.test(message)) return MailFailureStage.TLS;
  if (codes.some((c) => CONNECT_CODES.has(c)) || /ECONNREFUSED|ETIMEDOUT|timed? ?out|closed/i.test(message)) return MailFailureStage.CONNECT;
  return MailFailureStage.PROTOCOL;
}

const failed = (error: unknown): MailProtocolCheck => {
  const e = error as { message?: string; response?: unknown; responseText?: string };
  const serverWords = typeof e.responseText === 'string' ? e.responseText : typeof e.response === 'string' ? e.response : null;
  return { ok: false, stage: failureStage(error), message: (serverWords || e.message || String(error)).slice(0, 500) };
};

/** Connects and logs in over SMTP (nothing is sent). */
export async function checkSmtp(access: ServerAccess): Promise<MailProtocolCheck> {
  const transport = smtpTransport(access);
  try {
    await transport.verify();
    return { ok: true, stage: null, message: null };
  } catch (error) {
    return failed(error);
  } finally {
    transport.close();
  }
}

/** Connects and logs in over IMAP, opens the INBOX read-only and finds the Sent folder. */
export async function checkImap(access: ServerAccess): Promise<{ check: MailProtocolCheck; sentFolder: string | null }> {
  const client = imapClient(access);
  // a failed connection also emits 'error'; the rejected connect() carries it
  client.on('error', () => undefined);
  try {
    await client.connect();
    const folders = await client.list();
    await client.mailboxOpen('INBOX', { readOnly: true });
    await client.logout();
    return { check: { ok: true, stage: null, message: null }, sentFolder: folders.find((f) => f.specialUse === '\\Sent')?.path ?? null };
  } catch (error) {
    client.close();
    return { check: failed(error), sentFolder: null };
  }
}
