import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import kernelEn from '../../kernel/i18n/en.json';
import kernelRu from '../../kernel/i18n/ru.json';
import en from './locales/en.json';
import ru from './locales/ru.json';
import { addDays, clientLine, dayInZone, includedVat, vatStatement } from './quoteTerms';

const i18n = i18next.createInstance();
const t = i18n.getFixedT('ru');
const nbsp = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

beforeAll(async () => {
  await i18n.init({
    lng: 'ru',
    resources: { en: { translation: { ...kernelEn, pricing: en } }, ru: { translation: { ...kernelRu, pricing: ru } } },
    interpolation: { escapeValue: false },
  });
});

describe('the dates of a quote', () => {
  it.each([
    ['2026-12-01T22:30:00Z', 'Europe/Moscow', '2026-12-02'],
    ['2026-12-01T22:30:00Z', 'Europe/Kaliningrad', '2026-12-02'],
    ['2026-12-01T20:30:00Z', 'Europe/Kaliningrad', '2026-12-01'],
    ['2026-12-01T14:30:00Z', 'Asia/Vladivostok', '2026-12-02'],
  ])('%s is %s in %s', (iso, zone, day) => {
    expect(dayInZone(iso, zone)).toBe(day);
  });

  it.each([
    ['2026-12-02', 30, '2027-01-01'],
    ['2026-12-02', 14, '2026-12-16'],
    ['2028-02-15', 14, '2028-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
  ])('%s plus %i days is %s', (day, days, until) => {
    expect(addDays(day, days)).toBe(until);
  });
});

describe('the VAT statement fits the firm', () => {
  it.each([
    [30_360_00, 20, 5_060_00],
    [30_360_00, 22, 5_474_75],
    [10_000_00, 5, 476_19],
    [0, 20, 0],
  ])('%i kopecks include %i %% VAT of %i kopecks', (price, rate, vat) => {
    expect(includedVat(price, rate)).toBe(vat);
  });

  it.each([
    [{ taxRegime: 'OSNO', vatRate: 20 }, 'в т.ч. НДС 20 % — 5 060 ₽'],
    [{ taxRegime: 'OSNO', vatRate: 22 }, 'в т.ч. НДС 22 % — 5 474,75 ₽'],
    [{ taxRegime: 'USN_INCOME', vatRate: 5 }, 'в т.ч. НДС 5 % — 1 445,71 ₽'],
    [{ taxRegime: 'USN_INCOME', vatRate: null }, 'НДС не облагается (УСН)'],
    [{ taxRegime: 'USN_INCOME_MINUS_EXPENSES' }, 'НДС не облагается (УСН)'],
    [{ taxRegime: 'AUSN_INCOME', vatRate: null }, 'НДС не облагается (АУСН)'],
    [{ taxRegime: 'PSN', vatRate: null }, 'НДС не облагается (ПСН)'],
    [{ taxRegime: 'OSNO', vatRate: null }, 'Без НДС'],
    [{}, 'Без НДС'],
  ])('%o: %s', (firm, statement) => {
    expect(nbsp(vatStatement(firm, 30_360_00, t, 'ru'))).toBe(statement);
  });
});

describe('price lines as the client reads them', () => {
  const line = (key: string, label: string, value: string) => ({ key, label, value, rule: '' });
  it.each([
    [line('base', 'Базовая стоимость', 'организация, УСН «Доходы»'), { service: 'Бухгалтерское обслуживание', volume: 'организация, УСН «Доходы»' }],
    [line('vatPayer', 'Плательщик НДС', 'да'), { service: 'Плательщик НДС', volume: 'включено' }],
    [line('employees', 'Сотрудники', '12'), { service: 'Сотрудники', volume: '12' }],
  ])('%o', (priceLine, shown) => {
    expect(clientLine(priceLine, t)).toEqual(shown);
  });

  it('in English too', () => {
    const english = i18n.getFixedT('en');
    expect(clientLine(line('vatPayer', 'Плательщик НДС', 'yes'), english)).toEqual({ service: 'Плательщик НДС', volume: 'included' });
    expect(nbsp(vatStatement({ taxRegime: 'USN_INCOME' }, 100, english, 'en'))).toBe('Not subject to VAT (simplified tax system)');
  });
});
