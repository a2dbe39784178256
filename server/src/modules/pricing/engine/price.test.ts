import { describe, expect, it } from 'vitest';
import { STANDARD_2026, STANDARD_2026_NAME } from './demo-tariff.js';
import { computePrice, InvalidTariffError, PricingInputError, type PricingRequest, type PricingValue } from './price.js';
import type { LegalForm, TariffDefinition, TaxRegime } from './tariff.js';

const ORG: LegalForm = 'ORGANIZATION';
const IE: LegalForm = 'INDIVIDUAL_ENTREPRENEUR';

function demo(values: PricingValue[] = [], legalForm: LegalForm = ORG, taxRegime: TaxRegime = 'USN_INCOME_MINUS_EXPENSES') {
  return computePrice(STANDARD_2026, { legalForm, taxRegime, values });
}

const lineAmounts = (values: PricingValue[], legalForm: LegalForm = ORG) =>
  Object.fromEntries(demo(values, legalForm).lines.map((l) => [l.key, [l.amountBeforeMultipliers, l.amount]]));

/** A tiny tariff: one base price, whatever parameters and multipliers a test needs. */
function tiny(base: number, extra: Partial<TariffDefinition> = {}): TariffDefinition {
  return {
    basePrices: [{ legalForm: ORG, taxRegime: 'OSNO', amount: base }],
    baseArea: 'TAXES',
    parameters: [],
    multipliers: [],
    remuneration: [],
    overhead: { percentOfPrice: 0, fixed: 0 },
    ...extra,
  };
}
const kind = (...factors: [string, number][]): Pick<TariffDefinition, 'parameters' | 'multipliers'> => ({
  parameters: [{ key: 'kind', label: 'Вид', type: 'CHOICE', area: 'TAXES', options: factors.map(([key]) => ({ key, label: key, price: 0 })) }],
  multipliers: [{ key: 'kind', label: 'Вид', parameterKey: 'kind', factors: factors.map(([option, factor]) => ({ option, factor })) }],
});

describe('the worked example of «Стандарт 2026»', () => {
  const example = demo([
    { key: 'employees', number: 12 },
    { key: 'bankOperations', number: 180 },
    { key: 'documents', number: 60 },
    { key: 'bankAccounts', number: 2 },
    { key: 'vatPayer', flag: false },
    { key: 'foreignTrade', flag: false },
    { key: 'divisions', number: 0 },
    { key: 'activityKind', option: 'trade' },
  ]);

  it('is named «Стандарт 2026»', () => expect(STANDARD_2026_NAME).toBe('Стандарт 2026'));

  it.each([
    ['base', 'Базовая стоимость', 'организация, УСН «Доходы минус расходы»', 'организация × УСН «Доходы минус расходы»', 1500000, 1650000, 'TAXES'],
    ['employees', 'Сотрудники', '12', '12 − 5 = 7 × 800 ₽', 560000, 616000, 'PAYROLL'],
    ['bankOperations', 'Банковские операции', '180', '180 − 50 = 130 → 3 блока × 1 500 ₽', 450000, 495000, 'PRIMARY_DOCUMENTS'],
    ['documents', 'Первичные документы', '60', '60 − 50 = 10 → 1 блок × 1 500 ₽', 150000, 165000, 'PRIMARY_DOCUMENTS'],
    ['bankAccounts', 'Расчётные счета', '2', '2 − 1 = 1 × 1 000 ₽', 100000, 110000, 'PRIMARY_DOCUMENTS'],
  ])('line %s', (key, label, value, rule, amountBeforeMultipliers, amount, area) => {
    expect(example.lines.find((l) => l.key === key)).toEqual({ key, label, value, rule, amountBeforeMultipliers, amount, area });
  });

  it('lists exactly those lines, base first', () => {
    expect(example.lines.map((l) => l.key)).toEqual(['base', 'employees', 'bankOperations', 'documents', 'bankAccounts']);
  });

  it('reports the activity multiplier', () => {
    expect(example.multipliers).toEqual([{ key: 'activityKind', label: 'Вид деятельности', option: 'trade', optionLabel: 'Торговля', factor: 11000 }]);
  });

  it('comes out to the kopeck', () => {
    expect(example).toMatchObject({
      linesTotal: 3036000,
      price: 3036000,
      remuneration: [
        { area: 'TAXES', amount: 577500 },
        { area: 'PAYROLL', amount: 360000 },
        { area: 'PRIMARY_DOCUMENTS', amount: 231000 },
      ],
      overhead: 303600,
      cost: 1472100,
      margin: 1563900,
      marginPercent: 5151,
    });
  });

  it('gives the same result when the defaults are left out', () => {
    const short = demo([
      { key: 'activityKind', option: 'trade' },
      { key: 'bankAccounts', number: 2 },
      { key: 'documents', number: 60 },
      { key: 'bankOperations', number: 180 },
      { key: 'employees', number: 12 },
    ]);
    expect(short).toEqual(example);
  });
});

