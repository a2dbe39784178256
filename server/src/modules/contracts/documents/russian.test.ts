import { describe, expect, it } from 'vitest';
import { amountInWords, dateFigures, dateInWords, moneyFigures } from './russian.js';

describe('amounts in words (contracts-poa.md §3.2)', () => {
  it.each([
    [100_100, '1 001 (Одна тысяча один) рубль 00 копеек'],
    [2_100, '21 (Двадцать один) рубль 00 копеек'],
    [11_100, '111 (Сто одиннадцать) рублей 00 копеек'],
    [200_000_000, '2 000 000 (Два миллиона) рублей 00 копеек'],
    [2_100_000, '21 000 (Двадцать одна тысяча) рублей 00 копеек'],
    [1_201, '12 (Двенадцать) рублей 01 копейка'],
    [10_102, '101 (Сто один) рубль 02 копейки'],
    [3_036_000, '30 360 (Тридцать тысяч триста шестьдесят) рублей 00 копеек'],
    [547_475, '5 474 (Пять тысяч четыреста семьдесят четыре) рубля 75 копеек'],
  ])('%i kopecks → %s', (kopecks, words) => {
    expect(amountInWords(kopecks).replace(/\u00a0/g, ' ')).toBe(words);
  });

  it('writes figures with kopecks and dates the Russian way', () => {
    expect(moneyFigures(3_036_050).replace(/\u00a0/g, ' ')).toBe('30 360,50');
    expect(dateInWords('2026-01-12')).toBe('«12» января 2026 г.');
    expect(dateFigures('2026-03-01')).toBe('01.03.2026');
  });
});
