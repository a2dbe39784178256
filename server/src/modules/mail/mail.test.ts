import { isObjectType } from 'graphql';
import nodemailer from 'nodemailer';
import iconv from 'iconv-lite';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { buildSchema } from '../../composition/schema.js';
import { addMember, errorCode, gql, ok, signUpFirm, startTestApp, type SignedUpFirm } from '../../../test/harness.js';
import { graphql } from '../../../test/gql/index.js';
import type { MailboxInput } from '../../../test/gql/graphql.js';
import { startMailServers, type MailServers, type MailUser } from '../../../test/mail-servers.js';

const KEY = 'c0ffee'.repeat(10) + 'c0ff';
const OFFICE: MailUser = { address: 'office@firm.test', password: 'office-pass' };
const MARIA: MailUser = { address: 'maria@romashka.test', password: 'maria-pass' };

const CREATE_LEAD = graphql(`mutation MailCreateLead($input: LeadInput!) { createLead(input: $input) { id } }`);
const CREATE_CLIENT = graphql(`mutation MailCreateClient($input: ClientInput!) { createClient(input: $input) { id } }`);
const CREATE = graphql(`mutation MailCreateMailbox($input: MailboxInput!) { createMailbox(input: $input) { id label address smtpHost smtpTls imapUser sentFolder } }`);
const UPDATE = graphql(`mutation MailUpdateMailbox($id: ID!, $input: MailboxInput!) { updateMailbox(id: $id, input: $input) { id smtpPort imapHost } }`);
const TEST = graphql(`mutation MailTestMailbox($id: ID!) { testMailbox(id: $id) { smtp { ok stage message } imap { ok stage message } sentFolder } }`);
const DRAFT = graphql(`query MailDraftFor($template: MailTemplateCode!, $leadId: ID) { mailDraft(template: $template, leadId: $leadId) { subject body to { name address } } }`);
const SEND = graphql(`
  mutation MailSend($input: SendMailInput!) {
    sendMail(input: $input) { id messageId inReplyTo references subject copiedToSent direction matchedBy text to { address } attachments { id filename size contentType url } }
  }
`);
const TIMELINE = graphql(`
  query MailTimeline($leadId: ID, $clientId: ID) {
    timeline(leadId: $leadId, clientId: $clientId, first: 20, filter: { kinds: [EMAIL] }) {
      edges { node { kind entry { kind direction subject summary contactName email { id subject messageId matchedBy from { name address } text hasRemoteImages html attachments { id filename size contentType url } } } } }
    }
  }
`);
const MESSAGE = graphql(`query MailMessageOne($id: ID!, $showImages: Boolean!) { mailMessage(id: $id) { id subject matchedBy text html(showImages: $showImages) hasRemoteImages from { name address } lead { id } client { id } } }`);
const TRIAGE = graphql(`query MailTriageList { mailTriage(first: 20) { totalCount edges { node { id subject from { address } } } } }`);
const ASSIGN = graphql(`mutation MailAssign($id: ID!, $leadId: ID, $clientId: ID) { assignMail(id: $id, leadId: $leadId, clientId: $clientId) { id matchedBy lead { id } client { id } } }`);
const TEMPLATES = graphql(`query MailTemplatesList { mailTemplates { code name subject body edited placeholders } }`);
const EDIT_TEMPLATE = graphql(`mutation MailEditTemplate($code: MailTemplateCode!, $subject: String!, $body: String!) { updateMailTemplate(code: $code, subject: $subject, body: $body) { code subject edited } }`);

let servers: MailServers;
let app: App;
let owner: SignedUpFirm;
let manager: Awaited<ReturnType<typeof addMember>>;
let accountant: Awaited<ReturnType<typeof addMember>>;
let mailboxId: string;

const settings = (extra: { smtpPassword?: string | null; imapPassword?: string | null; imapHost?: string; smtpPort?: number } = {}): MailboxInput => ({
  label: 'Общий ящик',
  address: OFFICE.address,
  senderName: 'Бухгалтерия «Баланс»',
  signature: 'С уважением, бухгалтерия «Баланс»\n+7 495 000-00-00',
  smtp: { host: '127.0.0.1', port: extra.smtpPort ?? servers.smtpPort, tls: 'NONE', user: OFFICE.address, password: extra.smtpPassword === undefined ? OFFICE.password : extra.smtpPassword },
  imap: { host: extra.imapHost ?? '127.0.0.1', port: servers.imapPort, tls: 'NONE', user: OFFICE.address, password: extra.imapPassword === undefined ? OFFICE.password : extra.imapPassword },
});

