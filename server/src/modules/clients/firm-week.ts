/** Days of the firm's calendar as YYYY-MM-DD strings; weeks run Monday to Sunday. */

const asUtc = (day: string) => new Date(`${day}T00:00:00Z`);
const asDay = (date: Date) => date.toISOString().slice(0, 10);

/** The day `days` after (or before, when negative) a YYYY-MM-DD day. */
export function addDays(day: string, days: number): string {
  const date = asUtc(day);
  date.setUTCDate(date.getUTCDate() + days);
  return asDay(date);
}

/** The Monday and the Sunday of the week a day is in. */
export function weekOf(day: string): { weekStart: string; weekEnd: string } {
  const weekday = (asUtc(day).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return { weekStart: addDays(day, -weekday), weekEnd: addDays(day, 6 - weekday) };
}
