import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCalendarFile } from './calendar-file.js';
import { diffSchedules } from './diff.js';
import { generateSchedule } from './generate.js';
import { ProfitAdvanceMethod, ScheduleError, ServiceArea, type ScheduledObligation, type TaxProfile } from './types.js';

const IP = 'INDIVIDUAL_ENTREPRENEUR' as const;
const ORG = 'ORGANIZATION' as const;
const base = { hasEmployees: false, vatPayer: false };
const codes = (items: ScheduledObligation[]) => new Set(items.map((item) => item.code));
const count = (items: ScheduledObligation[], code: string) => items.filter((item) => item.code === code).length;
const find = (items: ScheduledObligation[], key: string) => items.find((item) => item.key === key);
const rows = (items: ScheduledObligation[]) => items.map((i) => `${i.dueDate} ${i.code} ${i.period} ${i.nominalDate} ${i.title}`);

describe('tax-calendar.md §5: ИП on УСН «доходы», no employees, no VAT, 2026', () => {
  it('is reproduced exactly: ten items, dates, codes, periods and titles', () => {
    const schedule = generateSchedule({ legalForm: IP, taxRegime: 'USN_INCOME', ...base }, 2026);
    expect(rows(schedule)).toEqual([
      '2026-04-27 USN_ADV_NOTIF 2026-Q1 2026-04-25 Уведомление по авансу УСН',
      '2026-04-27 USN_DECL_IP 2025 2026-04-25 Декларация УСН (ИП)',
      '2026-04-28 USN_ADV_PAY 2026-Q1 2026-04-28 Уплата аванса УСН',
      '2026-04-28 USN_PAY_YEAR_IP 2025 2026-04-28 Уплата налога УСН за год (ИП)',
      '2026-07-01 IP_INS_1PCT 2025 2026-07-01 Взносы ИП 1% с дохода свыше 300 000 ₽ (макс. 300 888 ₽ за 2025)',
      '2026-07-27 USN_ADV_NOTIF 2026-H1 2026-07-25 Уведомление по авансу УСН',
      '2026-07-28 USN_ADV_PAY 2026-H1 2026-07-28 Уплата аванса УСН',
      '2026-10-26 USN_ADV_NOTIF 2026-9M 2026-10-25 Уведомление по авансу УСН',
      '2026-10-28 USN_ADV_PAY 2026-9M 2026-10-28 Уплата аванса УСН',
      '2026-12-28 IP_INS_FIXED 2026 2026-12-28 Фиксированные взносы ИП за себя (57 390 ₽ за 2026)',
    ]);
    expect(schedule.map((i) => i.kind)).toEqual([
      'NOTIFICATION', 'REPORT', 'PAYMENT', 'PAYMENT', 'PAYMENT', 'NOTIFICATION', 'PAYMENT', 'NOTIFICATION', 'PAYMENT', 'PAYMENT',
    ]);
    expect(schedule.every((i) => i.recipient === 'FNS' && i.area === ServiceArea.TAXES && !i.provisional)).toBe(true);
  });
});

describe('the held-back acceptance profiles (derived from the rules)', () => {
  it.each<[string, TaxProfile, number]>([
    ['ООО on УСН «доходы минус расходы» with employees', { legalForm: ORG, taxRegime: 'USN_INCOME_MINUS_EXPENSES', hasEmployees: true, vatPayer: false }, 110],
    ['ООО on ОСНО with employees and VAT', { legalForm: ORG, taxRegime: 'OSNO', hasEmployees: true, vatPayer: true }, 126],
  ])('%s: %i items in 2026', (_name, profile, total) => {
    const schedule = generateSchedule(profile, 2026);
    expect(schedule).toHaveLength(total);
    expect(new Set(schedule.map((i) => i.key)).size).toBe(total);
  });
});

