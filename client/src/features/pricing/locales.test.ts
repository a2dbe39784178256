import { describe, expect, it } from 'vitest';
import { LegalForm, ServiceArea, TariffParameterType, TariffVersionStatus, TaxRegime } from '../../gql/graphql';
import en from './locales/en.json';
import ru from './locales/ru.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe('pricing translations', () => {
  it('have the same keys in Russian and English', () => {
    expect(keys(en).sort()).toEqual(keys(ru).sort());
  });

  it('name every legal form, regime, area, parameter type and version status', () => {
    const required = [
      ...Object.values(LegalForm).map((value) => `legalForms.${value}`),
      ...Object.values(TaxRegime).map((value) => `taxRegimes.${value}`),
      ...Object.values(ServiceArea).map((value) => `areas.${value}`),
      ...Object.values(TariffParameterType).map((value) => `tariffs.parameterTypes.${value}`),
      ...Object.values(TariffVersionStatus).map((value) => `tariffs.statuses.${value}`),
    ];
    for (const resources of [ru, en]) expect(keys(resources)).toEqual(expect.arrayContaining(required));
  });

  it('print the agreed disclaimer', () => {
    expect(ru.print.disclaimer).toBe('Предварительный расчёт, не является офертой');
  });
});
