// What loading a production calendar changes: its own figures, checked for plausibility, and the
// days whose working status differs from the calendar in force for that year today.
import { CalendarBook, officialYear, type CalendarSources } from './calendar.js';
import type { CalendarData } from './calendar-data.js';
import { ScheduleError } from './types.js';

/** Russian production calendars have had 244–249 working days a year; a file far off that is not one. */
export const PLAUSIBLE_WORKING_DAYS = { min: 240, max: 252 } as const;

export interface CalendarDayChange {
  date: string;
  /** Whether the day works by the new calendar (it did not before, and the other way round). */
  working: boolean;
}

export interface CalendarComparison {
  year: number;
  workingDays: number;
  /** Days off of the year, weekends included. */
  nonWorkingDays: number;
  /** The calendar in force today for that year is the provisional one (ст. 112 ТК only). */
  replacesProvisional: boolean;
  changes: CalendarDayChange[];
}

/**
 * Checks a calendar read from a file against the year the user loads it for and against what a
 * year looks like, then compares it with the calendar in force (built-in, earlier loaded, or
 * provisional) given by `sources`.
 */
export function compareCalendar(next: CalendarData, expectedYear: number, sources: CalendarSources = {}): CalendarComparison {
  if (next.year !== expectedYear) {
    throw new ScheduleError('CALENDAR_YEAR_MISMATCH', `The file holds the calendar of ${next.year}, not of ${expectedYear}`, 'year');
  }
  const after = officialYear(next);
  const workingDays = after.workingDayCount();
  if (workingDays < PLAUSIBLE_WORKING_DAYS.min || workingDays > PLAUSIBLE_WORKING_DAYS.max) {
    throw new ScheduleError(
      'CALENDAR_IMPLAUSIBLE',
      `The file gives ${next.year} ${workingDays} working days; a production calendar has ${PLAUSIBLE_WORKING_DAYS.min}–${PLAUSIBLE_WORKING_DAYS.max}`,
    );
  }
  const before = new CalendarBook(sources).year(next.year);
  const changes: CalendarDayChange[] = [];
  for (let day = after.first; day < after.first + after.length; day += 1) {
    const working = after.isWorkingDay(day);
    if (working !== before.isWorkingDay(day)) changes.push({ date: after.isoOf(day), working });
  }
  return { year: next.year, workingDays, nonWorkingDays: after.length - workingDays, replacesProvisional: before.provisional, changes };
}
