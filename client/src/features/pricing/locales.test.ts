import { describe, expect, it } from 'vitest';
import { LegalForm, ServiceArea, TariffParameterType, TariffVersionStatus, TaxRegime } from '../../gql/graphql';
import en from './locales/en.json';
import ru from './locales/ru.json';
import kernelEn from '../../kernel/i18n/en.json';
import kernelRu from '../../kernel/i18n/ru.json';

// the server's stable tariff problem codes (server/src/modules/pricing/engine/tariff.ts, TARIFF_PROBLEM)
const TARIFF_PROBLEM_CODES = [
  'TARIFF_NOT_AN_OBJECT',
  'TARIFF_NOT_A_LIST',
  'TARIFF_NOT_A_NUMBER',
  'TARIFF_NOT_TEXT',
  'TARIFF_UNKNOWN_VALUE',
  'TARIFF_NOT_WHOLE',
  'TARIFF_NEGATIVE',
  'TARIFF_TOO_SMALL',
  'TARIFF_TOO_LARGE',
  'TARIFF_EMPTY_LABEL',
  'TARIFF_LABEL_TOO_LONG',
  'TARIFF_BAD_KEY',
  'TARIFF_EMPTY_LIST',
  'TARIFF_DUPLICATE',
  'TARIFF_UNKNOWN_REFERENCE',
  'TARIFF_PARAMETER_ALREADY_MULTIPLIED',
];

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

  it('translate every tariff problem the server reports, in the kernel’s validation messages', () => {
    for (const resources of [kernelRu, kernelEn]) {
      expect(Object.keys(resources.validation)).toEqual(expect.arrayContaining(TARIFF_PROBLEM_CODES));
    }
    expect(kernelRu.validation.TARIFF_NEGATIVE).toBe('Цена не может быть отрицательной');
  });

  it('print the agreed disclaimer', () => {
    expect(ru.print.disclaimer).toBe('Предварительный расчёт, не является офертой');
  });
});
