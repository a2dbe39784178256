import { describe, expect, it } from 'vitest';
import { addWorkingDays } from './working-days.js';

describe('addWorkingDays', () => {
  it.each([
    ['a Monday plus 0 is that Monday', '2026-11-30', 0, '2026-11-30'],
    ['a Monday plus 4 is Friday', '2026-11-30', 4, '2026-12-04'],
    ['a Monday plus 5 skips the weekend', '2026-11-30', 5, '2026-12-07'],
    ['a Friday plus 1 is the next Monday', '2026-12-04', 1, '2026-12-07'],
    ['a Saturday start counts from Monday', '2026-12-05', 0, '2026-12-07'],
    ['a Sunday plus 1 is Tuesday', '2026-12-06', 1, '2026-12-08'],
    ['across a month end', '2026-01-29', 3, '2026-02-03'],
    ['across a year end', '2026-12-30', 2, '2027-01-01'],
    ['ten working days are two weeks', '2026-11-30', 10, '2026-12-14'],
  ])('%s', (_label, start, days, expected) => {
    expect(addWorkingDays(start, days)).toBe(expected);
  });

  it('skips the given non-working days', () => {
    const holidays = new Set(['2027-01-01', '2027-01-04', '2027-01-05']);
    expect(addWorkingDays('2026-12-31', 1, holidays)).toBe('2027-01-06');
  });
});
