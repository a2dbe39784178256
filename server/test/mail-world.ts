import { afterAll, expect } from 'vitest';
import type { App } from '../src/app.js';
import { firmEntityManager } from '../src/graphql/tenant-em.js';
import { ContactDirection } from '../src/modules/correspondence/correspondence.enums.js';
import { recordedTransaction } from '../src/modules/events/event-log.js';
import { MailAttachment, MailMessage, Mailbox } from '../src/modules/mail/mail.entity.js';
import { MailMatch, MailTls } from '../src/modules/mail/mail.enums.js';
import { addEmailEntry } from '../src/modules/mail/mail-timeline.js';
import type { ListWorld } from './list-world.js';
import { startMailServers, type MailServers } from './mail-servers.js';

const worlds = new WeakMap<ListWorld, { mailboxId: string; triageIds: string[]; emailIds: string[] }>();
export const mailOf = (world: ListWorld) => worlds.get(world)!;

/**
 * The list world's mail: a mailbox (never connected: its sealed passwords are placeholders), on the
 * first lead `size` letters with two attachments each and their EMAIL entries, and `size` letters
 * in the triage inbox.
 */
export async function addMail(app: App, world: ListWorld): Promise<void> {
  const firm = world.owner.firmId;
  const em = firmEntityManager(app.orm, firm);
  const lead = world.leadIds[0]!;
  const ids = await recordedTransaction(em, { firmId: firm, userId: world.owner.userId, userName: 'world' }, async (tx) => {
    const mailbox = tx.em.create(Mailbox, {
      firm, label: 'Общий ящик', address: 'office@firm.test', senderName: 'Баланс', smtpHost: 'smtp.firm.test', smtpPort: 587, smtpTls: MailTls.STARTTLS, smtpUser: 'office',
      smtpPasswordSealed: 'v1:placeholder', imapHost: 'imap.firm.test', imapPort: 993, imapTls: MailTls.TLS, imapUser: 'office', imapPasswordSealed: 'v1:placeholder',
    });
    const letter = (i: number, onLead: boolean) =>
      tx.em.create(MailMessage, {
        firm, mailbox, direction: ContactDirection.INCOMING, messageId: `<${onLead ? 'lead' : 'triage'}-${i}-${world.size}@client.test>`, subject: `Выписка ${i}`,
        from: { name: 'Клиент', address: `client${i}@client.test` }, to: [{ name: null, address: 'office@firm.test' }], cc: [{ name: null, address: 'copy@client.test' }], references: [`<earlier-${i}@firm.test>`],
        sentAt: new Date(Date.UTC(2026, 10, 2, 9, i)), text: `Текст ${i}`, html: `<p>Текст ${i} <img src="https://example.test/${i}.png"></p>`,
        lead: onLead ? lead : null, matchedBy: onLead ? MailMatch.CONTACT : null, uidValidity: '1', uid: String(onLead ? i + 1 : world.size + i + 1),
      });
    const emailIds: string[] = [];
    const triageIds: string[] = [];
    for (let i = 0; i < world.size; i += 1) {
      const message = letter(i, true);
      for (const name of ['выписка.pdf', 'акт.pdf']) tx.em.create(MailAttachment, { firm, message, filename: name, contentType: 'application/pdf', size: 4, content: Buffer.from('%PDF') });
      addEmailEntry(tx, message, null);
      emailIds.push(message.id);
      triageIds.push(letter(i, false).id);
    }
    return { mailboxId: mailbox.id, triageIds, emailIds };
  });
  worlds.set(world, ids);
}

/** What the whole-answer test's cases need of it (its `Case`, as a plain shape). */
interface MailCase {
  mutation: string;
  variables(s: any): Record<string, unknown> | Promise<Record<string, unknown>>;
  after?(data: any, s: any): void;
}

/**
 * The mail mutations for the whole-answer test, in order, against real mail servers started by the
 * first case (and stopped after the file): connect, test, change, a template, send, fetch a letter
 * nobody can place and assign it, remove.
 */
export function mailMutationCases(app: () => App): MailCase[] {
  const office = { address: 'office@firm.test', password: 'office-pass' };
  let servers: MailServers | null = null;
  afterAll(async () => {
    await servers?.close();
  });
  const input = (s: MailServers) => ({
    label: 'Общий ящик', address: office.address, senderName: 'Бухгалтерия', signature: 'С уважением',
    smtp: { host: s.host, port: s.smtpPort, tls: 'NONE', user: office.address, password: office.password },
    imap: { host: s.host, port: s.imapPort, tls: 'NONE', user: office.address, password: office.password },
  });
  return [
    {
      mutation: 'createMailbox',
      variables: async () => {
        servers = await startMailServers([office]);
        return { input: input(servers) };
      },
      after: (data, s) => (s.mailboxId = data.id),
    },
    { mutation: 'testMailbox', variables: (s) => ({ id: s.mailboxId }) },
    { mutation: 'updateMailbox', variables: (s) => ({ id: s.mailboxId, input: { ...input(servers!), label: 'Основной ящик' } }) },
    { mutation: 'updateMailTemplate', variables: () => ({ code: 'PAYMENT_REMINDER', subject: 'Оплата — {{компания}}', body: 'Здравствуйте, {{контакт}}!' }) },
    {
      mutation: 'sendMail',
      variables: (s) => ({ input: { mailboxId: s.mailboxId, leadId: s.leadId, to: ['client@example.com'], subject: 'Выписки', body: 'Пришлите, пожалуйста', attachments: [{ filename: 'список.txt', contentType: 'text/plain', contentBase64: Buffer.from('список').toString('base64') }] } }),
    },
    {
      mutation: 'assignMail',
      variables: async (s) => {
        await servers!.deliver(office, 'From: stranger@unknown.test\r\nTo: office@firm.test\r\nSubject: =?utf-8?B?0J/RgNC10LTQu9C+0LbQtdC90LjQtQ==?=\r\nMessage-ID: <stray@unknown.test>\r\n\r\nHello\r\n');
        const report = await app().services.mailFetch.fetchMailbox(app().orm, s.owner.firmId, s.mailboxId);
        expect(report).toMatchObject({ error: null, stored: 1 });
        const [row] = await app().orm.em.fork().getConnection().execute<{ id: string }[]>(`select id from mail_message where mailbox_id = ? and message_id = '<stray@unknown.test>'`, [s.mailboxId]);
        return { id: row!.id, leadId: s.leadId };
      },
    },
    { mutation: 'removeMailbox', variables: (s) => ({ id: s.mailboxId }) },
  ];
}
