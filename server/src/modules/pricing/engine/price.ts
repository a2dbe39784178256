import { formatInteger, formatRoubles, roundHalfUp } from './money.js';
import {
  LEGAL_FORM_LABELS,
  LEGAL_FORMS,
  SERVICE_AREAS,
  TAX_REGIME_LABELS,
  TAX_REGIMES,
  type ChoiceParameter,
  type LegalForm,
  type ServiceArea,
  type TariffDefinition,
  type TariffParameter,
  type TaxRegime,
} from './tariff.js';
import { validateTariff, type TariffProblem } from './validate-tariff.js';

/** Largest value accepted for a NUMBER parameter. */
export const MAX_NUMBER_VALUE = 1_000_000;

export interface PricingValue {
  key: string;
  number?: number | null;
  flag?: boolean | null;
  option?: string | null;
}

export interface PricingRequest {
  legalForm: LegalForm;
  taxRegime: TaxRegime;
  /** parameters not given (or given with no value at all) take their default: 0, false, first option */
  values: PricingValue[];
}

export interface PriceLine {
  /** parameter key, 'base' for the base line */
  key: string;
  label: string;
  /** human-readable value: '12', 'да', 'Торговля' */
  value: string;
  /** human-readable rule: '12 − 5 = 7 × 800 ₽' */
  rule: string;
  /** kopecks */
  amountBeforeMultipliers: number;
  /** kopecks, after all multipliers, rounded half up to the kopeck */
  amount: number;
  area: ServiceArea;
}

export interface AppliedMultiplier {
  /** multiplier key */
  key: string;
  label: string;
  /** chosen option key */
  option: string;
  /** chosen option label, e.g. 'Торговля' */
  optionLabel: string;
  /** ten-thousandths */
  factor: number;
}

export interface PriceBreakdown {
  /** base line first, then parameters in display order; only lines with a non-zero amount besides the base */
  lines: PriceLine[];
  /** every multiplier of the tariff with the option in force (also those at ×1) */
  multipliers: AppliedMultiplier[];
  /** kopecks: sum of the lines before rounding to whole roubles */
  linesTotal: number;
  /** kopecks, whole roubles */
  price: number;
  /** always TAXES, PAYROLL, PRIMARY_DOCUMENTS */
  remuneration: { area: ServiceArea; amount: number }[];
  overhead: number;
  cost: number;
  margin: number;
  /** basis points of price, rounded half away from zero; 0 when the price is 0 */
  marginPercent: number;
}

