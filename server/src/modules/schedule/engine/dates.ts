// Calendar days as whole numbers (days since 1970-01-01, UTC): shifting and comparing stay
// integer arithmetic, and a date string is made once per day of a calendar, not per item.

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const dayNumber = (year: number, month: number, day: number): number => Date.UTC(year, month - 1, day) / MS_PER_DAY;

export function isoOf(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The day number of a YYYY-MM-DD string, or null when it is not a real date. */
export function parseIsoDay(value: string): number | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const day = dayNumber(Number(match[1]), Number(match[2]), Number(match[3]));
  return isoOf(day) === value ? day : null;
}

/** 0 = Sunday … 6 = Saturday (1 January 1970 was a Thursday). */
export const weekday = (day: number): number => (((day + 4) % 7) + 7) % 7;

export const isWeekend = (day: number): boolean => {
  const wd = weekday(day);
  return wd === 0 || wd === 6;
};

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export const daysInMonth = (year: number, month: number): number => (month === 2 && isLeap(year) ? 29 : MONTH_DAYS[month - 1]!);

/** The day number of the given day of a month, clamped to the month's length (ст. 6.1 п. 5 НК). */
export const clampedDay = (year: number, month: number, day: number): number =>
  dayNumber(year, month, Math.min(day, daysInMonth(year, month)));

export const yearOfDay = (day: number): number => new Date(day * MS_PER_DAY).getUTCFullYear();
