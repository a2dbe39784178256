import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OFFICIAL_CALENDARS } from './calendar-data.js';
import { parseCalendarFile, parseCalendarList } from './calendar-file.js';
import { compareCalendar } from './calendar-compare.js';

// test fixture: the announced 2027 calendar in the publishers' calendar.xml format
const xml2027 = parseCalendarFile(readFileSync(new URL('./testdata/calendar-2027.xml', import.meta.url), 'utf8'));

describe('compareCalendar', () => {
  it('2027 against the provisional year: the transfers the decree adds', () => {
    const result = compareCalendar(xml2027, 2027);
    expect(result).toMatchObject({ year: 2027, workingDays: 247, nonWorkingDays: 118, replacesProvisional: true });
    expect(result.changes).toEqual([
      { date: '2027-02-20', working: true },
      { date: '2027-02-22', working: false },
      { date: '2027-11-05', working: false },
      { date: '2027-12-31', working: false },
    ]);
  });

  it('a year already in force compares with it: the built-in 2026 against its own file changes nothing', () => {
    const same = parseCalendarFile(readFileSync(new URL('./testdata/calendar-2026.xml', import.meta.url), 'utf8'));
    expect(compareCalendar(same, 2026)).toMatchObject({ replacesProvisional: false, changes: [], workingDays: 247 });
  });

  it('a second load of a year compares with the first', () => {
    const earlier = { ...xml2027, daysOff: xml2027.daysOff.filter((d) => d !== '2027-11-05') };
    expect(compareCalendar(xml2027, 2027, { calendars: [earlier] }).changes).toEqual([{ date: '2027-11-05', working: false }]);
  });

  it.each([
    [xml2027, 2026, 'CALENDAR_YEAR_MISMATCH', /holds the calendar of 2027, not of 2026/],
    [parseCalendarList(['03', '04'].flatMap((m) => Array.from({ length: 30 }, (_, i) => `2027-${m}-${String(i + 1).padStart(2, '0')}`)).join('\n')), 2027, 'CALENDAR_IMPLAUSIBLE', /gives 2027 2\d\d working days; a production calendar has 240–252/],
  ])('refuses a file of another year or with an implausible count (%#)', (calendar, year, code, message) => {
    expect(() => compareCalendar(calendar, year)).toThrow(message);
    try {
      compareCalendar(calendar, year);
    } catch (error) {
      expect((error as { code: string }).code).toBe(code);
    }
  });

  it('the built-in years are plausible', () => {
    for (const calendar of OFFICIAL_CALENDARS) expect(compareCalendar(calendar, calendar.year).workingDays).toBe(247);
  });
});
