import { describe, expect, it } from 'vitest';
import { ok, signUpFirm } from '../harness.js';
import { graphql } from '../gql/index.js';
import { browserAvailable, browserSuite, signIn } from './browser.js';

const SET_REQUISITES = graphql(`mutation QuoteSetRequisites($input: FirmSettingsInput!) { updateFirmSettings(input: $input) { id } }`);
const CREATE_LEAD = graphql(`mutation QuoteCreateLead($input: LeadInput!) { createLead(input: $input) { id } }`);
const CREATE_RUN = graphql(`mutation QuoteCreateRun($leadId: ID!, $input: PricingInput!) { createPricingRun(leadId: $leadId, input: $input) { id price } }`);
// 1×1 transparent PNG
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

describe.runIf(browserAvailable)('a quote fit to send', () => {
  const suite = browserSuite();

  it("carries the firm's requisites and logo, the client's INN, dates, the VAT statement, a signature line and phones as +7 (495) 123-45-67", async () => {
    const owner = await signUpFirm(suite.app, 'ООО «Баланс»');
    await ok(suite.app, SET_REQUISITES, {
      input: {
        inn: '7707083893', kpp: '770701001', address: 'г. Москва, ул. Тверская, д. 1', phone: '8 495 123-45-67', email: 'office@balans.ru',
        website: 'balans.ru', taxRegime: 'USN_INCOME', vatRate: 0, quoteValidDays: 14, logo: PNG,
      },
    }, owner.token);
    const lead = (await ok(suite.app, CREATE_LEAD, {
      input: { lastName: 'Иванов', firstName: 'Пётр', legalForm: 'ORGANIZATION', companyName: 'ООО «Ромашка»', inn: '7736207543', taxRegime: 'USN_INCOME_MINUS_EXPENSES', phone: '+79161234567' },
    }, owner.token)).createLead;
    await ok(suite.app, CREATE_RUN, {
      leadId: lead.id,
      input: {
        legalForm: 'ORGANIZATION', taxRegime: 'USN_INCOME_MINUS_EXPENSES',
        values: [
          { key: 'employees', number: 12 }, { key: 'bankOperations', number: 180 }, { key: 'documents', number: 60 }, { key: 'bankAccounts', number: 2 },
          { key: 'vatPayer', flag: true }, { key: 'foreignTrade', flag: false }, { key: 'divisions', number: 0 }, { key: 'activityKind', option: 'trade' },
        ],
      },
    }, owner.token);

    const page = await (await suite.browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
    await signIn(page, suite.app.url, owner.email, owner.password);
    await page.goto(`${suite.app.url}/leads/${lead.id}`);
    // the calculator starts from the lead's saved run; its «Печать КП» prints what it shows
    const print = page.getByTestId('pricing-print');
    await expect.poll(() => print.isEnabled(), { timeout: 15_000 }).toBe(true);
    await print.click();
    const sheet = page.getByTestId('pricing-quote-sheet').first();
    await sheet.getByTestId('pricing-quote-firm').waitFor({ timeout: 10_000 });

    const firm = await sheet.getByTestId('pricing-quote-firm').innerText();
    for (const text of ['ООО «Баланс»', 'ИНН 7707083893 / КПП 770701001', 'г. Москва, ул. Тверская, д. 1', 'Тел. +7 (495) 123-45-67', 'office@balans.ru', 'balans.ru']) {
      expect(firm).toContain(text);
    }
    expect(await sheet.locator('img.quote-logo').getAttribute('src')).toBe(`data:image/png;base64,${PNG}`);
    const whole = await sheet.innerText();
    expect(whole).toContain('ООО «Ромашка», ИНН 7736207543');
    expect(whole).toContain('+7 (916) 123-45-67');
    expect(await sheet.getByTestId('pricing-quote-vat').innerText()).toBe('НДС не облагается (УСН)');
    expect(await sheet.getByTestId('pricing-quote-date').innerText()).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
    expect(await sheet.getByTestId('pricing-quote-valid-until').innerText()).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
    // phrased for the client: no tariff version, a yes/no service «включено», a signature line
    expect(whole).not.toMatch(/верси/i);
    expect(whole).toContain('включено');
    expect(whole).not.toMatch(/—\s*да\s*—/);
    expect(await sheet.locator('.quote-signature-blank').count()).toBe(1);
    // printed: only the sheet, on A4
    await page.emulateMedia({ media: 'print' });
    const display = (selector: string) => page.evaluate<string>(`getComputedStyle(document.querySelector(${JSON.stringify(selector)})).display`);
    expect(await display('.pricing-print-portal')).toBe('block');
    expect(await display('#root')).toBe('none');
  });
});
