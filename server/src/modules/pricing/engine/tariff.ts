import { z } from 'zod';

// Content of one tariff version: plain JSON-serialisable data (stored as jsonb). Amounts are in
// kopecks, percentages in basis points (3500 = 35 %), factors in ten-thousandths (11000 = ×1.1).
// The schema below is the one definition: the engine's types are inferred from it and
// validate-tariff.ts turns its issues into field problems.

export const LEGAL_FORMS = ['ORGANIZATION', 'INDIVIDUAL_ENTREPRENEUR'] as const;
export const TAX_REGIMES = [
  'OSNO',
  'USN_INCOME',
  'USN_INCOME_MINUS_EXPENSES',
  'PSN',
  'ESHN',
  'AUSN_INCOME',
  'AUSN_INCOME_MINUS_EXPENSES',
  'NPD',
] as const;
/** Fixed order of service areas; the breakdown's remuneration list follows it. */
export const SERVICE_AREAS = ['TAXES', 'PAYROLL', 'PRIMARY_DOCUMENTS'] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];
export type TaxRegime = (typeof TAX_REGIMES)[number];
export type ServiceArea = (typeof SERVICE_AREAS)[number];

export const LEGAL_FORM_LABELS: Readonly<Record<LegalForm, string>> = {
  ORGANIZATION: 'организация',
  INDIVIDUAL_ENTREPRENEUR: 'ИП',
};
export const TAX_REGIME_LABELS: Readonly<Record<TaxRegime, string>> = {
  OSNO: 'ОСНО',
  USN_INCOME: 'УСН «Доходы»',
  USN_INCOME_MINUS_EXPENSES: 'УСН «Доходы минус расходы»',
  PSN: 'ПСН',
  ESHN: 'ЕСХН',
  AUSN_INCOME: 'АУСН «Доходы»',
  AUSN_INCOME_MINUS_EXPENSES: 'АУСН «Доходы минус расходы»',
  NPD: 'НПД',
};
export const SERVICE_AREA_LABELS: Readonly<Record<ServiceArea, string>> = {
  TAXES: 'Налоги и отчётность',
  PAYROLL: 'Зарплата и кадры',
  PRIMARY_DOCUMENTS: 'Первичные документы',
};

export const KEY_PATTERN = /^[a-zA-Z][a-zA-Z0-9]{0,39}$/;
/** Upper bound for any single price in a tariff (100 mln ₽), keeps every computed sum a safe integer. */
export const MAX_TARIFF_AMOUNT = 10_000_000_000;
/** Upper bound for included units and block sizes. */
export const MAX_TARIFF_COUNT = 1_000_000;
/** Upper bound for a multiplier factor (×100). */
export const MAX_FACTOR = 1_000_000;
const MAX_BASIS_POINTS = 10_000;
const MAX_LABEL_LENGTH = 200;

/** Stable reason of each way a tariff can be wrong; clients translate it (`validation.<code>`). */
export const TARIFF_PROBLEM = {
  notAnObject: 'TARIFF_NOT_AN_OBJECT',
  notAList: 'TARIFF_NOT_A_LIST',
  notANumber: 'TARIFF_NOT_A_NUMBER',
  notText: 'TARIFF_NOT_TEXT',
  unknownValue: 'TARIFF_UNKNOWN_VALUE',
  notWhole: 'TARIFF_NOT_WHOLE',
  negative: 'TARIFF_NEGATIVE',
  tooSmall: 'TARIFF_TOO_SMALL',
  tooLarge: 'TARIFF_TOO_LARGE',
  emptyLabel: 'TARIFF_EMPTY_LABEL',
  labelTooLong: 'TARIFF_LABEL_TOO_LONG',
  badKey: 'TARIFF_BAD_KEY',
  emptyList: 'TARIFF_EMPTY_LIST',
  duplicate: 'TARIFF_DUPLICATE',
  unknownReference: 'TARIFF_UNKNOWN_REFERENCE',
  parameterMultiplied: 'TARIFF_PARAMETER_ALREADY_MULTIPLIED',
} as const;
export type TariffProblemCode = (typeof TARIFF_PROBLEM)[keyof typeof TARIFF_PROBLEM];