describe('regimes and legal forms (2026)', () => {
  it.each<[string, TaxProfile, string[], string[]]>([
    ['ООО УСН «доходы»', { legalForm: ORG, taxRegime: 'USN_INCOME', ...base }, ['USN_DECL_ORG', 'USN_PAY_YEAR_ORG', 'BUH_OTCH_YEAR', 'RSV', 'INS_PAY_MONTH'], ['USN_DECL_IP', 'IP_INS_FIXED', 'NDFL_6', 'VAT_DECL_Q']],
    ['ООО ОСНО', { legalForm: ORG, taxRegime: 'OSNO', ...base, vatPayer: true }, ['PROFIT_DECL_Q', 'PROFIT_DECL_YEAR', 'PROFIT_ADV_PAY_Q', 'PROFIT_PAY_YEAR', 'VAT_DECL_Q', 'VAT_PAY_Q'], ['PROFIT_ADV_PAY_MONTH', 'USN_ADV_PAY']],
    ['ООО ЕСХН', { legalForm: ORG, taxRegime: 'ESHN', ...base }, ['ESHN_ADV_NOTIF', 'ESHN_ADV_PAY', 'ESHN_DECL', 'ESHN_PAY_YEAR', 'BUH_OTCH_YEAR'], ['USN_ADV_PAY', 'IP_INS_FIXED']],
    ['ООО АУСН', { legalForm: ORG, taxRegime: 'AUSN_INCOME', ...base, hasEmployees: true }, ['AUSN_PAY_MONTH', 'AUSN_NSIPZ_PAY', 'BUH_OTCH_YEAR'], ['RSV', 'INS_PAY_MONTH', 'NDFL_6', 'NDFL_AGENT_PAY_1_22', 'PERS_SVED_MONTH']],
    ['ИП ОСНО', { legalForm: IP, taxRegime: 'OSNO', ...base }, ['IP_OSNO_ADV_NOTIF', 'IP_OSNO_ADV_PAY', 'IP_OSNO_3NDFL', 'IP_OSNO_NDFL_PAY_YEAR', 'IP_INS_FIXED', 'IP_INS_1PCT'], ['PROFIT_DECL_Q', 'BUH_OTCH_YEAR', 'RSV']],
    ['ИП ПСН', { legalForm: IP, taxRegime: 'PSN', ...base, patents: [{ start: '2026-01-01', end: '2026-12-31' }] }, ['PSN_PAY', 'IP_INS_FIXED', 'IP_INS_1PCT'], ['USN_ADV_PAY', 'RSV', 'VAT_DECL_Q']],
    ['ИП ЕСХН', { legalForm: IP, taxRegime: 'ESHN', ...base }, ['ESHN_DECL', 'IP_INS_FIXED'], ['BUH_OTCH_YEAR']],
    ['ИП АУСН', { legalForm: IP, taxRegime: 'AUSN_INCOME_MINUS_EXPENSES', ...base }, ['AUSN_PAY_MONTH'], ['IP_INS_FIXED', 'IP_INS_1PCT', 'AUSN_NSIPZ_PAY']],
    ['НПД', { legalForm: IP, taxRegime: 'NPD', ...base }, ['NPD_PAY_MONTH'], ['IP_INS_FIXED', 'IP_INS_1PCT', 'RSV']],
  ])('%s', (_name, profile, present, absent) => {
    const found = codes(generateSchedule(profile, 2026));
    for (const code of present) expect(found, code).toContain(code);
    for (const code of absent) expect(found, code).not.toContain(code);
  });

  it('АУСН and НПД pay monthly, for December of the year before too', () => {
    const ausn = generateSchedule({ legalForm: IP, taxRegime: 'AUSN_INCOME', ...base }, 2026);
    expect(ausn.map((i) => `${i.period} ${i.dueDate}`)).toEqual([
      '2025-12 2026-01-26', '2026-01 2026-02-25', '2026-02 2026-03-25', '2026-03 2026-04-27', '2026-04 2026-05-25', '2026-05 2026-06-25',
      '2026-06 2026-07-27', '2026-07 2026-08-25', '2026-08 2026-09-25', '2026-09 2026-10-26', '2026-10 2026-11-25', '2026-11 2026-12-25',
    ]);
    const npd = generateSchedule({ legalForm: IP, taxRegime: 'NPD', ...base }, 2026);
    expect(npd).toHaveLength(12);
    expect(npd[1]).toMatchObject({ code: 'NPD_PAY_MONTH', period: '2026-01', nominalDate: '2026-02-28', dueDate: '2026-03-02' });
  });

  it('an organization on ПСН or НПД is refused', () => {
    expect(() => generateSchedule({ legalForm: ORG, taxRegime: 'PSN', ...base }, 2026)).toThrow(ScheduleError);
    expect(() => generateSchedule({ legalForm: ORG, taxRegime: 'NPD', ...base }, 2026)).toThrow(/organization cannot be on NPD/);
  });
});