/** A letter as another mail program writes it: its own charset, encoded words, an attachment. */
function foreignLetter(o: { from: string; fromName: string; subject: string; text: string; charset: 'koi8-r' | 'windows-1251' | 'utf-8'; html?: string; inReplyTo?: string; references?: string[]; attachment?: { name: string; body: string } }): Buffer {
  const word = (text: string) => `=?${o.charset}?B?${iconv.encode(text, o.charset).toString('base64')}?=`;
  const id = `<${Math.random().toString(36).slice(2)}@${o.from.split('@')[1]}>`;
  const boundary = 'b1_' + Math.random().toString(36).slice(2);
  const head = [
    `From: ${word(o.fromName)} <${o.from}>`,
    `To: ${OFFICE.address}`,
    `Subject: ${word(o.subject)}`,
    // a moment after anything the test sent before it
    `Date: ${new Date(Date.now() + 2000).toUTCString()}`,
    `Message-ID: ${id}`,
    ...(o.inReplyTo ? [`In-Reply-To: ${o.inReplyTo}`] : []),
    ...(o.references ? [`References: ${o.references.join(' ')}`] : []),
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
  ];
  const parts = [
    [`Content-Type: text/plain; charset=${o.charset}`, 'Content-Transfer-Encoding: base64', '', iconv.encode(o.text, o.charset).toString('base64')].join('\r\n'),
    ...(o.html ? [[`Content-Type: text/html; charset=${o.charset}`, 'Content-Transfer-Encoding: base64', '', iconv.encode(o.html, o.charset).toString('base64')].join('\r\n')] : []),
    ...(o.attachment
      ? [[`Content-Type: application/pdf; name="${word(o.attachment.name)}"`, `Content-Disposition: attachment; filename="${word(o.attachment.name)}"`, 'Content-Transfer-Encoding: base64', '', Buffer.from(o.attachment.body).toString('base64')].join('\r\n')]
      : []),
  ];
  return Buffer.from([...head, '', ...parts.map((p) => `--${boundary}\r\n${p}`), `--${boundary}--`, ''].join('\r\n'));
}

/**
 * An instance whose job workers are stopped once started (a scheduled fetch it found waiting has
 * run by then): the tests fetch themselves, so no scheduled run interleaves with their counts.
 */
async function instance(databaseUrl?: string): Promise<App> {
  const started = await startTestApp(databaseUrl, { mailSecretKey: KEY });
  await started.jobs.stop();
  return started;
}

const fetchMail = (instance: App = app, limit?: number) => instance.services.mailFetch.fetchMailbox(instance.orm, owner.firmId, mailboxId, limit);
const count = async (sql: string, params: unknown[] = []) => Number((await app.orm.em.fork().getConnection().execute<{ n: string }[]>(sql, params))[0]!.n);

beforeAll(async () => {
  servers = await startMailServers([OFFICE, MARIA]);
  app = await instance();
  owner = await signUpFirm(app);
  manager = await addMember(app, owner.token, 'MANAGER');
  accountant = await addMember(app, owner.token, 'ACCOUNTANT', 'TAX');
}, 60_000);

afterAll(async () => {
  await servers?.close();
});

