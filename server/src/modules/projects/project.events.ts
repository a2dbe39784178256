import { z } from 'zod';
import { change, defineEvents, withChanges, type PayloadsOf } from '../events/catalogue.js';

export type { PayloadsOf };

export const PROJECT_CHANGES = ['name', 'status', 'startDate', 'dueDate', 'specifics', 'contacts', 'infobase', 'checklist', 'coordinator', 'members'] as const;
export const TASK_CHANGES = ['title', 'description', 'department', 'priority', 'dueDate', 'checklist', 'status', 'position', 'assignee'] as const;

/**
 * Every task event carries its project (so subscribers filter without a query), the task's id and
 * title, and the task as the change left it (`task`), which live boards read instead of the table.
 */
const taskEvent = <T extends z.ZodRawShape>(extra: T) =>
  z.object({ projectId: z.string(), taskId: z.string(), title: z.string(), task: z.object({ id: z.string(), projectId: z.string(), version: z.number().int() }), ...extra });
const taskChanges = z.partialRecord(z.enum(TASK_CHANGES), change);

/** Onboarding projects and their templates. */
export const projectEvents = defineEvents('projects', {
  PROJECT_CREATED: {
    subjectType: 'Project',
    payload: z.object({ name: z.string(), template: z.string().nullable(), coordinatorId: z.string().nullable(), memberIds: z.array(z.string()) }),
  },
  PROJECT_UPDATED: {
    subjectType: 'Project',
    payload: withChanges({ name: z.union([z.string(), change]) }, PROJECT_CHANGES),
    changes: PROJECT_CHANGES,
    references: { coordinator: 'User', members: 'User' },
  },
  // isDefault: whether the template is (now) the firm's default; absent in entries written before it existed
  TEMPLATE_CREATED: { subjectType: 'ProjectTemplate', payload: z.object({ name: z.string(), tasks: z.number().int(), isDefault: z.boolean().optional() }) },
  TEMPLATE_CHANGED: { subjectType: 'ProjectTemplate', payload: z.object({ name: z.string(), tasks: z.number().int(), isDefault: z.boolean().optional() }) },
});

/** Tasks on the live board. */
export const taskEvents = defineEvents('tasks', {
  TASK_CREATED: { subjectType: 'Task', payload: taskEvent({}) },
  TASK_UPDATED: { subjectType: 'Task', payload: taskEvent({ changes: taskChanges }), changes: TASK_CHANGES, references: { assignee: 'User' } },
  TASK_STATUS_CHANGED: { subjectType: 'Task', payload: taskEvent({ changes: taskChanges }), changes: ['status'] },
  TASK_MOVED: { subjectType: 'Task', payload: taskEvent({ changes: taskChanges, index: z.number().int() }), changes: ['status', 'position'] },
  TASK_ASSIGNED: { subjectType: 'Task', payload: taskEvent({ changes: taskChanges }), changes: ['assignee'], references: { assignee: 'User' } },
  TASK_COMMENTED: { subjectType: 'Task', payload: taskEvent({ commentId: z.string(), mentions: z.array(z.string()) }) },
  TASK_DELETED: { subjectType: 'Task', payload: taskEvent({}) },
});

declare module '../events/catalogue.js' {
  interface DeclaredEvents extends PayloadsOf<typeof projectEvents>, PayloadsOf<typeof taskEvents> {}
}