// A refinement's failure: the English rule as the message, the code in `params`.
const failure = (code: TariffProblemCode, message: string) => ({ error: message, params: { code } });
const NOT_AN_OBJECT = { error: 'Must be an object' };
const NOT_A_LIST = { error: 'Must be a list' };

/** A whole number from `min` (≥ 0) to `max`; a fraction, a negative, a too small and a too large one have their own codes. */
function wholeNumber(min: number, max: number, rule: string) {
  // one issue per value, and no `abort`: an aborted parse would skip the checks across fields
  return z.number({ error: rule }).superRefine((v, ctx) => {
    const code = !Number.isInteger(v)
      ? TARIFF_PROBLEM.notWhole
      : v < 0
        ? TARIFF_PROBLEM.negative
        : v < min
          ? TARIFF_PROBLEM.tooSmall
          : v > max
            ? TARIFF_PROBLEM.tooLarge
            : null;
    if (code) ctx.addIssue({ code: 'custom', message: rule, params: { code } });
  });
}

const oneOf = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: `Must be one of ${values.join(', ')}` });

/** kopecks */
const amount = wholeNumber(0, MAX_TARIFF_AMOUNT, `Must be a whole number of kopecks from 0 to ${MAX_TARIFF_AMOUNT}`);
/** basis points, 0 … 100 % */
const basisPoints = wholeNumber(0, MAX_BASIS_POINTS, `Must be a whole number of basis points from 0 to ${MAX_BASIS_POINTS}`);

const LABEL_RULE = `Must be a non-empty text of at most ${MAX_LABEL_LENGTH} characters`;
const label = z.string({ error: LABEL_RULE }).superRefine((v, ctx) => {
  const code = v.trim() === '' ? TARIFF_PROBLEM.emptyLabel : v.length > MAX_LABEL_LENGTH ? TARIFF_PROBLEM.labelTooLong : null;
  if (code) ctx.addIssue({ code: 'custom', message: LABEL_RULE, params: { code } });
});

const KEY_RULE = 'Must start with a Latin letter and contain only Latin letters and digits, at most 40 characters';
const key = z.string({ error: KEY_RULE }).refine((v) => KEY_PATTERN.test(v), failure(TARIFF_PROBLEM.badKey, KEY_RULE));

const legalForm = oneOf(LEGAL_FORMS);
const taxRegime = oneOf(TAX_REGIMES);
const serviceArea = oneOf(SERVICE_AREAS);

const basePriceSchema = z.object(
  {
    legalForm,
    taxRegime,
    /** kopecks per month */
    amount,
  },
  NOT_AN_OBJECT,
);

const numberParameterSchema = z.object(
  {
    key,
    label,
    type: z.literal('NUMBER'),
    area: serviceArea,
    /** units covered by the base price */
    included: wholeNumber(0, MAX_TARIFF_COUNT, `Must be a whole number from 0 to ${MAX_TARIFF_COUNT}`),
    /** units per block; the excess is rounded up to whole blocks (1 = priced per unit) */
    blockSize: wholeNumber(1, MAX_TARIFF_COUNT, `Must be a whole number from 1 to ${MAX_TARIFF_COUNT}`),
    /** kopecks per block */
    pricePerBlock: amount,
  },
  NOT_AN_OBJECT,
);

const flagParameterSchema = z.object(
  {
    key,
    label,
    type: z.literal('FLAG'),
    area: serviceArea,
    /** kopecks when set */
    price: amount,
    /** overrides `price` for the given legal forms (VAT: 7 000 ₽ organization / 5 000 ₽ IE) */
    priceByLegalForm: z
      .partialRecord(legalForm, amount, {
        error: (issue) => (issue.code === 'invalid_type' ? 'Must be an object' : `Must be one of ${LEGAL_FORMS.join(', ')}`),
      })
      .nullish(),
  },
  NOT_AN_OBJECT,
);

