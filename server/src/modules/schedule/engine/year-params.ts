// Amounts and thresholds per year (tax-calendar.md §3), in kopecks. They decide applicability
// (VAT on УСН, contributions for every organization) and the amounts named in titles. A null is
// an amount not published (or not checked) yet: the title then leaves it out.

export interface YearParams {
  year: number;
  /** From 2026 every commercial organization accrues contributions on its director (МРОТ rule). */
  orgAlwaysContributor: boolean;
  /** УСН income above which the payer owes VAT; null = VAT exemption not tied to a threshold. */
  usnVatThreshold: number | null;
  ipFixedContributions: number | null;
  ipOnePercentCap: number | null;
  /** АУСН fixed injury contributions for the year (paid in twelfths). */
  ausnInjuryFixed: number | null;
}

const RUB = 100;
const MLN = 1_000_000 * RUB;

export const YEAR_PARAMS: Readonly<Record<number, YearParams>> = {
  // periods of 2024 still fall due in 2025 (December payments, annual reports)
  2024: { year: 2024, orgAlwaysContributor: false, usnVatThreshold: null, ipFixedContributions: null, ipOnePercentCap: null, ausnInjuryFixed: null },
  2025: {
    year: 2025,
    orgAlwaysContributor: false,
    usnVatThreshold: 60 * MLN,
    ipFixedContributions: 53_658 * RUB,
    ipOnePercentCap: 300_888 * RUB,
    ausnInjuryFixed: 2_750_04,
  },
  2026: {
    year: 2026,
    orgAlwaysContributor: true,
    usnVatThreshold: 20 * MLN,
    ipFixedContributions: 57_390 * RUB,
    ipOnePercentCap: 321_818 * RUB,
    ausnInjuryFixed: 2_959 * RUB,
  },
  2027: {
    year: 2027,
    orgAlwaysContributor: true,
    usnVatThreshold: 15 * MLN,
    ipFixedContributions: 61_154 * RUB,
    ipOnePercentCap: 342_923 * RUB,
    ausnInjuryFixed: null,
  },
};

/** The first year the engine generates: the ЕНП rules of tax-calendar.md start with its data. */
export const FIRST_SCHEDULE_YEAR = 2025;

/** The last year with rules data; a later one is refused until its data is added. */
export const LAST_SCHEDULE_YEAR = Math.max(...Object.keys(YEAR_PARAMS).map(Number));

/** "57 390 ₽", "2 750,04 ₽" — as the titles of tax-calendar.md write amounts. */
export function formatRubles(kopecks: number): string {
  const rubles = Math.floor(kopecks / RUB);
  const rest = kopecks % RUB;
  const whole = String(rubles).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return rest ? `${whole},${String(rest).padStart(2, '0')} ₽` : `${whole} ₽`;
}
