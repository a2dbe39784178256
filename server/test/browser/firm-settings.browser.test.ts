import { describe, expect, it } from 'vitest';
import { ok, signUpFirm } from '../harness.js';
import { browserAvailable, browserSuite, signIn } from './browser.js';
import { graphql } from '../gql/index.js';

describe.runIf(browserAvailable)("the firm's settings in the browser", () => {
  const suite = browserSuite();

  it('the owner finds Владивосток among the Russian zones and saves it', async () => {
    const owner = await signUpFirm(suite.app, 'ООО «Приморье»');
    const page = await (await suite.browser.newContext()).newPage();
    await signIn(page, suite.app.url, owner.email, owner.password);
    await page.goto(`${suite.app.url}/team`);
    const zone = page.getByTestId('firm-time-zone');
    await expect.poll(() => zone.inputValue(), { timeout: 15_000 }).toBe('Москва (Europe/Moscow)');

    await zone.click();
    await zone.fill('Владив');
    await page.getByRole('option', { name: 'Владивосток (Asia/Vladivostok)' }).click();
    await page.getByTestId('firm-settings-save').click();
    await expect
      .poll(async () => (await ok(suite.app, graphql(`query FirmSettingsBrowserMe { me { firm { timeZone } } }`), {}, owner.token)).me.firm.timeZone, { timeout: 15_000 })
      .toBe('Asia/Vladivostok');
    expect(await zone.inputValue()).toBe('Владивосток (Asia/Vladivostok)');
  });
});
