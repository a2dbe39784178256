import { ProjectStatus, TaskPriority, TaskStatus } from '../../gql/graphql';

/** The board's columns, left to right. */
export const TASK_STATUSES: readonly TaskStatus[] = [
  TaskStatus.Todo,
  TaskStatus.InProgress,
  TaskStatus.WaitingClient,
  TaskStatus.Review,
  TaskStatus.Done,
  TaskStatus.Cancelled,
];

export const PROJECT_STATUSES: readonly ProjectStatus[] = [
  ProjectStatus.Active,
  ProjectStatus.OnHold,
  ProjectStatus.Done,
  ProjectStatus.Archived,
];

export const TASK_PRIORITIES: readonly TaskPriority[] = [
  TaskPriority.Low,
  TaskPriority.Normal,
  TaskPriority.High,
  TaskPriority.Urgent,
];

export const TASK_STATUS_COLORS: Record<TaskStatus, string> = {
  TODO: 'gray',
  IN_PROGRESS: 'blue',
  WAITING_CLIENT: 'yellow',
  REVIEW: 'violet',
  DONE: 'teal',
  CANCELLED: 'dark',
};

export const PROJECT_STATUS_COLORS: Record<ProjectStatus, string> = {
  ACTIVE: 'teal',
  ON_HOLD: 'yellow',
  DONE: 'blue',
  ARCHIVED: 'gray',
};

export const PRIORITY_COLORS: Record<TaskPriority, string> = {
  LOW: 'gray',
  NORMAL: 'blue',
  HIGH: 'orange',
  URGENT: 'red',
};

export const isTaskStatus = (value: unknown): value is TaskStatus => TASK_STATUSES.some((status) => status === value);
