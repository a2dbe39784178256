import { OFFICIAL_CALENDARS, REGIONAL_DAYS_OFF, type CalendarData } from './calendar-data.js';
import { dayNumber, isWeekend, isoOf, parseIsoDay } from './dates.js';

/** Holidays of ст. 112 ТК РФ as [month, day]. */
const LABOUR_CODE_HOLIDAYS: readonly (readonly [number, number])[] = [
  [1, 1], [1, 2], [1, 3], [1, 4], [1, 5], [1, 6], [1, 7], [1, 8],
  [2, 23], [3, 8], [5, 1], [5, 9], [6, 12], [11, 4],
];

/**
 * One year of working and non-working days, with every lookup precomputed: whether a day works,
 * the next working day on or after it, and its date string.
 */
export class YearCalendar {
  readonly first: number;
  readonly length: number;
  private readonly off: Uint8Array;
  /** Index of the next working day on or after each day of the year; -1 past the last one. */
  private readonly next: Int16Array;
  private readonly iso: string[];

  constructor(
    readonly year: number,
    nonWorking: ReadonlySet<number>,
    readonly provisional: boolean,
    readonly source: string,
  ) {
    this.first = dayNumber(year, 1, 1);
    this.length = dayNumber(year + 1, 1, 1) - this.first;
    this.off = new Uint8Array(this.length);
    this.next = new Int16Array(this.length);
    this.iso = new Array<string>(this.length);
    for (let i = 0; i < this.length; i += 1) {
      this.off[i] = nonWorking.has(this.first + i) ? 1 : 0;
      this.iso[i] = isoOf(this.first + i);
    }
    let next = -1;
    for (let i = this.length - 1; i >= 0; i -= 1) {
      if (!this.off[i]) next = i;
      this.next[i] = next;
    }
  }

  contains(day: number): boolean {
    return day >= this.first && day < this.first + this.length;
  }

  isWorkingDay(day: number): boolean {
    return this.off[day - this.first] === 0;
  }

  /** The next working day on or after `day` within this year, or null past the last one. */
  nextWorkingDay(day: number): number | null {
    const index = this.next[day - this.first]!;
    return index < 0 ? null : this.first + index;
  }

  lastWorkingDay(): number {
    let i = this.length - 1;
    while (this.off[i]) i -= 1;
    return this.first + i;
  }

  workingDayCount(): number {
    let count = 0;
    for (let i = 0; i < this.length; i += 1) if (!this.off[i]) count += 1;
    return count;
  }

  isoOf(day: number): string {
    return this.iso[day - this.first]!;
  }
}

function toDays(dates: readonly string[], year: number, what: string): number[] {
  return dates.map((date) => {
    const day = parseIsoDay(date);
    if (day === null || !date.startsWith(`${year}-`)) throw new Error(`${what} ${date} is not a date of ${year}`);
    return day;
  });
}

/** The non-working days of an official calendar, plus a region's extra days off. */
export function officialYear(data: CalendarData, regionalDays: readonly number[] = []): YearCalendar {
  const working = new Set(toDays(data.workingWeekends, data.year, 'working weekend'));
  const off = new Set<number>([...toDays(data.daysOff, data.year, 'day off'), ...regionalDays]);
  const first = dayNumber(data.year, 1, 1);
  const last = dayNumber(data.year + 1, 1, 1);
  for (let day = first; day < last; day += 1) if (isWeekend(day) && !working.has(day)) off.add(day);
  return new YearCalendar(data.year, off, false, data.source);
}

/**
 * A year without a loaded calendar (tax-calendar.md §4.2a): weekends and the ст. 112 holidays;
 * a holiday on a weekend moves to the next working day, except the January ones, whose
 * weekend days only a decree moves.
 */
export function provisionalYear(year: number, regionalDays: readonly number[] = []): YearCalendar {
  const first = dayNumber(year, 1, 1);
  const last = dayNumber(year + 1, 1, 1);
  const off = new Set<number>(regionalDays);
  for (let day = first; day < last; day += 1) if (isWeekend(day)) off.add(day);
  const holidays = LABOUR_CODE_HOLIDAYS.map(([month, day]) => dayNumber(year, month, day));
  for (const holiday of holidays) off.add(holiday);
  for (const [index, holiday] of holidays.entries()) {
    const [month] = LABOUR_CODE_HOLIDAYS[index]!;
    if (month === 1 || !isWeekend(holiday)) continue;
    let moved = holiday + 1;
    while (off.has(moved)) moved += 1;
    if (moved < last) off.add(moved);
  }
  return new YearCalendar(year, off, true, 'ст. 112 ТК РФ (предварительно)');
}

export interface CalendarSources {
  /** Official calendars loaded by the firm; they replace the built-in ones of the same year. */
  calendars?: readonly CalendarData[];
  /** Extra regional days off by region code, added to the built-in ones. */
  regionalDaysOff?: Readonly<Record<string, readonly string[]>>;
}

/** Resolves the calendar of a year for a region, building each one once. */
export class CalendarBook {
  private readonly official = new Map<number, CalendarData>();
  private readonly regional = new Map<string, number[]>();
  private readonly built = new Map<string, YearCalendar>();

  constructor(sources: CalendarSources = {}) {
    for (const data of OFFICIAL_CALENDARS) this.official.set(data.year, data);
    for (const data of sources.calendars ?? []) this.official.set(data.year, data);
    for (const entry of REGIONAL_DAYS_OFF) this.addRegional(entry.region, entry.days);
    for (const [region, days] of Object.entries(sources.regionalDaysOff ?? {})) this.addRegional(region, days);
  }

  private addRegional(region: string, days: readonly string[]) {
    const list = this.regional.get(region) ?? [];
    for (const date of days) {
      const day = parseIsoDay(date);
      if (day === null) throw new Error(`regional day off ${date} is not a date`);
      list.push(day);
    }
    this.regional.set(region, list);
  }

  /** Whether the year's official calendar is loaded (otherwise the year is provisional). */
  isLoaded(year: number): boolean {
    return this.official.has(year);
  }

  year(year: number, region?: string | null): YearCalendar {
    const cacheKey = `${year}/${region ?? ''}`;
    let calendar = this.built.get(cacheKey);
    if (!calendar) {
      const first = dayNumber(year, 1, 1);
      const last = dayNumber(year + 1, 1, 1);
      const regional = ((region && this.regional.get(region)) || []).filter((day) => day >= first && day < last);
      const data = this.official.get(year);
      calendar = data ? officialYear(data, regional) : provisionalYear(year, regional);
      this.built.set(cacheKey, calendar);
    }
    return calendar;
  }

  /**
   * The last day of a term that ends on `day` (ст. 6.1 п. 7 НК): the next working day, repeatedly,
   * across the new year if need be. `provisional` says a provisional calendar decided it.
   */
  shiftForward(day: number, year: number, region?: string | null): { day: number; provisional: boolean } {
    let calendar = this.year(year, region);
    let provisional = calendar.provisional;
    for (;;) {
      const next = calendar.nextWorkingDay(day);
      if (next !== null) return { day: next, provisional };
      day = calendar.first + calendar.length;
      calendar = this.year(calendar.year + 1, region);
      provisional ||= calendar.provisional;
    }
  }
}
