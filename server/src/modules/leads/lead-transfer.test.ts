import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { errorCode, gql, ok, signUpFirm, startTestApp, type SignedUpFirm } from '../../../test/harness.js';

const PREVIEW = `mutation ($file: UploadedFileInput!) { previewLeadImport(file: $file) { validCount invalidCount rows { rowNumber companyName inn legalForm taxRegime regionCode phone errors { field message } duplicates { lead { id } matchedOn } } } }`;
const IMPORT = `mutation ($file: UploadedFileInput!) { importLeads(file: $file) { imported skipped leads { id companyName source { name } region { name } } } }`;
const COUNT = `{ leads(first: 1) { totalCount } }`;

const csv = (lines: string[]) => ({ name: 'leads.csv', contentBase64: Buffer.from(lines.join('\n')).toString('base64') });

let app: App;
let owner: SignedUpFirm;

beforeAll(async () => {
  app = await startTestApp();
  owner = await signUpFirm(app);
  await ok(app, `mutation ($input: LeadInput!) { createLead(input: $input) { id } }`, { input: { lastName: 'Старый', firstName: 'Лид', legalForm: 'ORGANIZATION', companyName: 'ООО «Уже есть»', inn: '7736207543' } }, owner.token);
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
    const byRow = Object.fromEntries(preview.rows.map((r: any) => [r.rowNumber, r]));
    expect(byRow[2]).toMatchObject({ inn: '7707083893', legalForm: 'ORGANIZATION', taxRegime: 'USN_INCOME_MINUS_EXPENSES', phone: '+79161234567', errors: [] });
    expect(byRow[3]).toMatchObject({ legalForm: 'INDIVIDUAL_ENTREPRENEUR', taxRegime: 'PSN', regionCode: '16', errors: [] });
    expect(byRow[4].errors.map((e: any) => e.field)).toEqual(['inn']);
    expect(byRow[5].errors.map((e: any) => e.field)).toEqual(['regionCode']);
    expect(byRow[6].errors.map((e: any) => e.field)).toEqual(['duplicate']);
    expect(byRow[6].duplicates[0].matchedOn).toEqual(['INN']);
    expect(byRow[7].errors).toEqual([{ field: 'duplicate', message: 'Same phone as row 2' }]);
    expect((await ok(app, COUNT, {}, owner.token)).leads.totalCount).toBe(1);
  });

  it('imports only the valid rows, in one go', async () => {
    const result = (await ok(app, IMPORT, { file }, owner.token)).importLeads;
    expect(result).toMatchObject({ imported: 2, skipped: 4 });
    expect(result.leads.map((l: any) => [l.companyName, l.source?.name, l.region?.name])).toEqual([
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

describe('exporting leads', () => {
  it('writes the filtered list to XLSX, which another firm can import back', async () => {
    const exported = (await ok(app, `query ($filter: LeadFilter) { exportLeads(filter: $filter) { filename mimeType contentBase64 } }`, { filter: { legalForm: 'ORGANIZATION' } }, owner.token)).exportLeads;
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
