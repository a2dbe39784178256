// The rules of tax-calendar.md §2 as data: who owes each item and when. One list serves 2025–2027
// (the differences between those years are amounts and thresholds in year-params.ts); a year
// whose rules change gets its own list in RULES_BY_YEAR.
import { ObligationKind as K, ProfitAdvanceMethod, Recipient as R, ServiceArea as A, type ObligationCode } from './types.js';
import { formatRubles, type YearParams } from './year-params.js';

/** What the rules need to know about a client for the periods of one year. */
export interface RuleContext {
  periodYear: number;
  params: YearParams;
  org: boolean;
  ip: boolean;
  usn: boolean;
  osno: boolean;
  eshn: boolean;
  ausn: boolean;
  npd: boolean;
  psn: boolean;
  /** The client says it pays people (on АУСН only its fixed injury contributions follow). */
  hasEmployees: boolean;
  /** Pays income to individuals outside АУСН: NDFL agent, 6-НДФЛ, injury contributions, ЕФС-1. */
  employer: boolean;
  /** Accrues contributions: employers and, from 2026, every organization (director МРОТ rule). */
  contributor: boolean;
  /** Files РСВ: every organization and employer IPs (never on АУСН). */
  rsvFiler: boolean;
  vat: boolean;
  profitAdvances: ProfitAdvanceMethod;
  /** Property tax on the average annual value: an ОСНО organization with property. */
  averageValueProperty: boolean;
  /** Taxes of organizations with advances: «налог на имущество», «транспортный», «земельный». */
  propertyTaxes: readonly string[];
  /** Of those, the ones that need a notification for the year (not covered by a declaration). */
  notifiedYearTaxes: readonly string[];
}

export type Cumulative = 'Q1' | 'H1' | '9M';

/** When an item falls due, before the shift off non-working days. */
export type DueSpec =
  /** Each month of the period year (or the listed ones); due on `day` of that month or the next. */
  | { every: 'month'; months?: readonly number[]; monthsAfter: 0 | 1; day: number }
  /** Q1, H1, 9M of the period year; due on `day` of the month after the period. */
  | { every: 'cumulative'; periods: readonly Cumulative[]; day: number }
  /** Each quarter; due on `day` of the month after it, or of each of the three months after it. */
  | { every: 'quarter'; day: number; thirds?: boolean }
  /** Once for the period year; on a fixed date of the same or the next year. */
  | { every: 'year'; month: number; day: number; yearsAfter: 0 | 1 }
  /** Once for the period year, on its last working day (not shifted). */
  | { every: 'lastWorkingDay' }
  /** Each patent term of the client. */
  | { every: 'patent' };

export interface Rule {
  code: ObligationCode;
  kind: K;
  recipient: R;
  area: A;
  title: (ctx: RuleContext) => string;
  when: (ctx: RuleContext) => boolean;
  due: DueSpec;
  /** Why the rule is ⚠️ in tax-calendar.md; such items carry `unverified`. */
  unverified?: string;
}

const text = (title: string) => () => title;
const list = (taxes: readonly string[]) => taxes.join(', ');
const ALL_QUARTERS_BUT_LAST = [1, 2, 4, 5, 7, 8, 10, 11];
const CUMULATIVE: readonly Cumulative[] = ['Q1', 'H1', '9M'];
const profitAdvanceInQuarter = (c: RuleContext) => c.org && c.osno && c.profitAdvances !== ProfitAdvanceMethod.MONTHLY_ACTUAL;