describe('base prices', () => {
  it.each<[LegalForm, TaxRegime, number]>([
    [ORG, 'OSNO', 2500000],
    [ORG, 'USN_INCOME', 1200000],
    [ORG, 'USN_INCOME_MINUS_EXPENSES', 1500000],
    [ORG, 'ESHN', 1800000],
    [ORG, 'AUSN_INCOME', 800000],
    [ORG, 'AUSN_INCOME_MINUS_EXPENSES', 800000],
    [IE, 'OSNO', 1500000],
    [IE, 'USN_INCOME', 400000],
    [IE, 'USN_INCOME_MINUS_EXPENSES', 600000],
    [IE, 'PSN', 300000],
    [IE, 'ESHN', 800000],
    [IE, 'AUSN_INCOME', 250000],
    [IE, 'AUSN_INCOME_MINUS_EXPENSES', 250000],
    [IE, 'NPD', 150000],
  ])('%s on %s with all defaults is the base price only: %i kopecks', (legalForm, taxRegime, amount) => {
    const result = demo([], legalForm, taxRegime);
    expect(result.lines).toHaveLength(1);
    expect(result.lines[0]).toMatchObject({ key: 'base', amount, amountBeforeMultipliers: amount, area: 'TAXES' });
    expect(result.multipliers).toEqual([{ key: 'activityKind', label: 'Вид деятельности', option: 'services', optionLabel: 'Услуги', factor: 10000 }]);
    expect(result.price).toBe(amount);
    // defaults: only the taxes area earns remuneration (35 %), no employees
    const taxes = (amount * 35) / 100; // exact: base prices are whole roubles
    const overhead = amount / 10;
    expect(result.remuneration).toEqual([
      { area: 'TAXES', amount: taxes },
      { area: 'PAYROLL', amount: 0 },
      { area: 'PRIMARY_DOCUMENTS', amount: 0 },
    ]);
    expect(result.cost).toBe(taxes + overhead);
    expect(result.margin).toBe(amount - taxes - overhead);
    expect(result.marginPercent).toBe(5500);
  });

  it('shows an IE base line with its own labels', () => {
    expect(demo([], IE, 'PSN').lines[0]).toMatchObject({ value: 'ИП, ПСН', rule: 'ИП × ПСН' });
  });
});

