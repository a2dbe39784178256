import { TZDate } from '@date-fns/tz';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Whether a string is a wall-clock time HH:MM (00:00–23:59). */
export const isWallTime = (time: string): boolean => TIME.test(time);

/**
 * The instant a firm means by a day and a wall-clock time in its time zone (a time skipped by a
 * clock change moves forward, as the zone's rules say).
 */
export function firmMoment(day: string, time: string, timeZone: string): Date {
  const d = DATE.exec(day);
  const t = TIME.exec(time);
  if (!d || !t) throw new Error(`not a day and time: ${day} ${time}`);
  return new Date(new TZDate(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]), timeZone).getTime());
}

/** The firm's calendar day (YYYY-MM-DD) of an instant. */
export function firmDayOf(at: Date, timeZone: string): string {
  const local = new TZDate(at.getTime(), timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
}

/**
 * A follow-up is due from its moment on, and overdue once the firm's day it was due on has ended
 * (like a task due yesterday); closed ones are neither.
 */
export function followUpState(dueAt: Date, now: Date, timeZone: string): 'UPCOMING' | 'DUE' | 'OVERDUE' {
  if (now < dueAt) return 'UPCOMING';
  return firmDayOf(now, timeZone) > firmDayOf(dueAt, timeZone) ? 'OVERDUE' : 'DUE';
}
