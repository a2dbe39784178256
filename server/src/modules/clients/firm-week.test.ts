import { describe, expect, it } from 'vitest';
import { addDays, weekOf } from './firm-week.js';

describe('the firm’s week', () => {
  it.each([
    ['2026-12-02', '2026-11-30', '2026-12-06'], // a Wednesday
    ['2026-11-30', '2026-11-30', '2026-12-06'], // Monday starts it
    ['2026-12-06', '2026-11-30', '2026-12-06'], // Sunday ends it
    ['2026-12-31', '2026-12-28', '2027-01-03'], // across the new year
    ['2028-02-28', '2028-02-28', '2028-03-05'], // across a leap day
  ])('%s is in the week %s – %s', (day, weekStart, weekEnd) => {
    expect(weekOf(day)).toEqual({ weekStart, weekEnd });
  });

  it.each([
    ['2026-12-02', 3, '2026-12-05'],
    ['2026-12-30', 3, '2027-01-02'],
    ['2026-03-01', -1, '2026-02-28'],
  ])('%s plus %i days is %s', (day, days, expected) => {
    expect(addDays(day, days)).toBe(expected);
  });
});