describe('number parameters', () => {
  it.each<[string, number, [number, number] | undefined, string | undefined]>([
    ['employees', 0, undefined, undefined],
    ['employees', 5, undefined, undefined],
    ['employees', 6, [80000, 80000], '6 − 5 = 1 × 800 ₽'],
    ['employees', 12, [560000, 560000], '12 − 5 = 7 × 800 ₽'],
    ['bankOperations', 50, undefined, undefined],
    ['bankOperations', 51, [150000, 150000], '51 − 50 = 1 → 1 блок × 1 500 ₽'],
    ['bankOperations', 100, [150000, 150000], '100 − 50 = 50 → 1 блок × 1 500 ₽'],
    ['bankOperations', 101, [300000, 300000], '101 − 50 = 51 → 2 блока × 1 500 ₽'],
    ['bankOperations', 300, [750000, 750000], '300 − 50 = 250 → 5 блоков × 1 500 ₽'],
    ['bankOperations', 600, [1650000, 1650000], '600 − 50 = 550 → 11 блоков × 1 500 ₽'],
    ['bankOperations', 1100, [3150000, 3150000], '1 100 − 50 = 1 050 → 21 блок × 1 500 ₽'],
    ['documents', 49, undefined, undefined],
    ['documents', 151, [450000, 450000], '151 − 50 = 101 → 3 блока × 1 500 ₽'],
    ['bankAccounts', 1, undefined, undefined],
    ['bankAccounts', 4, [300000, 300000], '4 − 1 = 3 × 1 000 ₽'],
    ['divisions', 0, undefined, undefined],
    ['divisions', 2, [600000, 600000], '2 × 3 000 ₽'],
  ])('%s = %i gives %j', (key, number, amounts, rule) => {
    const result = demo([{ key, number }]);
    const line = result.lines.find((l) => l.key === key);
    if (!amounts) {
      expect(line).toBeUndefined();
      return;
    }
    expect(line).toMatchObject({ value: number.toLocaleString('ru-RU').replace(/\u00a0/g, ' '), rule, amountBeforeMultipliers: amounts[0], amount: amounts[1] });
    expect(result.price).toBe(1500000 + amounts[1]);
  });

  it.each([
    // 100 000 employees: (100 000 − 5) × 800 ₽ = 79 996 000 ₽, × 1.25 for construction
    [100_000, 'construction', 7999600000, 9999500000, 3000000000],
    [1_000_000, 'services', 79999600000, 79999600000, 30000000000],
  ])('copes with %i employees (%s)', (employees, option, before, after, payroll) => {
    const result = demo([
      { key: 'employees', number: employees },
      { key: 'activityKind', option },
    ]);
    expect(result.lines.find((l) => l.key === 'employees')).toMatchObject({ amountBeforeMultipliers: before, amount: after });
    const base = option === 'construction' ? 1875000 : 1500000;
    expect(result.price).toBe(base + after);
    expect(result.remuneration[1]).toEqual({ area: 'PAYROLL', amount: payroll });
    expect(Number.isSafeInteger(result.cost)).toBe(true);
    expect(result.margin).toBe(result.price - result.cost);
  });

  it('formats a large value with grouped thousands', () => {
    expect(demo([{ key: 'employees', number: 100_000 }]).lines[1]).toMatchObject({ value: '100 000', rule: '100 000 − 5 = 99 995 × 800 ₽' });
  });

  it('pays payroll remuneration for every employee, even those covered by the base price', () => {
    const result = demo([{ key: 'employees', number: 3 }]);
    expect(result.lines.map((l) => l.key)).toEqual(['base']);
    expect(result.remuneration[1]).toEqual({ area: 'PAYROLL', amount: 90000 });
  });
});

describe('flag parameters', () => {
  it.each<[LegalForm, TaxRegime, string, boolean, number | undefined, string | undefined]>([
    [ORG, 'OSNO', 'vatPayer', true, 700000, '7 000 ₽ (организация)'],
    [IE, 'OSNO', 'vatPayer', true, 500000, '5 000 ₽ (ИП)'],
    [IE, 'USN_INCOME', 'vatPayer', true, 500000, '5 000 ₽ (ИП)'],
    [ORG, 'OSNO', 'vatPayer', false, undefined, undefined],
    [ORG, 'OSNO', 'foreignTrade', true, 600000, '6 000 ₽'],
    [IE, 'OSNO', 'foreignTrade', true, 600000, '6 000 ₽'],
    [ORG, 'OSNO', 'foreignTrade', false, undefined, undefined],
  ])('%s on %s: %s = %s adds %j', (legalForm, taxRegime, key, flag, amount, rule) => {
    const result = demo([{ key, flag }], legalForm, taxRegime);
    const line = result.lines.find((l) => l.key === key);
    if (amount === undefined) return expect(line).toBeUndefined();
    expect(line).toMatchObject({ value: 'да', rule, amount, area: 'TAXES' });
  });

  it('IE on УСН with VAT and trade: 5 000 ₽ × 1.1', () => {
    const result = demo(
      [
        { key: 'vatPayer', flag: true },
        { key: 'activityKind', option: 'trade' },
      ],
      IE,
      'USN_INCOME',
    );
    expect(result.lines.map((l) => [l.key, l.amount])).toEqual([
      ['base', 440000],
      ['vatPayer', 550000],
    ]);
    expect(result.price).toBe(990000);
    expect(result.remuneration[0]).toEqual({ area: 'TAXES', amount: 346500 });
  });
});

