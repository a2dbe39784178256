import nodemailer from 'nodemailer';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { addMember, ok, signUpFirm, startTestApp, type SignedUpFirm } from '../harness.js';
import { graphql } from '../gql/index.js';
import { startMailServers, type MailServers } from '../mail-servers.js';
import { browserAvailable, launchBrowser, requireBuiltClient, signIn } from './browser.js';

const CREATE_LEAD = graphql(`mutation MailBrowserCreateLead($input: LeadInput!) { createLead(input: $input) { id } }`);
const OFFICE = { address: 'office@firm.test', password: 'office-pass' };
const MARIA = { address: 'maria@romashka.test', password: 'maria-pass' };

describe.runIf(browserAvailable)('the firm’s mailbox in the app', () => {
  let app: App;
  let browser: Browser;
  let servers: MailServers;
  let owner: SignedUpFirm;

  beforeAll(async () => {
    requireBuiltClient();
    servers = await startMailServers([OFFICE, MARIA]);
    app = await startTestApp(undefined, { mailSecretKey: 'ab'.repeat(32) });
    // the test fetches itself: no scheduled run interleaves
    await app.jobs.stop();
    browser = await launchBrowser();
    owner = await signUpFirm(app, 'ООО «Почта»');
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await servers?.close();
  });

  const page = async (email: string, password: string): Promise<Page> => {
    const p = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
    await signIn(p, app.url, email, password);
    return p;
  };

  it('the owner connects a mailbox and tests it; a manager writes from the timeline with a template and sorts a stray letter', async () => {
    const settings = await page(owner.email, owner.password);
    await settings.goto(`${app.url}/settings/mail`);
    await settings.getByTestId('mailbox-add').click();
    const field = (label: string, nth = 0) => settings.getByRole('dialog').getByLabel(label, { exact: false }).nth(nth);
    await field('Название').fill('Общий ящик');
    await field('Адрес').fill(OFFICE.address);
    await field('Имя отправителя').fill('Бухгалтерия «Почта»');
    for (const [i, port] of [[0, servers.smtpPort], [1, servers.imapPort]] as const) {
      await field('Сервер', i).fill(servers.host);
      await field('Порт', i).fill(String(port));
      await field('Логин', i).fill(OFFICE.address);
      await field('Пароль', i).fill(OFFICE.password);
    }
    for (const i of [0, 1]) {
      await field('Шифрование', i).click();
      await settings.getByRole('option', { name: 'Без шифрования' }).click();
    }
    await settings.getByTestId('mailbox-save').click();
    await settings.getByTestId('mailbox-card').waitFor({ timeout: 15_000 });
    await settings.getByTestId('mailbox-test').click();
    const result = settings.getByTestId('mailbox-test-result');
    await result.waitFor({ timeout: 20_000 });
    expect(await result.getByText('подключение и вход успешны').count()).toBe(2);

    const manager = await addMember(app, owner.token, 'MANAGER');
    const lead = (await ok(app, CREATE_LEAD, { input: { lastName: 'Петрова', firstName: 'Мария', legalForm: 'ORGANIZATION', companyName: 'ООО «Ромашка»', taxRegime: 'USN_INCOME', regionCode: '77', email: MARIA.address } }, manager.token)).createLead;
    const p = await page(manager.email, manager.password);
    await p.goto(`${app.url}/leads/${lead.id}`);
    await p.getByTestId('lead-tab-timeline').click();
    await p.getByTestId('compose-mail-open').click();
    await p.getByTestId('compose-template').click();
    await p.getByRole('option', { name: 'Запрос документов' }).click();
    await expect.poll(() => p.getByTestId('compose-subject').inputValue(), { timeout: 15_000 }).toBe('Запрос документов — ООО «Ромашка»');
    await p.getByTestId('compose-send').click();
    await p.getByTestId('compose-send').waitFor({ state: 'detached', timeout: 15_000 });
    const [sent] = await servers.letters(MARIA);
    expect(sent!.toString()).toContain('Subject: =?UTF-8?');
    const messageId = /Message-ID: (<[^>]+>)/i.exec(sent!.toString())![1]!;

    const client = nodemailer.createTransport({ host: servers.host, port: servers.smtpPort, secure: false, ignoreTLS: true, auth: { user: MARIA.address, pass: MARIA.password } });
    await client.sendMail({
      from: { name: 'Мария Петрова', address: MARIA.address }, to: OFFICE.address, subject: 'Re: Запрос документов', text: 'Выписка во вложении', inReplyTo: messageId, references: [messageId],
    });
    await client.sendMail({ from: 'stranger@unknown.test', to: OFFICE.address, subject: 'Коммерческое предложение', text: 'Предлагаем услуги', attachments: [{ filename: 'Прайс.pdf', content: Buffer.from('%PDF прайс'), contentType: 'application/pdf' }] });
    client.close();
    const [mailbox] = (await ok(app, graphql(`query MailBrowserMailboxes { mailboxes { id } }`), {}, owner.token)).mailboxes;
    expect(await app.services.mailFetch.fetchMailbox(app.orm, owner.firmId, mailbox!.id)).toMatchObject({ error: null, stored: 2 });

    await p.goto(`${app.url}/mail`);
    const stray = p.getByTestId('triage-letter').filter({ hasText: 'Коммерческое предложение' });
    await stray.waitFor({ timeout: 15_000 });
    await stray.getByTestId('email-attachment').getByText('Прайс.pdf').waitFor();
    await stray.getByTestId('triage-owner').click();
    await p.getByRole('option', { name: 'Лид «ООО «Ромашка»»' }).click();
    await stray.getByTestId('triage-assign').click();
    await p.getByText('Неразобранных писем нет.').waitFor({ timeout: 15_000 });
  }, 120_000);
});
