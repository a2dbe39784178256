import { describe, expect, it } from 'vitest';
import { addMember, ok, signUpFirm } from '../harness.js';
import { graphql } from '../gql/index.js';
import { browserAvailable, browserSuite, signIn } from './browser.js';

const CREATE_LEAD = graphql(`mutation ClientsBrowserCreateLead($input: LeadInput!) { createLead(input: $input) { id } }`);
const ASSIGN = graphql(`mutation ClientsBrowserAssign($clientId: ID!, $area: ServiceArea!, $accountantId: ID!) { assignClientArea(clientId: $clientId, area: $area, accountantId: $accountantId) { id } }`);
const STATUS = graphql(`query ClientsBrowserStatus($id: ID!) { client(id: $id) { status } }`);
const DONE = graphql(`query ClientsBrowserDone { myObligations(filter: { statuses: [DONE] }, first: 10) { edges { node { id doneDate } } } }`);

describe.runIf(browserAvailable)('a client accepted for service', () => {
  const suite = browserSuite();

  it('is accepted from the lead card and its obligations reach the accountant, who marks one done', async () => {
    const owner = await signUpFirm(suite.app, 'ООО «Приём клиентов»');
    const accountant = await addMember(suite.app, owner.token, 'ACCOUNTANT', 'TAX');
    const payroll = await addMember(suite.app, owner.token, 'ACCOUNTANT', 'PAYROLL');
    const primary = await addMember(suite.app, owner.token, 'ACCOUNTANT', 'PRIMARY_DOCUMENTS');
    const lead = (await ok(suite.app, CREATE_LEAD, { input: { lastName: 'Петров', firstName: 'Иван', legalForm: 'ORGANIZATION', companyName: 'ООО «Ромашка»', taxRegime: 'USN_INCOME', inn: '7707083893' } }, owner.token)).createLead;

    const page = await (await suite.browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
    await signIn(page, suite.app.url, owner.email, owner.password);
    await page.goto(`${suite.app.url}/leads/${lead.id}`);
    await page.getByTestId('accept-lead').click();
    await page.waitForURL(/\/clients\/[0-9a-f-]{36}/, { timeout: 15_000 });
    const clientId = page.url().split('/clients/')[1]!.split('?')[0]!;
    expect(await page.getByTestId('client-title').textContent()).toBe('ООО «Ромашка»');

    for (const [area, who] of [['TAXES', accountant], ['PAYROLL', payroll], ['PRIMARY_DOCUMENTS', primary]] as const) {
      await ok(suite.app, ASSIGN, { clientId, area, accountantId: who.userId }, owner.token);
    }
    await page.reload();
    await page.getByTestId('accept-client').click();
    // acceptance writes the client's whole year of obligations: give it room on a loaded CI machine
    await expect.poll(() => page.getByTestId('client-status').textContent(), { timeout: 30_000 }).toContain('На обслуживании');
    await expect.poll(() => page.getByTestId('obligation').count(), { timeout: 15_000 }).toBeGreaterThan(10);

    const mine = await (await suite.browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
    await signIn(mine, suite.app.url, accountant.email, accountant.password);
    await mine.getByTestId('nav-my-obligations').click();
    const first = mine.getByTestId('obligation').first();
    await first.waitFor({ timeout: 15_000 });
    expect(await mine.getByTestId('obligation').count()).toBeGreaterThan(3);
    expect(await mine.getByTestId('obligations').textContent()).toContain('ООО «Ромашка»');
    const id = await first.getAttribute('data-obligation-id');
    await first.getByTestId('obligation-done').click();
    await expect.poll(() => mine.locator(`[data-obligation-id="${id}"]`).getAttribute('data-status'), { timeout: 15_000 }).toBe('DONE');

    expect((await ok(suite.app, STATUS, { id: clientId }, owner.token)).client.status).toBe('ACTIVE');
    expect((await ok(suite.app, DONE, {}, accountant.token)).myObligations.edges.map((e) => e.node.id)).toEqual([id]);
  });
});
