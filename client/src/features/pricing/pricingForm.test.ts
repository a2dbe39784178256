import { describe, expect, it } from 'vitest';
import { DEMO_DEFINITION } from './demoDefinition.fixture';
import {
  areaLabelKey,
  buildPricingInput,
  defaultValues,
  initialPricingForm,
  offeredLegalForms,
  offeredTaxRegimes,
  pricingProblems,
  sampleForm,
  withLegalForm,
  valuesOfRun,
} from './pricingForm';

describe('the calculator form from a tariff', () => {
  it('starts every parameter at the server’s default', () => {
    expect(defaultValues(DEMO_DEFINITION)).toEqual({ employees: 0, bankOperations: 0, vatPayer: false, activityKind: 'services' });
  });

  it('offers only priced combinations, and never the patent or NPD to an organization', () => {
    expect(offeredLegalForms(DEMO_DEFINITION)).toEqual(['ORGANIZATION', 'INDIVIDUAL_ENTREPRENEUR']);
    expect(offeredTaxRegimes(DEMO_DEFINITION, 'ORGANIZATION')).toEqual(['OSNO', 'USN_INCOME_MINUS_EXPENSES']);
    expect(offeredTaxRegimes(DEMO_DEFINITION, 'INDIVIDUAL_ENTREPRENEUR')).toEqual(['PSN', 'NPD']);
    expect(offeredTaxRegimes(DEMO_DEFINITION, null)).toEqual([]);
  });

  it('takes the lead’s legal form and regime, unless the tariff does not offer the regime', () => {
    expect(initialPricingForm(DEMO_DEFINITION, 'ORGANIZATION', 'OSNO')).toMatchObject({ legalForm: 'ORGANIZATION', taxRegime: 'OSNO' });
    expect(initialPricingForm(DEMO_DEFINITION, 'ORGANIZATION', 'NPD').taxRegime).toBeNull();
    expect(initialPricingForm(DEMO_DEFINITION, 'INDIVIDUAL_ENTREPRENEUR', undefined).taxRegime).toBeNull();
  });

  it('drops a regime the new legal form cannot have', () => {
    const entrepreneur = initialPricingForm(DEMO_DEFINITION, 'INDIVIDUAL_ENTREPRENEUR', 'PSN');
    expect(withLegalForm(DEMO_DEFINITION, entrepreneur, 'ORGANIZATION').taxRegime).toBeNull();
  });
});

describe('building the pricing request', () => {
  it('gives every parameter with the field of its type', () => {
    const form = sampleForm(DEMO_DEFINITION);
    expect(buildPricingInput(DEMO_DEFINITION, form, 'v1')).toEqual({
      legalForm: 'ORGANIZATION',
      taxRegime: 'USN_INCOME_MINUS_EXPENSES',
      tariffVersionId: 'v1',
      values: [
        { key: 'employees', number: 12 },
        { key: 'bankOperations', number: 180 },
        { key: 'vatPayer', flag: false },
        { key: 'activityKind', option: 'trade' },
      ],
    });
  });

  it('leaves out the version when the default plan is meant', () => {
    expect(buildPricingInput(DEMO_DEFINITION, sampleForm(DEMO_DEFINITION))).not.toHaveProperty('tariffVersionId');
  });

  it('waits while a number is empty, fractional or negative, or the regime is missing', () => {
    const form = sampleForm(DEMO_DEFINITION);
    for (const employees of ['', 2.5, -1, 'abc']) {
      const broken = { ...form, values: { ...form.values, employees } };
      expect(buildPricingInput(DEMO_DEFINITION, broken)).toBeNull();
      expect(pricingProblems(DEMO_DEFINITION, broken)).toHaveProperty('employees');
    }
    expect(pricingProblems(DEMO_DEFINITION, { ...form, taxRegime: null })).toEqual({ taxRegime: 'required' });
    expect(pricingProblems(DEMO_DEFINITION, { ...form, taxRegime: 'PSN' })).toEqual({ taxRegime: 'notOffered' });
  });

  it('ignores sample values the tariff does not know', () => {
    const withoutActivity = { ...DEMO_DEFINITION, parameters: DEMO_DEFINITION.parameters.slice(0, 2) };
    expect(sampleForm(withoutActivity).values).toEqual({ employees: 12, bankOperations: 180 });
  });
});

it('names service areas through translations', () => {
  expect(areaLabelKey('PAYROLL')).toBe('pricing.areas.PAYROLL');
});

describe('valuesOfRun', () => {
  it('takes whichever field of each saved value is set', () => {
    expect(
      valuesOfRun([
        { key: 'employees', number: 12, flag: null, option: null },
        { key: 'vatPayer', number: null, flag: false, option: null },
        { key: 'activityKind', number: null, flag: null, option: 'trade' },
        { key: 'documents', number: null, flag: null, option: null },
      ]),
    ).toEqual({ employees: 12, vatPayer: false, activityKind: 'trade' });
    expect(valuesOfRun(undefined)).toEqual({});
  });
});
