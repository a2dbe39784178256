import { describe, expect, it } from 'vitest';
import { addMember, ok, signUpFirm } from '../harness.js';
import { graphql } from '../gql/index.js';
import { browserAvailable, browserSuite, signIn } from './browser.js';

const CREATE = graphql(`mutation ControlBrowserCreateClient($input: ClientInput!) { createClient(input: $input) { id } }`);
const ASSIGN = graphql(`mutation ControlBrowserAssign($clientId: ID!, $area: ServiceArea!, $accountantId: ID!, $fromDate: Date) { assignClientArea(clientId: $clientId, area: $area, accountantId: $accountantId, fromDate: $fromDate) { id version } }`);
const ACCEPT = graphql(`mutation ControlBrowserAccept($id: ID!, $version: Int!) { acceptClient(id: $id, version: $version) { id } }`);
const REMINDERS = graphql(`query ControlBrowserReminders { myObligationReminders { daysBefore } }`);

describe.runIf(browserAvailable)('deadline control and the calendar feed', () => {
  const suite = browserSuite();

  it('the owner sees overdue work by accountant and opens it; the accountant subscribes to their calendar and sets reminders', { timeout: 180_000 }, async () => {
    const owner = await signUpFirm(suite.app, 'ООО «Контроль сроков»');
    const accountant = await addMember(suite.app, owner.token, 'ACCOUNTANT', 'TAX');
    const payroll = await addMember(suite.app, owner.token, 'ACCOUNTANT', 'PAYROLL');
    const primary = await addMember(suite.app, owner.token, 'ACCOUNTANT', 'PRIMARY_DOCUMENTS');
    const client = (await ok(suite.app, CREATE, { input: {
      legalForm: 'ORGANIZATION', fullName: 'ООО «Сроки и отчёты»', shortName: 'ООО «Сроки»', inn: '7707083893', regionCode: '77', taxRegime: 'USN_INCOME',
      vatPayer: false, hasEmployees: true, headcount: 3, serviceStartDate: '2026-01-01',
    } }, owner.token)).createClient;
    let version = 0;
    for (const [area, who] of [['TAXES', accountant], ['PAYROLL', payroll], ['PRIMARY_DOCUMENTS', primary]] as const) {
      version = (await ok(suite.app, ASSIGN, { clientId: client.id, area, accountantId: who.userId, fromDate: '2026-01-01' }, owner.token)).assignClientArea.version;
    }
    await ok(suite.app, ACCEPT, { id: client.id, version }, owner.token);

    const page = await (await suite.browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
    page.setDefaultTimeout(15_000);
    await signIn(page, suite.app.url, owner.email, owner.password);
    await page.getByTestId('nav-control').click();
    const row = page.getByTestId('control-accountant').filter({ hasText: 'Сотрудник ACCOUNTANT' }).first();
    await row.waitFor({ timeout: 15_000 });
    expect(Number(await page.getByTestId('control-overdue').locator('p').last().textContent())).toBeGreaterThan(0);
    await row.getByRole('button').click();
    await page.waitForURL(/accountant=/);
    await expect.poll(() => page.getByTestId('obligation').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await page.getByTestId('obligation').first().getAttribute('data-overdue')).toBe('true');
    await page.getByRole('tab', { name: 'По клиентам' }).click();
    await page.getByTestId('control-client').getByRole('link', { name: 'ООО «Сроки»' }).click();
    await page.waitForURL(new RegExp(`/clients/${client.id}`));

    const mine = await (await suite.browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
    mine.setDefaultTimeout(15_000);
    await signIn(mine, suite.app.url, accountant.email, accountant.password);
    expect(await mine.getByTestId('nav-control').count()).toBe(0);
    await mine.getByTestId('nav-my-obligations').click();
    await mine.getByTestId('calendar-feed-open').click();
    await mine.getByTestId('calendar-feed-rotate').click();
    const url = (await mine.getByTestId('calendar-feed-url').textContent({ timeout: 15_000 }))!.trim();
    const feed = await fetch(`${suite.app.url}${new URL(url).pathname}`);
    expect(feed.status).toBe(200);
    expect(await feed.text()).toContain('ООО «Сроки»');
    await mine.getByTestId('reminder-days').fill('5');
    await mine.getByTestId('reminder-days-save').click();
    await expect.poll(async () => (await ok(suite.app, REMINDERS, {}, accountant.token)).myObligationReminders.daysBefore, { timeout: 15_000 }).toBe(5);
  });
});
