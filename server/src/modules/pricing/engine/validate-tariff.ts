import { LEGAL_FORMS, SERVICE_AREAS, TAX_REGIMES, type TariffDefinition } from './tariff.js';

export interface TariffProblem {
  field: string;
  message: string;
}

export const KEY_PATTERN = /^[a-zA-Z][a-zA-Z0-9]{0,39}$/;
/** Upper bound for any single price in a tariff (100 mln ₽), keeps every computed sum a safe integer. */
export const MAX_TARIFF_AMOUNT = 10_000_000_000;
/** Upper bound for included units and block sizes. */
export const MAX_TARIFF_COUNT = 1_000_000;
/** Upper bound for a multiplier factor (×100). */
export const MAX_FACTOR = 1_000_000;
const MAX_LABEL_LENGTH = 200;

// Tariffs arrive from jsonb and from people editing them, so nothing about the shape is trusted.
type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIntIn = (v: unknown, min: number, max: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

/**
 * Checks a tariff version's content before it is saved (or priced). Returns every problem found,
 * each with a field path like `parameters[2].blockSize`; an empty list means the tariff is valid.
 */
export function validateTariff(def: TariffDefinition): TariffProblem[] {
  const problems: TariffProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  const amount = (v: unknown, field: string) => {
    if (!isIntIn(v, 0, MAX_TARIFF_AMOUNT)) add(field, `Must be a whole number of kopecks from 0 to ${MAX_TARIFF_AMOUNT}`);
  };
  const percent = (v: unknown, field: string) => {
    if (!isIntIn(v, 0, 10_000)) add(field, 'Must be a whole number of basis points from 0 to 10000');
  };
  const label = (v: unknown, field: string) => {
    if (typeof v !== 'string' || v.trim() === '' || v.length > MAX_LABEL_LENGTH)
      add(field, `Must be a non-empty text of at most ${MAX_LABEL_LENGTH} characters`);
  };
  const area = (v: unknown, field: string) => {
    if (!SERVICE_AREAS.includes(v as never)) add(field, `Must be one of ${SERVICE_AREAS.join(', ')}`);
  };
  const key = (v: unknown, field: string) => {
    if (typeof v !== 'string' || !KEY_PATTERN.test(v))
      add(field, 'Must start with a Latin letter and contain only Latin letters and digits, at most 40 characters');
  };
  const list = (v: unknown, field: string): unknown[] => {
    if (Array.isArray(v)) return v;
    add(field, 'Must be a list');
    return [];
  };

  if (!isObject(def)) return [{ field: '', message: 'Tariff must be an object' }];

  // Base prices
  const basePrices = list(def.basePrices, 'basePrices');
  if (Array.isArray(def.basePrices) && basePrices.length === 0) add('basePrices', 'At least one legal form and tax regime must be offered');
  const pairs = new Set<string>();
  basePrices.forEach((row, i) => {
    const f = `basePrices[${i}]`;
    if (!isObject(row)) return add(f, 'Must be an object');
    const okForm = LEGAL_FORMS.includes(row.legalForm as never);
    const okRegime = TAX_REGIMES.includes(row.taxRegime as never);
    if (!okForm) add(`${f}.legalForm`, `Must be one of ${LEGAL_FORMS.join(', ')}`);
    if (!okRegime) add(`${f}.taxRegime`, `Must be one of ${TAX_REGIMES.join(', ')}`);
    amount(row.amount, `${f}.amount`);
    if (okForm && okRegime) {
      const pair = `${row.legalForm}/${row.taxRegime}`;
      if (pairs.has(pair)) add(f, `Duplicate base price for ${row.legalForm} and ${row.taxRegime}`);
      pairs.add(pair);
    }
  });
  area(def.baseArea, 'baseArea');

  // Parameters
  const params = new Map<string, Loose>();
  list(def.parameters, 'parameters').forEach((p, i) => {
    const f = `parameters[${i}]`;
    if (!isObject(p)) return add(f, 'Must be an object');
    key(p.key, `${f}.key`);
    if (typeof p.key === 'string') {
      if (params.has(p.key)) add(`${f}.key`, `Duplicate parameter key ${p.key}`);
      else params.set(p.key, p);
    }
    label(p.label, `${f}.label`);
    area(p.area, `${f}.area`);
    switch (p.type) {
      case 'NUMBER':
        if (!isIntIn(p.included, 0, MAX_TARIFF_COUNT)) add(`${f}.included`, `Must be a whole number from 0 to ${MAX_TARIFF_COUNT}`);
        if (!isIntIn(p.blockSize, 1, MAX_TARIFF_COUNT)) add(`${f}.blockSize`, `Must be a whole number from 1 to ${MAX_TARIFF_COUNT}`);
        amount(p.pricePerBlock, `${f}.pricePerBlock`);
        break;
      case 'FLAG':
        amount(p.price, `${f}.price`);
        if (p.priceByLegalForm !== undefined && p.priceByLegalForm !== null) {
          if (!isObject(p.priceByLegalForm)) add(`${f}.priceByLegalForm`, 'Must be an object');
          else
            for (const [form, price] of Object.entries(p.priceByLegalForm)) {
              if (!LEGAL_FORMS.includes(form as never)) add(`${f}.priceByLegalForm.${form}`, `Must be one of ${LEGAL_FORMS.join(', ')}`);
              else amount(price, `${f}.priceByLegalForm.${form}`);
            }
        }
        break;
      case 'CHOICE': {
        const options = list(p.options, `${f}.options`);
        if (Array.isArray(p.options) && options.length === 0) add(`${f}.options`, 'A choice needs at least one option');
        const optionKeys = new Set<string>();
        options.forEach((o, j) => {
          const of = `${f}.options[${j}]`;
          if (!isObject(o)) return add(of, 'Must be an object');
          key(o.key, `${of}.key`);
          if (typeof o.key === 'string') {
            if (optionKeys.has(o.key)) add(`${of}.key`, `Duplicate option key ${o.key}`);
            optionKeys.add(o.key);
          }
          label(o.label, `${of}.label`);
          amount(o.price, `${of}.price`);
        });
        break;
      }
      default:
        add(`${f}.type`, 'Must be one of NUMBER, FLAG, CHOICE');
    }
  });

  // Multipliers
  const multiplierKeys = new Set<string>();
  const multipliedParams = new Set<string>();
  list(def.multipliers, 'multipliers').forEach((m, i) => {
    const f = `multipliers[${i}]`;
    if (!isObject(m)) return add(f, 'Must be an object');
    key(m.key, `${f}.key`);
    if (typeof m.key === 'string') {
      if (multiplierKeys.has(m.key)) add(`${f}.key`, `Duplicate multiplier key ${m.key}`);
      multiplierKeys.add(m.key);
    }
    label(m.label, `${f}.label`);
    const param = typeof m.parameterKey === 'string' ? params.get(m.parameterKey) : undefined;
    if (!param || param.type !== 'CHOICE') add(`${f}.parameterKey`, 'Must name a CHOICE parameter of this tariff');
    else if (multipliedParams.has(m.parameterKey as string)) add(`${f}.parameterKey`, `Parameter ${m.parameterKey} already drives another multiplier`);
    if (typeof m.parameterKey === 'string') multipliedParams.add(m.parameterKey);
    const optionKeys = new Set(
      param && Array.isArray(param.options) ? param.options.filter(isObject).map((o) => o.key) : [],
    );
    const seen = new Set<unknown>();
    list(m.factors, `${f}.factors`).forEach((x, j) => {
      const xf = `${f}.factors[${j}]`;
      if (!isObject(x)) return add(xf, 'Must be an object');
      if (param && param.type === 'CHOICE' && !optionKeys.has(x.option)) add(`${xf}.option`, `Not an option of parameter ${m.parameterKey}`);
      if (seen.has(x.option)) add(`${xf}.option`, `Duplicate factor for option ${String(x.option)}`);
      seen.add(x.option);
      if (!isIntIn(x.factor, 1, MAX_FACTOR)) add(`${xf}.factor`, `Must be a whole number of ten-thousandths from 1 to ${MAX_FACTOR}`);
    });
  });

  // Remuneration
  const areas = new Set<unknown>();
  list(def.remuneration, 'remuneration').forEach((r, i) => {
    const f = `remuneration[${i}]`;
    if (!isObject(r)) return add(f, 'Must be an object');
    area(r.area, `${f}.area`);
    if (areas.has(r.area)) add(`${f}.area`, `Duplicate remuneration for area ${String(r.area)}`);
    areas.add(r.area);
    percent(r.percentOfLines, `${f}.percentOfLines`);
    amount(r.perMonth, `${f}.perMonth`);
    if (r.perUnit !== undefined && r.perUnit !== null) {
      if (!isObject(r.perUnit)) add(`${f}.perUnit`, 'Must be an object or null');
      else {
        const p = typeof r.perUnit.parameterKey === 'string' ? params.get(r.perUnit.parameterKey) : undefined;
        if (!p || p.type !== 'NUMBER') add(`${f}.perUnit.parameterKey`, 'Must name a NUMBER parameter of this tariff');
        amount(r.perUnit.amount, `${f}.perUnit.amount`);
      }
    }
  });

  // Overhead
  if (!isObject(def.overhead)) add('overhead', 'Must be an object');
  else {
    percent(def.overhead.percentOfPrice, 'overhead.percentOfPrice');
    amount(def.overhead.fixed, 'overhead.fixed');
  }

  return problems;
}
