import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../src/modules/contracts/documents/docx-builder.js';
import { ok, signUpFirm } from '../harness.js';
import { graphql } from '../gql/index.js';
import { browserAvailable, browserSuite, signIn } from './browser.js';

const CREATE_CLIENT = graphql(`mutation ContractFilesBrowserCreateClient($input: ClientInput!) { createClient(input: $input) { id } }`);

const CLIENT = {
  legalForm: 'ORGANIZATION' as const, fullName: 'Общество с ограниченной ответственностью «Василёк»', shortName: 'ООО «Василёк»', inn: '7707083893', kpp: '773601001', ogrn: '1027700132195',
  regionCode: '77', taxRegime: 'USN_INCOME' as const, vatPayer: false, hasEmployees: false,
};

/** The smallest file the server takes for a PDF: it reads the first bytes. */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

describe.runIf(browserAvailable)('contract files in the app', () => {
  const suite = browserSuite();

  it('the owner uses a template with an unknown placeholder, makes a contract from a client card at a typed price, attaches scans to it and to its power of attorney and downloads the registry', async () => {
    const owner = await signUpFirm(suite.app, 'ООО «Файлы»');
    const client = (await ok(suite.app, CREATE_CLIENT, { input: CLIENT }, owner.token)).createClient;
    const page = await (await suite.browser.newContext({ viewport: { width: 1366, height: 900 }, acceptDownloads: true })).newPage();
    await signIn(page, suite.app.url, owner.email, owner.password);

    // the firm's own contract template: its unknown placeholder is named, then used anyway
    await page.getByTestId('nav-document-templates').click();
    const template = page.getByTestId('template-CONTRACT');
    const docx = buildDocx([{ text: 'ДОГОВОР № {{contract.number}} с {{client.fullName}}' }, { text: 'Телефон менеджера: {{manager.phone}}' }]);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), template.getByTestId('template-upload').click()]);
    await chooser.setFiles({ name: 'Наш договор.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: docx });
    await template.getByTestId('template-unknown-name').waitFor({ timeout: 15_000 });
    expect(await template.getByTestId('template-unknown-name').allTextContents()).toEqual(['{{manager.phone}}']);
    expect(await template.getByTestId('template-state').getAttribute('data-active')).toBe('false');
    await template.getByTestId('template-activate').click();
    await expect.poll(() => template.getByTestId('template-state').getAttribute('data-active'), { timeout: 15_000 }).toBe('true');

    // a contract from the client card, the price typed in roubles
    await page.goto(`${suite.app.url}/clients/${client.id}`);
    const section = page.getByTestId('client-contracts');
    await section.getByText('Договоров с клиентом нет').waitFor({ timeout: 15_000 });
    await section.getByTestId('client-new-contract').click();
    const price = page.getByTestId('contract-price');
    await price.fill('-100');
    await price.blur();
    await page.getByText('Цена не может быть отрицательной').waitFor();
    await price.fill('25 000,50');
    await page.getByTestId('contract-save').click();
    await page.waitForURL(/\/contracts\/[0-9a-f-]{36}/, { timeout: 15_000 });
    await expect.poll(() => page.getByTestId('contract-current-price').textContent(), { timeout: 15_000 }).toMatch(/25\s000,50/);

    // a scan: a text file is refused in words, a PDF is listed with its download
    const attach = page.getByTestId('attach-scan-CONTRACT');
    const [wrong] = await Promise.all([page.waitForEvent('filechooser'), attach.click()]);
    await wrong.setFiles({ name: 'скан.pdf', mimeType: 'application/pdf', buffer: Buffer.from('не PDF') });
    await page.getByText('Скан должен быть PDF, JPEG или PNG').waitFor({ timeout: 15_000 });
    const [scan] = await Promise.all([page.waitForEvent('filechooser'), attach.click()]);
    await scan.setFiles({ name: 'договор подписан.pdf', mimeType: 'application/pdf', buffer: PDF });
    const listed = page.getByTestId('contract-scan');
    await listed.waitFor({ timeout: 15_000 });
    expect(await listed.textContent()).toContain('Скан: Договор');
    const [scanDownload] = await Promise.all([page.waitForEvent('download'), listed.getByTestId('download-scan').click()]);
    expect((await readFile((await scanDownload.path())!)).equals(PDF)).toBe(true);

    // a power of attorney from the client taken on directly: the client is its principal, a scan goes on its row
    await page.getByTestId('new-poa').click();
    await page.getByTestId('poa-save').click();
    const poa = page.getByTestId('poa-row');
    await poa.waitFor({ timeout: 15_000 });
    expect(await poa.getByTestId('poa-principal').textContent()).toBe('ООО «Василёк»');
    expect(await poa.getByTestId('poa-principal').getAttribute('href')).toBe(`/clients/${client.id}`);
    const [poaScan] = await Promise.all([page.waitForEvent('filechooser'), poa.getByTestId('attach-scan-POWER_OF_ATTORNEY').click()]);
    await poaScan.setFiles({ name: 'доверенность.pdf', mimeType: 'application/pdf', buffer: PDF });
    await poa.getByTestId('contract-scan').waitFor({ timeout: 15_000 });
    expect(await poa.getByTestId('contract-scan').textContent()).toContain('Скан: Доверенность');

    // back on the card the contract is listed
    await page.goto(`${suite.app.url}/clients/${client.id}`);
    await page.getByTestId('client-contract-row').waitFor({ timeout: 15_000 });

    // the registry as XLSX: a ZIP by its first bytes
    await page.getByTestId('nav-contracts').click();
    await page.getByTestId('contract-row').first().waitFor({ timeout: 15_000 });
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('registry-xlsx').click()]);
    expect(xlsx.suggestedFilename()).toMatch(/^Реестр договоров \d{4}-\d{2}-\d{2}\.xlsx$/);
    const bytes = await readFile((await xlsx.path())!);
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  }, 60_000);
});
