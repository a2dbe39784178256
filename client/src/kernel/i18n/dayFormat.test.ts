import { describe, expect, it } from 'vitest';
import { formatDay, formatMomentDay, parseDay } from './format';

describe('days as ДД.ММ.ГГГГ', () => {
  it.each([
    ['01.03.2026', '2026-03-01'],
    ['1.3.2026', '2026-03-01'],
    [' 31.12.2025 ', '2025-12-31'],
    ['29.02.2028', '2028-02-29'],
    ['29.02.2026', null],
    ['30.02.2026', null],
    ['2026-03-01', null],
    ['03/01/2026', null],
    ['', null],
  ])('%s is read as %s', (text, day) => {
    expect(parseDay(text)).toBe(day);
  });

  it.each([
    ['2026-03-01', '01.03.2026'],
    ['2026-12-31T10:00:00Z', '31.12.2026'],
  ])('%s is shown as %s', (day, text) => {
    expect(formatDay(day)).toBe(text);
  });
});

describe('a moment as its day, ДД.ММ.ГГГГ in every language', () => {
  it.each([
    [new Date(2026, 11, 3, 23, 59).toISOString(), '03.12.2026'],
    [new Date(2026, 0, 1, 0, 0).toISOString(), '01.01.2026'],
    ['not a moment', 'not a moment'],
  ])('%s is shown as %s', (iso, shown) => {
    expect(formatMomentDay(iso)).toBe(shown);
  });
});
