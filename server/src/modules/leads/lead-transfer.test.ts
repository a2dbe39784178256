import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { errorCode, gql, ok, signUpFirm, startTestApp, type SignedUpFirm } from '../../../test/harness.js';
import { statementsOf } from '../../../test/statements.js';
import { graphql } from '../../../test/gql/index.js';

const PREVIEW = graphql(`mutation LeadTransferPreviewLeadImport($file: UploadedFileInput!) { previewLeadImport(file: $file) { validCount invalidCount rows { rowNumber companyName inn legalForm taxRegime regionCode phone errors { field message } duplicates { lead { id } matchedOn } } } }`);
const IMPORT = graphql(`mutation LeadTransferImportLeads($file: UploadedFileInput!) { importLeads(file: $file) { imported skipped leads { id companyName source { name } region { name } } } }`);
const COUNT = graphql(`query LeadTransferLeads { leads(first: 1) { totalCount } }`);

const csv = (lines: string[]) => ({ name: 'leads.csv', contentBase64: Buffer.from(lines.join('\n')).toString('base64') });

let app: App;
let owner: SignedUpFirm;

beforeAll(async () => {
  app = await startTestApp();
  owner = await signUpFirm(app);
  await ok(app, graphql(`mutation LeadTransferCreateLead($input: LeadInput!) { createLead(input: $input) { id } }`), { input: { lastName: 'Старый', firstName: 'Лид', legalForm: 'ORGANIZATION', companyName: 'ООО «Уже есть»', inn: '7736207543' } }, owner.token);
});

describe('importing leads from a file', () => {
  const file = csv([
    'Фамилия;Имя;Форма;Компания;ИНН;Режим;Регион;Источник;Телефон;Email',
    'Иванов;Пётр;ООО;ООО «Ромашка»;7707083893;УСН доходы минус расходы;77;Сайт;+7 916 123-45-67;ivanov@romashka.ru',
    'Сидоров;Иван;ИП;ИП Сидоров;500100732259;Патент;Татарстан;Рекомендация;89161112233;',
    'Петров;Олег;ООО;ООО «Ошибка»;7707083894;ОСНО;77;;;',
    'Кузнецов;Ян;ООО;ООО «Где-то»;;ОСНО;Атлантида;;;',
    'Смирнов;Лев;ООО;ООО «Дубль»;7736207543;ОСНО;77;;;',
    'Волков;Ефим;ООО;ООО «Двойник»;;ОСНО;78;;8 916 123 45 67;',
  ]);

  it('previews every row with its errors: bad INN, unknown region, duplicates in the firm and in the file', async () => {
    const preview = (await ok(app, PREVIEW, { file }, owner.token)).previewLeadImport;
    expect(preview).toMatchObject({ validCount: 2, invalidCount: 4 });
    const byRow = Object.fromEntries(preview.rows.map((r) => [r.rowNumber, r]));
    expect(byRow[2]).toMatchObject({ inn: '7707083893', legalForm: 'ORGANIZATION', taxRegime: 'USN_INCOME_MINUS_EXPENSES', phone: '+79161234567', errors: [] });
    expect(byRow[3]).toMatchObject({ legalForm: 'INDIVIDUAL_ENTREPRENEUR', taxRegime: 'PSN', regionCode: '16', errors: [] });
    expect(byRow[4].errors.map((e) => e.field)).toEqual(['inn']);
    expect(byRow[5].errors.map((e) => e.field)).toEqual(['regionCode']);
    expect(byRow[6].errors.map((e) => e.field)).toEqual(['duplicate']);
    expect(byRow[6].duplicates[0].matchedOn).toEqual(['INN']);
    expect(byRow[7].errors).toEqual([{ field: 'duplicate', message: 'Same phone as row 2' }]);
    expect((await ok(app, COUNT, {}, owner.token)).leads.totalCount).toBe(1);
  });

  it('imports only the valid rows, in one go', async () => {
    const result = (await ok(app, IMPORT, { file }, owner.token)).importLeads;
    expect(result).toMatchObject({ imported: 2, skipped: 4 });
    expect(result.leads.map((l) => [l.companyName, l.source?.name, l.region?.name])).toEqual([
      ['ООО «Ромашка»', 'Сайт', 'г. Москва'],
      ['ИП Сидоров', 'Рекомендация', 'Республика Татарстан'],
    ]);
    expect((await ok(app, COUNT, {}, owner.token)).leads.totalCount).toBe(3);
    // the same file again: now every row is a duplicate or invalid, nothing is written
    expect(errorCode(await gql(app, IMPORT, { file }, owner.token))).toBe('BAD_USER_INPUT');
    expect((await ok(app, COUNT, {}, owner.token)).leads.totalCount).toBe(3);
  });

  it('refuses files it cannot read', async () => {
    const cases = [
      { name: 'leads.pdf', contentBase64: Buffer.from('%PDF').toString('base64') },
      { name: 'leads.xlsx', contentBase64: Buffer.from('not a workbook').toString('base64') },
      csv(['Колонка;Другая', 'a;b']),
      { name: 'leads.csv', contentBase64: '' },
    ];
    for (const bad of cases) {
      const result = await gql(app, PREVIEW, { file: bad }, owner.token);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0]!.extensions!.fields![0]!.field).toBe('file');
    }
  });
});

