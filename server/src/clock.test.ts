import { describe, expect, it } from 'vitest';
import { TestClock } from '../test/clock.js';
import { canonicalTimeZone, firmToday } from './clock.js';

describe("a firm's today", () => {
  it('follows the firm\'s wall clock, not UTC', () => {
    // 20:30 UTC is 23:30 in Moscow: still the same day
    expect(firmToday(new TestClock('2026-12-01T20:30:00Z'), 'Europe/Moscow')).toBe('2026-12-01');
    // 21:30 UTC is 00:30 in Moscow: the next day, while UTC is still on the 1st
    expect(firmToday(new TestClock('2026-12-01T21:30:00Z'), 'Europe/Moscow')).toBe('2026-12-02');
    // Vladivostok (UTC+10) turns the day at 14:00 UTC
    expect(firmToday(new TestClock('2026-12-01T13:59:00Z'), 'Asia/Vladivostok')).toBe('2026-12-01');
    expect(firmToday(new TestClock('2026-12-01T15:30:00Z'), 'Asia/Vladivostok')).toBe('2026-12-02');
    // Kaliningrad (UTC+2) is still on the previous day when Moscow has turned
    expect(firmToday(new TestClock('2026-12-31T21:30:00Z'), 'Europe/Kaliningrad')).toBe('2026-12-31');
    expect(firmToday(new TestClock('2026-12-31T21:30:00Z'), 'Europe/Moscow')).toBe('2027-01-01');
  });
});

describe('time zone names', () => {
  it('accepts IANA zones, keeps their listed spelling and refuses the rest', () => {
    expect(canonicalTimeZone('Asia/Vladivostok')).toBe('Asia/Vladivostok');
    expect(canonicalTimeZone('UTC')).toBe('UTC');
    expect(canonicalTimeZone('Europe/Kyiv')).toBe(Intl.supportedValuesOf('timeZone').find((z) => z === 'Europe/Kyiv' || z === 'Europe/Kiev'));
    expect(canonicalTimeZone('Mars/Olympus_Mons')).toBeNull();
    expect(canonicalTimeZone('+03:00')).toBeNull();
    expect(canonicalTimeZone('')).toBeNull();
  });
});
