import { describe, expect, it } from 'vitest';
import { editableDecimal, formatFactor, formatMoney, formatMultiplier, formatPercent, isBelow, parseDecimalInput, sign, toUnits } from './money';

// Intl separates groups and the currency with no-break spaces; compare with plain ones
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('money from the server’s decimal strings', () => {
  it('shows the worked example price as people read it', () => {
    expect(plain(formatMoney('30360.00', 'ru'))).toBe('30 360 ₽');
    expect(plain(formatMoney('14721.00', 'ru'))).toBe('14 721 ₽');
  });

  it('keeps kopecks exactly, without rounding through floats', () => {
    expect(plain(formatMoney('1234.50', 'ru'))).toBe('1 234,50 ₽');
    expect(plain(formatMoney('90071992547409.99', 'ru'))).toBe('90 071 992 547 409,99 ₽');
    expect(plain(formatMoney('0.10', 'ru'))).toBe('0,10 ₽');
  });

  it('signs differences, including amounts under a rouble', () => {
    expect(plain(formatMoney('1100.00', 'ru', { signed: true }))).toBe('+1 100 ₽');
    expect(plain(formatMoney('-1100.00', 'ru', { signed: true }))).toBe('-1 100 ₽');
    expect(plain(formatMoney('-0.50', 'ru', { signed: true }))).toBe('-0,50 ₽');
    expect(plain(formatMoney('0.00', 'ru', { signed: true }))).toBe('0 ₽');
  });

  it('follows the reader’s language', () => {
    expect(formatMoney('30360.00', 'en')).toBe('₽30,360');
  });

  it('formats percentages and factors', () => {
    expect(plain(formatPercent('51.51', 'ru'))).toBe('51,51 %');
    expect(plain(formatPercent('35.00', 'ru'))).toBe('35 %');
    expect(plain(formatPercent('-2.50', 'ru', { signed: true }))).toBe('-2,5 %');
    expect(formatFactor('1.1000', 'ru')).toBe('1,1');
    expect(formatFactor('1.0000', 'en')).toBe('1');
  });
});

describe('comparing decimals', () => {
  it('counts exact units', () => {
    expect(toUnits('19.5', 2)).toBe(1950n);
    expect(toUnits('-0.01', 2)).toBe(-1n);
  });

  it('tells a low margin', () => {
    expect(isBelow('19.99', '20')).toBe(true);
    expect(isBelow('20.00', '20')).toBe(false);
    expect(isBelow('51.51', '20')).toBe(false);
    expect(sign('-0.01')).toBe(-1);
    expect(sign('0.00')).toBe(0);
  });
});

describe('amounts as typed', () => {
  it('accepts Russian and English notation', () => {
    expect(parseDecimalInput('15 000,5', 2)).toBe('15000.5');
    expect(parseDecimalInput('1.1000', 4)).toBe('1.1000');
    expect(parseDecimalInput('800', 2)).toBe('800');
  });

  it('refuses what the API would refuse', () => {
    expect(parseDecimalInput('', 2)).toBeNull();
    expect(parseDecimalInput('-5', 2)).toBeNull();
    expect(parseDecimalInput('1.234', 2)).toBeNull();
    expect(parseDecimalInput('abc', 2)).toBeNull();
  });
});

describe('amounts as people write them', () => {
  it('groups thousands and uses the decimal comma in Russian, drops trailing zeros', () => {
    expect(editableDecimal('25000.00', 'ru').replace(/\s/g, ' ')).toBe('25 000');
    expect(editableDecimal('1234.50', 'ru').replace(/\s/g, ' ')).toBe('1 234,5');
    expect(editableDecimal('1.1000', 'ru')).toBe('1,1');
    expect(editableDecimal('0', 'ru')).toBe('0');
  });

  it('stays ungrouped where the decimal mark is a point, and reads back exactly', () => {
    expect(editableDecimal('25000.00', 'en')).toBe('25000');
    for (const [value, locale] of [['1234567.89', 'ru'], ['1234567.89', 'en'], ['0.05', 'ru']] as const) {
      expect(parseDecimalInput(editableDecimal(value, locale), 2)).toBe(value);
    }
  });

  it('shows multipliers as «×1,1»', () => {
    expect(formatMultiplier('1.1000', 'ru')).toBe('×1,1');
    expect(formatMultiplier('1.25', 'en')).toBe('×1.25');
  });
});
