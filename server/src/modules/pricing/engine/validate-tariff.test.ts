import { describe, expect, it } from 'vitest';
import { STANDARD_2026 } from './demo-tariff.js';
import { TARIFF_PROBLEM, type TariffDefinition, type TariffProblemCode } from './tariff.js';
import { validateTariff } from './validate-tariff.js';

const valid = (): TariffDefinition => structuredClone(STANDARD_2026) as TariffDefinition;

/** Applies an edit to a fresh copy of the demo tariff. */
function edited(edit: (t: TariffDefinition) => void): TariffDefinition {
  const t = valid();
  edit(t);
  return t;
}
const choice = (t: TariffDefinition) => {
  const p = t.parameters.find((x) => x.key === 'activityKind');
  if (p?.type !== 'CHOICE') throw new Error('demo changed');
  return p;
};
const number = (t: TariffDefinition, key: string) => {
  const p = t.parameters.find((x) => x.key === key);
  if (p?.type !== 'NUMBER') throw new Error('demo changed');
  return p;
};
const flag = (t: TariffDefinition, key: string) => {
  const p = t.parameters.find((x) => x.key === key);
  if (p?.type !== 'FLAG') throw new Error('demo changed');
  return p;
};

describe('validateTariff', () => {
  it('accepts the demo tariff', () => {
    expect(validateTariff(STANDARD_2026)).toEqual([]);
  });

  it.each<[string, (t: TariffDefinition) => void]>([
    ['no multipliers, no remuneration', (t) => ((t.multipliers = []), (t.remuneration = []))],
    ['a zero price', (t) => (number(t, 'employees').pricePerBlock = 0)],
    ['0 % and 100 %', (t) => ((t.remuneration[0]!.percentOfLines = 0), (t.overhead.percentOfPrice = 10000))],
    ['a 40-character key', (t) => (t.parameters[3]!.key = 'a'.repeat(40))],
    ['a factor for only some options', (t) => t.multipliers[0]!.factors.splice(1, 2)],
    ['a factor below 1', (t) => (t.multipliers[0]!.factors[0]!.factor = 9000)],
    ['perUnit omitted', (t) => delete t.remuneration[0]!.perUnit],
    ['priceByLegalForm null', (t) => (flag(t, 'vatPayer').priceByLegalForm = null)],
  ])('accepts %s', (_name, edit) => {
    expect(validateTariff(edited(edit))).toEqual([]);
  });

  it.each<[string, (t: TariffDefinition) => void, string, TariffProblemCode]>([
    ['no base prices', (t) => (t.basePrices = []), 'basePrices', TARIFF_PROBLEM.emptyList],
    ['a duplicate base price pair', (t) => t.basePrices.push({ ...t.basePrices[0]! }), 'basePrices[14]', TARIFF_PROBLEM.duplicate],
    ['an unknown legal form', (t) => (t.basePrices[0]!.legalForm = 'LLP' as never), 'basePrices[0].legalForm', TARIFF_PROBLEM.unknownValue],
    ['an unknown tax regime', (t) => (t.basePrices[0]!.taxRegime = 'UTII' as never), 'basePrices[0].taxRegime', TARIFF_PROBLEM.unknownValue],
    ['a negative base price', (t) => (t.basePrices[0]!.amount = -1), 'basePrices[0].amount', TARIFF_PROBLEM.negative],
    ['a fractional base price', (t) => (t.basePrices[0]!.amount = 100.5), 'basePrices[0].amount', TARIFF_PROBLEM.notWhole],
    ['an absurd base price', (t) => (t.basePrices[0]!.amount = 1e11), 'basePrices[0].amount', TARIFF_PROBLEM.tooLarge],
    ['an unknown base area', (t) => (t.baseArea = 'SALES' as never), 'baseArea', TARIFF_PROBLEM.unknownValue],
    ['a duplicate parameter key', (t) => (t.parameters[1]!.key = 'employees'), 'parameters[1].key', TARIFF_PROBLEM.duplicate],
    ['a key starting with a digit', (t) => (t.parameters[0]!.key = '1employees'), 'parameters[0].key', TARIFF_PROBLEM.badKey],
    ['a key with a dash', (t) => (t.parameters[0]!.key = 'bank-ops'), 'parameters[0].key', TARIFF_PROBLEM.badKey],
    ['a Cyrillic key', (t) => (t.parameters[0]!.key = 'сотрудники'), 'parameters[0].key', TARIFF_PROBLEM.badKey],
    ['a 41-character key', (t) => (t.parameters[0]!.key = 'a'.repeat(41)), 'parameters[0].key', TARIFF_PROBLEM.badKey],
    ['an empty label', (t) => (t.parameters[0]!.label = '  '), 'parameters[0].label', TARIFF_PROBLEM.emptyLabel],
    ['an unknown area', (t) => (t.parameters[0]!.area = 'SALES' as never), 'parameters[0].area', TARIFF_PROBLEM.unknownValue],
    ['an unknown type', (t) => ((t.parameters[0] as { type: string }).type = 'DATE'), 'parameters[0].type', TARIFF_PROBLEM.unknownValue],
    ['blockSize 0', (t) => (number(t, 'bankOperations').blockSize = 0), 'parameters[1].blockSize', TARIFF_PROBLEM.tooSmall],
    ['fractional blockSize', (t) => (number(t, 'bankOperations').blockSize = 1.5), 'parameters[1].blockSize', TARIFF_PROBLEM.notWhole],
    ['negative included', (t) => (number(t, 'employees').included = -1), 'parameters[0].included', TARIFF_PROBLEM.negative],
    ['negative price per block', (t) => (number(t, 'documents').pricePerBlock = -100), 'parameters[2].pricePerBlock', TARIFF_PROBLEM.negative],
    ['negative flag price', (t) => (flag(t, 'foreignTrade').price = -1), 'parameters[5].price', TARIFF_PROBLEM.negative],
    ['fractional price by legal form', (t) => (flag(t, 'vatPayer').priceByLegalForm = { ORGANIZATION: 0.5 }), 'parameters[4].priceByLegalForm.ORGANIZATION', TARIFF_PROBLEM.notWhole],
    ['unknown legal form in priceByLegalForm', (t) => (flag(t, 'vatPayer').priceByLegalForm = { LLP: 1 } as never), 'parameters[4].priceByLegalForm.LLP', TARIFF_PROBLEM.unknownValue],
    ['a choice without options', (t) => (choice(t).options = []), 'parameters[7].options', TARIFF_PROBLEM.emptyList],
    ['duplicate option keys', (t) => (choice(t).options[1]!.key = 'services'), 'parameters[7].options[1].key', TARIFF_PROBLEM.duplicate],
    ['a bad option key', (t) => (choice(t).options[0]!.key = 'услуги'), 'parameters[7].options[0].key', TARIFF_PROBLEM.badKey],
    ['a negative option price', (t) => (choice(t).options[0]!.price = -5), 'parameters[7].options[0].price', TARIFF_PROBLEM.negative],
    ['a multiplier on an unknown parameter', (t) => (t.multipliers[0]!.parameterKey = 'region'), 'multipliers[0].parameterKey', TARIFF_PROBLEM.unknownReference],
    ['a multiplier on a number parameter', (t) => (t.multipliers[0]!.parameterKey = 'employees'), 'multipliers[0].parameterKey', TARIFF_PROBLEM.unknownReference],
    ['a factor for an unknown option', (t) => (t.multipliers[0]!.factors[0]!.option = 'mining'), 'multipliers[0].factors[0].option', TARIFF_PROBLEM.unknownReference],
    ['two factors for one option', (t) => (t.multipliers[0]!.factors[1]!.option = 'services'), 'multipliers[0].factors[1].option', TARIFF_PROBLEM.duplicate],
    ['a zero factor', (t) => (t.multipliers[0]!.factors[0]!.factor = 0), 'multipliers[0].factors[0].factor', TARIFF_PROBLEM.tooSmall],
    ['a negative factor', (t) => (t.multipliers[0]!.factors[0]!.factor = -11000), 'multipliers[0].factors[0].factor', TARIFF_PROBLEM.negative],
    ['a fractional factor', (t) => (t.multipliers[0]!.factors[0]!.factor = 1.1), 'multipliers[0].factors[0].factor', TARIFF_PROBLEM.notWhole],
    ['two multipliers with one key', (t) => t.multipliers.push({ ...t.multipliers[0]!, parameterKey: 'activityKind' }), 'multipliers[1].key', TARIFF_PROBLEM.duplicate],
    ['percent above 100 %', (t) => (t.remuneration[0]!.percentOfLines = 10001), 'remuneration[0].percentOfLines', TARIFF_PROBLEM.tooLarge],
    ['negative percent', (t) => (t.remuneration[2]!.percentOfLines = -1), 'remuneration[2].percentOfLines', TARIFF_PROBLEM.negative],
    ['fractional percent', (t) => (t.remuneration[0]!.percentOfLines = 35.5), 'remuneration[0].percentOfLines', TARIFF_PROBLEM.notWhole],
    ['perUnit on a flag', (t) => (t.remuneration[1]!.perUnit = { parameterKey: 'vatPayer', amount: 100 }), 'remuneration[1].perUnit.parameterKey', TARIFF_PROBLEM.unknownReference],
    ['perUnit on an unknown parameter', (t) => (t.remuneration[1]!.perUnit = { parameterKey: 'staff', amount: 100 }), 'remuneration[1].perUnit.parameterKey', TARIFF_PROBLEM.unknownReference],
    ['negative perUnit amount', (t) => (t.remuneration[1]!.perUnit = { parameterKey: 'employees', amount: -1 }), 'remuneration[1].perUnit.amount', TARIFF_PROBLEM.negative],
    ['negative perMonth', (t) => (t.remuneration[0]!.perMonth = -1), 'remuneration[0].perMonth', TARIFF_PROBLEM.negative],
    ['two remunerations for one area', (t) => (t.remuneration[2]!.area = 'TAXES'), 'remuneration[2].area', TARIFF_PROBLEM.duplicate],
    ['an unknown remuneration area', (t) => (t.remuneration[0]!.area = 'SALES' as never), 'remuneration[0].area', TARIFF_PROBLEM.unknownValue],
    ['overhead above 100 %', (t) => (t.overhead.percentOfPrice = 20000), 'overhead.percentOfPrice', TARIFF_PROBLEM.tooLarge],
    ['negative fixed overhead', (t) => (t.overhead.fixed = -1), 'overhead.fixed', TARIFF_PROBLEM.negative],
    ['no overhead', (t) => delete (t as Partial<TariffDefinition>).overhead, 'overhead', TARIFF_PROBLEM.notAnObject],
    ['parameters not a list', (t) => ((t as { parameters: unknown }).parameters = {}), 'parameters', TARIFF_PROBLEM.notAList],
    ['a 201-character label', (t) => (t.parameters[0]!.label = 'a'.repeat(201)), 'parameters[0].label', TARIFF_PROBLEM.labelTooLong],
    ['a price given as text', (t) => ((t.basePrices[0] as { amount: unknown }).amount = '100'), 'basePrices[0].amount', TARIFF_PROBLEM.notANumber],
    ['a key that is not text', (t) => ((t.parameters[0] as { key: unknown }).key = 5), 'parameters[0].key', TARIFF_PROBLEM.notText],
    ['a parameter that is not an object', (t) => ((t.parameters as unknown[])[0] = 'employees'), 'parameters[0]', TARIFF_PROBLEM.notAnObject],
    ['priceByLegalForm as a list', (t) => ((flag(t, 'vatPayer') as { priceByLegalForm: unknown }).priceByLegalForm = [1]), 'parameters[4].priceByLegalForm', TARIFF_PROBLEM.notAnObject],
    ['one parameter driving two multipliers', (t) => t.multipliers.push({ ...t.multipliers[0]!, key: 'again' }), 'multipliers[1].parameterKey', TARIFF_PROBLEM.parameterMultiplied],
  ])('reports %s', (_name, edit, field, code) => {
    const problems = validateTariff(edited(edit));
    expect(problems).toContainEqual({ field, code, message: expect.any(String) });
    for (const p of problems) expect(p.message).toMatch(/^[\x20-\x7e]+$/);
  });

  it('gives each code one meaning: a negative price is told apart from a fractional or a huge one', () => {
    const t = edited((x) => {
      x.basePrices[0]!.amount = -100;
      x.basePrices[1]!.amount = 100.5;
      x.basePrices[2]!.amount = 1e11;
    });
    expect(validateTariff(t).map((p) => [p.field, p.code])).toEqual([
      ['basePrices[0].amount', 'TARIFF_NEGATIVE'],
      ['basePrices[1].amount', 'TARIFF_NOT_WHOLE'],
      ['basePrices[2].amount', 'TARIFF_TOO_LARGE'],
    ]);
  });

  it('reports every problem at once', () => {
    const t = edited((x) => {
      x.overhead.fixed = -1;
      x.remuneration[0]!.percentOfLines = 20000;
      number(x, 'employees').blockSize = 0;
    });
    expect(validateTariff(t).map((p) => p.field).sort()).toEqual(['overhead.fixed', 'parameters[0].blockSize', 'remuneration[0].percentOfLines']);
  });

  it('reports a broken field and a broken reference in one pass', () => {
    const t = edited((x) => {
      number(x, 'employees').blockSize = 0;
      x.parameters[1]!.key = 'employees';
      x.multipliers[0]!.parameterKey = 'region';
    });
    expect(validateTariff(t).map((p) => `${p.field} ${p.code}`).sort()).toEqual([
      'multipliers[0].parameterKey TARIFF_UNKNOWN_REFERENCE',
      'parameters[0].blockSize TARIFF_TOO_SMALL',
      'parameters[1].key TARIFF_DUPLICATE',
    ]);
  });

  it('refuses something that is not a tariff', () => {
    expect(validateTariff(null)).toEqual([{ field: '', message: 'Tariff must be an object', code: 'TARIFF_NOT_AN_OBJECT' }]);
  });

  it('keeps the demo tariff frozen', () => {
    expect(Object.isFrozen(STANDARD_2026.parameters[0])).toBe(true);
  });
});
