import { describe, expect, it } from 'vitest';
import { formatInteger, formatKopecks, formatRoubles, parseMoney, roundHalfUp } from './money.js';

describe('formatKopecks', () => {
  it.each([
    [3036000, '30360.00'],
    [-150, '-1.50'],
    [0, '0.00'],
    [1, '0.01'],
    [-1, '-0.01'],
    [99, '0.99'],
    [100, '1.00'],
    [123456789, '1234567.89'],
    [Number.MAX_SAFE_INTEGER, '90071992547409.91'],
  ])('%i → %s', (kopecks, text) => {
    expect(formatKopecks(kopecks)).toBe(text);
  });

  it.each([[1.5], [Number.NaN], [Number.POSITIVE_INFINITY], [2 ** 53]])('refuses %s', (kopecks) => {
    expect(() => formatKopecks(kopecks)).toThrow(RangeError);
  });
});

describe('parseMoney', () => {
  it.each([
    ['30360', 3036000],
    ['30360.5', 3036050],
    ['30360.50', 3036050],
    ['30360,5', 3036050],
    ['30 360,50', 3036050],
    ['30\u00a0360,50', 3036050],
    ['30\u202f360.50', 3036050],
    ['1 234 567.89', 123456789],
    ['  15000  ', 1500000],
    ['0', 0],
    ['0.01', 1],
    ['-1.50', -150],
    ['-0', 0],
    ['007', 700],
    ['90071992547409.91', Number.MAX_SAFE_INTEGER],
  ])('%j → %i', (text, kopecks) => {
    expect(parseMoney(text)).toBe(kopecks);
  });

  it.each([
    [''],
    ['   '],
    ['abc'],
    ['12abc'],
    ['1.234'],
    ['30360.'],
    ['.5'],
    [',5'],
    ['1,234.56'],
    ['1 2 3'],
    ['30  360'],
    ['1234 567'],
    ['+5'],
    ['--5'],
    ['5 ₽'],
    ['1e3'],
    ['0x10'],
    ['Infinity'],
    ['90071992547409.92'],
    ['99999999999999999999'],
  ])('refuses %j', (text) => {
    expect(() => parseMoney(text)).toThrow(RangeError);
  });

  it('refuses a non-string', () => {
    expect(() => parseMoney(5 as unknown as string)).toThrow(RangeError);
  });

  it.each([[0], [1], [-150], [3036000], [123456789]])('round-trips %i through formatKopecks', (kopecks) => {
    expect(parseMoney(formatKopecks(kopecks))).toBe(kopecks);
  });
});

describe('roundHalfUp', () => {
  it.each<[number, number, number]>([
    [0, 100, 0],
    [49, 100, 0],
    [50, 100, 1],
    [149, 100, 1],
    [150, 100, 2],
    [25, 10, 3],
    [24, 10, 2],
    [-25, 10, -3],
    [-24, 10, -2],
    [-50, 100, -1],
    [7, 1, 7],
    [1563900 * 10000, 3036000, 5151],
  ])('%i / %i = %i (numbers)', (n, d, expected) => {
    expect(roundHalfUp(n, d)).toBe(expected);
  });

  it.each<[bigint | number, bigint | number, bigint]>([
    [25n, 10n, 3n],
    [-25n, 10n, -3n],
    [25n, 10, 3n],
    [25, 10n, 3n],
    [2n ** 80n + 1n, 2n, 2n ** 79n + 1n],
    [1500000n * 11000n, 10000n, 1650000n],
  ])('%s / %s = %s (bigints)', (n, d, expected) => {
    expect(roundHalfUp(n, d)).toBe(expected);
  });

  it.each<[number | bigint, number | bigint]>([
    [1, 0],
    [1, -2],
    [1n, 0n],
    [1.5, 2],
    [1, 2.5],
  ])('refuses %s / %s', (n, d) => {
    expect(() => roundHalfUp(n, d)).toThrow(RangeError);
  });
});

describe('texts for people', () => {
  it.each<[number | bigint, string]>([
    [0, '0'],
    [800, '800'],
    [1500, '1 500'],
    [100000, '100 000'],
    [1234567, '1 234 567'],
    [-1500, '-1 500'],
    [12345678901234567890n, '12 345 678 901 234 567 890'],
  ])('formatInteger(%s) = %j', (n, text) => {
    expect(formatInteger(n)).toBe(text);
  });

  it.each<[number | bigint, string]>([
    [80000, '800 ₽'],
    [150000, '1 500 ₽'],
    [150050, '1 500,50 ₽'],
    [1, '0,01 ₽'],
    [-150, '-1,50 ₽'],
    [700000n, '7 000 ₽'],
  ])('formatRoubles(%s) = %j', (k, text) => {
    expect(formatRoubles(k)).toBe(text);
  });
});
