import { TZDate } from '@date-fns/tz';

/** The one source of "now" for business dates; tests set it instead of faking timers. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A firm works on Moscow time unless its owner says otherwise. */
export const DEFAULT_TIME_ZONE = 'Europe/Moscow';

let known: Set<string> | null = null;

/**
 * The IANA name as stored, or null for a name that is not a time zone. Aliases (Europe/Kyiv)
 * become the name this runtime lists (Europe/Kiev), so a stored zone is always one it knows.
 */
export function canonicalTimeZone(name: string): string | null {
  known ??= new Set([...Intl.supportedValuesOf('timeZone'), 'UTC']);
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
  // offsets such as +03:00 parse but are not zones: their rules never change with the law
  return known.has(resolved) ? resolved : null;
}

/** The calendar date (YYYY-MM-DD) on the firm's wall clock at the clock's "now". */
export function firmToday(clock: Clock, timeZone: string): string {
  const local = new TZDate(clock.now().getTime(), timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
}
