/**
 * Which task changes this tab made itself, so a live event about them is not highlighted as
 * "changed by someone else" — even when the same user works in another tab, whose changes
 * should stand out. An event can arrive before the mutation's own response, so a task with a
 * mutation in flight counts as ours too.
 */
const pending = new Map<string, number>();
const written = new Set<string>();
const MAX_WRITTEN = 500;

export async function trackOwnWrite<T extends { id: string; version: number } | null | undefined>(
  taskId: string,
  write: () => Promise<T>,
): Promise<T> {
  pending.set(taskId, (pending.get(taskId) ?? 0) + 1);
  try {
    const task = await write();
    if (task) rememberOwnWrite(task.id, task.version);
    return task;
  } finally {
    const left = (pending.get(taskId) ?? 1) - 1;
    if (left > 0) pending.set(taskId, left);
    else pending.delete(taskId);
  }
}

export function rememberOwnWrite(taskId: string, version: number): void {
  written.add(`${taskId}:${version}`);
  if (written.size > MAX_WRITTEN) written.delete(written.values().next().value!);
}

export function isOwnWrite(taskId: string, version: number, byMe: boolean): boolean {
  return written.has(`${taskId}:${version}`) || (byMe && pending.has(taskId));
}
