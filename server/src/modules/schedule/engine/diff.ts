import type { ScheduledObligation } from './types.js';

export interface ScheduleChange {
  before: ScheduledObligation;
  after: ScheduledObligation;
}

export interface ScheduleDiff {
  /** In the new schedule only. */
  added: ScheduledObligation[];
  /** In the old schedule only. */
  removed: ScheduledObligation[];
  /** In both, with another due date. */
  redated: ScheduleChange[];
  /** In both with the same due date, but another title, nominal date or provisional mark. */
  updated: ScheduleChange[];
}

/**
 * What changes when a schedule is recomputed, item by item, matched by `key` (code, period and
 * part). Both lists are taken as they are; the result keeps the order of `after` (added, redated,
 * updated) and of `before` (removed).
 */
export function diffSchedules(before: readonly ScheduledObligation[], after: readonly ScheduledObligation[]): ScheduleDiff {
  const old = new Map(before.map((item) => [item.key, item]));
  const seen = new Set<string>();
  const diff: ScheduleDiff = { added: [], removed: [], redated: [], updated: [] };
  for (const item of after) {
    seen.add(item.key);
    const previous = old.get(item.key);
    if (!previous) diff.added.push(item);
    else if (previous.dueDate !== item.dueDate) diff.redated.push({ before: previous, after: item });
    else if (previous.title !== item.title || previous.nominalDate !== item.nominalDate || previous.provisional !== item.provisional) {
      diff.updated.push({ before: previous, after: item });
    }
  }
  for (const item of before) if (!seen.has(item.key)) diff.removed.push(item);
  return diff;
}

export const isEmptyDiff = (diff: ScheduleDiff): boolean =>
  !diff.added.length && !diff.removed.length && !diff.redated.length && !diff.updated.length;
