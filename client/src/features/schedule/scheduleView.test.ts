import { describe, expect, it } from 'vitest';
import { groupByMonth, periodParts } from './scheduleView';

describe('groupByMonth', () => {
  it('groups consecutive items by the month of their due date', () => {
    const items = [{ dueDate: '2026-04-27' }, { dueDate: '2026-04-28' }, { dueDate: '2026-07-01' }, { dueDate: '2026-12-28' }];
    expect(groupByMonth(items).map((g) => [g.month, g.items.length])).toEqual([
      ['2026-04', 2],
      ['2026-07', 1],
      ['2026-12', 1],
    ]);
    expect(groupByMonth([])).toEqual([]);
  });
});

describe('periodParts', () => {
  it.each([
    ['2025', { kind: 'year', year: '2025' }],
    ['2026-Q4', { kind: 'quarter', year: '2026', quarter: 4 }],
    ['2026-H1', { kind: 'halfYear', year: '2026' }],
    ['2026-9M', { kind: 'nineMonths', year: '2026' }],
    ['2026-03', { kind: 'month', year: '2026', month: 3 }],
    ['2026-01-01..2026-06-30', { kind: 'range', from: '2026-01-01', to: '2026-06-30' }],
    ['something new', { kind: 'other', text: 'something new' }],
  ])('%s', (period, parts) => {
    expect(periodParts(period)).toEqual(parts);
  });
});
