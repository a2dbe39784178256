/**
 * Adds working days to a calendar date (YYYY-MM-DD): Saturdays, Sundays and the given
 * non-working days are skipped. Day 0 is the start date itself, moved forward to a working day.
 */
export function addWorkingDays(start: string, days: number, holidays: ReadonlySet<string> = new Set()): string {
  const date = new Date(`${start}T00:00:00Z`);
  const isWorking = () => {
    const weekday = date.getUTCDay();
    return weekday !== 0 && weekday !== 6 && !holidays.has(date.toISOString().slice(0, 10));
  };
  while (!isWorking()) date.setUTCDate(date.getUTCDate() + 1);
  let left = days;
  while (left > 0) {
    date.setUTCDate(date.getUTCDate() + 1);
    if (isWorking()) left -= 1;
  }
  return date.toISOString().slice(0, 10);
}
