// Content of one tariff version: plain JSON-serialisable data (stored as jsonb). Amounts are in
// kopecks, percentages in basis points (3500 = 35 %), factors in ten-thousandths (11000 = ×1.1).

export type LegalForm = 'ORGANIZATION' | 'INDIVIDUAL_ENTREPRENEUR';
export type TaxRegime =
  | 'OSNO'
  | 'USN_INCOME'
  | 'USN_INCOME_MINUS_EXPENSES'
  | 'PSN'
  | 'ESHN'
  | 'AUSN_INCOME'
  | 'AUSN_INCOME_MINUS_EXPENSES'
  | 'NPD';
export type ServiceArea = 'TAXES' | 'PAYROLL' | 'PRIMARY_DOCUMENTS';

export const LEGAL_FORMS: readonly LegalForm[] = ['ORGANIZATION', 'INDIVIDUAL_ENTREPRENEUR'];
export const TAX_REGIMES: readonly TaxRegime[] = [
  'OSNO',
  'USN_INCOME',
  'USN_INCOME_MINUS_EXPENSES',
  'PSN',
  'ESHN',
  'AUSN_INCOME',
  'AUSN_INCOME_MINUS_EXPENSES',
  'NPD',
];
/** Fixed order of service areas; the breakdown's remuneration list follows it. */
export const SERVICE_AREAS: readonly ServiceArea[] = ['TAXES', 'PAYROLL', 'PRIMARY_DOCUMENTS'];

export const LEGAL_FORM_LABELS: Readonly<Record<LegalForm, string>> = {
  ORGANIZATION: 'организация',
  INDIVIDUAL_ENTREPRENEUR: 'ИП',
};
export const TAX_REGIME_LABELS: Readonly<Record<TaxRegime, string>> = {
  OSNO: 'ОСНО',
  USN_INCOME: 'УСН «доходы»',
  USN_INCOME_MINUS_EXPENSES: 'УСН «доходы минус расходы»',
  PSN: 'ПСН',
  ESHN: 'ЕСХН',
  AUSN_INCOME: 'АУСН «доходы»',
  AUSN_INCOME_MINUS_EXPENSES: 'АУСН «доходы минус расходы»',
  NPD: 'НПД',
};
export const SERVICE_AREA_LABELS: Readonly<Record<ServiceArea, string>> = {
  TAXES: 'Налоги и отчётность',
  PAYROLL: 'Зарплата и кадры',
  PRIMARY_DOCUMENTS: 'Первичные документы',
};

export interface BasePrice {
  legalForm: LegalForm;
  taxRegime: TaxRegime;
  /** kopecks per month */
  amount: number;
}

export interface NumberParameter {
  key: string;
  label: string;
  type: 'NUMBER';
  area: ServiceArea;
  /** units covered by the base price */
  included: number;
  /** units per block; the excess is rounded up to whole blocks (1 = priced per unit) */
  blockSize: number;
  /** kopecks per block */
  pricePerBlock: number;
}

export interface FlagParameter {
  key: string;
  label: string;
  type: 'FLAG';
  area: ServiceArea;
  /** kopecks when set */
  price: number;
  /** overrides `price` for the given legal forms (VAT: 7 000 ₽ organization / 5 000 ₽ IE) */
  priceByLegalForm?: Partial<Record<LegalForm, number>> | null;
}

export interface ChoiceOption {
  key: string;
  label: string;
  /** kopecks when chosen */
  price: number;
}

export interface ChoiceParameter {
  key: string;
  label: string;
  type: 'CHOICE';
  area: ServiceArea;
  /** the first option is the default */
  options: ChoiceOption[];
}

export type TariffParameter = NumberParameter | FlagParameter | ChoiceParameter;

export interface Multiplier {
  key: string;
  label: string;
  /** a CHOICE parameter; an option without a factor multiplies by 1 */
  parameterKey: string;
  /** factor in ten-thousandths, 11000 = ×1.1 */
  factors: { option: string; factor: number }[];
}

export interface Remuneration {
  area: ServiceArea;
  /** basis points of the sum of this area's (multiplied) lines */
  percentOfLines: number;
  /** kopecks per unit of the full value of a NUMBER parameter (not just the part above `included`) */
  perUnit?: { parameterKey: string; amount: number } | null;
  /** kopecks per month */
  perMonth: number;
}

export interface Overhead {
  /** basis points of the price */
  percentOfPrice: number;
  /** kopecks per client per month */
  fixed: number;
}

export interface TariffDefinition {
  /** a missing legal form / regime pair = combination not offered */
  basePrices: BasePrice[];
  /** area of the base line */
  baseArea: ServiceArea;
  /** in display order */
  parameters: TariffParameter[];
  multipliers: Multiplier[];
  remuneration: Remuneration[];
  overhead: Overhead;
}
