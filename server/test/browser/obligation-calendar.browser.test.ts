import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { addMember, ok, signUpFirm } from '../harness.js';
import { graphql } from '../gql/index.js';
import { browserAvailable, browserSuite, signIn } from './browser.js';

const CREATE = graphql(`mutation CalendarBrowserCreate($input: ClientInput!) { createClient(input: $input) { id } }`);
const ASSIGN = graphql(`mutation CalendarBrowserAssign($clientId: ID!, $area: ServiceArea!, $accountantId: ID!, $fromDate: Date) { assignClientArea(clientId: $clientId, area: $area, accountantId: $accountantId, fromDate: $fromDate) { id version } }`);
const ACCEPT = graphql(`mutation CalendarBrowserAccept($id: ID!, $version: Int!) { acceptClient(id: $id, version: $version) { id } }`);
const OPEN = graphql(`query CalendarBrowserOpen($first: Int!) { myObligations(first: $first, filter: { statuses: [PLANNED] }) { edges { node { id dueDate overdue status } } } }`);
const PROVISIONAL = graphql(`query CalendarBrowserProvisional($id: ID!, $first: Int!) { client(id: $id) { obligations(first: $first, filter: { statuses: [PLANNED, IN_PROGRESS, DONE] }) { edges { node { provisional } } } } }`);
const STATUS = graphql(`query CalendarBrowserStatus($from: Date!, $to: Date!) { myObligationCalendar(from: $from, to: $to) { id status doneDate } }`);

describe.runIf(browserAvailable)('the accountant’s calendar', () => {
  const suite = browserSuite();

  it('shows an accepted client’s obligation on its due date in the month view; one click marks it done', async () => {
    const owner = await signUpFirm(suite.app, 'ООО «Календарь бухгалтера»');
    const tax = await addMember(suite.app, owner.token, 'ACCOUNTANT', 'TAX');
    const payroll = await addMember(suite.app, owner.token, 'ACCOUNTANT', 'PAYROLL');
    const primary = await addMember(suite.app, owner.token, 'ACCOUNTANT', 'PRIMARY_DOCUMENTS');
    const client = (await ok(suite.app, CREATE, { input: { legalForm: 'ORGANIZATION', fullName: 'ООО «Сроки»', shortName: 'ООО «Сроки»', taxRegime: 'USN_INCOME', vatPayer: false, hasEmployees: true, serviceStartDate: '2026-10-01' } }, owner.token)).createClient;
    let version = 0;
    for (const [area, who] of [['TAXES', tax], ['PAYROLL', payroll], ['PRIMARY_DOCUMENTS', primary]] as const) {
      version = (await ok(suite.app, ASSIGN, { clientId: client.id, area, accountantId: who.userId, fromDate: '2026-10-01' }, owner.token)).assignClientArea.version;
    }
    await ok(suite.app, ACCEPT, { id: client.id, version }, owner.token);
    // the payroll accountant's first obligation still to come
    const item = (await ok(suite.app, OPEN, { first: 100 }, payroll.token)).myObligations.edges.map((e) => e.node).find((o) => !o.overdue)!;
    expect(item).toBeDefined();

    const page = await (await suite.browser.newContext({ viewport: { width: 1440, height: 1000 } })).newPage();
    await signIn(page, suite.app.url, payroll.email, payroll.password);
    await page.getByTestId('nav-my-obligations').click();
    await page.getByTestId('obligations-view').getByText('Месяц').click();
    const calendar = page.getByTestId('obligations-calendar');
    await calendar.waitFor({ timeout: 15_000 });
    // to the month of the item's due date
    for (let step = 0; step < 24; step += 1) {
      const [from, to] = [await calendar.getAttribute('data-from'), await calendar.getAttribute('data-to')];
      if (item.dueDate >= from! && item.dueDate <= to!) break;
      await page.getByTestId(item.dueDate < from! ? 'calendar-previous' : 'calendar-next').click();
    }
    const chip = page.getByTestId(`calendar-day-${item.dueDate}`).locator(`[data-obligation-id="${item.id}"]`);
    await chip.waitFor({ timeout: 15_000 });
    expect(await chip.getAttribute('data-status')).toBe('PLANNED');
    expect(await page.getByTestId(`calendar-day-${item.dueDate}`).textContent()).toContain('ООО «Сроки»');

    await chip.click();
    await page.getByTestId('calendar-done').click();
    await expect.poll(() => chip.getAttribute('data-status'), { timeout: 15_000 }).toBe('DONE');
    const stored = (await ok(suite.app, STATUS, { from: item.dueDate, to: item.dueDate }, payroll.token)).myObligationCalendar.find((o) => o.id === item.id);
    expect(stored?.status).toBe('DONE');
  });

  it('the owner loads the 2027 calendar from a file and applies the recomputed schedules: nothing provisional is left', async () => {
    const owner = await signUpFirm(suite.app, 'ООО «Производственный календарь»');
    const tax = await addMember(suite.app, owner.token, 'ACCOUNTANT', 'TAX');
    const payroll = await addMember(suite.app, owner.token, 'ACCOUNTANT', 'PAYROLL');
    const primary = await addMember(suite.app, owner.token, 'ACCOUNTANT', 'PRIMARY_DOCUMENTS');
    const client = (await ok(suite.app, CREATE, { input: { legalForm: 'ORGANIZATION', fullName: 'ООО «Предварительно»', shortName: 'ООО «Предварительно»', taxRegime: 'USN_INCOME', vatPayer: false, hasEmployees: true, serviceStartDate: '2026-10-01' } }, owner.token)).createClient;
    let version = 0;
    for (const [area, who] of [['TAXES', tax], ['PAYROLL', payroll], ['PRIMARY_DOCUMENTS', primary]] as const) {
      version = (await ok(suite.app, ASSIGN, { clientId: client.id, area, accountantId: who.userId, fromDate: '2026-10-01' }, owner.token)).assignClientArea.version;
    }
    await ok(suite.app, ACCEPT, { id: client.id, version }, owner.token);
    const provisional = async () => (await ok(suite.app, PROVISIONAL, { id: client.id, first: 500 }, owner.token)).client.obligations.edges.filter((e) => e.node.provisional).length;
    expect(await provisional()).toBeGreaterThan(0);

    const page = await (await suite.browser.newContext({ viewport: { width: 1440, height: 1000 } })).newPage();
    await signIn(page, suite.app.url, owner.email, owner.password);
    await page.getByTestId('nav-production-calendars').click();
    await page.getByTestId('calendar-year-2027').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('calendar-year-2027').getAttribute('data-state')).toBe('PROVISIONAL');
    // test fixture: 2027 in the publishers' calendar.xml format
    await page.locator('input[type=file]').setInputFiles(fileURLToPath(new URL('../../src/modules/schedule/engine/testdata/calendar-2027.xml', import.meta.url)));
    await page.getByTestId('calendar-summary').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('calendar-summary').textContent()).toContain('247');
    expect(await page.getByTestId('calendar-change').count()).toBe(4);
    await page.getByTestId('calendar-load').click();
    await expect.poll(() => page.getByTestId('calendar-year-2027').getAttribute('data-state'), { timeout: 15_000 }).toBe('LOADED');
    await page.getByTestId('pending-diff').first().waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('pending-diffs').textContent()).toContain('ООО «Предварительно»');
    await page.getByTestId('apply-all-diffs').click();
    await expect.poll(() => page.getByTestId('pending-diff').count(), { timeout: 15_000 }).toBe(0);
    expect(await provisional()).toBe(0);
  });
});
