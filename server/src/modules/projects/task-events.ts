import type { StoredEvent } from '../events/event-log.js';
import { TaskEventType } from './project.enums.js';
import type { Task } from './task.entity.js';
import { taskEvents, type PayloadsOf } from './project.events.js';

export const TASKS_TOPIC = taskEvents.topic;

/** The task's own fields as a change left them; live boards read the task from here, not the table. */
export interface TaskSnapshot {
  id: string;
  projectId: string;
  title: string;
  description: string | null;
  department: string | null;
  assigneeId: string | null;
  status: string;
  priority: string;
  dueDate: string | null;
  position: string;
  checklist: unknown[];
  dependsOn: string[];
  createdById: string | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  version: number;
}

function snapshotOf(task: Task): TaskSnapshot {
  return {
    id: task.id,
    projectId: task.project.id,
    title: task.title,
    description: task.description ?? null,
    department: task.department ?? null,
    assigneeId: task.assignee?.id ?? null,
    status: task.status,
    priority: task.priority,
    dueDate: task.dueDate ?? null,
    position: task.position,
    checklist: task.checklist,
    dependsOn: task.dependsOn,
    createdById: task.createdBy?.id ?? null,
    createdAt: task.createdAt.toISOString(),
    updatedAt: task.updatedAt.toISOString(),
    deletedAt: task.deletedAt?.toISOString() ?? null,
    version: task.version,
  };
}

/**
 * What every task event carries: the project (so subscribers filter without a query) and the task
 * as the change left it, taken when the event is written, after the flush.
 */
export function taskEventData<E extends Record<string, unknown>>(task: Task, extra: E = {} as E): () => PayloadsOf<typeof taskEvents>['TASK_CREATED'] & E {
  return () => ({ projectId: task.project.id, taskId: task.id, title: task.title, ...extra, task: snapshotOf(task) });
}

const KINDS = new Set<string>(Object.values(TaskEventType));

/** The live kind of a stored task event: TASK_STATUS_CHANGED → STATUS_CHANGED; assignment is an update. */
export function taskEventKind(event: StoredEvent): TaskEventType | null {
  if (event.topic !== TASKS_TOPIC || !event.type.startsWith('TASK_')) return null;
  const kind = event.type.slice(5);
  if (kind === 'ASSIGNED') return TaskEventType.UPDATED;
  return KINDS.has(kind) ? (kind as TaskEventType) : null;
}
