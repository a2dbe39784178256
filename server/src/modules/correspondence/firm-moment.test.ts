import { describe, expect, it } from 'vitest';
import { firmMoment, followUpState, isWallTime } from './firm-moment.js';

describe('a day and a time in the firm’s zone', () => {
  it.each([
    ['2026-12-04', '10:00', 'Europe/Moscow', '2026-12-04T07:00:00.000Z'],
    ['2026-12-04', '00:30', 'Europe/Moscow', '2026-12-03T21:30:00.000Z'],
    ['2026-12-04', '23:59', 'Asia/Vladivostok', '2026-12-04T13:59:00.000Z'],
    ['2026-03-29', '02:30', 'Europe/Berlin', '2026-03-29T01:30:00.000Z'],
    ['2026-07-01', '09:15', 'UTC', '2026-07-01T09:15:00.000Z'],
  ])('%s %s in %s is %s', (day, time, zone, iso) => {
    expect(firmMoment(day, time, zone).toISOString()).toBe(iso);
  });

  it.each([
    ['09:00', true],
    ['23:59', true],
    ['24:00', false],
    ['9:00', false],
    ['12:60', false],
    ['', false],
  ])('%s is a wall-clock time: %s', (time, ok) => {
    expect(isWallTime(time)).toBe(ok);
  });
});

describe('a follow-up’s state', () => {
  const due = new Date('2026-12-04T07:00:00Z'); // 10:00 in Moscow
  it.each([
    ['2026-12-04T06:59:59Z', 'UPCOMING'],
    ['2026-12-04T07:00:00Z', 'DUE'],
    ['2026-12-04T20:59:59Z', 'DUE'], // 23:59:59 in Moscow, the same day
    ['2026-12-04T21:00:00Z', 'OVERDUE'], // midnight in Moscow
    ['2026-12-10T12:00:00Z', 'OVERDUE'],
  ])('at %s it is %s', (now, state) => {
    expect(followUpState(due, new Date(now), 'Europe/Moscow')).toBe(state);
  });
});