describe('employees', () => {
  const ip = (hasEmployees: boolean): TaxProfile => ({ legalForm: IP, taxRegime: 'USN_INCOME', hasEmployees, vatPayer: false });

  it('an ИП without employees has no payroll block; with employees the whole block, owned by payroll', () => {
    expect(generateSchedule(ip(false), 2026).some((i) => i.area === ServiceArea.PAYROLL)).toBe(false);
    const schedule = generateSchedule(ip(true), 2026);
    expect(count(schedule, 'NDFL_AGENT_NOTIF_1_22')).toBe(12);
    expect(count(schedule, 'NDFL_AGENT_PAY_23_END')).toBe(11);
    expect(count(schedule, 'INS_NOTIF_MONTH')).toBe(8);
    expect(count(schedule, 'PERS_SVED_MONTH')).toBe(8);
    expect(count(schedule, 'NSIPZ_PAY_MONTH')).toBe(12);
    expect(find(schedule, 'NDFL_AGENT_PAY_DEC:2026')).toMatchObject({ dueDate: '2026-12-30', nominalDate: '2026-12-30' });
    expect(find(schedule, 'NDFL_AGENT_PAY_23_END:2026-04')).toMatchObject({ nominalDate: '2026-05-05', dueDate: '2026-05-05' });
    expect(find(schedule, 'NDFL_AGENT_NOTIF_23_END:2026-04')).toMatchObject({ nominalDate: '2026-05-03', dueDate: '2026-05-04' });
    expect(find(schedule, 'NSIPZ_PAY_MONTH:2026-01')).toMatchObject({ recipient: 'SFR', dueDate: '2026-02-16' });
    expect(find(schedule, 'RSV:2025')).toMatchObject({ dueDate: '2026-01-26', kind: 'REPORT' });
    expect(find(schedule, 'NDFL_6:2025')).toMatchObject({ dueDate: '2026-02-25' });
    expect(find(schedule, 'EFS1_12_YEAR:2025')).toMatchObject({ dueDate: '2026-01-26', recipient: 'SFR' });
    expect(schedule.filter((i) => i.area === ServiceArea.PAYROLL)).toHaveLength(101);
  });

  it('an organization without employees accrues contributions on its director from 2026, not in 2025', () => {
    const org: TaxProfile = { legalForm: ORG, taxRegime: 'USN_INCOME', ...base };
    const y2026 = generateSchedule(org, 2026);
    // December 2025 (due January 2026) is still under the 2025 rule
    expect(y2026.filter((i) => i.code === 'INS_PAY_MONTH').map((i) => i.period)).toEqual(
      ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11'].map((m) => `2026-${m}`),
    );
    expect(codes(y2026)).not.toContain('NDFL_AGENT_PAY_1_22');
    expect(codes(y2026)).not.toContain('NSIPZ_PAY_MONTH');
    const y2025 = generateSchedule(org, 2025);
    expect(codes(y2025)).not.toContain('INS_PAY_MONTH');
    expect(count(y2025, 'RSV')).toBe(4);
  });
});

describe('VAT on УСН above the threshold', () => {
  const usn = (priorYearIncome: number | null, vatPayer = false): TaxProfile => ({
    legalForm: ORG, taxRegime: 'USN_INCOME', hasEmployees: false, vatPayer, priorYearIncome,
  });
  const MLN = 100_000_000;

  it.each([
    [2026, 25 * MLN, 3, 9],
    [2026, 20 * MLN, 0, 0],
    [2026, null, 0, 0],
    [2025, 25 * MLN, 0, 0],
    [2025, 61 * MLN, 3, 9],
  ])('%i with %s kopecks the year before: %i declarations, %i payments of that year', (year, income, declarations, payments) => {
    const schedule = generateSchedule(usn(income), year);
    expect(count(schedule, 'VAT_DECL_Q')).toBe(declarations);
    expect(count(schedule, 'VAT_PAY_Q')).toBe(payments);
  });

  it('a VAT payer on УСН declares every quarter and pays in thirds', () => {
    const schedule = generateSchedule(usn(null, true), 2026);
    expect(schedule.filter((i) => i.code === 'VAT_PAY_Q' && i.period === '2025-Q4').map((i) => `${i.key} ${i.dueDate}`)).toEqual([
      'VAT_PAY_Q:2025-Q4:1 2026-01-28',
      'VAT_PAY_Q:2025-Q4:2 2026-03-02',
      'VAT_PAY_Q:2025-Q4:3 2026-03-30',
    ]);
    expect(find(schedule, 'VAT_DECL_Q:2025-Q4')).toMatchObject({ dueDate: '2026-01-26' });
  });
});

