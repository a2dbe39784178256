import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { formHasPath, setServerFieldErrors } from '../../kernel/forms/serverErrors';
import { DEMO_DEFINITION } from './demoDefinition.fixture';
import { draftFromDefinition, newParameter } from './tariffDraft';
import { draftFieldPath, draftProblemsByPath } from './tariffDraftErrors';

const draft = () => draftFromDefinition(DEMO_DEFINITION);

describe('tariff problems on the editor’s fields', () => {
  it('finds a base price by its index among the filled cells', () => {
    expect(draftFieldPath(draft(), 'definition.basePrices[1].amount')).toBe('basePrices.ORGANIZATION/USN_INCOME_MINUS_EXPENSES');
    expect(draftFieldPath(draft(), 'definition.basePrices[3]')).toBe('basePrices.INDIVIDUAL_ENTREPRENEUR/NPD');
    // no such cell, or the list as a whole (none offered): the section's own line
    expect(draftFieldPath(draft(), 'definition.basePrices[9].amount')).toBe('basePrices');
    expect(draftFieldPath(draft(), 'definition.basePrices')).toBe('basePrices');
  });

  it('turns list indexes into form paths', () => {
    expect(draftFieldPath(draft(), 'definition.parameters[1].blockSize')).toBe('parameters.1.blockSize');
    expect(draftFieldPath(draft(), 'parameters[3].options[1].key')).toBe('parameters.3.options.1.key');
    expect(draftFieldPath(draft(), 'definition.overhead.percentOfPrice')).toBe('overhead.percentOfPrice');
  });

  it('finds a factor by its option and the per-unit pay by its own fields', () => {
    expect(draftFieldPath(draft(), 'definition.multipliers[0].factors[1].factor')).toBe('multipliers.0.factors.trade');
    expect(draftFieldPath(draft(), 'definition.multipliers[0].factors[7].option')).toBe('multipliers.0.parameterKey');
    expect(draftFieldPath(draft(), 'definition.remuneration[1].perUnit.amount')).toBe('remuneration.1.perUnitAmount');
    expect(draftFieldPath(draft(), 'definition.remuneration[1].perUnit.parameterKey')).toBe('remuneration.1.perUnitKey');
  });

  it('finds a price per legal form by its key or by its index among the filled ones', () => {
    expect(draftFieldPath(draft(), 'definition.parameters[2].priceByLegalForm.INDIVIDUAL_ENTREPRENEUR')).toBe(
      'parameters.2.priceByLegalForm.INDIVIDUAL_ENTREPRENEUR',
    );
    expect(draftFieldPath(draft(), 'definition.parameters[2].priceByLegalForm[1].price')).toBe('parameters.2.priceByLegalForm.INDIVIDUAL_ENTREPRENEUR');
  });

  it('gives the form’s validate every problem on a path the form holds', () => {
    const values = draft();
    values.parameters.push({ ...newParameter(), key: 'касса', label: '', blockSize: '' });
    values.basePrices['ORGANIZATION/OSNO'] = '25 000 руб';
    values.multipliers[0]!.factors.trade = 'x';
    const problems = draftProblemsByPath(values);
    expect(problems).toEqual({
      'basePrices.ORGANIZATION/OSNO': 'amount',
      'parameters.4.key': 'key',
      'parameters.4.label': 'required',
      'parameters.4.blockSize': 'wholeNumber',
      'multipliers.0.factors.trade': 'factor',
    });
    for (const path of Object.keys(problems)) expect(formHasPath(values, path)).toBe(true);
  });

  it('puts the server’s coded problems under the fields, never naming the path', () => {
    const values = draft();
    const placed: Record<string, string> = {};
    const form = { getValues: () => values, setFieldError: (path: string, message: string) => void (placed[path] = message) };
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'Invalid tariff: definition.basePrices[0].amount — Must be a whole number of kopecks',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [
              { field: 'definition.basePrices[0].amount', message: 'Must be a whole number of kopecks from 0 to 100000000000', code: 'TARIFF_NEGATIVE' },
              { field: 'definition.parameters[1].key', message: 'Duplicate parameter key employees', code: 'TARIFF_DUPLICATE' },
              { field: 'definition', message: 'Tariff must be an object', code: 'TARIFF_NOT_AN_OBJECT' },
            ],
          },
        },
      ],
    });
    const result = setServerFieldErrors(form, error, (field) => draftFieldPath(values, field));
    expect(placed).toEqual({
      'basePrices.ORGANIZATION/OSNO': 'Must be a whole number of kopecks from 0 to 100000000000',
      'parameters.1.key': 'Duplicate parameter key employees',
    });
    expect(result).toEqual({ matched: 2, unmatched: ['Tariff must be an object'] });
  });
});
