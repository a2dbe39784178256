// Types of the schedule engine. Plain TypeScript: the GraphQL layer registers the enums itself,
// so the engine stays free of any framework and every area can share these exact enums.

/** Which department of the firm answers for an obligation (and for an assignment). */
export enum ServiceArea {
  TAXES = 'TAXES',
  PAYROLL = 'PAYROLL',
  PRIMARY_DOCUMENTS = 'PRIMARY_DOCUMENTS',
}

export enum ObligationKind {
  REPORT = 'REPORT',
  NOTIFICATION = 'NOTIFICATION',
  PAYMENT = 'PAYMENT',
}

export enum Recipient {
  FNS = 'FNS',
  SFR = 'SFR',
  ROSSTAT = 'ROSSTAT',
}

/** How an organization on ОСНО pays profit-tax advances (п. 2–3 ст. 286 НК). */
export enum ProfitAdvanceMethod {
  QUARTERLY = 'QUARTERLY',
  MONTHLY = 'MONTHLY',
  MONTHLY_ACTUAL = 'MONTHLY_ACTUAL',
}

// The leads area's enums carry the same values; a string enum member is assignable to these.
export type LegalFormCode = 'ORGANIZATION' | 'INDIVIDUAL_ENTREPRENEUR';
export type TaxRegimeCode =
  | 'OSNO'
  | 'USN_INCOME'
  | 'USN_INCOME_MINUS_EXPENSES'
  | 'PSN'
  | 'ESHN'
  | 'AUSN_INCOME'
  | 'AUSN_INCOME_MINUS_EXPENSES'
  | 'NPD';

/** One patent: first and last day of its term (YYYY-MM-DD, both inclusive, within one year). */
export interface PatentTerm {
  start: string;
  end: string;
}

export interface TaxProfile {
  legalForm: LegalFormCode;
  taxRegime: TaxRegimeCode;
  hasEmployees: boolean;
  vatPayer: boolean;
  /** Organizations on ОСНО; none given means quarterly advances. */
  profitAdvances?: ProfitAdvanceMethod | null;
  hasProperty?: boolean | null;
  hasTransport?: boolean | null;
  hasLand?: boolean | null;
  /** Two-digit code of the subject of the Federation (its extra days off shift deadlines). */
  region?: string | null;
  patents?: readonly PatentTerm[] | null;
  /**
   * Income of the year before the schedule's year, kopecks. On УСН above that year's threshold
   * the client pays VAT for the periods of the schedule's year even when `vatPayer` is not set.
   */
  priorYearIncome?: number | null;
}

/** Codes of the public contract (tax-calendar.md), in the order the schedule lists ties. */
export const OBLIGATION_CODES = [
  'NDFL_AGENT_NOTIF_1_22',
  'NDFL_AGENT_PAY_1_22',
  'NDFL_AGENT_NOTIF_23_END',
  'NDFL_AGENT_PAY_23_END',
  'NDFL_AGENT_NOTIF_DEC',
  'NDFL_AGENT_PAY_DEC',
  'NDFL_6',
  'INS_PAY_MONTH',
  'INS_NOTIF_MONTH',
  'RSV',
  'PERS_SVED_MONTH',
  'NSIPZ_PAY_MONTH',
  'EFS1_R2',
  'EFS1_12_YEAR',
  'USN_ADV_NOTIF',
  'USN_ADV_PAY',
  'USN_DECL_ORG',
  'USN_DECL_IP',
  'USN_PAY_YEAR_ORG',
  'USN_PAY_YEAR_IP',
  'VAT_DECL_Q',
  'VAT_PAY_Q',
  'PROFIT_DECL_Q',
  'PROFIT_DECL_YEAR',
  'PROFIT_ADV_PAY_Q',
  'PROFIT_ADV_PAY_MONTH',
  'PROFIT_ADV_PAY_ACTUAL',
  'PROFIT_PAY_YEAR',
  'PROP_ORG_DECL_YEAR',
  'PROP_ORG_NOTIF_Q',
  'PROP_ORG_ADV_PAY_Q',
  'PROP_ORG_NOTIF_YEAR',
  'PROP_ORG_PAY_YEAR',
  'BUH_OTCH_YEAR',
  'IP_INS_FIXED',
  'IP_INS_1PCT',
  'PSN_PAY',
  'ESHN_ADV_NOTIF',
  'ESHN_ADV_PAY',
  'ESHN_DECL',
  'ESHN_PAY_YEAR',
  'AUSN_PAY_MONTH',
  'AUSN_NSIPZ_PAY',
  'NPD_PAY_MONTH',
  'IP_OSNO_ADV_NOTIF',
  'IP_OSNO_ADV_PAY',
  'IP_OSNO_3NDFL',
  'IP_OSNO_NDFL_PAY_YEAR',
] as const;
export type ObligationCode = (typeof OBLIGATION_CODES)[number];

/**
 * One filing, notification or payment.
 *
 * `period` names what it covers: `2026` (year), `2026-Q1`…`2026-Q4` (quarter), `2026-H1` and
 * `2026-9M` (half-year and nine months, cumulative), `2026-03` (month), `2026-01-01..2026-06-30`
 * (a patent's term). `key` is its stable identity across recomputations: code, period and, for a
 * payment in parts (VAT thirds, patent instalments), the part.
 */
export interface ScheduledObligation {
  key: string;
  code: ObligationCode;
  kind: ObligationKind;
  recipient: Recipient;
  period: string;
  /** 1–3 for payments in parts, otherwise null. */
  part: number | null;
  /** The date the rule names, before the shift off non-working days (YYYY-MM-DD). */
  nominalDate: string;
  /** The last day of the term after the shift (YYYY-MM-DD). */
  dueDate: string;
  area: ServiceArea;
  /** In Russian. */
  title: string;
  /** Computed with a production calendar that is not loaded yet (weekends and ст. 112 ТК only). */
  provisional: boolean;
  /** The rule is inferred or weakly sourced (⚠️ in tax-calendar.md). */
  unverified: boolean;
}

export type ScheduleErrorCode = 'SCHEDULE_YEAR_NOT_SUPPORTED' | 'SCHEDULE_PROFILE_INVALID' | 'CALENDAR_FILE_INVALID' | 'CALENDAR_YEAR_MISMATCH' | 'CALENDAR_IMPLAUSIBLE';

/** A refusal of the engine; the API turns it into BAD_USER_INPUT with this code. */
export class ScheduleError extends Error {
  constructor(
    readonly code: ScheduleErrorCode,
    message: string,
    /** The part of the input at fault: `year` or a field of the profile. */
    readonly field?: 'year' | 'taxRegime' | 'patents',
  ) {
    super(message);
    this.name = 'ScheduleError';
  }
}