describe('profit tax advances (ООО on ОСНО)', () => {
  const osno = (profitAdvances?: ProfitAdvanceMethod): TaxProfile => ({ legalForm: ORG, taxRegime: 'OSNO', ...base, profitAdvances });

  it.each<[ProfitAdvanceMethod | undefined, Record<string, number>]>([
    [undefined, { PROFIT_ADV_PAY_Q: 3, PROFIT_ADV_PAY_MONTH: 0, PROFIT_ADV_PAY_ACTUAL: 0, PROFIT_DECL_Q: 3 }],
    [ProfitAdvanceMethod.QUARTERLY, { PROFIT_ADV_PAY_Q: 3, PROFIT_ADV_PAY_MONTH: 0, PROFIT_ADV_PAY_ACTUAL: 0, PROFIT_DECL_Q: 3 }],
    [ProfitAdvanceMethod.MONTHLY, { PROFIT_ADV_PAY_Q: 3, PROFIT_ADV_PAY_MONTH: 12, PROFIT_ADV_PAY_ACTUAL: 0, PROFIT_DECL_Q: 3 }],
    [ProfitAdvanceMethod.MONTHLY_ACTUAL, { PROFIT_ADV_PAY_Q: 0, PROFIT_ADV_PAY_MONTH: 0, PROFIT_ADV_PAY_ACTUAL: 11, PROFIT_DECL_Q: 11 }],
  ])('%s', (method, expected) => {
    const schedule = generateSchedule(osno(method), 2026);
    for (const [code, n] of Object.entries(expected)) expect(count(schedule, code), code).toBe(n);
    expect(find(schedule, 'PROFIT_PAY_YEAR:2025')).toMatchObject({ nominalDate: '2026-03-28', dueDate: '2026-03-30' });
    expect(find(schedule, 'PROFIT_DECL_YEAR:2025')).toMatchObject({ dueDate: '2026-03-25' });
  });

  it('monthly advances fall on the 28th of each month, shifted', () => {
    const schedule = generateSchedule(osno(ProfitAdvanceMethod.MONTHLY), 2026);
    expect(schedule.filter((i) => i.code === 'PROFIT_ADV_PAY_MONTH').map((i) => i.dueDate.slice(5))).toEqual([
      '01-28', '03-02', '03-30', '04-28', '05-28', '06-29', '07-28', '08-28', '09-28', '10-28', '11-30', '12-28',
    ]);
  });
});

describe('property taxes of organizations', () => {
  it('ОСНО with property: declaration on 25 February, payment 28.02 → 02.03.2026, advances; no year notification', () => {
    const schedule = generateSchedule({ legalForm: ORG, taxRegime: 'OSNO', ...base, hasProperty: true }, 2026);
    expect(find(schedule, 'PROP_ORG_DECL_YEAR:2025')).toMatchObject({ dueDate: '2026-02-25' });
    expect(find(schedule, 'PROP_ORG_PAY_YEAR:2025')).toMatchObject({ nominalDate: '2026-02-28', dueDate: '2026-03-02', title: 'Уплата за год: налог на имущество' });
    expect(count(schedule, 'PROP_ORG_NOTIF_Q')).toBe(3);
    expect(count(schedule, 'PROP_ORG_ADV_PAY_Q')).toBe(3);
    expect(codes(schedule)).not.toContain('PROP_ORG_NOTIF_YEAR');
  });

  it('УСН with cadastral property, transport and land: no declaration, a year notification naming each tax', () => {
    const schedule = generateSchedule({ legalForm: ORG, taxRegime: 'USN_INCOME', ...base, hasProperty: true, hasTransport: true, hasLand: true }, 2026);
    expect(codes(schedule)).not.toContain('PROP_ORG_DECL_YEAR');
    expect(find(schedule, 'PROP_ORG_NOTIF_YEAR:2025')).toMatchObject({
      dueDate: '2026-02-25',
      title: 'Уведомление за год: налог на имущество, транспортный налог, земельный налог',
    });
    expect(find(schedule, 'PROP_ORG_ADV_PAY_Q:2026-Q1')).toMatchObject({ dueDate: '2026-04-28' });
  });

  it('an ИП has no organization property taxes', () => {
    const schedule = generateSchedule({ legalForm: IP, taxRegime: 'USN_INCOME', ...base, hasProperty: true, hasTransport: true }, 2026);
    expect([...codes(schedule)].filter((code) => code.startsWith('PROP_'))).toEqual([]);
  });
});

