import { describe, expect, it } from 'vitest';
import { byDay, inMonth, monthWeeks, shiftAnchor, visibleRange, weekDays } from './calendarView';

describe('the month view', () => {
  it.each([
    // month, first shown day, last shown day, weeks
    ['2027-02-14', '2027-02-01', '2027-02-28', 4], // February 2027 starts on a Monday and ends on a Sunday
    ['2026-12-02', '2026-11-30', '2027-01-03', 5],
    ['2027-05-31', '2027-04-26', '2027-06-06', 6], // 1 May 2027 is a Saturday
    ['2028-02-29', '2028-01-31', '2028-03-05', 5], // a leap February
  ])('%s shows %s … %s in %i weeks from Monday', (anchor, from, to, weeks) => {
    const grid = monthWeeks(anchor);
    expect(grid).toHaveLength(weeks);
    expect(grid.every((week) => week.length === 7)).toBe(true);
    expect(visibleRange('month', anchor)).toEqual({ from, to });
  });

  it('dims the neighbouring months’ days', () => {
    expect(inMonth('2026-11-30', '2026-12-02')).toBe(false);
    expect(inMonth('2026-12-31', '2026-12-02')).toBe(true);
  });
});

describe('the week view', () => {
  it.each([
    ['2026-12-02', '2026-11-30', '2026-12-06'], // a Wednesday
    ['2026-12-06', '2026-11-30', '2026-12-06'], // a Sunday belongs to the week before it
    ['2026-12-28', '2026-12-28', '2027-01-03'], // across the new year
  ])('%s: %s … %s', (anchor, from, to) => {
    expect(weekDays(anchor)[0]).toBe(from);
    expect(visibleRange('week', anchor)).toEqual({ from, to });
  });
});

describe('moving', () => {
  it.each([
    ['month', '2027-01-31', 1, '2027-02-28'],
    ['month', '2027-03-15', -1, '2027-02-15'],
    ['week', '2026-12-30', 1, '2027-01-06'],
    ['week', '2026-12-02', -1, '2026-11-25'],
  ] as const)('%s from %s by %i: %s', (mode, anchor, step, expected) => {
    expect(shiftAnchor(mode, anchor, step)).toBe(expected);
  });
});

it('groups items by their due day, keeping their order and skipping undated ones', () => {
  const items = [{ id: 'a', dueDate: '2027-01-28' }, { id: 'b', dueDate: null }, { id: 'c', dueDate: '2027-01-25' }, { id: 'd', dueDate: '2027-01-28' }];
  const days = byDay(items);
  expect(days.get('2027-01-28')?.map((i) => i.id)).toEqual(['a', 'd']);
  expect([...days.keys()]).toEqual(['2027-01-28', '2027-01-25']);
});