describe('the firm’s mailbox', () => {
  it('is connected by the owner only, keeps its passwords sealed and never returns them', async () => {
    expect(errorCode(await gql(app, CREATE, { input: settings() }, manager.token))).toBe('FORBIDDEN');
    expect(errorCode(await gql(app, CREATE, { input: settings({ smtpPassword: null }) }, owner.token))).toBe('BAD_USER_INPUT');
    const created = (await ok(app, CREATE, { input: settings() }, owner.token)).createMailbox;
    mailboxId = created.id;
    expect(created).toMatchObject({ label: 'Общий ящик', address: OFFICE.address, smtpTls: 'NONE', imapUser: OFFICE.address });

    const mailbox = (await buildSchema()).getType('Mailbox');
    if (!isObjectType(mailbox)) throw new Error('the schema has no Mailbox type');
    expect(Object.keys(mailbox.getFields()).filter((name) => /password|sealed/i.test(name))).toEqual([]);
    const [row] = await app.orm.em.fork().getConnection().execute<{ smtp_password_sealed: string; imap_password_sealed: string }[]>('select smtp_password_sealed, imap_password_sealed from mailbox where id = ?', [mailboxId]);
    expect(row!.smtp_password_sealed).toMatch(/^v1:/);
    expect(JSON.stringify(row)).not.toContain(OFFICE.password);
  });

  it('tests the connection and says exactly what failed, per protocol', async () => {
    const good = (await ok(app, TEST, { id: mailboxId }, owner.token)).testMailbox;
    expect(good).toEqual({ smtp: { ok: true, stage: null, message: null }, imap: { ok: true, stage: null, message: null }, sentFolder: 'Sent' });
    expect(errorCode(await gql(app, TEST, { id: mailboxId }, manager.token))).toBe('FORBIDDEN');

    await ok(app, UPDATE, { id: mailboxId, input: settings({ smtpPassword: 'wrong', imapPassword: 'wrong' }) }, owner.token);
    const wrong = (await ok(app, TEST, { id: mailboxId }, owner.token)).testMailbox;
    expect(wrong.smtp).toMatchObject({ ok: false, stage: 'AUTH' });
    expect(wrong.imap).toMatchObject({ ok: false, stage: 'AUTH' });
    expect(wrong.imap.message).toMatch(/auth/i);

    // a password left out stays as stored
    await ok(app, UPDATE, { id: mailboxId, input: settings({ smtpPassword: OFFICE.password, imapPassword: null, imapHost: 'no-such-host.invalid', smtpPort: servers.imapPort + 1 === servers.smtpPort ? servers.smtpPort + 1 : servers.imapPort + 1 }) }, owner.token);
    const unreachable = (await ok(app, TEST, { id: mailboxId }, owner.token)).testMailbox;
    expect(unreachable.imap).toMatchObject({ ok: false, stage: 'DNS' });
    expect(unreachable.smtp.ok).toBe(false);
    expect(['CONNECT', 'PROTOCOL']).toContain(unreachable.smtp.stage);

    await ok(app, UPDATE, { id: mailboxId, input: settings({ smtpPassword: null, imapPassword: OFFICE.password }) }, owner.token);
    const again = (await ok(app, TEST, { id: mailboxId }, owner.token)).testMailbox;
    // the SMTP password given with the unreachable host was kept
    expect([again.smtp.ok, again.imap.ok]).toEqual([true, true]);
  });

  it('fills a template for the lead and keeps the firm’s own text', async () => {
    const templates = (await ok(app, TEMPLATES, {}, manager.token)).mailTemplates;
    expect(templates.map((t) => t.code)).toEqual(['DOCUMENT_REQUEST', 'PAYMENT_REMINDER', 'WELCOME']);
    expect(templates[0]).toMatchObject({ name: 'Запрос документов', edited: false });
    expect(errorCode(await gql(app, EDIT_TEMPLATE, { code: 'WELCOME', subject: 'Привет', body: 'Текст' }, manager.token))).toBe('FORBIDDEN');
    const edited = (await ok(app, EDIT_TEMPLATE, { code: 'WELCOME', subject: 'Добро пожаловать, {{компания}}', body: 'Здравствуйте, {{контакт}}!' }, owner.token)).updateMailTemplate;
    expect(edited).toEqual({ code: 'WELCOME', subject: 'Добро пожаловать, {{компания}}', edited: true });
  });
});