describe('ПСН patents', () => {
  const psn = (...patents: [string, string][]): TaxProfile => ({
    legalForm: IP, taxRegime: 'PSN', ...base, patents: patents.map(([start, end]) => ({ start, end })),
  });
  const payments = (profile: TaxProfile, year = 2026) =>
    generateSchedule(profile, year).filter((i) => i.code === 'PSN_PAY').map((i) => `${i.key} ${i.nominalDate} ${i.dueDate} ${i.title}`);

  it.each<[string, [string, string], string[]]>([
    ['12 months ending 31 December', ['2026-01-01', '2026-12-31'], [
      'PSN_PAY:2026-01-01..2026-12-31:1 2026-04-01 2026-04-01 Оплата патента: 1/3 стоимости',
      'PSN_PAY:2026-01-01..2026-12-31:2 2026-12-28 2026-12-28 Оплата патента: 2/3 стоимости',
    ]],
    ['6 months exactly', ['2026-02-01', '2026-07-31'], [
      'PSN_PAY:2026-02-01..2026-07-31:1 2026-05-02 2026-05-04 Оплата патента: 1/3 стоимости',
      'PSN_PAY:2026-02-01..2026-07-31:2 2026-07-31 2026-07-31 Оплата патента: 2/3 стоимости',
    ]],
    ['3 months', ['2026-03-01', '2026-05-31'], ['PSN_PAY:2026-03-01..2026-05-31 2026-05-31 2026-06-01 Оплата патента (полная стоимость)']],
    ['one month ending 31 December', ['2026-12-01', '2026-12-31'], ['PSN_PAY:2026-12-01..2026-12-31 2026-12-28 2026-12-28 Оплата патента (полная стоимость)']],
  ])('%s', (_name, patent, expected) => {
    expect(payments(psn(patent))).toEqual(expected);
  });

  it('a patent of the year before pays nothing this year; several patents each pay', () => {
    expect(payments(psn(['2025-07-01', '2025-12-31']))).toEqual([]);
    expect(payments(psn(['2025-07-01', '2025-12-31']), 2025)).toHaveLength(2);
    expect(payments(psn(['2026-01-01', '2026-03-31'], ['2026-04-01', '2026-12-31']))).toHaveLength(3);
  });

  it('refuses a patent that ends before it starts or crosses the year', () => {
    expect(() => generateSchedule(psn(['2026-05-01', '2026-04-01']), 2026)).toThrow(ScheduleError);
    expect(() => generateSchedule(psn(['2026-05-01', '2027-04-30']), 2026)).toThrow(/same year/);
  });
});

describe('regional extra days off', () => {
  const profile: TaxProfile = { legalForm: ORG, taxRegime: 'USN_INCOME', hasEmployees: true, vatPayer: false };

  it('a day off of the client\'s region moves its deadlines; other regions keep theirs', () => {
    const options = { regionalDaysOff: { '16': ['2026-04-28', '2026-11-06'] } };
    const tatarstan = generateSchedule({ ...profile, region: '16' }, 2026, options);
    const moscow = generateSchedule({ ...profile, region: '77' }, 2026, options);
    expect(find(tatarstan, 'USN_ADV_PAY:2026-Q1')).toMatchObject({ nominalDate: '2026-04-28', dueDate: '2026-04-29' });
    expect(find(moscow, 'USN_ADV_PAY:2026-Q1')).toMatchObject({ dueDate: '2026-04-28' });
    const diff = diffSchedules(moscow, tatarstan);
    expect(diff.redated.map((c) => c.after.key).sort()).toEqual(['INS_PAY_MONTH:2026-03', 'NDFL_AGENT_PAY_1_22:2026-04', 'USN_ADV_PAY:2026-Q1']);
  });

  it('Башкортостан\'s 2026 days fall on no deadline of this profile', () => {
    expect(generateSchedule({ ...profile, region: '02' }, 2026)).toEqual(generateSchedule(profile, 2026));
  });
});

