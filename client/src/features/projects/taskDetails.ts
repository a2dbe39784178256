import type { Department, TaskPriority, TaskStatus, UpdateTaskInput } from '../../gql/graphql';
import { checklistInput, type ChecklistItemDraft } from './checklist';
import { asDay } from './format';

/** The task's edited fields as the drawer's form holds them; all are saved together by «Сохранить». */
export interface TaskDetailsValues {
  status: TaskStatus;
  assigneeId: string | null;
  title: string;
  description: string;
  department: Department | null;
  priority: TaskPriority;
  dueDate: string;
  checklist: ChecklistItemDraft[];
}

export interface TaskDetailsSource {
  status: TaskStatus;
  assignee?: { id: string } | null;
  title: string;
  description?: string | null;
  department?: Department | null;
  priority: TaskPriority;
  dueDate?: string | null;
  checklist: readonly ChecklistItemDraft[];
}

export const detailsOf = (task: TaskDetailsSource): TaskDetailsValues => ({
  status: task.status,
  assigneeId: task.assignee?.id ?? null,
  title: task.title,
  description: task.description ?? '',
  department: task.department ?? null,
  priority: task.priority,
  dueDate: asDay(task.dueDate) ?? '',
  checklist: task.checklist.map(({ id, text, done }) => ({ id, text, done })),
});

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Only the fields the user changed against `base` (the task as the server last sent it), so a save
 * does not undo someone else's edits of other fields.
 */
export function changesOf(base: TaskDetailsValues, values: TaskDetailsValues): UpdateTaskInput {
  const input: UpdateTaskInput = {};
  if (values.title.trim() !== base.title) input.title = values.title.trim();
  if (values.description !== base.description) input.description = values.description;
  if (values.department !== base.department && values.department) input.department = values.department;
  if (values.priority !== base.priority) input.priority = values.priority;
  if (values.dueDate !== base.dueDate) {
    if (values.dueDate) input.dueDate = values.dueDate;
    else input.clearDueDate = true;
  }
  if (!same(values.checklist, base.checklist)) input.checklist = checklistInput(values.checklist);
  return input;
}

/** What one «Сохранить» writes: the fields (updateTask), then the assignee and the status if they changed. */
export interface TaskWrites {
  update: UpdateTaskInput;
  /** present when the assignee changed; null takes the task from its assignee */
  assigneeId?: string | null;
  status?: TaskStatus;
}

export function writesOf(base: TaskDetailsValues, values: TaskDetailsValues): TaskWrites {
  return {
    update: changesOf(base, values),
    ...(values.assigneeId !== base.assigneeId ? { assigneeId: values.assigneeId } : {}),
    ...(values.status !== base.status ? { status: values.status } : {}),
  };
}

export const hasWrites = (writes: TaskWrites): boolean => Object.keys(writes.update).length > 0 || 'assigneeId' in writes || 'status' in writes;

/**
 * The form after the task changed on the server: fields the user has not touched follow the
 * server, edited ones keep the user's value (the save then sends only those).
 */
export function rebase(previous: TaskDetailsValues, next: TaskDetailsValues, values: TaskDetailsValues): TaskDetailsValues {
  const merged = { ...next };
  for (const key of Object.keys(next) as (keyof TaskDetailsValues)[]) {
    if (!same(values[key], previous[key])) (merged as Record<string, unknown>)[key] = values[key];
  }
  return merged;
}
