import { describe, expect, it } from 'vitest';
import { ok, signUpFirm } from '../harness.js';
import { graphql } from '../gql/index.js';
import { browserAvailable, browserSuite, signIn } from './browser.js';

const CREATE_LEAD = graphql(`mutation LeadScheduleCreateLead($input: LeadInput!) { createLead(input: $input) { id } }`);
const TODAY = graphql(`query LeadScheduleToday { me { firm { today } } }`);
const PREVIEW = graphql(`query LeadSchedulePreview($profile: TaxProfileInput!, $year: Int!) { schedulePreview(profile: $profile, year: $year) { dueDate nominalDate } }`);
const day = (iso: string) => iso.split('-').reverse().join('.');

describe.runIf(browserAvailable)('the lead card shows what the prospective client will owe', () => {
  const suite = browserSuite();

  it('lists the year by month with dates ДД.ММ.ГГГГ, grows with employees and marks next year provisional', async () => {
    const owner = await signUpFirm(suite.app, 'ООО «Календарь»');
    const lead = (
      await ok(suite.app, CREATE_LEAD, {
        input: { lastName: 'Сидоров', firstName: 'Пётр', legalForm: 'INDIVIDUAL_ENTREPRENEUR', companyName: 'ИП Сидоров П. А.', taxRegime: 'USN_INCOME', regionCode: '77' },
      }, owner.token)
    ).createLead;
    const year = Number((await ok(suite.app, TODAY, {}, owner.token)).me.firm.today.slice(0, 4));

    const page = await (await suite.browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
    await signIn(page, suite.app.url, owner.email, owner.password);
    await page.goto(`${suite.app.url}/leads/${lead.id}`);
    await page.getByTestId('lead-tab-schedule').click();

    // an ИП on УСН «доходы» without employees: the ten items of the tax calendar's worked example
    const profile = { legalForm: 'INDIVIDUAL_ENTREPRENEUR', taxRegime: 'USN_INCOME', hasEmployees: false, vatPayer: false, region: '77' } as const;
    const expected = (await ok(suite.app, PREVIEW, { profile, year }, owner.token)).schedulePreview;
    expect(expected).toHaveLength(10);
    await expect.poll(() => page.getByTestId('schedule-count').textContent(), { timeout: 15_000 }).toBe('10 обязательств');
    const first = await page.getByTestId('schedule-item').first().textContent();
    expect(first).toContain(day(expected[0]!.dueDate));
    if (expected[0]!.nominalDate !== expected[0]!.dueDate) expect(first).toContain(`перенесено с ${day(expected[0]!.nominalDate)}`);
    expect(await page.getByTestId('schedule-provisional').count()).toBe(0);

    // Mantine's switch input lies over its label; the sticky header may cover the row after a scroll
    await page.getByRole('switch', { name: 'Есть работники' }).check({ force: true });
    await expect.poll(() => page.getByTestId('schedule-count').textContent(), { timeout: 15_000 }).toBe('111 обязательств');

    await page.getByTestId('schedule-year').getByText(String(year + 1)).click({ force: true });
    await page.getByTestId('schedule-provisional').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('lead-schedule').textContent()).toContain('предварительно');
    if (process.env.SCHEDULE_SCREENSHOT) await page.screenshot({ path: process.env.SCHEDULE_SCREENSHOT, fullPage: false });
  });
});