/** A valid 10-digit organization INN: nine digits from `n` and the official check digit. */
function organizationInn(n: number): string {
  const digits = String(100_000_000 + n).slice(-9).split('').map(Number);
  const check = (digits.reduce((sum, d, i) => sum + d * [2, 4, 10, 3, 5, 9, 4, 6, 8][i]!, 0) % 11) % 10;
  return digits.join('') + check;
}

/** `count` rows of every kind: valid, bad INN, known source, duplicates of a stored lead and of earlier rows. */
function generatedFile(count: number) {
  const lines = ['Фамилия;Имя;Форма;Компания;ИНН;Режим;Регион;Источник;Телефон;Email'];
  for (let i = 0; i < count; i += 1) {
    const inn = i % 7 === 3 ? '7736207543' : i % 11 === 5 ? '7707083894' : organizationInn(500_000 + i);
    const phone = i % 13 === 6 ? '+7 916 000-00-01' : `+7 916 ${String(1_000_000 + i).slice(-7)}`;
    const email = i % 17 === 8 ? 'same@example.com' : `lead${i}@example.com`;
    lines.push(`Фамилия${i};Имя;ООО;ООО «Лид ${i}»;${inn};ОСНО;77;${i % 2 ? 'Сайт' : ''};${phone};${email}`);
  }
  return csv(lines);
}

/** A new firm holding one lead whose INN and phone the generated files repeat. */
async function firmWithStoredLead(): Promise<SignedUpFirm> {
  const firm = await signUpFirm(app, 'ООО «Большой файл»');
  await ok(app, graphql(`mutation LeadTransferCreateLead($input: LeadInput!) { createLead(input: $input) { id } }`), { input: { lastName: 'Старый', firstName: 'Лид', legalForm: 'ORGANIZATION', companyName: 'ООО «Уже есть»', inn: '7736207543', phone: '+7 916 000-00-01' } }, firm.token);
  return firm;
}

describe('import checks every row in a constant number of statements', () => {
  it('previews 5,000 rows with as many SQL statements as 10, with the same messages', async () => {
    const firm = await firmWithStoredLead();
    const small = await statementsOf(app, PREVIEW, { file: generatedFile(10) }, firm.token);
    const large = await statementsOf(app, PREVIEW, { file: generatedFile(5000) }, firm.token);
    // sources, the importer as owner, the duplicates of every row
    expect(small.statements).toHaveLength(3);
    expect(large.statements).toHaveLength(3);

    const rows = large.data.previewLeadImport.rows;
    expect(rows).toHaveLength(5000);
    const stored = { field: 'duplicate', message: 'Matches an existing lead: ООО «Уже есть»' };
    // rows[i] is file row i + 2: the stored lead's INN at i = 3, 10, …; its phone at i = 6, 19, …; one e-mail at i = 8, 25, …
    expect(rows[3]).toMatchObject({ errors: [stored], duplicates: [{ matchedOn: ['INN'] }] });
    expect(rows[6]).toMatchObject({ errors: [stored], duplicates: [{ matchedOn: ['PHONE'] }] });
    expect(rows[10].errors).toEqual([stored, { field: 'duplicate', message: 'Same INN as row 5' }]);
    expect(rows[19].errors).toEqual([stored, { field: 'duplicate', message: 'Same phone as row 8' }]);
    expect(rows[25]).toMatchObject({ errors: [{ field: 'duplicate', message: 'Same e-mail as row 10' }], duplicates: [] });
    expect(rows[5].errors.map((e) => e.field)).toEqual(['inn']);
    expect(rows[1]).toMatchObject({ errors: [], duplicates: [] });
    expect(large.data.previewLeadImport.validCount).toBe(rows.filter((r) => !r.errors.length).length);
  });

  it('imports with as many reads for 300 rows as for 10 (the writes grow with the rows)', async () => {
    const IMPORT_COUNTS = graphql(`mutation LeadTransferImportLeads2($file: UploadedFileInput!) { importLeads(file: $file) { imported skipped } }`);
    const reads = (statements: string[]) => statements.filter((sql) => /^\s*select\b/i.test(sql));
    for (const count of [10, 300]) {
      const firm = await firmWithStoredLead();
      const preview = (await ok(app, PREVIEW, { file: generatedFile(count) }, firm.token)).previewLeadImport;
      const imported = await statementsOf(app, IMPORT_COUNTS, { file: generatedFile(count) }, firm.token);
      expect(reads(imported.statements)).toHaveLength(3);
      expect(imported.data.importLeads).toEqual({ imported: preview.validCount, skipped: preview.invalidCount });
      expect((await ok(app, COUNT, {}, firm.token)).leads.totalCount).toBe(preview.validCount + 1);
    }
  });
});

describe('exporting leads', () => {
  it('writes the filtered list to XLSX, which another firm can import back', async () => {
    const exported = (await ok(app, graphql(`query LeadTransferExportLeads($filter: LeadFilter) { exportLeads(filter: $filter) { filename mimeType contentBase64 } }`), { filter: { legalForm: 'ORGANIZATION' } }, owner.token)).exportLeads;
    expect(exported.filename).toMatch(/^leads-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(exported.contentBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.rowCount).toBe(3);
    expect((sheet.getRow(1).values as string[]).slice(1, 6)).toEqual(['Фамилия', 'Имя', 'Отчество', 'Форма', 'Компания']);

    const other = await signUpFirm(app, 'ООО «Получатель»');
    const result = (await ok(app, IMPORT, { file: { name: exported.filename, contentBase64: exported.contentBase64 } }, other.token)).importLeads;
    expect(result).toMatchObject({ imported: 2, skipped: 0 });
  });
});