const choiceOptionSchema = z.object(
  {
    key,
    label,
    /** kopecks when chosen */
    price: amount,
  },
  NOT_AN_OBJECT,
);

const choiceParameterSchema = z.object(
  {
    key,
    label,
    type: z.literal('CHOICE'),
    area: serviceArea,
    /** the first option is the default */
    options: z
      .array(choiceOptionSchema, NOT_A_LIST)
      .refine((options) => options.length > 0, failure(TARIFF_PROBLEM.emptyList, 'A choice needs at least one option')),
  },
  NOT_AN_OBJECT,
);

const parameterSchema = z.discriminatedUnion('type', [numberParameterSchema, flagParameterSchema, choiceParameterSchema], {
  error: (issue) => (issue.code === 'invalid_union' ? 'Must be one of NUMBER, FLAG, CHOICE' : 'Must be an object'),
});

const multiplierSchema = z.object(
  {
    key,
    label,
    /** a CHOICE parameter; an option without a factor multiplies by 1 */
    parameterKey: z.string({ error: 'Must name a CHOICE parameter of this tariff' }),
    factors: z.array(
      z.object(
        {
          option: z.string({ error: 'Must name an option of the parameter' }),
          /** ten-thousandths, 11000 = ×1.1 */
          factor: wholeNumber(1, MAX_FACTOR, `Must be a whole number of ten-thousandths from 1 to ${MAX_FACTOR}`),
        },
        NOT_AN_OBJECT,
      ),
      NOT_A_LIST,
    ),
  },
  NOT_AN_OBJECT,
);

const remunerationSchema = z.object(
  {
    area: serviceArea,
    /** basis points of the sum of this area's (multiplied) lines */
    percentOfLines: basisPoints,
    /** kopecks per unit of the full value of a NUMBER parameter (not just the part above `included`) */
    perUnit: z
      .object({ parameterKey: z.string({ error: 'Must name a NUMBER parameter of this tariff' }), amount }, { error: 'Must be an object or null' })
      .nullish(),
    /** kopecks per month */
    perMonth: amount,
  },
  NOT_AN_OBJECT,
);

const overheadSchema = z.object(
  {
    /** basis points of the price */
    percentOfPrice: basisPoints,
    /** kopecks per client per month */
    fixed: amount,
  },
  NOT_AN_OBJECT,
);

/**
 * A tariff version's content. Tariffs arrive from jsonb and from people editing them, so nothing
 * is trusted: the field rules above, then the rules across fields (unique keys, references).
 */
export const tariffDefinitionSchema = z
  .object(
    {
      /** a missing legal form / regime pair = combination not offered */
      basePrices: z
        .array(basePriceSchema, NOT_A_LIST)
        .refine((rows) => rows.length > 0, failure(TARIFF_PROBLEM.emptyList, 'At least one legal form and tax regime must be offered')),
      /** area of the base line */
      baseArea: serviceArea,
      /** in display order */
      parameters: z.array(parameterSchema, NOT_A_LIST),
      multipliers: z.array(multiplierSchema, NOT_A_LIST),
      remuneration: z.array(remunerationSchema, NOT_A_LIST),
      overhead: overheadSchema,
    },
    { error: 'Tariff must be an object' },
  )
  // runs even when a field failed, so one save reports every problem at once
  .superRefine((value, ctx) => checkAcrossFields(value, (path, code, message) => ctx.addIssue({ code: 'custom', path, message, params: { code } })), {
    when: (payload) => isObject(payload.value),
  });

export type BasePrice = z.infer<typeof basePriceSchema>;
export type NumberParameter = z.infer<typeof numberParameterSchema>;
export type FlagParameter = z.infer<typeof flagParameterSchema>;
export type ChoiceOption = z.infer<typeof choiceOptionSchema>;
export type ChoiceParameter = z.infer<typeof choiceParameterSchema>;
export type TariffParameter = z.infer<typeof parameterSchema>;
export type Multiplier = z.infer<typeof multiplierSchema>;
export type Remuneration = z.infer<typeof remunerationSchema>;
export type Overhead = z.infer<typeof overheadSchema>;
export type TariffDefinition = z.infer<typeof tariffDefinitionSchema>;

