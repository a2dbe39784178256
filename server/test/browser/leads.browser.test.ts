import { describe, expect, it } from 'vitest';
import { addMember, signUpFirm } from '../harness.js';
import { browserAvailable, browserSuite, signIn } from './browser.js';

describe.runIf(browserAvailable)('a manager prices a new lead in the browser', () => {
  const suite = browserSuite();

  it('creates the lead, prices it, saves the run and sees the lead move to PRICED', async () => {
    const owner = await signUpFirm(suite.app, 'ООО «Расчёты»');
    const manager = await addMember(suite.app, owner.token, 'MANAGER');
    const page = await (await suite.browser.newContext()).newPage();
    await signIn(page, suite.app.url, manager.email, manager.password);

    await page.getByTestId('nav-leads').click();
    await page.getByTestId('new-lead').click();
    await page.getByTestId('lead-lastName').fill('Петров');
    await page.getByTestId('lead-firstName').fill('Иван');
    await page.getByTestId('lead-legalForm').selectOption('ORGANIZATION');
    await page.getByTestId('lead-companyName').fill('ООО «Торговый дом»');
    await page.getByTestId('lead-inn').fill('7707083893');
    await page.getByTestId('lead-taxRegime').selectOption('USN_INCOME_MINUS_EXPENSES');
    await page.getByTestId('lead-save').click();

    const stage = page.getByTestId('lead-stage');
    await stage.waitFor({ timeout: 15_000 });
    expect(await stage.getAttribute('data-stage')).toBe('NEW');

    // the worked example of pricing.md
    await page.getByTestId('pricing-param-employees').fill('12');
    await page.getByTestId('pricing-param-bankOperations').fill('180');
    await page.getByTestId('pricing-param-documents').fill('60');
    await page.getByTestId('pricing-param-bankAccounts').fill('2');
    await page.getByTestId('pricing-param-activityKind').click();
    await page.getByRole('option', { name: 'Торговля' }).click();
    const price = page.getByTestId('pricing-price');
    await expect.poll(() => price.getAttribute('data-price'), { timeout: 15_000 }).toBe('30360.00');

    await page.getByTestId('pricing-save-run').click();
    await expect.poll(() => page.getByTestId('pricing-run-row').count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => stage.getAttribute('data-stage'), { timeout: 15_000 }).toBe('PRICED');

    // coming back to the card, the calculator starts from the saved run
    await page.reload();
    await expect.poll(() => page.getByTestId('pricing-param-employees').inputValue(), { timeout: 15_000 }).toBe('12');
    await expect.poll(() => price.getAttribute('data-price'), { timeout: 15_000 }).toBe('30360.00');
  });
});
