import { describe, expect, it } from 'vitest';
import { ObligationKind, ObligationRecipient, ProfitAdvanceMethod } from '../../gql/graphql';
import en from './locales/en.json';
import ru from './locales/ru.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}
// Russian has more plural forms than English
const withoutPlurals = (list: string[]) => [...new Set(list.map((key) => key.replace(/_(one|few|many|other)$/, '')))].sort();

describe('schedule strings', () => {
  it('Russian and English have the same keys', () => {
    expect(withoutPlurals(keys(en))).toEqual(withoutPlurals(keys(ru)));
  });

  it.each([ru, en])('every kind, recipient and advance method has a label', (strings) => {
    for (const kind of Object.values(ObligationKind)) expect(strings.kinds[kind]).toBeTruthy();
    for (const recipient of Object.values(ObligationRecipient)) expect(strings.recipients[recipient]).toBeTruthy();
    for (const method of Object.values(ProfitAdvanceMethod)) expect(strings.profitAdvanceMethods[method]).toBeTruthy();
  });
});