describe('2027: a provisional year until its calendar is loaded', () => {
  const profile: TaxProfile = { legalForm: ORG, taxRegime: 'USN_INCOME', hasEmployees: true, vatPayer: false };
  const xml = readFileSync(new URL('./testdata/calendar-2027.xml', import.meta.url), 'utf8');

  it('marks every item provisional, with the 2027 amounts; 2026 stays final', () => {
    const schedule = generateSchedule(profile, 2027);
    expect(schedule.length).toBeGreaterThan(100);
    expect(schedule.every((i) => i.provisional)).toBe(true);
    expect(generateSchedule(profile, 2026).some((i) => i.provisional)).toBe(false);
    const ip = generateSchedule({ legalForm: IP, taxRegime: 'USN_INCOME', ...base }, 2027);
    expect(find(ip, 'IP_INS_FIXED:2027')?.title).toBe('Фиксированные взносы ИП за себя (61 154 ₽ за 2027)');
    expect(find(ip, 'IP_INS_1PCT:2026')?.title).toBe('Взносы ИП 1% с дохода свыше 300 000 ₽ (макс. 321 818 ₽ за 2026)');
  });

  it('once the official calendar is loaded, the recomputation is a diff: re-dated items and final marks', () => {
    const before = generateSchedule(profile, 2027);
    const options = { calendars: [parseCalendarFile(xml)] };
    const after = generateSchedule(profile, 2027, options);
    expect(after.some((i) => i.provisional)).toBe(false);
    const diff = diffSchedules(before, after);
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
    expect(diff.redated.map((c) => `${c.after.key} ${c.before.dueDate} → ${c.after.dueDate}`)).toEqual([
      'NDFL_AGENT_PAY_23_END:2027-10 2027-11-05 → 2027-11-08',
      'NDFL_AGENT_NOTIF_DEC:2027 2027-12-31 → 2027-12-30',
      'NDFL_AGENT_PAY_DEC:2027 2027-12-31 → 2027-12-30',
    ]);
    expect(diff.updated).toHaveLength(after.length - 3);
    expect(diff.updated.every((c) => c.before.provisional && !c.after.provisional)).toBe(true);
  });
});

describe('years the engine refuses', () => {
  it.each([2024, 2020, 2028, 2026.5])('%s', (year) => {
    const attempt = () => generateSchedule({ legalForm: IP, taxRegime: 'USN_INCOME', ...base }, year);
    expect(attempt).toThrow(ScheduleError);
    try {
      attempt();
    } catch (error) {
      expect((error as ScheduleError).code).toBe('SCHEDULE_YEAR_NOT_SUPPORTED');
    }
  });
});

describe('2025', () => {
  it('an ООО on УСН with employees: the year-end items of 2025 and the reports for 2024', () => {
    const schedule = generateSchedule({ legalForm: ORG, taxRegime: 'USN_INCOME', hasEmployees: true, vatPayer: false }, 2025);
    expect(find(schedule, 'USN_PAY_YEAR_ORG:2024')).toMatchObject({ dueDate: '2025-03-28' });
    expect(find(schedule, 'NDFL_AGENT_PAY_DEC:2025')).toMatchObject({ dueDate: '2025-12-30' });
    expect(find(schedule, 'EFS1_R2:2025-9M')).toMatchObject({ nominalDate: '2025-10-25', dueDate: '2025-10-27' });
    expect(find(schedule, 'NDFL_AGENT_PAY_23_END:2024-12')).toBeUndefined();
    expect(schedule.every((i) => i.dueDate.startsWith('2025-'))).toBe(true);
  });
});