const EMPLOYER_RULES: readonly Rule[] = [
  { code: 'NDFL_AGENT_NOTIF_1_22', kind: K.NOTIFICATION, recipient: R.FNS, area: A.PAYROLL, title: text('Уведомление по НДФЛ (удержан с 1 по 22 число)'), when: (c) => c.employer, due: { every: 'month', monthsAfter: 0, day: 25 } },
  { code: 'NDFL_AGENT_PAY_1_22', kind: K.PAYMENT, recipient: R.FNS, area: A.PAYROLL, title: text('Перечисление НДФЛ (удержан с 1 по 22 число)'), when: (c) => c.employer, due: { every: 'month', monthsAfter: 0, day: 28 } },
  { code: 'NDFL_AGENT_NOTIF_23_END', kind: K.NOTIFICATION, recipient: R.FNS, area: A.PAYROLL, title: text('Уведомление по НДФЛ (удержан с 23 по последнее число месяца)'), when: (c) => c.employer, due: { every: 'month', months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], monthsAfter: 1, day: 3 } },
  { code: 'NDFL_AGENT_PAY_23_END', kind: K.PAYMENT, recipient: R.FNS, area: A.PAYROLL, title: text('Перечисление НДФЛ (удержан с 23 по последнее число месяца)'), when: (c) => c.employer, due: { every: 'month', months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], monthsAfter: 1, day: 5 } },
  { code: 'NDFL_AGENT_NOTIF_DEC', kind: K.NOTIFICATION, recipient: R.FNS, area: A.PAYROLL, title: text('Уведомление по НДФЛ за 23–31 декабря'), when: (c) => c.employer, due: { every: 'lastWorkingDay' }, unverified: 'sources say "до 31 декабря" or "last working day"; the last working day is used' },
  { code: 'NDFL_AGENT_PAY_DEC', kind: K.PAYMENT, recipient: R.FNS, area: A.PAYROLL, title: text('Перечисление НДФЛ за 23–31 декабря'), when: (c) => c.employer, due: { every: 'lastWorkingDay' } },
  { code: 'NDFL_6', kind: K.REPORT, recipient: R.FNS, area: A.PAYROLL, title: text('Расчёт 6-НДФЛ'), when: (c) => c.employer, due: { every: 'cumulative', periods: CUMULATIVE, day: 25 } },
  { code: 'NDFL_6', kind: K.REPORT, recipient: R.FNS, area: A.PAYROLL, title: text('Расчёт 6-НДФЛ за год (со справками о доходах)'), when: (c) => c.employer, due: { every: 'year', month: 2, day: 25, yearsAfter: 1 } },
  { code: 'INS_PAY_MONTH', kind: K.PAYMENT, recipient: R.FNS, area: A.PAYROLL, title: text('Страховые взносы по единому тарифу'), when: (c) => c.contributor, due: { every: 'month', monthsAfter: 1, day: 28 } },
  { code: 'INS_NOTIF_MONTH', kind: K.NOTIFICATION, recipient: R.FNS, area: A.PAYROLL, title: text('Уведомление по страховым взносам'), when: (c) => c.contributor, due: { every: 'month', months: ALL_QUARTERS_BUT_LAST, monthsAfter: 1, day: 25 } },
  { code: 'RSV', kind: K.REPORT, recipient: R.FNS, area: A.PAYROLL, title: text('Расчёт по страховым взносам (РСВ)'), when: (c) => c.rsvFiler, due: { every: 'cumulative', periods: CUMULATIVE, day: 25 } },
  { code: 'RSV', kind: K.REPORT, recipient: R.FNS, area: A.PAYROLL, title: text('Расчёт по страховым взносам (РСВ) за год'), when: (c) => c.rsvFiler, due: { every: 'year', month: 1, day: 25, yearsAfter: 1 } },
  { code: 'PERS_SVED_MONTH', kind: K.REPORT, recipient: R.FNS, area: A.PAYROLL, title: text('Персонифицированные сведения о физических лицах'), when: (c) => c.contributor, due: { every: 'month', months: ALL_QUARTERS_BUT_LAST, monthsAfter: 1, day: 25 } },
  { code: 'NSIPZ_PAY_MONTH', kind: K.PAYMENT, recipient: R.SFR, area: A.PAYROLL, title: text('Взносы на травматизм'), when: (c) => c.employer, due: { every: 'month', monthsAfter: 1, day: 15 } },
  { code: 'EFS1_R2', kind: K.REPORT, recipient: R.SFR, area: A.PAYROLL, title: text('ЕФС-1, раздел 2 (взносы на травматизм)'), when: (c) => c.employer, due: { every: 'cumulative', periods: CUMULATIVE, day: 25 }, unverified: 'shift of ЕФС-1 deadlines: practice confirmed, article not found' },
  { code: 'EFS1_R2', kind: K.REPORT, recipient: R.SFR, area: A.PAYROLL, title: text('ЕФС-1, раздел 2 (взносы на травматизм) за год'), when: (c) => c.employer, due: { every: 'year', month: 1, day: 25, yearsAfter: 1 }, unverified: 'shift of ЕФС-1 deadlines: practice confirmed, article not found' },
  { code: 'EFS1_12_YEAR', kind: K.REPORT, recipient: R.SFR, area: A.PAYROLL, title: text('ЕФС-1, подраздел 1.2 (сведения о страховом стаже)'), when: (c) => c.employer, due: { every: 'year', month: 1, day: 25, yearsAfter: 1 } },
];

