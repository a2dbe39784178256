import { describe, expect, it } from 'vitest';
import { STANDARD_2026 } from './demo-tariff.js';
import type { TariffDefinition } from './tariff.js';
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

  it.each<[string, (t: TariffDefinition) => void, string]>([
    ['no base prices', (t) => (t.basePrices = []), 'basePrices'],
    ['a duplicate base price pair', (t) => t.basePrices.push({ ...t.basePrices[0]! }), 'basePrices[14]'],
    ['an unknown legal form', (t) => (t.basePrices[0]!.legalForm = 'LLP' as never), 'basePrices[0].legalForm'],
    ['an unknown tax regime', (t) => (t.basePrices[0]!.taxRegime = 'UTII' as never), 'basePrices[0].taxRegime'],
    ['a negative base price', (t) => (t.basePrices[0]!.amount = -1), 'basePrices[0].amount'],
    ['a fractional base price', (t) => (t.basePrices[0]!.amount = 100.5), 'basePrices[0].amount'],
    ['an absurd base price', (t) => (t.basePrices[0]!.amount = 1e11), 'basePrices[0].amount'],
    ['an unknown base area', (t) => (t.baseArea = 'SALES' as never), 'baseArea'],
    ['a duplicate parameter key', (t) => (t.parameters[1]!.key = 'employees'), 'parameters[1].key'],
    ['a key starting with a digit', (t) => (t.parameters[0]!.key = '1employees'), 'parameters[0].key'],
    ['a key with a dash', (t) => (t.parameters[0]!.key = 'bank-ops'), 'parameters[0].key'],
    ['a Cyrillic key', (t) => (t.parameters[0]!.key = 'сотрудники'), 'parameters[0].key'],
    ['a 41-character key', (t) => (t.parameters[0]!.key = 'a'.repeat(41)), 'parameters[0].key'],
    ['an empty label', (t) => (t.parameters[0]!.label = '  '), 'parameters[0].label'],
    ['an unknown area', (t) => (t.parameters[0]!.area = 'SALES' as never), 'parameters[0].area'],
    ['an unknown type', (t) => ((t.parameters[0] as { type: string }).type = 'DATE'), 'parameters[0].type'],
    ['blockSize 0', (t) => (number(t, 'bankOperations').blockSize = 0), 'parameters[1].blockSize'],
    ['fractional blockSize', (t) => (number(t, 'bankOperations').blockSize = 1.5), 'parameters[1].blockSize'],
    ['negative included', (t) => (number(t, 'employees').included = -1), 'parameters[0].included'],
    ['negative price per block', (t) => (number(t, 'documents').pricePerBlock = -100), 'parameters[2].pricePerBlock'],
    ['negative flag price', (t) => (flag(t, 'foreignTrade').price = -1), 'parameters[5].price'],
    ['fractional price by legal form', (t) => (flag(t, 'vatPayer').priceByLegalForm = { ORGANIZATION: 0.5 }), 'parameters[4].priceByLegalForm.ORGANIZATION'],
    ['unknown legal form in priceByLegalForm', (t) => (flag(t, 'vatPayer').priceByLegalForm = { LLP: 1 } as never), 'parameters[4].priceByLegalForm.LLP'],
    ['a choice without options', (t) => (choice(t).options = []), 'parameters[7].options'],
    ['duplicate option keys', (t) => (choice(t).options[1]!.key = 'services'), 'parameters[7].options[1].key'],
    ['a bad option key', (t) => (choice(t).options[0]!.key = 'услуги'), 'parameters[7].options[0].key'],
    ['a negative option price', (t) => (choice(t).options[0]!.price = -5), 'parameters[7].options[0].price'],
    ['a multiplier on an unknown parameter', (t) => (t.multipliers[0]!.parameterKey = 'region'), 'multipliers[0].parameterKey'],
    ['a multiplier on a number parameter', (t) => (t.multipliers[0]!.parameterKey = 'employees'), 'multipliers[0].parameterKey'],
    ['a factor for an unknown option', (t) => (t.multipliers[0]!.factors[0]!.option = 'mining'), 'multipliers[0].factors[0].option'],
    ['two factors for one option', (t) => (t.multipliers[0]!.factors[1]!.option = 'services'), 'multipliers[0].factors[1].option'],
    ['a zero factor', (t) => (t.multipliers[0]!.factors[0]!.factor = 0), 'multipliers[0].factors[0].factor'],
    ['a negative factor', (t) => (t.multipliers[0]!.factors[0]!.factor = -11000), 'multipliers[0].factors[0].factor'],
    ['a fractional factor', (t) => (t.multipliers[0]!.factors[0]!.factor = 1.1), 'multipliers[0].factors[0].factor'],
    ['two multipliers with one key', (t) => t.multipliers.push({ ...t.multipliers[0]!, parameterKey: 'activityKind' }), 'multipliers[1].key'],
    ['percent above 100 %', (t) => (t.remuneration[0]!.percentOfLines = 10001), 'remuneration[0].percentOfLines'],
    ['negative percent', (t) => (t.remuneration[2]!.percentOfLines = -1), 'remuneration[2].percentOfLines'],
    ['fractional percent', (t) => (t.remuneration[0]!.percentOfLines = 35.5), 'remuneration[0].percentOfLines'],
    ['perUnit on a flag', (t) => (t.remuneration[1]!.perUnit = { parameterKey: 'vatPayer', amount: 100 }), 'remuneration[1].perUnit.parameterKey'],
    ['perUnit on an unknown parameter', (t) => (t.remuneration[1]!.perUnit = { parameterKey: 'staff', amount: 100 }), 'remuneration[1].perUnit.parameterKey'],
    ['negative perUnit amount', (t) => (t.remuneration[1]!.perUnit = { parameterKey: 'employees', amount: -1 }), 'remuneration[1].perUnit.amount'],
    ['negative perMonth', (t) => (t.remuneration[0]!.perMonth = -1), 'remuneration[0].perMonth'],
    ['two remunerations for one area', (t) => (t.remuneration[2]!.area = 'TAXES'), 'remuneration[2].area'],
    ['an unknown remuneration area', (t) => (t.remuneration[0]!.area = 'SALES' as never), 'remuneration[0].area'],
    ['overhead above 100 %', (t) => (t.overhead.percentOfPrice = 20000), 'overhead.percentOfPrice'],
    ['negative fixed overhead', (t) => (t.overhead.fixed = -1), 'overhead.fixed'],
    ['no overhead', (t) => delete (t as Partial<TariffDefinition>).overhead, 'overhead'],
    ['parameters not a list', (t) => ((t as { parameters: unknown }).parameters = {}), 'parameters'],
  ])('reports %s', (_name, edit, field) => {
    const problems = validateTariff(edited(edit));
    expect(problems.map((p) => p.field)).toContain(field);
    for (const p of problems) expect(p.message).toMatch(/^[\x20-\x7e]+$/);
  });

  it('reports every problem at once', () => {
    const t = edited((x) => {
      x.overhead.fixed = -1;
      x.remuneration[0]!.percentOfLines = 20000;
      number(x, 'employees').blockSize = 0;
    });
    expect(validateTariff(t).map((p) => p.field).sort()).toEqual(['overhead.fixed', 'parameters[0].blockSize', 'remuneration[0].percentOfLines']);
  });

  it('refuses something that is not a tariff', () => {
    expect(validateTariff(null as unknown as TariffDefinition)).toEqual([{ field: '', message: 'Tariff must be an object' }]);
  });

  it('keeps the demo tariff frozen', () => {
    expect(Object.isFrozen(STANDARD_2026.parameters[0])).toBe(true);
  });
});
