// Pure helpers of the schedule view: months of a year's items and the parts of a period code.

export interface MonthGroup<T> {
  /** YYYY-MM of the due dates in the group. */
  month: string;
  items: T[];
}

/** Items grouped by the month of their due date, in the order given (the server's date order). */
export function groupByMonth<T extends { dueDate: string }>(items: readonly T[]): MonthGroup<T>[] {
  const groups: MonthGroup<T>[] = [];
  for (const item of items) {
    const month = item.dueDate.slice(0, 7);
    const last = groups.at(-1);
    if (last?.month === month) last.items.push(item);
    else groups.push({ month, items: [item] });
  }
  return groups;
}

export type PeriodParts =
  | { kind: 'year'; year: string }
  | { kind: 'quarter'; year: string; quarter: number }
  | { kind: 'halfYear' | 'nineMonths'; year: string }
  | { kind: 'month'; year: string; month: number }
  | { kind: 'range'; from: string; to: string }
  | { kind: 'other'; text: string };

/** The parts of the API's period codes: 2026, 2026-Q1, 2026-H1, 2026-9M, 2026-03, 2026-01-01..2026-12-31. */
export function periodParts(period: string): PeriodParts {
  let match = /^(\d{4})$/.exec(period);
  if (match) return { kind: 'year', year: match[1]! };
  match = /^(\d{4})-Q([1-4])$/.exec(period);
  if (match) return { kind: 'quarter', year: match[1]!, quarter: Number(match[2]) };
  match = /^(\d{4})-(H1|9M)$/.exec(period);
  if (match) return { kind: match[2] === 'H1' ? 'halfYear' : 'nineMonths', year: match[1]! };
  match = /^(\d{4})-(\d{2})$/.exec(period);
  if (match) return { kind: 'month', year: match[1]!, month: Number(match[2]) };
  match = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(period);
  if (match) return { kind: 'range', from: match[1]!, to: match[2]! };
  return { kind: 'other', text: period };
}
