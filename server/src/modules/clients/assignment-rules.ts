import type { ServiceArea } from './schedule-link.js';

/** An assignment as the rules see it: who holds an area from one day to another (both included). */
export interface Holding {
  id: string;
  area: ServiceArea;
  accountantId: string;
  fromDate: string;
  toDate: string | null;
}

/** The day before a YYYY-MM-DD date. */
export function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

const covers = (h: Holding, date: string) => h.fromDate <= date && (h.toDate === null || h.toDate >= date);

/** Who holds the area on that day, or null. */
export function holderOn(holdings: readonly Holding[], area: ServiceArea, date: string): string | null {
  return holdings.find((h) => h.area === area && covers(h, date))?.accountantId ?? null;
}

/**
 * Who owns an obligation of the area due that day: the holder on the day; before the first
 * assignment (a service start before acceptance), whoever took the area first.
 */
export function ownerOn(holdings: readonly Holding[], area: ServiceArea, dueDate: string): string | null {
  const holder = holderOn(holdings, area, dueDate);
  if (holder) return holder;
  const first = holdings.filter((h) => h.area === area && h.fromDate <= (h.toDate ?? h.fromDate) && h.fromDate > dueDate).sort((a, b) => a.fromDate.localeCompare(b.fromDate))[0];
  return first?.accountantId ?? null;
}

/**
 * What a new assignment from `fromDate` (to `toDate`) changes in the area's history: the rows
 * that get a last day. One that covers `fromDate` ends the day before; one that would start
 * within the new period is superseded (its last day becomes the day before its first, so it
 * never takes effect but stays in the history). Rows are never deleted.
 */
export function closingsFor(holdings: readonly Holding[], area: ServiceArea, fromDate: string, toDate: string | null): { id: string; toDate: string }[] {
  return holdings
    .filter((h) => h.area === area && (h.toDate === null || h.toDate >= h.fromDate))
    .flatMap((h) => {
      if (h.fromDate < fromDate && (h.toDate === null || h.toDate >= fromDate)) return [{ id: h.id, toDate: dayBefore(fromDate) }];
      if (h.fromDate >= fromDate && (toDate === null || h.fromDate <= toDate)) return [{ id: h.id, toDate: dayBefore(h.fromDate) }];
      return [];
    });
}