const USN_RULES: readonly Rule[] = [
  { code: 'USN_ADV_NOTIF', kind: K.NOTIFICATION, recipient: R.FNS, area: A.TAXES, title: text('Уведомление по авансу УСН'), when: (c) => c.usn, due: { every: 'cumulative', periods: CUMULATIVE, day: 25 } },
  { code: 'USN_ADV_PAY', kind: K.PAYMENT, recipient: R.FNS, area: A.TAXES, title: text('Уплата аванса УСН'), when: (c) => c.usn, due: { every: 'cumulative', periods: CUMULATIVE, day: 28 } },
  { code: 'USN_DECL_ORG', kind: K.REPORT, recipient: R.FNS, area: A.TAXES, title: text('Декларация УСН (организация)'), when: (c) => c.usn && c.org, due: { every: 'year', month: 3, day: 25, yearsAfter: 1 } },
  { code: 'USN_DECL_IP', kind: K.REPORT, recipient: R.FNS, area: A.TAXES, title: text('Декларация УСН (ИП)'), when: (c) => c.usn && c.ip, due: { every: 'year', month: 4, day: 25, yearsAfter: 1 } },
  { code: 'USN_PAY_YEAR_ORG', kind: K.PAYMENT, recipient: R.FNS, area: A.TAXES, title: text('Уплата налога УСН за год (организация)'), when: (c) => c.usn && c.org, due: { every: 'year', month: 3, day: 28, yearsAfter: 1 } },
  { code: 'USN_PAY_YEAR_IP', kind: K.PAYMENT, recipient: R.FNS, area: A.TAXES, title: text('Уплата налога УСН за год (ИП)'), when: (c) => c.usn && c.ip, due: { every: 'year', month: 4, day: 28, yearsAfter: 1 } },
];

const VAT_RULES: readonly Rule[] = [
  { code: 'VAT_DECL_Q', kind: K.REPORT, recipient: R.FNS, area: A.TAXES, title: text('Декларация по НДС'), when: (c) => c.vat, due: { every: 'quarter', day: 25 } },
  { code: 'VAT_PAY_Q', kind: K.PAYMENT, recipient: R.FNS, area: A.TAXES, title: text('Уплата НДС (1/3 суммы за квартал)'), when: (c) => c.vat, due: { every: 'quarter', day: 28, thirds: true } },
];

const PROFIT_RULES: readonly Rule[] = [
  { code: 'PROFIT_DECL_Q', kind: K.REPORT, recipient: R.FNS, area: A.TAXES, title: text('Декларация по налогу на прибыль'), when: profitAdvanceInQuarter, due: { every: 'cumulative', periods: CUMULATIVE, day: 25 }, unverified: 'the 25th follows the 2023 unified dates; no 2025/26 source quoted' },
  { code: 'PROFIT_DECL_Q', kind: K.REPORT, recipient: R.FNS, area: A.TAXES, title: text('Декларация по налогу на прибыль (нарастающим итогом с начала года)'), when: (c) => c.org && c.osno && c.profitAdvances === ProfitAdvanceMethod.MONTHLY_ACTUAL, due: { every: 'month', months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], monthsAfter: 1, day: 25 }, unverified: 'monthly declarations of actual-profit payers' },
  { code: 'PROFIT_DECL_YEAR', kind: K.REPORT, recipient: R.FNS, area: A.TAXES, title: text('Декларация по налогу на прибыль за год'), when: (c) => c.org && c.osno, due: { every: 'year', month: 3, day: 25, yearsAfter: 1 }, unverified: 'the 25th follows the 2023 unified dates; no 2025/26 source quoted' },
  { code: 'PROFIT_ADV_PAY_Q', kind: K.PAYMENT, recipient: R.FNS, area: A.TAXES, title: text('Квартальный авансовый платёж по налогу на прибыль'), when: profitAdvanceInQuarter, due: { every: 'cumulative', periods: CUMULATIVE, day: 28 } },
  { code: 'PROFIT_ADV_PAY_MONTH', kind: K.PAYMENT, recipient: R.FNS, area: A.TAXES, title: text('Ежемесячный авансовый платёж по налогу на прибыль'), when: (c) => c.org && c.osno && c.profitAdvances === ProfitAdvanceMethod.MONTHLY, due: { every: 'month', monthsAfter: 0, day: 28 } },
  { code: 'PROFIT_ADV_PAY_ACTUAL', kind: K.PAYMENT, recipient: R.FNS, area: A.TAXES, title: text('Ежемесячный авансовый платёж по налогу на прибыль (по фактической прибыли)'), when: (c) => c.org && c.osno && c.profitAdvances === ProfitAdvanceMethod.MONTHLY_ACTUAL, due: { every: 'month', months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], monthsAfter: 1, day: 28 } },
  { code: 'PROFIT_PAY_YEAR', kind: K.PAYMENT, recipient: R.FNS, area: A.TAXES, title: text('Уплата налога на прибыль за год'), when: (c) => c.org && c.osno, due: { every: 'year', month: 3, day: 28, yearsAfter: 1 } },
];

