import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OFFICIAL_CALENDARS } from './calendar-data.js';
import { countWorkingDays, parseCalendarFile, parseCalendarList, parseCalendarXml } from './calendar-file.js';
import { ScheduleError } from './types.js';

const xml2027 = readFileSync(new URL('./testdata/calendar-2027.xml', import.meta.url), 'utf8');

describe('calendar.xml', () => {
  it('reads days off, working weekends and shortened days', () => {
    const calendar = parseCalendarXml(xml2027, 'ru/2027/calendar.xml');
    expect(calendar.year).toBe(2027);
    expect(calendar.daysOff).toEqual([
      '2027-01-01', '2027-01-04', '2027-01-05', '2027-01-06', '2027-01-07', '2027-01-08',
      '2027-02-22', '2027-02-23', '2027-03-08', '2027-05-03', '2027-05-10', '2027-06-14', '2027-11-04', '2027-11-05', '2027-12-31',
    ]);
    expect(calendar.workingWeekends).toEqual(['2027-02-20']);
    expect(calendar.shortened).toEqual(['2027-02-20', '2027-04-30', '2027-06-11', '2027-11-03']);
    expect(calendar.source).toBe('ru/2027/calendar.xml (2026.09.02)');
    expect(countWorkingDays(calendar)).toBe(247);
  });

  it('is recognised by parseCalendarFile, even behind a byte-order mark', () => {
    expect(parseCalendarFile(`\uFEFF${xml2027}`).year).toBe(2027);
  });

  it.each([
    ['<html><body>not a calendar</body></html>', /No <calendar> element/],
    ['<calendar year="2027"><days><day d="01.01" t="1"></days></calendar>', /Not well-formed XML \(line 1\)/],
    ['<calendar year="2027"><days><day d="01.01" t="1"/><day d="01.02" t="1"/></days>', /Not well-formed XML/],
    ['<calendar lang="ru"><days><day d="01.01" t="1"/></days></calendar>', /no valid year/],
    ['<calendar year="2027"><days></days></calendar>', /lists no days/],
    ['<calendar year="2027"><days><day d="02.30" t="1"/></days></calendar>', /valid d="MM.DD"/],
    ['<calendar year="2027"><days><day d="01.01" t="7"/></days></calendar>', /unknown type/],
  ])('refuses %s', (text, message) => {
    expect(() => parseCalendarFile(text)).toThrow(message);
    expect(() => parseCalendarFile(text)).toThrow(ScheduleError);
  });
});

describe('a plain list of days', () => {
  it('reads the 2025 decree as the built-in calendar has it', () => {
    const text = [
      '# Постановление № 1335, both date styles and every marker',
      '01.01.2025',
      '02.01.2025 выходной',
      '2025-01-03 off',
      ...['01-06', '01-07', '01-08', '05-01', '05-02', '05-08', '05-09', '06-12', '06-13', '11-03', '11-04', '12-31'].map((d) => `2025-${d}`),
      '2025-11-01 рабочий # working Saturday',
      '2025-03-07 сокращённый',
      '2025-04-30 short',
      '2025-06-11 сокращенный',
    ].join('\r\n');
    const calendar = parseCalendarList(text, 'Пост. № 1335');
    const builtIn = OFFICIAL_CALENDARS.find((c) => c.year === 2025)!;
    expect(calendar.daysOff).toEqual(builtIn.daysOff);
    expect(calendar.workingWeekends).toEqual(builtIn.workingWeekends);
    expect(calendar.shortened).toEqual(builtIn.shortened);
    expect(countWorkingDays(calendar)).toBe(247);
  });

  it.each([
    ['2027-01-01\n2026-12-31', /one year/],
    ['2027-01-11 рабочий', /weekday, already a working day/],
    ['2027-01-01 праздник', /Line 1: expected a date/],
    ['31.02.2027', /Line 1/],
    ['# nothing but a comment', /holds no days/],
    ['2027-02-20 рабочий\n2027-02-20', /both as a day off and as a working day/],
  ])('refuses %j', (text, message) => {
    expect(() => parseCalendarList(text)).toThrow(message);
  });
});

describe('the built-in calendars', () => {
  it.each(OFFICIAL_CALENDARS.map((c) => [c.year, c] as const))('%i has 247 working days by the file reader too', (_year, calendar) => {
    expect(countWorkingDays(calendar)).toBe(247);
  });

  // the publisher's files for the same decrees: our data entry and the reader agree with them
  it.each(OFFICIAL_CALENDARS.map((c) => [c.year, c] as const))('%i equals its calendar.xml', (year, builtIn) => {
    const parsed = parseCalendarFile(readFileSync(new URL(`./testdata/calendar-${year}.xml`, import.meta.url), 'utf8'));
    expect({ daysOff: parsed.daysOff, workingWeekends: parsed.workingWeekends, shortened: parsed.shortened }).toEqual({
      daysOff: builtIn.daysOff,
      workingWeekends: builtIn.workingWeekends,
      shortened: builtIn.shortened,
    });
  });
});
