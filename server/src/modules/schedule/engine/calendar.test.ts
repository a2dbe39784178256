import { describe, expect, it } from 'vitest';
import { CalendarBook, provisionalYear } from './calendar.js';
import { dayNumber, isoOf, parseIsoDay } from './dates.js';

const book = new CalendarBook();
const day = (iso: string) => parseIsoDay(iso)!;
const shift = (iso: string, region?: string) => {
  const result = book.shiftForward(day(iso), Number(iso.slice(0, 4)), region);
  return { date: isoOf(result.day), provisional: result.provisional };
};

describe('production calendars 2025 and 2026', () => {
  it.each([2025, 2026])('%i has 247 working days', (year) => {
    expect(book.year(year).workingDayCount()).toBe(247);
  });

  it.each([
    ['2025-02-24', true, 'the 23 February day off went to 8 May'],
    ['2025-11-01', true, 'working Saturday'],
    ['2025-11-03', false, 'transfer from 1 November'],
    ['2025-05-02', false, 'transfer from 4 January'],
    ['2025-06-13', false, 'transfer from 8 March'],
    ['2025-12-31', false, 'transfer from 5 January'],
    ['2026-01-09', false, 'transfer from 3 January'],
    ['2026-12-31', false, 'transfer from 4 January'],
    ['2026-03-09', false, '8 March on a Sunday'],
    ['2026-05-11', false, '9 May on a Saturday'],
    ['2026-02-24', true, 'an ordinary Tuesday'],
    ['2026-11-03', true, 'shortened, still working'],
  ])('%s working: %s (%s)', (iso, working) => {
    expect(book.year(Number(iso.slice(0, 4))).isWorkingDay(day(iso))).toBe(working);
  });

  it.each([
    [2025, '2025-12-30'],
    [2026, '2026-12-30'],
  ])('the last working day of %i is %s', (year, last) => {
    expect(isoOf(book.year(year).lastWorkingDay())).toBe(last);
  });

  it.each([
    ['2026-01-03', '2026-01-12'],
    ['2025-01-03', '2025-01-09'],
    ['2026-02-28', '2026-03-02'],
    ['2026-03-28', '2026-03-30'],
    ['2025-05-25', '2025-05-26'],
    ['2025-12-31', '2026-01-12'],
    ['2026-04-28', '2026-04-28'],
  ])('a term ending %s ends on %s', (from, to) => {
    expect(shift(from)).toEqual({ date: to, provisional: false });
  });

  it('a term ending on 31.12.2026 runs into the provisional 2027', () => {
    expect(shift('2026-12-31')).toEqual({ date: '2027-01-11', provisional: true });
  });

  // tax-calendar.md §4.4: the actual last day of a term by the nominal day of each month
  const TABLE_44: Record<number, string> = {
    2025: `
      01 09.01 09.01 15.01 27.01 28.01 31.01
      02 03.02 05.02 17.02 25.02 28.02 28.02
      03 03.03 05.03 17.03 25.03 28.03 31.03
      04 03.04 07.04 15.04 25.04 28.04 30.04
      05 05.05 05.05 15.05 26.05 28.05 02.06
      06 03.06 05.06 16.06 25.06 30.06 30.06
      07 03.07 07.07 15.07 25.07 28.07 31.07
      08 04.08 05.08 15.08 25.08 28.08 01.09
      09 03.09 05.09 15.09 25.09 29.09 30.09
      10 03.10 06.10 15.10 27.10 28.10 31.10
      11 05.11 05.11 17.11 25.11 28.11 01.12
      12 03.12 05.12 15.12 25.12 29.12 12.01`,
    2026: `
      01 12.01 12.01 15.01 26.01 28.01 02.02
      02 03.02 05.02 16.02 25.02 02.03 02.03
      03 03.03 05.03 16.03 25.03 30.03 31.03
      04 03.04 06.04 15.04 27.04 28.04 30.04
      05 04.05 05.05 15.05 25.05 28.05 01.06
      06 03.06 05.06 15.06 25.06 29.06 30.06
      07 03.07 06.07 15.07 27.07 28.07 31.07
      08 03.08 05.08 17.08 25.08 28.08 31.08
      09 03.09 07.09 15.09 25.09 28.09 30.09
      10 05.10 05.10 15.10 26.10 28.10 02.11
      11 03.11 05.11 16.11 25.11 30.11 30.11
      12 03.12 07.12 15.12 25.12 28.12 11.01`,
  };
  const cases = Object.entries(TABLE_44).flatMap(([year, table]) =>
    table
      .trim()
      .split('\n')
      .flatMap((line) => {
        const [month, ...dues] = line.trim().split(/\s+/);
        const m = Number(month);
        const lastDay = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
        return [3, 5, 15, 25, 28, lastDay].map((nominal, index) => {
          const [dd, mm] = dues[index]!.split('.');
          const dueYear = m === 12 && mm === '01' ? Number(year) + 1 : Number(year);
          return [isoOf(dayNumber(Number(year), m, nominal)), `${dueYear}-${mm}-${dd}`] as const;
        });
      }),
  );
  it.each(cases)('§4.4: %s → %s', (from, to) => {
    expect(shift(from).date).toBe(to);
  });
});

describe('a provisional year (no calendar loaded)', () => {
  const year2027 = provisionalYear(2027);
  it.each([
    ['2027-01-01', false],
    ['2027-01-04', false],
    ['2027-01-08', false],
    ['2027-01-11', true],
    ['2027-02-22', true],
    ['2027-02-23', false],
    ['2027-03-08', false],
    ['2027-05-03', false],
    ['2027-05-10', false],
    ['2027-06-14', false],
    ['2027-11-04', false],
    ['2027-11-05', true],
    ['2027-12-31', true],
  ])('%s working: %s', (iso, working) => {
    expect(year2027.isWorkingDay(day(iso))).toBe(working);
  });

  it('is marked provisional, and so is every shift through it', () => {
    expect(year2027.provisional).toBe(true);
    expect(shift('2027-05-01')).toEqual({ date: '2027-05-04', provisional: true });
    expect(isoOf(year2027.lastWorkingDay())).toBe('2027-12-31');
  });
});

describe('regional days off', () => {
  it('Башкортостан (02) rests on Ураза-байрам 20.03.2026; Moscow (77) works', () => {
    expect(book.year(2026, '02').isWorkingDay(day('2026-03-20'))).toBe(false);
    expect(book.year(2026, '77').isWorkingDay(day('2026-03-20'))).toBe(true);
    expect(shift('2026-03-20', '02').date).toBe('2026-03-23');
  });

  it('days passed in the options add to the built-in ones', () => {
    const withTatarstan = new CalendarBook({ regionalDaysOff: { '16': ['2026-08-31', '2026-11-06'] } });
    expect(isoOf(withTatarstan.shiftForward(day('2026-11-06'), 2026, '16').day)).toBe('2026-11-09');
    expect(withTatarstan.year(2026, '16').workingDayCount()).toBe(245);
    expect(withTatarstan.year(2026).workingDayCount()).toBe(247);
  });
});
