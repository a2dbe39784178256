import type { TariffDefinition } from './pricingForm';

// «Стандарт 2026» as the API returns it (trimmed to what the tests need)
const parameter = (fields: Partial<TariffDefinition['parameters'][number]>): TariffDefinition['parameters'][number] => ({
  __typename: 'TariffParameter',
  key: '',
  label: '',
  type: 'NUMBER',
  area: 'TAXES',
  included: null,
  blockSize: null,
  pricePerBlock: null,
  price: null,
  priceByLegalForm: null,
  options: null,
  ...fields,
});

const base = (legalForm: 'ORGANIZATION' | 'INDIVIDUAL_ENTREPRENEUR', taxRegime: TariffDefinition['basePrices'][number]['taxRegime'], amount: string) => ({
  __typename: 'TariffBasePrice' as const,
  legalForm,
  taxRegime,
  amount,
});

export const DEMO_DEFINITION: TariffDefinition = {
  __typename: 'TariffDefinition',
  baseArea: 'TAXES',
  basePrices: [
    base('ORGANIZATION', 'OSNO', '25000.00'),
    base('ORGANIZATION', 'USN_INCOME_MINUS_EXPENSES', '15000.00'),
    // a tariff error the calculator must not offer: organizations cannot use the patent
    base('ORGANIZATION', 'PSN', '3000.00'),
    base('INDIVIDUAL_ENTREPRENEUR', 'PSN', '3000.00'),
    base('INDIVIDUAL_ENTREPRENEUR', 'NPD', '1500.00'),
  ],
  parameters: [
    parameter({ key: 'employees', label: 'Сотрудники', area: 'PAYROLL', included: 5, blockSize: 1, pricePerBlock: '800.00' }),
    parameter({ key: 'bankOperations', label: 'Банковские операции', area: 'PRIMARY_DOCUMENTS', included: 50, blockSize: 50, pricePerBlock: '1500.00' }),
    parameter({
      key: 'vatPayer',
      label: 'Плательщик НДС',
      type: 'FLAG',
      price: '7000.00',
      priceByLegalForm: [
        { __typename: 'TariffLegalFormPrice', legalForm: 'ORGANIZATION', price: '7000.00' },
        { __typename: 'TariffLegalFormPrice', legalForm: 'INDIVIDUAL_ENTREPRENEUR', price: '5000.00' },
      ],
    }),
    parameter({
      key: 'activityKind',
      label: 'Вид деятельности',
      type: 'CHOICE',
      options: [
        { __typename: 'TariffOption', key: 'services', label: 'Услуги', price: '0.00' },
        { __typename: 'TariffOption', key: 'trade', label: 'Торговля', price: '0.00' },
      ],
    }),
  ],
  multipliers: [
    {
      __typename: 'TariffMultiplier',
      key: 'activityKind',
      label: 'Вид деятельности',
      parameterKey: 'activityKind',
      factors: [
        { __typename: 'TariffFactor', option: 'services', factor: '1.0000' },
        { __typename: 'TariffFactor', option: 'trade', factor: '1.1000' },
      ],
    },
  ],
  remuneration: [
    { __typename: 'TariffRemuneration', area: 'TAXES', percentOfLines: '35.00', perMonth: '0.00', perUnit: null },
    {
      __typename: 'TariffRemuneration',
      area: 'PAYROLL',
      percentOfLines: '0.00',
      perMonth: '0.00',
      perUnit: { __typename: 'TariffPerUnit', parameterKey: 'employees', amount: '300.00' },
    },
  ],
  overhead: { __typename: 'TariffOverhead', percentOfPrice: '10.00', fixed: '0.00' },
};