describe('choice parameters and multipliers', () => {
  it.each([
    ['services', 'Услуги', 10000, 1500000],
    ['trade', 'Торговля', 11000, 1650000],
    ['production', 'Производство', 12000, 1800000],
    ['construction', 'Строительство', 12500, 1875000],
  ])('activity %s (%s) multiplies by %i', (option, optionLabel, factor, base) => {
    const result = demo([{ key: 'activityKind', option }]);
    expect(result.multipliers).toEqual([{ key: 'activityKind', label: 'Вид деятельности', option, optionLabel, factor }]);
    // the multiplier-only choice has no line of its own
    expect(result.lines.map((l) => l.key)).toEqual(['base']);
    expect(result.lines[0]!.amount).toBe(base);
  });

  it.each([
    ['first option by default', [], undefined],
    ['priced option', [{ key: 'cash', option: 'two' }], { value: 'Две', rule: 'Две: 1 200,50 ₽', amountBeforeMultipliers: 120050, amount: 120050 }],
    ['free option', [{ key: 'cash', option: 'none' }], undefined],
  ])('a priced choice: %s', (_name, values, line) => {
    const tariff = tiny(100000, {
      parameters: [
        {
          key: 'cash',
          label: 'Кассы',
          type: 'CHOICE',
          area: 'PRIMARY_DOCUMENTS',
          options: [
            { key: 'none', label: 'Нет', price: 0 },
            { key: 'two', label: 'Две', price: 120050 },
          ],
        },
      ],
    });
    const result = computePrice(tariff, { legalForm: ORG, taxRegime: 'OSNO', values });
    expect(result.lines.find((l) => l.key === 'cash')).toEqual(line && { key: 'cash', label: 'Кассы', area: 'PRIMARY_DOCUMENTS', ...line });
    expect(result.multipliers).toEqual([]);
  });

  it('combines several multipliers and rounds each line once', () => {
    // 1 kopeck × 1.5 × 1.5 = 2.25 → 2 (rounding after each multiplier would give 2 → 3)
    const tariff = tiny(1, {
      parameters: [
        { key: 'a', label: 'А', type: 'CHOICE', area: 'TAXES', options: [{ key: 'x', label: 'x', price: 0 }] },
        { key: 'b', label: 'Б', type: 'CHOICE', area: 'TAXES', options: [{ key: 'y', label: 'y', price: 0 }] },
      ],
      multipliers: [
        { key: 'a', label: 'А', parameterKey: 'a', factors: [{ option: 'x', factor: 15000 }] },
        { key: 'b', label: 'Б', parameterKey: 'b', factors: [{ option: 'y', factor: 15000 }] },
      ],
    });
    expect(computePrice(tariff, { legalForm: ORG, taxRegime: 'OSNO', values: [] }).lines[0]!.amount).toBe(2);
  });

  it('an option without a factor multiplies by 1', () => {
    const tariff = tiny(1000, kind(['plain', 10000], ['other', 10000]));
    tariff.multipliers[0]!.factors.pop();
    const result = computePrice(tariff, { legalForm: ORG, taxRegime: 'OSNO', values: [{ key: 'kind', option: 'other' }] });
    expect(result.multipliers[0]!.factor).toBe(10000);
    expect(result.lines[0]!.amount).toBe(1000);
  });
});

