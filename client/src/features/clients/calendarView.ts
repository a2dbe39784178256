import dayjs from 'dayjs';

// The accountant's calendar: which days a month or a week shows, weeks from Monday (the Russian
// calendar), and the items of each day. Days are `YYYY-MM-DD` strings throughout.

export type CalendarMode = 'month' | 'week';

const ISO = 'YYYY-MM-DD';
const day = (iso: string) => dayjs(iso, ISO);
/** Monday of the week `iso` falls in (dayjs counts Sunday as 0). */
const mondayOf = (iso: string) => {
  const d = day(iso);
  return d.subtract((d.day() + 6) % 7, 'day');
};

/** The weeks a month view shows: whole weeks from the Monday on or before the 1st to the Sunday on or after the last day. */
export function monthWeeks(anchor: string): string[][] {
  const first = day(anchor).startOf('month');
  const last = first.endOf('month').format(ISO);
  const weeks: string[][] = [];
  let monday = mondayOf(first.format(ISO));
  while (monday.format(ISO) <= last) {
    weeks.push(Array.from({ length: 7 }, (_, i) => monday.add(i, 'day').format(ISO)));
    monday = monday.add(7, 'day');
  }
  return weeks;
}

/** The seven days of the week `anchor` falls in, Monday first. */
export function weekDays(anchor: string): string[] {
  const monday = mondayOf(anchor);
  return Array.from({ length: 7 }, (_, i) => monday.add(i, 'day').format(ISO));
}

/** The first and last day the view shows: what to ask the server for. */
export function visibleRange(mode: CalendarMode, anchor: string): { from: string; to: string } {
  const days = mode === 'month' ? monthWeeks(anchor).flat() : weekDays(anchor);
  return { from: days[0]!, to: days.at(-1)! };
}

/** The anchor one month or one week before (-1) or after (+1). */
export function shiftAnchor(mode: CalendarMode, anchor: string, step: -1 | 1): string {
  return day(anchor).add(step, mode === 'month' ? 'month' : 'week').format(ISO);
}

/** Whether a day belongs to the anchor's month (days of the neighbouring months are dimmed). */
export const inMonth = (iso: string, anchor: string): boolean => iso.slice(0, 7) === anchor.slice(0, 7);

/** Items by their day, in the order given. */
export function byDay<T extends { dueDate?: string | null }>(items: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    if (!item.dueDate) continue;
    out.set(item.dueDate, [...(out.get(item.dueDate) ?? []), item]);
  }
  return out;
}
