import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { LegalForm, TaxRegime } from './lead.enums.js';
import { RUSSIAN_REGIONS } from './rules/index.js';

/** The columns of an import or export file, with the headers people actually write. */
export const LEAD_COLUMNS = [
  { key: 'lastName', header: 'Фамилия', aliases: ['фамилия', 'lastname', 'last name', 'surname'] },
  { key: 'firstName', header: 'Имя', aliases: ['имя', 'firstname', 'first name', 'name'] },
  { key: 'patronymic', header: 'Отчество', aliases: ['отчество', 'patronymic', 'middle name'] },
  { key: 'legalForm', header: 'Форма', aliases: ['форма', 'правовая форма', 'опф', 'legalform', 'legal form'] },
  { key: 'companyName', header: 'Компания', aliases: ['компания', 'организация', 'название', 'наименование', 'company', 'companyname'] },
  { key: 'inn', header: 'ИНН', aliases: ['инн', 'inn', 'tin'] },
  { key: 'taxRegime', header: 'Режим', aliases: ['режим', 'система налогообложения', 'снo', 'сно', 'taxregime', 'tax regime'] },
  { key: 'okvedCode', header: 'ОКВЭД', aliases: ['оквэд', 'okved', 'okvedcode'] },
  { key: 'activity', header: 'Деятельность', aliases: ['деятельность', 'вид деятельности', 'activity'] },
  { key: 'region', header: 'Регион', aliases: ['регион', 'субъект', 'region', 'regioncode'] },
  { key: 'source', header: 'Источник', aliases: ['источник', 'source'] },
  { key: 'phone', header: 'Телефон', aliases: ['телефон', 'phone', 'тел'] },
  { key: 'email', header: 'Email', aliases: ['email', 'e-mail', 'почта', 'эл. почта', 'электронная почта'] },
  { key: 'notes', header: 'Заметки', aliases: ['заметки', 'примечание', 'комментарий', 'notes'] },
] as const;

export type LeadColumnKey = (typeof LEAD_COLUMNS)[number]['key'];
export type LeadTableRow = Partial<Record<LeadColumnKey, string>>;

export class LeadTableError extends Error {}

const MAX_ROWS = 5000;

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value && value.result !== undefined) return String(value.result);
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
  }
  return String(value);
}

async function readGrid(fileName: string, content: Buffer): Promise<string[][]> {
  if (/\.xlsx$/i.test(fileName)) {
    const book = new ExcelJS.Workbook();
    try {
      await book.xlsx.load(content as unknown as ArrayBuffer);
    } catch {
      throw new LeadTableError('The file is not a readable XLSX workbook');
    }
    const sheet = book.worksheets[0];
    if (!sheet) return [];
    const grid: string[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => {
      const values = (row.values as ExcelJS.CellValue[]).slice(1);
      grid.push(values.map((v) => cellText(v).trim()));
    });
    return grid;
  }
  if (/\.(csv|txt)$/i.test(fileName)) {
    const text = content.toString('utf8').replace(/^\uFEFF/, '');
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy', delimiter: '' });
    return parsed.data.map((row) => row.map((cell) => String(cell ?? '').trim()));
  }
  throw new LeadTableError('Upload a .csv or .xlsx file');
}

/** Reads the first sheet (or the CSV) into rows keyed by column; the first row holds the headers. */
export async function readLeadTable(fileName: string, content: Buffer): Promise<{ rows: LeadTableRow[]; unknownHeaders: string[] }> {
  const grid = (await readGrid(fileName, content)).filter((row) => row.some((cell) => cell !== ''));
  const [headerRow, ...body] = grid;
  if (!headerRow) throw new LeadTableError('The file is empty');
  if (body.length > MAX_ROWS) throw new LeadTableError(`At most ${MAX_ROWS} rows can be imported at once`);
  const columns = headerRow.map((header) => LEAD_COLUMNS.find((c) => (c.aliases as readonly string[]).includes(header.toLowerCase().trim()))?.key);
  if (!columns.includes('companyName') && !columns.includes('lastName')) {
    throw new LeadTableError(`No known columns in the header row; expected e.g. ${LEAD_COLUMNS.map((c) => c.header).join(', ')}`);
  }
  const rows = body.map((cells) => {
    const row: LeadTableRow = {};
    columns.forEach((key, i) => {
      if (key && cells[i]) row[key] = cells[i];
    });
    return row;
  });
  return { rows, unknownHeaders: headerRow.filter((_, i) => !columns[i] && headerRow[i]) };
}

const LEGAL_FORM_WORDS: [RegExp, LegalForm][] = [
  [/^(ип|индивидуальный предприниматель|individual_entrepreneur|ie)$/i, LegalForm.INDIVIDUAL_ENTREPRENEUR],
  [/^(ооо|ао|пао|зао|оао|нко|организация|юл|юридическое лицо|organization|llc)$/i, LegalForm.ORGANIZATION],
];