describe('a thread in Russian over real SMTP and IMAP', () => {
  let leadId: string;
  let sentMessageId: string;
  let reply: { id: string; messageId: string; attachments: { id: string; url: string; filename: string }[] };

  it('sends a letter with an attachment from the lead’s timeline, with its signature and a copy in Sent', async () => {
    leadId = (await ok(app, CREATE_LEAD, { input: { lastName: 'Петрова', firstName: 'Мария', legalForm: 'ORGANIZATION', companyName: 'ООО «Ромашка»', taxRegime: 'USN_INCOME', regionCode: '77', email: MARIA.address } }, manager.token)).createLead.id;
    const draft = (await ok(app, DRAFT, { template: 'DOCUMENT_REQUEST', leadId }, manager.token)).mailDraft;
    expect(draft.subject).toBe('Запрос документов — ООО «Ромашка»');
    expect(draft.to).toEqual([{ name: null, address: MARIA.address }]);
    expect(draft.body).toContain('банковские выписки');

    const pdf = Buffer.from('%PDF-1.4 список документов');
    const sent = (await ok(app, SEND, { input: { mailboxId, leadId, to: [MARIA.address], subject: draft.subject, body: draft.body, attachments: [{ filename: 'Список документов.pdf', contentType: 'application/pdf', contentBase64: pdf.toString('base64') }] } }, manager.token)).sendMail;
    expect(sent).toMatchObject({ direction: 'OUTGOING', matchedBy: 'COMPOSED', copiedToSent: true, inReplyTo: null, attachments: [{ filename: 'Список документов.pdf', size: pdf.length, contentType: 'application/pdf' }] });
    expect(sent.messageId).toMatch(/^<[0-9a-f-]+@firm\.test>$/);
    sentMessageId = sent.messageId;

    const [delivered] = await servers.letters(MARIA);
    const parsed = await simpleParser(delivered!);
    expect(parsed.subject).toBe('Запрос документов — ООО «Ромашка»');
    expect(parsed.messageId).toBe(sent.messageId);
    expect(parsed.from?.value[0]).toEqual({ name: 'Бухгалтерия «Баланс»', address: OFFICE.address });
    expect(parsed.text).toContain('С уважением, бухгалтерия «Баланс»');
    expect(parsed.attachments.map((a) => [a.filename, a.content.toString()])).toEqual([['Список документов.pdf', pdf.toString()]]);
    expect(await servers.letters(OFFICE, 'Sent')).toHaveLength(1);
  });

  it('fetches the client’s reply in KOI8-R with its attachment onto the same timeline by its thread, without marking it read', async () => {
    const raw = foreignLetter({
      from: MARIA.address, fromName: 'Мария Петрова', charset: 'koi8-r', subject: 'Re: Запрос документов по ООО Ромашка',
      text: 'Добрый день! Выписка за ноябрь во вложении.', inReplyTo: sentMessageId, references: [sentMessageId],
      attachment: { name: 'Выписка за ноябрь.pdf', body: '%PDF выписка' },
    });
    const client = nodemailer.createTransport({ host: '127.0.0.1', port: servers.smtpPort, secure: false, ignoreTLS: true, auth: { user: MARIA.address, pass: MARIA.password } });
    await client.sendMail({ envelope: { from: MARIA.address, to: [OFFICE.address] }, raw });
    client.close();

    await fetchMail();
    const timeline = (await ok(app, TIMELINE, { leadId }, manager.token)).timeline.edges.map((e) => e.node.entry!);
    expect(timeline.map((e) => [e.kind, e.direction])).toEqual([['EMAIL', 'INCOMING'], ['EMAIL', 'OUTGOING']]);
    const incoming = timeline[0]!;
    expect(incoming).toMatchObject({ subject: 'Re: Запрос документов по ООО Ромашка', contactName: 'Мария Петрова' });
    expect(incoming.email).toMatchObject({ matchedBy: 'THREAD', from: { name: 'Мария Петрова', address: MARIA.address }, text: 'Добрый день! Выписка за ноябрь во вложении.' });
    expect(incoming.email!.attachments.map((a) => [a.filename, a.contentType, a.size])).toEqual([['Выписка за ноябрь.pdf', 'application/pdf', Buffer.byteLength('%PDF выписка')]]);
    reply = incoming.email!;

    const session = await servers.imap(OFFICE);
    await session.mailboxOpen('INBOX', { readOnly: true });
    const flags = [];
    for await (const m of session.fetch('1:*', { flags: true })) flags.push([...(m.flags ?? [])]);
    await session.logout();
    expect(flags.flat()).not.toContain('\\Seen');
  });

  it('downloads an attachment with one click for the firm, and for nobody else', async () => {
    const url = `${app.url}${reply.attachments[0]!.url}`;
    const response = await fetch(url, { headers: { authorization: `Bearer ${manager.token}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toContain(encodeURIComponent('Выписка за ноябрь.pdf'));
    expect(Buffer.from(await response.arrayBuffer()).toString()).toBe('%PDF выписка');
    expect((await fetch(url)).status).toBe(401);
    const stranger = await signUpFirm(app, 'ООО «Чужая фирма»');
    expect((await fetch(url, { headers: { authorization: `Bearer ${stranger.token}` } })).status).toBe(404);
  });

  it('replies with In-Reply-To and References, and forwards with the attachments', async () => {
    const answer = (await ok(app, SEND, { input: { mailboxId, leadId, to: [MARIA.address], subject: 'Запрос документов — ООО «Ромашка»', body: 'Спасибо, получили!', replyToId: reply.id } }, manager.token)).sendMail;
    expect(answer.subject).toBe('Re: Запрос документов — ООО «Ромашка»');
    expect(answer.inReplyTo).toBe(reply.messageId);
    expect(answer.references).toEqual([sentMessageId, reply.messageId]);
    const letters = await servers.letters(MARIA);
    const parsed = await simpleParser(letters.at(-1)!);
    expect(parsed.inReplyTo).toBe(reply.messageId);
    expect(parsed.references).toEqual([sentMessageId, reply.messageId]);
    expect(parsed.text).toContain('> Добрый день! Выписка за ноябрь во вложении.');

    const forward = (await ok(app, SEND, { input: { mailboxId, leadId, to: [MARIA.address], subject: reply.messageId ? 'Выписка' : '', body: 'Пересылаю', forwardOfId: reply.id } }, manager.token)).sendMail;
    expect(forward.subject).toBe('Fwd: Выписка');
    expect(forward.attachments.map((a) => a.filename)).toEqual(['Выписка за ноябрь.pdf']);
    expect(await servers.letters(OFFICE, 'Sent')).toHaveLength(3);
  });
});

describe('letters without a thread', () => {
  it('are attached by the sender among contacts, the domain, an INN in the subject, or wait in triage for a person', async () => {
    const vasilek = (await ok(app, CREATE_CLIENT, {
      input: {
        legalForm: 'ORGANIZATION', fullName: 'Общество с ограниченной ответственностью «Василёк»', shortName: 'ООО «Василёк»', inn: '7707083893', regionCode: '77',
        taxRegime: 'USN_INCOME', vatPayer: false, hasEmployees: false, contacts: [{ name: 'Ольга Смирнова', email: 'Buh@Vasilek.test' }],
      },
    }, owner.token)).createClient.id;
    const entrepreneur = (await ok(app, CREATE_LEAD, { input: { lastName: 'Сидоров', firstName: 'Иван', legalForm: 'INDIVIDUAL_ENTREPRENEUR', companyName: 'ИП Сидоров', inn: '500100732259', taxRegime: 'PSN', regionCode: '50' } }, manager.token)).createLead.id;
    const other = (await ok(app, CREATE_LEAD, { input: { lastName: 'Кузнецов', firstName: 'Олег', legalForm: 'ORGANIZATION', companyName: 'ООО «Другое»', taxRegime: 'OSNO', regionCode: '77' } }, manager.token)).createLead.id;

    await servers.deliver(OFFICE, foreignLetter({ from: 'buh@vasilek.test', fromName: 'Ольга Смирнова', charset: 'windows-1251', subject: 'Акты за ноябрь', text: 'Акты во вложении', html: '<p onclick="x()">Акты во вложении<script>alert(1)</script><img src="https://tracker.example/p.gif" alt="лого"></p>' }));
    await servers.deliver(OFFICE, foreignLetter({ from: 'director@vasilek.test', fromName: 'Директор', charset: 'utf-8', subject: 'Вопрос по зарплате', text: 'Когда будет расчёт?' }));
    await servers.deliver(OFFICE, foreignLetter({ from: 'sidorov.ip@gmail.com', fromName: 'Иван Сидоров', charset: 'windows-1251', subject: 'Документы ИП, ИНН 500100732259', text: 'Прошу принять' }));
    await servers.deliver(OFFICE, foreignLetter({ from: 'stranger@unknown.test', fromName: 'Незнакомец', charset: 'koi8-r', subject: 'Коммерческое предложение', text: 'Предлагаем услуги' }));
    await fetchMail();

    const clientEmails = (await ok(app, TIMELINE, { clientId: vasilek }, owner.token)).timeline.edges.map((e) => e.node.entry!.email!);
    expect(clientEmails.map((m) => [m.subject, m.matchedBy]).sort()).toEqual([['Акты за ноябрь', 'CONTACT'], ['Вопрос по зарплате', 'DOMAIN']]);
    const acts = clientEmails.find((m) => m.subject === 'Акты за ноябрь')!;
    expect(acts.from).toEqual({ name: 'Ольга Смирнова', address: 'buh@vasilek.test' });
    expect(acts.hasRemoteImages).toBe(true);
    expect(acts.html).not.toMatch(/script|onclick|tracker\.example/);
    expect(acts.html).toContain('Акты во вложении');
    const shown = (await ok(app, MESSAGE, { id: acts.id, showImages: true }, owner.token)).mailMessage;
    expect(shown.html).toContain('https://tracker.example/p.gif');

    const byInn = (await ok(app, TIMELINE, { leadId: entrepreneur }, manager.token)).timeline.edges.map((e) => e.node.entry!.email!);
    expect(byInn.map((m) => [m.subject, m.matchedBy])).toEqual([['Документы ИП, ИНН 500100732259', 'INN']]);

    expect(errorCode(await gql(app, TRIAGE, {}, accountant.token))).toBe('FORBIDDEN');
    const triage = (await ok(app, TRIAGE, {}, manager.token)).mailTriage;
    expect(triage.totalCount).toBe(1);
    const stray = triage.edges[0]!.node;
    expect(stray).toMatchObject({ subject: 'Коммерческое предложение', from: { address: 'stranger@unknown.test' } });

    const assigned = (await ok(app, ASSIGN, { id: stray.id, leadId: other }, manager.token)).assignMail;
    expect(assigned).toMatchObject({ matchedBy: 'MANUAL', lead: { id: other }, client: null });
    expect(errorCode(await gql(app, ASSIGN, { id: stray.id, leadId: entrepreneur }, manager.token))).toBe('CONFLICT');
    expect((await ok(app, TRIAGE, {}, manager.token)).mailTriage.totalCount).toBe(0);
    const onLead = (await ok(app, TIMELINE, { leadId: other }, manager.token)).timeline.edges.map((e) => e.node.entry!);
    expect(onLead.map((e) => [e.subject, e.direction, e.email!.matchedBy])).toEqual([['Коммерческое предложение', 'INCOMING', 'MANUAL']]);
  });
});

describe('fetching with several instances', () => {
  const letter = (n: number) => foreignLetter({ from: `sender${n}@batch.test`, fromName: `Отправитель ${n}`, charset: 'utf-8', subject: `Письмо № ${n}`, text: `Текст ${n}` });
  const stored = (subjects: string[]) => count(`select count(*) as n from mail_message where mailbox_id = ? and subject = any(?::text[])`, [mailboxId, `{${subjects.map((s) => `"${s}"`).join(',')}}`]);

  it('stores each letter once when two instances fetch at the same time', async () => {
    const second = await instance(app.databaseUrl);
    for (let n = 1; n <= 6; n += 1) await servers.deliver(OFFICE, letter(n));
    const reports = await Promise.all([fetchMail(app), fetchMail(second)]);
    expect(reports.map((r) => r.error)).toEqual([null, null]);
    const subjects = [1, 2, 3, 4, 5, 6].map((n) => `Письмо № ${n}`);
    expect(await stored(subjects)).toBe(6);
    expect(await count(`select count(*) as n from (select message_id from mail_message where mailbox_id = ? group by message_id having count(*) > 1) d`, [mailboxId])).toBe(0);
    await second.close();
  });

  it('resumes after a restart from the letter after the last one stored', async () => {
    const before = await instance(app.databaseUrl);
    for (let n = 7; n <= 11; n += 1) await servers.deliver(OFFICE, letter(n));
    const partial = await fetchMail(before, 2);
    expect(partial).toMatchObject({ error: null, stored: 2 });
    await before.close();
    const subjects = [7, 8, 9, 10, 11].map((n) => `Письмо № ${n}`);
    const afterStop = await stored(subjects);
    expect(afterStop).toBeGreaterThanOrEqual(2);

    const restarted = await instance(app.databaseUrl);
    const rest = await fetchMail(restarted);
    expect(rest.error).toBeNull();
    // it starts after the last stored letter: none of the earlier ones is even looked at again
    expect(rest.skipped).toBe(0);
    expect(await stored(subjects)).toBe(5);
    const [box] = await app.orm.em.fork().getConnection().execute<{ last_uid: string }[]>('select last_uid from mailbox where id = ?', [mailboxId]);
    const session = await servers.imap(OFFICE);
    const inbox = await session.mailboxOpen('INBOX', { readOnly: true });
    expect(Number(box!.last_uid)).toBe(inbox.uidNext - 1);
    await session.logout();
    await restarted.close();
  });
});
