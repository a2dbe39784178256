import { describe, expect, it } from 'vitest';
import { uniqueEmail } from '../harness.js';
import { browserAvailable, browserSuite } from './browser.js';

describe.runIf(browserAvailable)('a new firm in the browser', () => {
  const suite = browserSuite();

  it('signs up, lands in the app shell, opens the explorer and runs `me`', async () => {
    const page = await (await suite.browser.newContext()).newPage();
    const email = uniqueEmail('browser');
    await page.goto(`${suite.app.url}/login`);
    await page.getByRole('tab', { name: /Регистрация/ }).click();
    await page.getByTestId('firmName').fill('ООО «Браузер»');
    await page.getByTestId('name').fill('Анна Браузерова');
    await page.getByTestId('email').fill(email);
    await page.getByTestId('password').fill('browser password 1');
    await page.getByTestId('signup-submit').click();
    await expect.poll(() => page.getByTestId('app-shell').isVisible(), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => page.getByTestId('firm-name').textContent()).toBe('ООО «Браузер»');

    await page.getByTestId('nav-explorer').click();
    const editor = page.locator('.graphiql-query-editor .monaco-editor').first();
    await editor.waitFor({ timeout: 20_000 });
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type('{ me { email firm { name } } }');
    await page.locator('.graphiql-execute-button').click();
    const response = page.locator('.graphiql-response');
    // the response pane wraps long lines, so compare without whitespace
    const shown = async () => (await response.textContent())?.replace(/\s+/g, '') ?? '';
    await expect.poll(shown, { timeout: 15_000 }).toContain(email);
    expect(await shown()).toContain('ООО«Браузер»');

    // subscriptions run too, over the WebSocket with the same token
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type('subscription { auditEvents(after: "0") { id type } }');
    await page.locator('.graphiql-execute-button').click();
    await expect.poll(shown, { timeout: 15_000 }).toContain('FIRM_SIGNED_UP');
  });
});
