import { describe, expect, it } from 'vitest';
import { DuplicateMatch, LeadFieldType, LeadStage, LegalForm, TaxRegime } from '../../../gql/graphql';
import en from './en.json';
import ru from './ru.json';

// plural forms differ by language (Russian has one/few/many), so compare keys without them
const PLURAL = /_(zero|one|two|few|many|other)$/;

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix.replace(PLURAL, '')];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe('lead translations', () => {
  it('have the same keys in Russian and English', () => {
    expect([...new Set(keys(en))].sort()).toEqual([...new Set(keys(ru))].sort());
  });

  it('name every stage, legal form, tax regime, field type and duplicate match', () => {
    const required = [
      ...Object.values(LeadStage).map((value) => `stages.${value}`),
      ...Object.values(LegalForm).map((value) => `legalForms.${value}`),
      ...Object.values(LegalForm).map((value) => `legalFormsShort.${value}`),
      ...Object.values(TaxRegime).map((value) => `regimes.${value}`),
      ...Object.values(LeadFieldType).map((value) => `fieldTypes.${value}`),
      ...Object.values(DuplicateMatch).map((value) => `matchedOn.${value}`),
    ];
    for (const resources of [ru, en]) expect(keys(resources)).toEqual(expect.arrayContaining(required));
  });
});
