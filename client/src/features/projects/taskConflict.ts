import { CombinedGraphQLErrors } from '@apollo/client';

/** The task as the server holds it, sent with a CONFLICT in `extensions.currentTask`. */
export interface CurrentTask {
  id: string;
  version: number;
  title: string;
  status: string;
  assigneeId: string | null;
  priority: string;
  dueDate: string | null;
  description: string | null;
  deleted: boolean;
}

export function currentTaskOf(error: unknown): CurrentTask | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const first = error.errors[0];
  if (first?.extensions?.code !== 'CONFLICT') return null;
  const current = first.extensions.currentTask;
  if (typeof current !== 'object' || current === null) return null;
  const task = current as Record<string, unknown>;
  if (typeof task.id !== 'string' || typeof task.version !== 'number') return null;
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  return {
    id: task.id,
    version: task.version,
    title: text(task.title) ?? '',
    status: text(task.status) ?? '',
    assigneeId: text(task.assigneeId),
    priority: text(task.priority) ?? '',
    dueDate: text(task.dueDate),
    description: text(task.description),
    deleted: task.deleted === true,
  };
}