describe('rounding', () => {
  it.each([
    // multiplied lines: half up to the kopeck
    [2, 12500, 3], // 2.5 → 3
    [6, 12500, 8], // 7.5 → 8
    [5, 11000, 6], // 5.5 → 6
    [15, 11000, 17], // 16.5 → 17
    [14, 11000, 15], // 15.4 → 15
    [3, 10500, 3], // 3.15 → 3
    [7, 10500, 7], // 7.35 → 7
    [10, 10500, 11], // 10.5 → 11
  ])('%i kopecks × %i/10000 = %i kopecks', (base, factor, line) => {
    const result = computePrice(tiny(base, kind(['k', factor])), { legalForm: ORG, taxRegime: 'OSNO', values: [] });
    expect(result.lines[0]!.amount).toBe(line);
  });

  it.each([
    [0, 0],
    [49, 0],
    [50, 100],
    [149, 100],
    [150, 200],
    [104950, 105000],
    [104949, 104900],
    [1500000, 1500000],
  ])('lines of %i kopecks give a price of %i kopecks', (total, price) => {
    const result = computePrice(tiny(total), { legalForm: ORG, taxRegime: 'OSNO', values: [] });
    expect(result).toMatchObject({ linesTotal: total, price });
  });

  it('rounds the price after summing the multiplied lines', () => {
    // two lines of 25 kopecks ×1.1 = 27.5 → 28 each; 56 kopecks → 1 ₽
    const tariff = tiny(25, {
      ...kind(['k', 11000]),
      parameters: [
        ...kind(['k', 11000]).parameters,
        { key: 'f', label: 'Ф', type: 'FLAG', area: 'TAXES', price: 25 },
      ],
    });
    const result = computePrice(tariff, { legalForm: ORG, taxRegime: 'OSNO', values: [{ key: 'f', flag: true }] });
    expect(result.lines.map((l) => l.amount)).toEqual([28, 28]);
    expect(result).toMatchObject({ linesTotal: 56, price: 100 });
  });

  it.each([
    // percent of lines and of price, half up
    [3333, 101, 34, 10], // 101 × 33.33 % = 33.66 → 34; price 100 × 10 % = 10
    [5000, 1, 1, 10], // 0.5 → 1
    [5000, 3, 2, 10], // 1.5 → 2
  ])('remuneration %i bp of %i kopecks = %i', (percent, base, remuneration, overhead) => {
    const tariff = tiny(base, {
      remuneration: [{ area: 'TAXES', percentOfLines: percent, perUnit: null, perMonth: 0 }],
      overhead: { percentOfPrice: 1000, fixed: 0 },
    });
    const result = computePrice(tariff, { legalForm: ORG, taxRegime: 'OSNO', values: [] });
    expect(result.remuneration[0]!.amount).toBe(remuneration);
    expect(result.overhead).toBe(result.price === 0 ? 0 : overhead);
  });

  it.each([
    // price, fixed cost, marginPercent
    [200, 1, 9950], // 199/200 = 99.5 %
    [1600, 1, 9994], // 1599/1600 = 0.9993750 → 9994 (half up)
    [1600, 3, 9981], // 1597/1600 = 0.9981250 → 9981
    [1600, 1601, -6], // −1/1600 = −0.000625 → −6 (half away from zero)
    [100, 300, -20000],
    [0, 500, 0], // no price, no percentage
  ])('price %i, cost %i → margin %i bp', (price, fixed, marginPercent) => {
    const result = computePrice(tiny(price, { overhead: { percentOfPrice: 0, fixed } }), { legalForm: ORG, taxRegime: 'OSNO', values: [] });
    expect(result).toMatchObject({ price, cost: fixed, margin: price - fixed, marginPercent });
  });
});

describe('remuneration and overhead', () => {
  it('adds percent, per-unit and per-month parts per area, and fixed overhead', () => {
    const tariff = tiny(1000000, {
      parameters: [{ key: 'staff', label: 'Сотрудники', type: 'NUMBER', area: 'PAYROLL', included: 2, blockSize: 1, pricePerBlock: 50000 }],
      remuneration: [
        { area: 'PAYROLL', percentOfLines: 1000, perUnit: { parameterKey: 'staff', amount: 20000 }, perMonth: 100000 },
        { area: 'TAXES', percentOfLines: 2000, perMonth: 50000 },
      ],
      overhead: { percentOfPrice: 500, fixed: 70000 },
    });
    const result = computePrice(tariff, { legalForm: ORG, taxRegime: 'OSNO', values: [{ key: 'staff', number: 4 }] });
    // lines: base 10 000 ₽ (taxes), staff 2 × 500 ₽ = 1 000 ₽ (payroll); price 11 000 ₽
    expect(result.price).toBe(1100000);
    expect(result.remuneration).toEqual([
      { area: 'TAXES', amount: 200000 + 50000 },
      { area: 'PAYROLL', amount: 10000 + 4 * 20000 + 100000 },
      { area: 'PRIMARY_DOCUMENTS', amount: 0 },
    ]);
    expect(result.overhead).toBe(55000 + 70000);
    expect(result.cost).toBe(250000 + 190000 + 125000);
    expect(result.margin).toBe(1100000 - 565000);
  });
});

