import type { TariffDefinition } from './tariff.js';

export const STANDARD_2026_NAME = 'Стандарт 2026';

const rub = (roubles: number): number => roubles * 100;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** The demo tariff «Стандарт 2026» from the pricing domain notes; frozen so no caller edits the shared copy. */
export const STANDARD_2026: TariffDefinition = deepFreeze<TariffDefinition>({
  basePrices: [
    { legalForm: 'ORGANIZATION', taxRegime: 'OSNO', amount: rub(25_000) },
    { legalForm: 'ORGANIZATION', taxRegime: 'USN_INCOME', amount: rub(12_000) },
    { legalForm: 'ORGANIZATION', taxRegime: 'USN_INCOME_MINUS_EXPENSES', amount: rub(15_000) },
    { legalForm: 'ORGANIZATION', taxRegime: 'ESHN', amount: rub(18_000) },
    { legalForm: 'ORGANIZATION', taxRegime: 'AUSN_INCOME', amount: rub(8_000) },
    { legalForm: 'ORGANIZATION', taxRegime: 'AUSN_INCOME_MINUS_EXPENSES', amount: rub(8_000) },
    { legalForm: 'INDIVIDUAL_ENTREPRENEUR', taxRegime: 'OSNO', amount: rub(15_000) },
    { legalForm: 'INDIVIDUAL_ENTREPRENEUR', taxRegime: 'USN_INCOME', amount: rub(4_000) },
    { legalForm: 'INDIVIDUAL_ENTREPRENEUR', taxRegime: 'USN_INCOME_MINUS_EXPENSES', amount: rub(6_000) },
    { legalForm: 'INDIVIDUAL_ENTREPRENEUR', taxRegime: 'PSN', amount: rub(3_000) },
    { legalForm: 'INDIVIDUAL_ENTREPRENEUR', taxRegime: 'ESHN', amount: rub(8_000) },
    { legalForm: 'INDIVIDUAL_ENTREPRENEUR', taxRegime: 'AUSN_INCOME', amount: rub(2_500) },
    { legalForm: 'INDIVIDUAL_ENTREPRENEUR', taxRegime: 'AUSN_INCOME_MINUS_EXPENSES', amount: rub(2_500) },
    { legalForm: 'INDIVIDUAL_ENTREPRENEUR', taxRegime: 'NPD', amount: rub(1_500) },
  ],
  baseArea: 'TAXES',
  parameters: [
    { key: 'employees', label: 'Сотрудники', type: 'NUMBER', area: 'PAYROLL', included: 5, blockSize: 1, pricePerBlock: rub(800) },
    { key: 'bankOperations', label: 'Банковские операции', type: 'NUMBER', area: 'PRIMARY_DOCUMENTS', included: 50, blockSize: 50, pricePerBlock: rub(1_500) },
    { key: 'documents', label: 'Первичные документы', type: 'NUMBER', area: 'PRIMARY_DOCUMENTS', included: 50, blockSize: 50, pricePerBlock: rub(1_500) },
    { key: 'bankAccounts', label: 'Расчётные счета', type: 'NUMBER', area: 'PRIMARY_DOCUMENTS', included: 1, blockSize: 1, pricePerBlock: rub(1_000) },
    {
      key: 'vatPayer',
      label: 'Плательщик НДС',
      type: 'FLAG',
      area: 'TAXES',
      price: rub(7_000),
      priceByLegalForm: { ORGANIZATION: rub(7_000), INDIVIDUAL_ENTREPRENEUR: rub(5_000) },
    },
    { key: 'foreignTrade', label: 'ВЭД', type: 'FLAG', area: 'TAXES', price: rub(6_000) },
    { key: 'divisions', label: 'Обособленные подразделения', type: 'NUMBER', area: 'TAXES', included: 0, blockSize: 1, pricePerBlock: rub(3_000) },
    {
      key: 'activityKind',
      label: 'Вид деятельности',
      type: 'CHOICE',
      area: 'TAXES',
      options: [
        { key: 'services', label: 'Услуги', price: 0 },
        { key: 'trade', label: 'Торговля', price: 0 },
        { key: 'production', label: 'Производство', price: 0 },
        { key: 'construction', label: 'Строительство', price: 0 },
      ],
    },
  ],
  multipliers: [
    {
      key: 'activityKind',
      label: 'Вид деятельности',
      parameterKey: 'activityKind',
      factors: [
        { option: 'services', factor: 10_000 },
        { option: 'trade', factor: 11_000 },
        { option: 'production', factor: 12_000 },
        { option: 'construction', factor: 12_500 },
      ],
    },
  ],
  remuneration: [
    { area: 'TAXES', percentOfLines: 3_500, perUnit: null, perMonth: 0 },
    { area: 'PAYROLL', percentOfLines: 0, perUnit: { parameterKey: 'employees', amount: rub(300) }, perMonth: 0 },
    { area: 'PRIMARY_DOCUMENTS', percentOfLines: 3_000, perUnit: null, perMonth: 0 },
  ],
  overhead: { percentOfPrice: 1_000, fixed: 0 },
});
