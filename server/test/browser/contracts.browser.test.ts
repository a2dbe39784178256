import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { docxText } from '../../src/modules/contracts/documents/docx-builder.js';
import { ok, signUpFirm } from '../harness.js';
import { graphql } from '../gql/index.js';
import { browserAvailable, browserSuite, signIn } from './browser.js';

const CREATE_LEAD = graphql(`mutation ContractsBrowserCreateLead($input: LeadInput!) { createLead(input: $input) { id } }`);
const CREATE_RUN = graphql(`mutation ContractsBrowserCreateRun($leadId: ID!, $input: PricingInput!) { createPricingRun(leadId: $leadId, input: $input) { id } }`);

describe.runIf(browserAvailable)('a contract from a priced lead', () => {
  const suite = browserSuite();

  it('is drafted from the lead card, signed by both sides, active in the registry, and its DOCX downloads', async () => {
    const owner = await signUpFirm(suite.app, 'ООО «Договоры»');
    const lead = (await ok(suite.app, CREATE_LEAD, { input: { lastName: 'Петров', firstName: 'Иван', legalForm: 'ORGANIZATION', companyName: 'ООО «Ромашка»', taxRegime: 'USN_INCOME', inn: '7707083893' } }, owner.token)).createLead;
    await ok(suite.app, CREATE_RUN, { leadId: lead.id, input: { legalForm: 'ORGANIZATION', taxRegime: 'USN_INCOME', values: [{ key: 'employees', number: 5 }] } }, owner.token);

    const page = await (await suite.browser.newContext({ viewport: { width: 1366, height: 900 }, acceptDownloads: true })).newPage();
    await signIn(page, suite.app.url, owner.email, owner.password);
    await page.goto(`${suite.app.url}/leads/${lead.id}`);
    await page.getByTestId('lead-create-contract').click();
    await expect.poll(() => page.getByTestId('contract-run').inputValue(), { timeout: 15_000 }).toContain('№ 1');
    await page.getByTestId('contract-save').click();
    await page.waitForURL(/\/contracts\/[0-9a-f-]{36}/, { timeout: 15_000 });

    for (const party of ['FIRM', 'CLIENT']) {
      await page.getByTestId(`sign-${party}`).click();
      await page.getByTestId('signer').fill(party === 'FIRM' ? 'Соколова А. В.' : 'Петров И. С.');
      await page.getByTestId('sign-save').click();
      await page.getByTestId(`signed-${party}`).waitFor({ timeout: 15_000 });
    }
    await expect.poll(() => page.getByTestId('contract-status').getAttribute('data-status'), { timeout: 15_000 }).toBe('SIGNED_BOTH');

    // the document is made in the background and appears on the card by itself
    await page.getByTestId('generate-contract').click();
    const button = page.getByTestId('download-docx').first();
    await button.waitFor({ timeout: 30_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    const text = docxText(await readFile((await download.path())!));
    expect(text).toContain('ИНН 7707083893');
    expect(text).toContain('ООО «Ромашка»');

    await page.getByTestId('nav-contracts').click();
    const row = page.getByTestId('contract-row').first();
    await row.waitFor({ timeout: 15_000 });
    expect(await row.getAttribute('data-status')).toBe('SIGNED_BOTH');
    expect(await page.getByTestId('total-active').textContent()).toBe('1');
  });
});