describe('refusals', () => {
  const request = (patch: Partial<PricingRequest>): PricingRequest => ({ legalForm: ORG, taxRegime: 'OSNO', values: [], ...patch });
  it.each<[string, Partial<PricingRequest>, string]>([
    ['organization on PSN', { taxRegime: 'PSN' }, 'taxRegime'],
    ['organization on NPD', { taxRegime: 'NPD' }, 'taxRegime'],
    ['unknown regime', { taxRegime: 'UTII' as TaxRegime }, 'taxRegime'],
    ['unknown legal form', { legalForm: 'LLP' as LegalForm }, 'legalForm'],
    ['negative number', { values: [{ key: 'employees', number: -1 }] }, 'values.employees'],
    ['fractional number', { values: [{ key: 'employees', number: 1.5 }] }, 'values.employees'],
    ['NaN', { values: [{ key: 'employees', number: Number.NaN }] }, 'values.employees'],
    ['infinity', { values: [{ key: 'documents', number: Number.POSITIVE_INFINITY }] }, 'values.documents'],
    ['absurdly large number', { values: [{ key: 'bankOperations', number: 1_000_001 }] }, 'values.bankOperations'],
    ['number as text', { values: [{ key: 'employees', number: '12' as unknown as number }] }, 'values.employees'],
    ['unknown parameter', { values: [{ key: 'marketplaces', number: 1 }] }, 'values.marketplaces'],
    ['prototype key', { values: [{ key: '__proto__', flag: true }] }, 'values.__proto__'],
    ['flag for a number', { values: [{ key: 'employees', flag: true }] }, 'values.employees'],
    ['number for a flag', { values: [{ key: 'vatPayer', number: 1 }] }, 'values.vatPayer'],
    ['option for a flag', { values: [{ key: 'foreignTrade', option: 'yes' }] }, 'values.foreignTrade'],
    ['number for a choice', { values: [{ key: 'activityKind', number: 2 }] }, 'values.activityKind'],
    ['two kinds at once', { values: [{ key: 'employees', number: 3, flag: true }] }, 'values.employees'],
    ['flag as text', { values: [{ key: 'vatPayer', flag: 'true' as unknown as boolean }] }, 'values.vatPayer'],
    ['option not in the list', { values: [{ key: 'activityKind', option: 'mining' }] }, 'values.activityKind'],
    ['option by label', { values: [{ key: 'activityKind', option: 'Торговля' }] }, 'values.activityKind'],
    ['key given twice', { values: [{ key: 'employees', number: 3 }, { key: 'employees', number: 4 }] }, 'values.employees'],
    ['key given twice, once empty', { values: [{ key: 'vatPayer' }, { key: 'vatPayer', flag: true }] }, 'values.vatPayer'],
    ['values not a list', { values: {} as PricingValue[] }, 'values'],
    ['value without key', { values: [{ number: 3 } as PricingValue] }, 'values'],
  ])('%s', (_name, patch, field) => {
    let error: unknown;
    try {
      computePrice(STANDARD_2026, request(patch));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PricingInputError);
    expect((error as PricingInputError).field).toBe(field);
    // English, apart from the echoed input
    expect((error as PricingInputError).message.replace(/"[^"]*"/g, '""')).toMatch(/^[\x20-\x7e]+$/);
  });

  it.each([
    ['1 000 000 is still accepted', 1_000_000],
    ['0 is accepted', 0],
  ])('%s', (_name, number) => {
    expect(() => demo([{ key: 'documents', number }])).not.toThrow();
  });

  it('treats null values as "not given"', () => {
    expect(demo([{ key: 'employees', number: null, flag: null, option: null }])).toEqual(demo([]));
  });

  it('refuses to price with a broken tariff', () => {
    const broken = tiny(100, { parameters: [{ key: 'x', label: 'X', type: 'NUMBER', area: 'TAXES', included: 0, blockSize: 0, pricePerBlock: 1 }] });
    expect(() => computePrice(broken, { legalForm: ORG, taxRegime: 'OSNO', values: [] })).toThrow(InvalidTariffError);
  });
});
