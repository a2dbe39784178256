import { createHash } from 'node:crypto';
import { diffSchedules, type ScheduledObligation } from '../schedule/engine.js';
import { ObligationStatus } from './client.enums.js';

/** A persisted obligation as the diff sees it: the schedule's item plus what people did with it. */
export interface StoredItem extends ScheduledObligation {
  id: string;
  status: ObligationStatus;
  note: string | null;
  notRequiredReason: string | null;
}

/** Why an open item the schedule no longer has is kept as NOT_REQUIRED instead of deleted. */
export const DROPPED_BY_PROFILE = 'Не требуется после изменения профиля клиента';

export type Removal = 'DELETE' | 'NOT_REQUIRED';

interface Pair {
  stored: StoredItem;
  next: ScheduledObligation;
}

/**
 * What a recomputed schedule changes in a client's stored obligations (matched by the engine's
 * `diffSchedules`, by key). A DONE item is never touched: not removed, not re-dated, not reopened
 * (`keptDone` lists those the new schedule drops or dates differently). An open item the schedule
 * drops is deleted when untouched (PLANNED, no note); one that has begun or carries a note becomes
 * NOT_REQUIRED with its note kept, and comes back (`restored`) when a later schedule has it again.
 */
export interface StoredScheduleDiff {
  added: ScheduledObligation[];
  restored: Pair[];
  removed: { stored: StoredItem; how: Removal }[];
  redated: Pair[];
  keptDone: StoredItem[];
  /** Same due date, another title, nominal date or provisional mark: applied without asking. */
  refreshed: Pair[];
  /** DONE items whose provisional mark the new schedule changes: only the mark is updated. */
  doneMarks: { stored: StoredItem; provisional: boolean }[];
  /** Items that stop being provisional (an official calendar now dates them), re-dated or not. */
  confirmed: number;
  /** Names what the user is shown: applying a diff whose digest differs is refused. */
  digest: string;
}

export function diffStoredSchedule(stored: readonly StoredItem[], next: readonly ScheduledObligation[]): StoredScheduleDiff {
  const byKey = new Map(stored.map((s) => [s.key, s]));
  const live = stored.filter((s) => s.status !== ObligationStatus.NOT_REQUIRED);
  const engine = diffSchedules(live, next);
  const storedOf = (item: ScheduledObligation) => byKey.get(item.key)!;
  const diff: Omit<StoredScheduleDiff, 'digest'> = { added: [], restored: [], removed: [], redated: [], keptDone: [], refreshed: [], doneMarks: [], confirmed: 0 };
  const mark = (was: StoredItem, next: ScheduledObligation) => {
    if (was.provisional && !next.provisional) diff.confirmed += 1;
    if (was.status === ObligationStatus.DONE && was.provisional !== next.provisional) diff.doneMarks.push({ stored: was, provisional: next.provisional });
  };
  for (const item of engine.added) {
    const was = byKey.get(item.key);
    if (!was) diff.added.push(item);
    else if (was.notRequiredReason === DROPPED_BY_PROFILE) diff.restored.push({ stored: was, next: item });
    // marked not required by a person: their decision stands
  }
  for (const { before, after } of engine.redated) {
    const was = storedOf(before);
    mark(was, after);
    if (was.status === ObligationStatus.DONE) diff.keptDone.push(was);
    else diff.redated.push({ stored: was, next: after });
  }
  for (const { before, after } of engine.updated) {
    const was = storedOf(before);
    mark(was, after);
    if (was.status !== ObligationStatus.DONE) diff.refreshed.push({ stored: was, next: after });
  }
  for (const item of engine.removed) {
    const was = storedOf(item);
    if (was.status === ObligationStatus.DONE) diff.keptDone.push(was);
    else diff.removed.push({ stored: was, how: was.status === ObligationStatus.PLANNED && !was.note ? 'DELETE' : 'NOT_REQUIRED' });
  }
  const shown = [
    ...diff.added.map((a) => `+${a.key}@${a.dueDate}`),
    ...diff.restored.map((r) => `^${r.next.key}@${r.next.dueDate}`),
    ...diff.removed.map((r) => `-${r.stored.key}:${r.how}`),
    ...diff.redated.map((r) => `~${r.next.key}@${r.next.dueDate}`),
  ].sort();
  const digest = createHash('sha256').update(shown.join('\n')).digest('base64url').slice(0, 32);
  return { ...diff, digest };
}

/** Whether applying the diff would change anything the user is asked about. */
export function isEmptyStoredDiff(diff: StoredScheduleDiff): boolean {
  return !diff.added.length && !diff.restored.length && !diff.removed.length && !diff.redated.length;
}