const PROPERTY_RULES: readonly Rule[] = [
  { code: 'PROP_ORG_DECL_YEAR', kind: K.REPORT, recipient: R.FNS, area: A.TAXES, title: text('Декларация по налогу на имущество организаций'), when: (c) => c.averageValueProperty, due: { every: 'year', month: 2, day: 25, yearsAfter: 1 } },
  { code: 'PROP_ORG_NOTIF_Q', kind: K.NOTIFICATION, recipient: R.FNS, area: A.TAXES, title: (c) => `Уведомление по авансам: ${list(c.propertyTaxes)}`, when: (c) => c.propertyTaxes.length > 0, due: { every: 'cumulative', periods: CUMULATIVE, day: 25 } },
  { code: 'PROP_ORG_ADV_PAY_Q', kind: K.PAYMENT, recipient: R.FNS, area: A.TAXES, title: (c) => `Авансовые платежи: ${list(c.propertyTaxes)}`, when: (c) => c.propertyTaxes.length > 0, due: { every: 'cumulative', periods: CUMULATIVE, day: 28 } },
  { code: 'PROP_ORG_NOTIF_YEAR', kind: K.NOTIFICATION, recipient: R.FNS, area: A.TAXES, title: (c) => `Уведомление за год: ${list(c.notifiedYearTaxes)}`, when: (c) => c.notifiedYearTaxes.length > 0, due: { every: 'year', month: 2, day: 25, yearsAfter: 1 } },
  { code: 'PROP_ORG_PAY_YEAR', kind: K.PAYMENT, recipient: R.FNS, area: A.TAXES, title: (c) => `Уплата за год: ${list(c.propertyTaxes)}`, when: (c) => c.propertyTaxes.length > 0, due: { every: 'year', month: 2, day: 28, yearsAfter: 1 } },
];

const IP_RULES: readonly Rule[] = [
  {
    code: 'IP_INS_FIXED', kind: K.PAYMENT, recipient: R.FNS, area: A.TAXES,
    title: (c) => {
      const amount = c.params.ipFixedContributions;
      return amount === null ? `Фиксированные взносы ИП за себя за ${c.periodYear}` : `Фиксированные взносы ИП за себя (${formatRubles(amount)} за ${c.periodYear})`;
    },
    when: (c) => c.ip && !c.ausn && !c.npd, due: { every: 'year', month: 12, day: 28, yearsAfter: 0 },
  },
  {
    code: 'IP_INS_1PCT', kind: K.PAYMENT, recipient: R.FNS, area: A.TAXES,
    title: (c) => {
      const cap = c.params.ipOnePercentCap;
      return cap === null
        ? `Взносы ИП 1% с дохода свыше 300 000 ₽ за ${c.periodYear}`
        : `Взносы ИП 1% с дохода свыше 300 000 ₽ (макс. ${formatRubles(cap)} за ${c.periodYear})`;
    },
    when: (c) => c.ip && !c.ausn && !c.npd, due: { every: 'year', month: 7, day: 1, yearsAfter: 1 },
  },
  { code: 'PSN_PAY', kind: K.PAYMENT, recipient: R.FNS, area: A.TAXES, title: text('Оплата патента'), when: (c) => c.ip, due: { every: 'patent' } },
];

