import { describe, expect, it } from 'vitest';
import { gql, signUpFirm } from '../harness.js';
import { browserAvailable, browserSuite, signIn } from './browser.js';
import { graphql } from '../gql/index.js';

describe.runIf(browserAvailable)('the own password and the tariff editor in the browser', () => {
  const suite = browserSuite();

  it('changes the password from the user menu, with the server’s refusals under the fields', async () => {
    const owner = await signUpFirm(suite.app, 'ООО «Пароль»');
    const page = await (await suite.browser.newContext()).newPage();
    await signIn(page, suite.app.url, owner.email, owner.password);

    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Сменить пароль' }).click();
    const dialog = page.getByRole('dialog', { name: 'Сменить пароль' });
    await dialog.getByTestId('change-password-current').fill('not my password');
    await dialog.getByTestId('change-password-new').fill('short');
    await dialog.getByTestId('change-password-repeat').fill('shorter');
    await dialog.getByRole('button', { name: 'Сменить пароль' }).click();
    await dialog.getByText('Пароль должен быть не короче 8 символов').waitFor();
    await dialog.getByText('Пароли не совпадают').waitFor();

    await dialog.getByTestId('change-password-new').fill('password1');
    await dialog.getByTestId('change-password-repeat').fill('password1');
    await dialog.getByRole('button', { name: 'Сменить пароль' }).click();
    await dialog.getByText('Неверный текущий пароль').waitFor({ timeout: 15_000 });

    await dialog.getByTestId('change-password-current').fill(owner.password);
    await dialog.getByRole('button', { name: 'Сменить пароль' }).click();
    await dialog.getByText(/^Пароль слишком простой/).waitFor({ timeout: 15_000 });

    const fresh = 'тихий кедр у реки 2026';
    await dialog.getByTestId('change-password-new').fill(fresh);
    await dialog.getByTestId('change-password-repeat').fill(fresh);
    await dialog.getByRole('button', { name: 'Сменить пароль' }).click();
    await page.getByText(/^Пароль изменён/).waitFor({ timeout: 15_000 });
    await expect.poll(() => dialog.isVisible()).toBe(false);

    const login = await gql(suite.app, graphql(`mutation AccountAndTariffsBrowserLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`), {
      email: owner.email,
      password: fresh,
    });
    expect(login.errors).toBeUndefined();
  });

  it('edits a tariff draft: amounts as people write them, the preview after a save, keys made from names, unsaved changes discarded', async () => {
    const owner = await signUpFirm(suite.app, 'ООО «Тариф»');
    const page = await (await suite.browser.newContext()).newPage();
    await signIn(page, suite.app.url, owner.email, owner.password);
    await page.goto(`${suite.app.url}/tariffs`);

    // the published version reads as a table: «25 000 ₽», factors «×1,1»
    const cell = page.getByTestId('tariff-view-base-ORGANIZATION-USN_INCOME_MINUS_EXPENSES');
    await cell.waitFor({ timeout: 15_000 });
    expect((await cell.textContent())?.replace(/[\u00a0\u202f]/g, ' ')).toMatch(/^\d{1,3}( \d{3})+ ₽$/);
    expect(await page.getByTestId('tariff-view-multipliers').textContent()).toMatch(/×\d+,\d+/);
    expect(await page.getByTestId('tariff-definition-view').locator('input').count()).toBe(0);

    await page.getByTestId('tariff-edit').click();
    await page.getByTestId('tariff-editor').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('tariff-editor').textContent()).not.toContain('Латиницей');
    expect(await page.getByTestId('tariff-parameter-key').count()).toBe(0);

    // a price the form refuses before sending
    await page.getByTestId('tariff-base-ORGANIZATION-OSNO').fill('двадцать');
    await expect.poll(() => page.getByTestId('tariff-unsaved').isVisible()).toBe(true);
    await page.getByTestId('tariff-save').click();
    await page.getByText('Сумма в рублях, не больше двух знаков после запятой').waitFor();
    await page.getByTestId('tariff-discard').click();
    await expect.poll(() => page.getByTestId('tariff-unsaved').count()).toBe(0);
    expect(await page.getByTestId('tariff-base-ORGANIZATION-OSNO').inputValue()).not.toBe('двадцать');

    // the sample is priced on the saved draft right after «Сохранить черновик», not from the cache
    const draftPrice = page.getByTestId('tariff-preview-draft-price');
    await expect.poll(() => draftPrice.textContent(), { timeout: 15_000 }).toMatch(/₽/);
    const before = await draftPrice.textContent();
    const base = page.getByTestId('tariff-base-ORGANIZATION-USN_INCOME_MINUS_EXPENSES');
    expect(await base.inputValue()).toMatch(/^\d{1,3}(\s\d{3})+$/);
    await base.fill('100 000');
    await page.getByTestId('tariff-save').click();
    await expect.poll(() => page.getByTestId('tariff-preview-draft-price').textContent(), { timeout: 15_000 }).not.toBe(before);

    // a new parameter's key is made from its name; keys are typed only behind the switch
    await page.getByTestId('tariff-add-parameter').click();
    const added = page.getByTestId('tariff-parameter').last();
    await added.getByTestId('tariff-parameter-label').fill('Кассовые аппараты');
    await expect.poll(() => added.getAttribute('data-key')).toBe('kassovyeApparaty');

    // a key the server refuses: the message under the key, in Russian, without the internal path
    await page.getByTestId('tariff-show-keys').click({ force: true });
    await added.getByTestId('tariff-parameter-key').fill('employees');
    await page.getByTestId('tariff-save').click();
    await added.getByText('Такой ключ или вариант в тарифе уже есть').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('tariff-editor').textContent()).not.toContain('parameters[');

    // fixed, saved and published
    await added.getByTestId('tariff-parameter-key').fill('cashRegisters');
    await page.getByTestId('tariff-publish').click();
    await page.getByText(/опубликована/).first().waitFor({ timeout: 15_000 });
    await expect.poll(() => page.locator('[data-testid="tariff-parameter"][data-key="cashRegisters"]').count(), { timeout: 15_000 }).toBe(1);
  });
});
