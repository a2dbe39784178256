import { describe, expect, it } from 'vitest';
import { addMember, ok, signUpFirm } from '../harness.js';
import { graphql } from '../gql/index.js';
import { FOLLOW_UP_REMINDERS } from '../../src/modules/correspondence/correspondence.jobs.js';
import { browserAvailable, browserSuite, signIn } from './browser.js';

const CREATE_LEAD = graphql(`mutation FollowUpBrowserCreateLead($input: LeadInput!) { createLead(input: $input) { id } }`);

describe.runIf(browserAvailable)('a promised call-back nobody forgets', () => {
  const suite = browserSuite();

  it('a manager logs a call with a call-back; it is in their list, comes due, and its result lands on the timeline', async () => {
    const owner = await signUpFirm(suite.app, 'ООО «Обещания»');
    const manager = await addMember(suite.app, owner.token, 'MANAGER');
    const lead = (
      await ok(suite.app, CREATE_LEAD, { input: { lastName: 'Кузнецова', firstName: 'Ольга', legalForm: 'ORGANIZATION', companyName: 'ООО «Звонок»', taxRegime: 'USN_INCOME', regionCode: '77' } }, manager.token)
    ).createLead;

    const page = await (await suite.browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
    await signIn(page, suite.app.url, manager.email, manager.password);
    await page.goto(`${suite.app.url}/leads/${lead.id}`);
    await page.getByTestId('lead-tab-timeline').click();
    // only the lead's creation so far
    await page.locator('[data-testid="timeline-item"][data-kind="CHANGE"]').waitFor({ timeout: 15_000 });

    await page.getByTestId('log-call').click();
    const form = page.getByTestId('log-entry-form');
    await form.getByTestId('entry-contact').fill('Ольга Кузнецова');
    await form.getByTestId('entry-summary').fill('Обсудили выписки за ноябрь, пришлёт в пятницу');
    await form.getByTestId('entry-promised').check({ force: true });
    await form.getByTestId('follow-up-title').fill('Перезвонить насчёт выписок');
    // due at midnight of the firm's today (the default day): already due
    await form.getByTestId('follow-up-time').fill('00:00');
    await form.getByTestId('entry-save').click();
    await expect.poll(() => form.isVisible(), { timeout: 15_000 }).toBe(false);

    // the call and the promise appear on the open timeline through the live stream
    await page.locator('[data-testid="timeline-item"][data-kind="CALL"]').getByText('Обсудили выписки за ноябрь').waitFor({ timeout: 15_000 });
    await page.locator('[data-testid="timeline-follow-up"][data-state="DUE"]').getByText('Перезвонить насчёт выписок').waitFor({ timeout: 15_000 });

    // the reminder job tells the owner: the bell counts it without a reload
    await suite.app.jobs.send(FOLLOW_UP_REMINDERS);
    await expect.poll(() => page.getByTestId('notification-count').getAttribute('data-count'), { timeout: 15_000 }).toBe('1');

    await page.getByTestId('nav-my-follow-ups').click();
    const row = page.locator('[data-testid="my-follow-up"][data-state="DUE"]', { hasText: 'Перезвонить насчёт выписок' });
    await row.waitFor({ timeout: 15_000 });
    expect(await row.textContent()).toContain('ООО «Звонок»');
    await row.getByTestId('my-follow-up-close').click();
    const close = page.getByTestId('close-follow-up-form');
    await close.getByTestId('follow-up-result').fill('Выписки получены, расчёт отправлен');
    await close.getByTestId('follow-up-close-submit').click();
    await page.getByTestId('my-follow-ups-empty').waitFor({ timeout: 15_000 });

    await page.goto(`${suite.app.url}/leads/${lead.id}`);
    await page.getByTestId('lead-tab-timeline').click();
    const result = page.locator('[data-testid="timeline-item"][data-kind="FOLLOW_UP_RESULT"]');
    await result.getByText('Выписки получены, расчёт отправлен').waitFor({ timeout: 15_000 });
    await page.locator('[data-testid="timeline-follow-up"][data-state="DONE"]').waitFor();
    // newest first: the result is on top
    expect(await page.getByTestId('timeline-item').first().getAttribute('data-kind')).toBe('FOLLOW_UP_RESULT');
  });
});