const ESHN_RULES: readonly Rule[] = [
  { code: 'ESHN_ADV_NOTIF', kind: K.NOTIFICATION, recipient: R.FNS, area: A.TAXES, title: text('Уведомление по авансу ЕСХН'), when: (c) => c.eshn, due: { every: 'cumulative', periods: ['H1'], day: 25 } },
  { code: 'ESHN_ADV_PAY', kind: K.PAYMENT, recipient: R.FNS, area: A.TAXES, title: text('Уплата аванса ЕСХН'), when: (c) => c.eshn, due: { every: 'cumulative', periods: ['H1'], day: 28 } },
  { code: 'ESHN_DECL', kind: K.REPORT, recipient: R.FNS, area: A.TAXES, title: text('Декларация по ЕСХН'), when: (c) => c.eshn, due: { every: 'year', month: 3, day: 25, yearsAfter: 1 } },
  { code: 'ESHN_PAY_YEAR', kind: K.PAYMENT, recipient: R.FNS, area: A.TAXES, title: text('Уплата ЕСХН за год'), when: (c) => c.eshn, due: { every: 'year', month: 3, day: 28, yearsAfter: 1 } },
];

const SPECIAL_REGIME_RULES: readonly Rule[] = [
  { code: 'AUSN_PAY_MONTH', kind: K.PAYMENT, recipient: R.FNS, area: A.TAXES, title: text('Уплата налога при АУСН'), when: (c) => c.ausn, due: { every: 'month', monthsAfter: 1, day: 25 } },
  {
    code: 'AUSN_NSIPZ_PAY', kind: K.PAYMENT, recipient: R.SFR, area: A.PAYROLL,
    title: (c) => {
      const amount = c.params.ausnInjuryFixed;
      return amount === null ? 'Фиксированные взносы на травматизм при АУСН (1/12 годовой суммы)' : `Фиксированные взносы на травматизм при АУСН (1/12 от ${formatRubles(amount)} за ${c.periodYear})`;
    },
    when: (c) => c.ausn && c.hasEmployees, due: { every: 'month', monthsAfter: 1, day: 15 },
  },
  { code: 'NPD_PAY_MONTH', kind: K.PAYMENT, recipient: R.FNS, area: A.TAXES, title: text('Уплата налога на профессиональный доход'), when: (c) => c.npd, due: { every: 'month', monthsAfter: 1, day: 28 } },
  { code: 'IP_OSNO_ADV_NOTIF', kind: K.NOTIFICATION, recipient: R.FNS, area: A.TAXES, title: text('Уведомление по авансу НДФЛ (ИП на ОСНО)'), when: (c) => c.ip && c.osno, due: { every: 'cumulative', periods: CUMULATIVE, day: 25 } },
  { code: 'IP_OSNO_ADV_PAY', kind: K.PAYMENT, recipient: R.FNS, area: A.TAXES, title: text('Уплата аванса НДФЛ (ИП на ОСНО)'), when: (c) => c.ip && c.osno, due: { every: 'cumulative', periods: CUMULATIVE, day: 28 } },
  { code: 'IP_OSNO_3NDFL', kind: K.REPORT, recipient: R.FNS, area: A.TAXES, title: text('Декларация 3-НДФЛ (ИП на ОСНО)'), when: (c) => c.ip && c.osno, due: { every: 'year', month: 4, day: 30, yearsAfter: 1 }, unverified: 'well known, not re-quoted from a 2026 source' },
  { code: 'IP_OSNO_NDFL_PAY_YEAR', kind: K.PAYMENT, recipient: R.FNS, area: A.TAXES, title: text('Уплата НДФЛ за год (ИП на ОСНО)'), when: (c) => c.ip && c.osno, due: { every: 'year', month: 7, day: 15, yearsAfter: 1 }, unverified: 'п. 6 ст. 227 not re-verified' },
];

const ACCOUNTING_RULES: readonly Rule[] = [
  { code: 'BUH_OTCH_YEAR', kind: K.REPORT, recipient: R.FNS, area: A.TAXES, title: text('Годовая бухгалтерская (финансовая) отчётность'), when: (c) => c.org, due: { every: 'year', month: 3, day: 31, yearsAfter: 1 }, unverified: 'ст. 18 402-ФЗ, only indirectly sourced' },
];

const RULES_2025_ON: readonly Rule[] = [
  ...EMPLOYER_RULES,
  ...USN_RULES,
  ...VAT_RULES,
  ...PROFIT_RULES,
  ...PROPERTY_RULES,
  ...ACCOUNTING_RULES,
  ...IP_RULES,
  ...ESHN_RULES,
  ...SPECIAL_REGIME_RULES,
];

/** The rules that apply to the periods of a year (a period of 2024 follows the 2025 rules). */
export const RULES_BY_YEAR: Readonly<Record<number, readonly Rule[]>> = {
  2024: RULES_2025_ON,
  2025: RULES_2025_ON,
  2026: RULES_2025_ON,
  2027: RULES_2025_ON,
};
