import type { StoredEvent } from '../events/event-log.js';
import { TaskEventType } from './project.enums.js';
import type { Task } from './task.entity.js';

export const TASKS_TOPIC = 'tasks';

/** What every task event carries, so subscribers can filter by project without a query. */
export function taskEventData(task: Task, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { projectId: task.project.id, taskId: task.id, title: task.title, ...extra };
}

const KINDS = new Set<string>(Object.values(TaskEventType));

/** The live kind of a stored task event: TASK_STATUS_CHANGED → STATUS_CHANGED; assignment is an update. */
export function taskEventKind(event: StoredEvent): TaskEventType | null {
  if (event.topic !== TASKS_TOPIC || !event.type.startsWith('TASK_')) return null;
  const kind = event.type.slice(5);
  if (kind === 'ASSIGNED') return TaskEventType.UPDATED;
  return KINDS.has(kind) ? (kind as TaskEventType) : null;
}