/** The legal form from its word, or from the INN's length when the column is empty. */
export function legalFormOf(text: string | undefined, inn: string | undefined, companyName: string | undefined): LegalForm | null {
  const word = text?.trim();
  if (word) return LEGAL_FORM_WORDS.find(([pattern]) => pattern.test(word))?.[1] ?? null;
  const digits = inn?.replace(/\s/g, '') ?? '';
  if (digits.length === 12 || /^ип\s/i.test(companyName ?? '')) return LegalForm.INDIVIDUAL_ENTREPRENEUR;
  return LegalForm.ORGANIZATION;
}

const REGIME_WORDS: [RegExp, TaxRegime][] = [
  [/^(осно|общая|osno)$/i, TaxRegime.OSNO],
  [/^(усн|усн\s*«?доходы»?|усн\s*6\s*%?|usn_income)$/i, TaxRegime.USN_INCOME],
  [/^(усн\s*«?доходы\s*(минус|-|−)\s*расходы»?|усн\s*д\s*-\s*р|усн\s*15\s*%?|usn_income_minus_expenses)$/i, TaxRegime.USN_INCOME_MINUS_EXPENSES],
  [/^(псн|патент|psn)$/i, TaxRegime.PSN],
  [/^(есхн|eshn)$/i, TaxRegime.ESHN],
  [/^(аусн|аусн\s*«?доходы»?|ausn_income)$/i, TaxRegime.AUSN_INCOME],
  [/^(аусн\s*«?доходы\s*(минус|-|−)\s*расходы»?|ausn_income_minus_expenses)$/i, TaxRegime.AUSN_INCOME_MINUS_EXPENSES],
  [/^(нпд|самозанятый|npd)$/i, TaxRegime.NPD],
];

export function taxRegimeOf(text: string | undefined): TaxRegime | null | undefined {
  const word = text?.trim();
  if (!word) return null;
  return REGIME_WORDS.find(([pattern]) => pattern.test(word))?.[1];
}

/** A region from its code ("77", "7") or its name ("Москва", "Татарстан"). */
export function regionCodeOf(text: string | undefined): string | null | undefined {
  const value = text?.trim();
  if (!value) return null;
  if (/^\d{1,2}$/.test(value)) return value.padStart(2, '0');
  const needle = value.toLowerCase().replace(/^г\.\s*/, '');
  return RUSSIAN_REGIONS.find((r) => r.name.toLowerCase().replace(/^г\.\s*/, '') === needle)?.code
    ?? RUSSIAN_REGIONS.find((r) => r.name.toLowerCase().includes(needle))?.code;
}

const REGIME_LABELS: Record<TaxRegime, string> = {
  OSNO: 'ОСНО',
  USN_INCOME: 'УСН «Доходы»',
  USN_INCOME_MINUS_EXPENSES: 'УСН «Доходы минус расходы»',
  PSN: 'ПСН',
  ESHN: 'ЕСХН',
  AUSN_INCOME: 'АУСН «Доходы»',
  AUSN_INCOME_MINUS_EXPENSES: 'АУСН «Доходы минус расходы»',
  NPD: 'НПД',
};

export const STAGE_LABELS: Record<string, string> = {
  NEW: 'Новый',
  CONTACTED: 'Контакт',
  PRICED: 'Расчёт',
  NEGOTIATION: 'Переговоры',
  WON: 'Клиент',
  LOST: 'Отказ',
};

export interface ExportRow {
  lastName: string;
  firstName: string;
  patronymic: string | null;
  legalForm: LegalForm;
  companyName: string;
  inn: string | null;
  taxRegime: TaxRegime | null;
  okvedCode: string | null;
  activity: string | null;
  region: string | null;
  source: string | null;
  phone: string | null;
  email: string | null;
  notes: string | null;
  stage: string;
  owner: string | null;
  createdAt: Date;
}

/** An XLSX workbook of leads whose first columns can be imported back as they are. */
export async function writeLeadTable(rows: ExportRow[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Лиды');
  sheet.columns = [
    ...LEAD_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.key === 'companyName' || c.key === 'activity' ? 36 : 16 })),
    { header: 'Этап', key: 'stage', width: 14 },
    { header: 'Ответственный', key: 'owner', width: 24 },
    { header: 'Создан', key: 'createdAt', width: 12 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const row of rows) {
    sheet.addRow({
      ...row,
      legalForm: row.legalForm === LegalForm.ORGANIZATION ? 'Организация' : 'ИП',
      taxRegime: row.taxRegime ? REGIME_LABELS[row.taxRegime] : '',
      stage: STAGE_LABELS[row.stage] ?? row.stage,
      createdAt: row.createdAt.toISOString().slice(0, 10),
    });
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