/** A pricing request the tariff cannot price; `field` points at the offending input. */
export class PricingInputError extends Error {
  override readonly name = 'PricingInputError';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** The tariff itself is broken (should have been caught by validateTariff when it was saved). */
export class InvalidTariffError extends Error {
  override readonly name = 'InvalidTariffError';
  constructor(readonly problems: TariffProblem[]) {
    super(`Invalid tariff: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`);
  }
}

type Resolved = number | boolean | string;

/**
 * Prices one client against one tariff version: the breakdown by line, the monthly price, the
 * remuneration per area, overhead, cost and margin. Pure and deterministic; all arithmetic is in
 * integer kopecks. Throws PricingInputError for a bad request, InvalidTariffError for a bad tariff.
 */
export function computePrice(tariff: TariffDefinition, input: PricingRequest): PriceBreakdown {
  const problems = validateTariff(tariff);
  if (problems.length > 0) throw new InvalidTariffError(problems);

  if (!input || typeof input !== 'object') throw new PricingInputError('', 'Pricing request must be an object');
  const { legalForm, taxRegime } = input;
  if (!LEGAL_FORMS.includes(legalForm)) throw new PricingInputError('legalForm', `Unknown legal form ${JSON.stringify(legalForm)}`);
  if (!TAX_REGIMES.includes(taxRegime)) throw new PricingInputError('taxRegime', `Unknown tax regime ${JSON.stringify(taxRegime)}`);
  const base = tariff.basePrices.find((b) => b.legalForm === legalForm && b.taxRegime === taxRegime);
  if (!base) throw new PricingInputError('taxRegime', `Tax regime ${taxRegime} is not offered for ${legalForm} in this tariff`);

  const values = readValues(tariff.parameters, input.values);
  const valueOf = (p: TariffParameter): Resolved => values.get(p.key) ?? defaultValue(p);

  // All multipliers are combined first and rounded once per line.
  let factorProduct = 1n;
  let factorScale = 1n;
  const multipliers: AppliedMultiplier[] = tariff.multipliers.map((m) => {
    const param = tariff.parameters.find((p) => p.key === m.parameterKey) as ChoiceParameter;
    const chosen = param.options.find((o) => o.key === valueOf(param))!;
    const factor = m.factors.find((f) => f.option === chosen.key)?.factor ?? 10_000;
    factorProduct *= BigInt(factor);
    factorScale *= 10_000n;
    return { key: m.key, label: m.label, option: chosen.key, optionLabel: chosen.label, factor };
  });
  const multiply = (amount: bigint): bigint => roundHalfUp(amount * factorProduct, factorScale);

  const lines: PriceLine[] = [];
  const pushLine = (line: Omit<PriceLine, 'amount' | 'amountBeforeMultipliers'>, before: bigint) =>
    lines.push({ ...line, amountBeforeMultipliers: safe(before), amount: safe(multiply(before)) });

  const legalFormLabel = LEGAL_FORM_LABELS[legalForm];
  const regimeLabel = TAX_REGIME_LABELS[taxRegime];
  pushLine(
    { key: 'base', label: 'Базовая стоимость', value: `${legalFormLabel}, ${regimeLabel}`, rule: `${legalFormLabel} × ${regimeLabel}`, area: tariff.baseArea },
    BigInt(base.amount),
  );

  // Zero-amount parameter lines are left out: the breakdown lists what the client pays for.
  for (const p of tariff.parameters) {
    const v = valueOf(p);
    const common = { key: p.key, label: p.label, area: p.area };
    if (p.type === 'NUMBER') {
      const value = v as number;
      const over = Math.max(0, value - p.included);
      const blocks = Math.ceil(over / p.blockSize); // exact: integers well below 2^53
      const amount = BigInt(blocks) * BigInt(p.pricePerBlock);
      if (amount !== 0n) pushLine({ ...common, value: formatInteger(value), rule: numberRule(value, p.included, over, p.blockSize, blocks, p.pricePerBlock) }, amount);
    } else if (p.type === 'FLAG') {
      if (v !== true) continue;
      const byForm = p.priceByLegalForm?.[legalForm];
      const price = byForm ?? p.price;
      const rule = byForm === undefined ? formatRoubles(price) : `${formatRoubles(price)} (${legalFormLabel})`;
      if (price !== 0) pushLine({ ...common, value: 'да', rule }, BigInt(price));
    } else {
      const option = p.options.find((o) => o.key === v)!;
      if (option.price !== 0) pushLine({ ...common, value: option.label, rule: `${option.label}: ${formatRoubles(option.price)}` }, BigInt(option.price));
    }
  }

  const linesTotal = lines.reduce((sum, l) => sum + BigInt(l.amount), 0n);
  const price = roundHalfUp(linesTotal, 100n) * 100n;

  const remuneration = SERVICE_AREAS.map((area) => {
    const areaLines = lines.filter((l) => l.area === area).reduce((sum, l) => sum + BigInt(l.amount), 0n);
    let amount = 0n;
    for (const r of tariff.remuneration.filter((x) => x.area === area)) {
      amount += roundHalfUp(BigInt(r.percentOfLines) * areaLines, 10_000n) + BigInt(r.perMonth);
      if (r.perUnit) {
        const units = valueOf(tariff.parameters.find((p) => p.key === r.perUnit!.parameterKey)!) as number;
        amount += BigInt(units) * BigInt(r.perUnit.amount);
      }
    }
    return { area, amount };
  });

  const overhead = roundHalfUp(BigInt(tariff.overhead.percentOfPrice) * price, 10_000n) + BigInt(tariff.overhead.fixed);
  const cost = remuneration.reduce((sum, r) => sum + r.amount, 0n) + overhead;
  const margin = price - cost;
  const marginPercent = price === 0n ? 0n : roundHalfUp(margin * 10_000n, price);

  return {
    lines,
    multipliers,
    linesTotal: safe(linesTotal),
    price: safe(price),
    remuneration: remuneration.map((r) => ({ area: r.area, amount: safe(r.amount) })),
    overhead: safe(overhead),
    cost: safe(cost),
    margin: safe(margin),
    marginPercent: safe(marginPercent),
  };
}

function defaultValue(p: TariffParameter): Resolved {
  if (p.type === 'NUMBER') return 0;
  if (p.type === 'FLAG') return false;
  return p.options[0]!.key;
}

const VALUE_FIELD = { NUMBER: 'number', FLAG: 'flag', CHOICE: 'option' } as const;

function readValues(parameters: TariffParameter[], values: unknown): Map<string, Resolved> {
  if (values === undefined || values === null) return new Map();
  if (!Array.isArray(values)) throw new PricingInputError('values', 'values must be a list');
  const byKey = new Map(parameters.map((p) => [p.key, p]));
  const seen = new Set<string>();
  const result = new Map<string, Resolved>();
  for (const entry of values as unknown[]) {
    if (!entry || typeof entry !== 'object' || typeof (entry as PricingValue).key !== 'string')
      throw new PricingInputError('values', 'Every value must be an object with a string key');
    const e = entry as PricingValue;
    const field = `values.${e.key}`;
    if (seen.has(e.key)) throw new PricingInputError(field, `Parameter ${e.key} is given more than once`);
    seen.add(e.key);
    const p = byKey.get(e.key);
    if (!p) throw new PricingInputError(field, `Unknown parameter ${e.key}`);
    const expected = VALUE_FIELD[p.type];
    const given = (['number', 'flag', 'option'] as const).filter((k) => e[k] !== undefined && e[k] !== null);
    const wrong = given.find((k) => k !== expected);
    if (wrong) throw new PricingInputError(field, `Parameter ${e.key} is of type ${p.type} and takes "${expected}", not "${wrong}"`);
    if (given.length === 0) continue;

    if (p.type === 'NUMBER') {
      const n = e.number;
      if (typeof n !== 'number' || !Number.isInteger(n)) throw new PricingInputError(field, `${e.key} must be a whole number`);
      if (n < 0) throw new PricingInputError(field, `${e.key} must not be negative`);
      if (n > MAX_NUMBER_VALUE) throw new PricingInputError(field, `${e.key} must not exceed ${MAX_NUMBER_VALUE}`);
      result.set(e.key, n === 0 ? 0 : n); // no -0
    } else if (p.type === 'FLAG') {
      if (typeof e.flag !== 'boolean') throw new PricingInputError(field, `${e.key} must be true or false`);
      result.set(e.key, e.flag);
    } else {
      if (typeof e.option !== 'string' || !p.options.some((o) => o.key === e.option))
        throw new PricingInputError(field, `${JSON.stringify(e.option)} is not an option of ${e.key}; expected one of ${p.options.map((o) => o.key).join(', ')}`);
      result.set(e.key, e.option);
    }
  }
  return result;
}

function numberRule(value: number, included: number, over: number, blockSize: number, blocks: number, pricePerBlock: number): string {
  const excess = included > 0 ? `${formatInteger(value)} − ${formatInteger(included)} = ${formatInteger(over)}` : formatInteger(value);
  const price = formatRoubles(pricePerBlock);
  if (blockSize === 1) return `${excess} × ${price}`;
  return `${excess} → ${formatInteger(blocks)} ${blocksWord(blocks)} × ${price}`;
}

function blocksWord(n: number): string {
  const mod100 = n % 100;
  const mod10 = n % 10;
  if (mod100 >= 11 && mod100 <= 14) return 'блоков';
  if (mod10 === 1) return 'блок';
  if (mod10 >= 2 && mod10 <= 4) return 'блока';
  return 'блоков';
}

function safe(value: bigint): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new RangeError(`Amount ${value} is outside the safe integer range`);
  return n;
}
