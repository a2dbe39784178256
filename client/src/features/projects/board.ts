import { generateKeyBetween } from 'fractional-indexing';
import type { TaskStatus } from '../../gql/graphql';
import { TASK_STATUSES } from './projectEnums';

/** What the board needs of a task to place it. */
export interface Placed {
  id: string;
  status: TaskStatus;
  position: string;
  deletedAt?: string | null;
}

export type Columns<T extends Placed> = Record<TaskStatus, T[]>;

/** Position keys compare by code unit, as the server's collation "C" does (not by locale). */
function byPosition(a: Placed, b: Placed): number {
  if (a.position !== b.position) return a.position < b.position ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Groups live tasks into the board's columns, each sorted by position. */
export function toColumns<T extends Placed>(tasks: readonly T[]): Columns<T> {
  const columns = Object.fromEntries(TASK_STATUSES.map((status) => [status, [] as T[]])) as Columns<T>;
  for (const task of tasks) if (!task.deletedAt) columns[task.status]?.push(task);
  for (const status of TASK_STATUSES) columns[status].sort(byPosition);
  return columns;
}

/**
 * The position a task gets at `index` of a column that does not contain it, computed as the
 * server does (between its new neighbours), so an optimistic move lands where the server puts it.
 */
export function positionAt(column: readonly Placed[], index: number): string {
  const at = Math.min(Math.max(index, 0), column.length);
  const before = column[at - 1]?.position ?? null;
  const after = column[at]?.position ?? null;
  if (before === null || after === null || after > before) return generateKeyBetween(before, after);
  // equal neighbours have nothing between them: just below both, as the server does
  return generateKeyBetween(before, column.slice(at).find((task) => task.position > before)?.position ?? null);
}

export interface DropTarget {
  status: TaskStatus;
  /** The place in the column without the moved task, 0 = top (what `moveTask` takes). */
  index: number;
}

/**
 * Where a dragged task lands. `overId` is a column (a status) or a card; over a card of the same
 * column the task takes that card's place (like arrayMove), over a card of another column it
 * goes above that card, or below it when the pointer is past the card's middle.
 */
export function dropTarget<T extends Placed>(
  columns: Columns<T>,
  activeId: string,
  overId: string,
  below = false,
): DropTarget | null {
  const active = TASK_STATUSES.flatMap((status) => columns[status]).find((task) => task.id === activeId);
  if (!active) return null;
  if (TASK_STATUSES.some((status) => status === overId)) {
    const status = overId as TaskStatus;
    // dropped on the column itself (its empty space): to the bottom
    return { status, index: columns[status].filter((task) => task.id !== activeId).length };
  }
  const over = TASK_STATUSES.flatMap((status) => columns[status]).find((task) => task.id === overId);
  if (!over) return null;
  const column = columns[over.status];
  const overIndex = column.findIndex((task) => task.id === overId);
  if (over.status === active.status) return { status: over.status, index: overIndex };
  return { status: over.status, index: overIndex + (below ? 1 : 0) };
}

/** Whether a drop changes anything: same column and same place is no move. */
export function isNoOp<T extends Placed>(columns: Columns<T>, task: T, target: DropTarget): boolean {
  if (task.status !== target.status) return false;
  return columns[task.status].findIndex((candidate) => candidate.id === task.id) === target.index;
}

/**
 * A list of tasks after a live event about `task`: a deleted task leaves it, a new one joins it
 * at the end, a known one is replaced by `item`. Works on plain tasks and on cache references
 * alike (`idOf` reads the id); an unchanged list keeps its identity.
 */
export function applyTaskEvent<T>(
  list: readonly T[],
  idOf: (item: T) => string | undefined,
  task: { id: string; deletedAt?: string | null },
  item: T,
): readonly T[] {
  const index = list.findIndex((candidate) => idOf(candidate) === task.id);
  if (task.deletedAt) return index === -1 ? list : list.filter((_, i) => i !== index);
  if (index === -1) return [...list, item];
  if (list[index] === item) return list;
  const next = list.slice();
  next[index] = item;
  return next;
}

/** Up to two initials of a person's name, for an avatar: «Анна Петрова» → «АП». */
export function initials(name: string | null | undefined): string {
  const words = (name ?? '').trim().split(/\s+/).filter(Boolean);
  return words
    .slice(0, 2)
    .map((word) => word[0]!.toUpperCase())
    .join('');
}

export interface EventPlace {
  id: string;
  /** The event's number in the firm's log: ids are opaque, this orders them. */
  seq: number;
}

/** The newer of two events, by their number in the firm's log. */
export function newestEvent(current: EventPlace | null, incoming: EventPlace): EventPlace {
  return current === null || incoming.seq > current.seq ? incoming : current;
}