type Loose = Record<string, unknown>;
type Report = (path: (string | number)[], code: TariffProblemCode, message: string) => void;
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
/** The object rows of a list with their indexes; the field rules report whatever is not an object. */
const rows = (v: unknown): [number, Loose][] => (Array.isArray(v) ? v.flatMap((row, i): [number, Loose][] => (isObject(row) ? [[i, row]] : [])) : []);

/** Uniqueness and references; reads the value loosely because a field may have failed its own rule. */
function checkAcrossFields(def: Loose, report: Report): void {
  const { duplicate, unknownReference, parameterMultiplied } = TARIFF_PROBLEM;

  const pairs = new Set<string>();
  for (const [i, row] of rows(def.basePrices)) {
    if (!LEGAL_FORMS.includes(row.legalForm as never) || !TAX_REGIMES.includes(row.taxRegime as never)) continue;
    const pair = `${row.legalForm}/${row.taxRegime}`;
    if (pairs.has(pair)) report(['basePrices', i], duplicate, `Duplicate base price for ${row.legalForm} and ${row.taxRegime}`);
    pairs.add(pair);
  }

  const params = new Map<string, Loose>();
  for (const [i, p] of rows(def.parameters)) {
    if (typeof p.key === 'string') {
      if (params.has(p.key)) report(['parameters', i, 'key'], duplicate, `Duplicate parameter key ${p.key}`);
      else params.set(p.key, p);
    }
    if (p.type !== 'CHOICE') continue;
    const optionKeys = new Set<unknown>();
    for (const [j, o] of rows(p.options)) {
      if (typeof o.key === 'string' && optionKeys.has(o.key)) report(['parameters', i, 'options', j, 'key'], duplicate, `Duplicate option key ${o.key}`);
      optionKeys.add(o.key);
    }
  }

  const multiplierKeys = new Set<unknown>();
  const multiplied = new Set<string>();
  for (const [i, m] of rows(def.multipliers)) {
    if (typeof m.key === 'string' && multiplierKeys.has(m.key)) report(['multipliers', i, 'key'], duplicate, `Duplicate multiplier key ${m.key}`);
    multiplierKeys.add(m.key);
    if (typeof m.parameterKey !== 'string') continue;
    const param = params.get(m.parameterKey);
    if (param?.type !== 'CHOICE') report(['multipliers', i, 'parameterKey'], unknownReference, 'Must name a CHOICE parameter of this tariff');
    else if (multiplied.has(m.parameterKey)) report(['multipliers', i, 'parameterKey'], parameterMultiplied, `Parameter ${m.parameterKey} already drives another multiplier`);
    multiplied.add(m.parameterKey);
    const optionKeys = new Set(rows(param?.options).map(([, o]) => o.key));
    const seen = new Set<unknown>();
    for (const [j, x] of rows(m.factors)) {
      if (param?.type === 'CHOICE' && !optionKeys.has(x.option)) report(['multipliers', i, 'factors', j, 'option'], unknownReference, `Not an option of parameter ${m.parameterKey}`);
      if (seen.has(x.option)) report(['multipliers', i, 'factors', j, 'option'], duplicate, `Duplicate factor for option ${String(x.option)}`);
      seen.add(x.option);
    }
  }

  const areas = new Set<unknown>();
  for (const [i, r] of rows(def.remuneration)) {
    if (areas.has(r.area)) report(['remuneration', i, 'area'], duplicate, `Duplicate remuneration for area ${String(r.area)}`);
    areas.add(r.area);
    const perUnit = r.perUnit;
    if (isObject(perUnit) && typeof perUnit.parameterKey === 'string' && params.get(perUnit.parameterKey)?.type !== 'NUMBER')
      report(['remuneration', i, 'perUnit', 'parameterKey'], unknownReference, 'Must name a NUMBER parameter of this tariff');
  }
}
