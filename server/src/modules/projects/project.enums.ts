import { registerEnumType } from 'type-graphql';

export enum ProjectStatus {
  ACTIVE = 'ACTIVE',
  ON_HOLD = 'ON_HOLD',
  DONE = 'DONE',
  ARCHIVED = 'ARCHIVED',
}

export enum TaskStatus {
  TODO = 'TODO',
  IN_PROGRESS = 'IN_PROGRESS',
  WAITING_CLIENT = 'WAITING_CLIENT',
  REVIEW = 'REVIEW',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}

export enum TaskPriority {
  LOW = 'LOW',
  NORMAL = 'NORMAL',
  HIGH = 'HIGH',
  URGENT = 'URGENT',
}

/** The kinds of live task events (`taskEvents`); stored in the event log as TASK_<kind>. */
export enum TaskEventType {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  STATUS_CHANGED = 'STATUS_CHANGED',
  MOVED = 'MOVED',
  COMMENTED = 'COMMENTED',
  DELETED = 'DELETED',
}

export enum InfobaseMode {
  FILE = 'FILE',
  CLOUD = 'CLOUD',
}

registerEnumType(ProjectStatus, { name: 'ProjectStatus' });
registerEnumType(TaskStatus, { name: 'TaskStatus', description: 'The columns of the board' });
registerEnumType(TaskPriority, { name: 'TaskPriority' });
registerEnumType(TaskEventType, { name: 'TaskEventType' });
registerEnumType(InfobaseMode, { name: 'InfobaseMode', description: 'How the 1C infobase is handed over: a file or a cloud service' });

/** Statuses in which a task no longer counts as open (for overdue and "my tasks"). */
export const CLOSED_TASK_STATUSES: readonly TaskStatus[] = [TaskStatus.DONE, TaskStatus.CANCELLED];
