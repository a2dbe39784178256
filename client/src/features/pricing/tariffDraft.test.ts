import { describe, expect, it } from 'vitest';
import { DEMO_DEFINITION } from './demoDefinition.fixture';
import {
  draftFromDefinition,
  draftToInput,
  moveItem,
  newParameter,
  renameParameterKey,
} from './tariffDraft';

describe('editing a tariff draft', () => {
  it('sends back what it was given, without type names and with one factor per option', () => {
    const { definition, problems } = draftToInput(draftFromDefinition(DEMO_DEFINITION));
    expect(problems).toEqual({});
    expect(definition.basePrices).toEqual([
      { legalForm: 'ORGANIZATION', taxRegime: 'OSNO', amount: '25000.00' },
      { legalForm: 'ORGANIZATION', taxRegime: 'USN_INCOME_MINUS_EXPENSES', amount: '15000.00' },
      { legalForm: 'INDIVIDUAL_ENTREPRENEUR', taxRegime: 'PSN', amount: '3000.00' },
      { legalForm: 'INDIVIDUAL_ENTREPRENEUR', taxRegime: 'NPD', amount: '1500.00' },
    ]);
    expect(definition.parameters[0]).toEqual({
      key: 'employees',
      label: 'Сотрудники',
      type: 'NUMBER',
      area: 'PAYROLL',
      included: 5,
      blockSize: 1,
      pricePerBlock: '800.00',
    });
    expect(definition.parameters[2]).toMatchObject({
      price: '7000.00',
      priceByLegalForm: [
        { legalForm: 'ORGANIZATION', price: '7000.00' },
        { legalForm: 'INDIVIDUAL_ENTREPRENEUR', price: '5000.00' },
      ],
    });
    expect(definition.multipliers[0]?.factors).toEqual([
      { option: 'services', factor: '1.0000' },
      { option: 'trade', factor: '1.1000' },
    ]);
    expect(definition.remuneration).toEqual([
      { area: 'TAXES', percentOfLines: '35.00', perMonth: '0.00', perUnit: null },
      { area: 'PAYROLL', percentOfLines: '0.00', perMonth: '0.00', perUnit: { parameterKey: 'employees', amount: '300.00' } },
      // an area without a rule gets an explicit zero one
      { area: 'PRIMARY_DOCUMENTS', percentOfLines: '0', perMonth: '0', perUnit: null },
    ]);
    expect(definition.overhead).toEqual({ percentOfPrice: '10.00', fixed: '0.00' });
  });

  it('accepts amounts typed the Russian way', () => {
    const draft = draftFromDefinition(DEMO_DEFINITION);
    draft.basePrices['ORGANIZATION/OSNO'] = '26 000,50';
    expect(draftToInput(draft).definition.basePrices[0]?.amount).toBe('26000.50');
  });

  it('finds problems before sending, named like the server names them', () => {
    const draft = draftFromDefinition(DEMO_DEFINITION);
    draft.parameters.push({ ...newParameter(), key: 'касса', label: '', blockSize: '' });
    draft.overhead.percentOfPrice = 'ten';
    expect(draftToInput(draft).problems).toEqual({
      'parameters[4].key': 'key',
      'parameters[4].label': 'required',
      'parameters[4].blockSize': 'wholeNumber',
      'overhead.percentOfPrice': 'percent',
    });
  });

  it('keeps multipliers and remuneration on a renamed parameter', () => {
    const draft = draftFromDefinition(DEMO_DEFINITION);
    const employees = draft.parameters[0]!.uid;
    const activity = draft.parameters[3]!.uid;
    const renamed = renameParameterKey(renameParameterKey(draft, employees, 'staff'), activity, 'activity');
    expect(renamed.remuneration[1]?.perUnitKey).toBe('staff');
    expect(renamed.multipliers[0]?.parameterKey).toBe('activity');
  });

  it('leaves the references alone when renaming a duplicate away from a taken key', () => {
    const draft = draftFromDefinition(DEMO_DEFINITION);
    const extra = { ...newParameter(), key: 'employees', label: 'Дубль' };
    draft.parameters.push(extra);
    const renamed = renameParameterKey(draft, extra.uid, 'cashRegister');
    expect(renamed.remuneration[1]?.perUnitKey).toBe('employees');
  });

  it('reorders within bounds', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
  });
});
