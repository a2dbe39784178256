import { describe, expect, it } from 'vitest';
import { closingsFor, dayBefore, holderOn, ownerOn, type Holding } from './assignment-rules.js';
import { ServiceArea } from './schedule-link.js';

const { TAXES, PAYROLL } = ServiceArea;
const history: Holding[] = [
  { id: 'a', area: TAXES, accountantId: 'anna', fromDate: '2026-01-01', toDate: '2026-06-30' },
  { id: 'b', area: TAXES, accountantId: 'boris', fromDate: '2026-07-01', toDate: null },
  { id: 'c', area: PAYROLL, accountantId: 'vera', fromDate: '2026-03-01', toDate: '2026-03-31' },
  // superseded the day it was made: it never takes effect
  { id: 'd', area: PAYROLL, accountantId: 'gleb', fromDate: '2026-05-01', toDate: '2026-04-30' },
];

describe('who holds an area', () => {
  it.each([
    [TAXES, '2026-01-01', 'anna'],
    [TAXES, '2026-06-30', 'anna'],
    [TAXES, '2026-07-01', 'boris'],
    [TAXES, '2030-01-01', 'boris'],
    [TAXES, '2025-12-31', null],
    [PAYROLL, '2026-03-15', 'vera'],
    [PAYROLL, '2026-04-01', null],
    [PAYROLL, '2026-05-01', null],
  ] as const)('%s on %s: %s', (area, date, who) => {
    expect(holderOn(history, area, date)).toBe(who);
  });

  it.each([
    // before the first assignment the first holder owns what falls due
    [TAXES, '2025-12-25', 'anna'],
    [PAYROLL, '2026-01-28', 'vera'],
    [TAXES, '2026-08-28', 'boris'],
    // after the last period ends nobody does
    [PAYROLL, '2026-04-28', null],
  ] as const)('an obligation of %s due %s belongs to %s', (area, date, who) => {
    expect(ownerOn(history, area, date)).toBe(who);
  });
});

describe('a new assignment closes what it replaces', () => {
  it.each([
    ['from 1 September: the open one ends 31 August', TAXES, '2026-09-01', null, [{ id: 'b', toDate: '2026-08-31' }]],
    ['from 1 July, the day the open one starts: it is superseded', TAXES, '2026-07-01', null, [{ id: 'b', toDate: '2026-06-30' }]],
    ['from 1 June: the first ends 31 May, the second is superseded', TAXES, '2026-06-01', null, [{ id: 'a', toDate: '2026-05-31' }, { id: 'b', toDate: '2026-06-30' }]],
    ['for May only: the later one is left alone', TAXES, '2026-05-01', '2026-05-31', [{ id: 'a', toDate: '2026-04-30' }]],
    ['payroll from April: nothing open, nothing to close', PAYROLL, '2026-04-01', null, []],
  ] as const)('%s', (_, area, from, to, expected) => {
    expect(closingsFor(history, area, from, to)).toEqual(expected);
  });

  it('the day before crosses months and years', () => {
    expect(dayBefore('2027-01-01')).toBe('2026-12-31');
    expect(dayBefore('2028-03-01')).toBe('2028-02-29');
  });
});
