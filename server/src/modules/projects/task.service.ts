import type { Scope, SignedInScope } from '../../graphql/scope.js';
import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { generateKeyBetween } from 'fractional-indexing';
import { firmToday, type Clock } from '../../clock.js';
import type { Principal } from '../../graphql/context.js';
import { conflict, fieldError, notFound } from '../../graphql/errors.js';
import { actorOf } from '../auth/principal.js';
import { User } from '../auth/user.entity.js';
import { recordedStatement, recordedTransaction, type RecordingTransaction } from '../events/event-log.js';
import { accessFacts, ProjectAccess, visibleProject, type AccessFacts } from './project-access.js';
import { CLOSED_TASK_STATUSES, TaskPriority, TaskStatus } from './project.enums.js';
import type { CreateTaskInput, UpdateTaskInput } from './project.inputs.js';
import { checklistOf } from './project.service.js';
import { TASKS_TOPIC, taskEventData } from './task-events.js';
import { Task, TaskComment } from './task.entity.js';
import { batch, groupBy } from '../../graphql/batch.js';
import { countRowsBy, readRows } from '../../db/rows.js';

/** The task as the user last saw it, put in a CONFLICT error so the client can show and merge. */
function currentOf(task: Task) {
  return {
    id: task.id,
    version: task.version,
    title: task.title,
    status: task.status,
    position: task.position,
    assigneeId: task.assignee?.id ?? null,
    priority: task.priority,
    dueDate: task.dueDate ?? null,
    description: task.description ?? null,
    checklist: task.checklist,
    deleted: !!task.deletedAt,
  };
}

interface ReadForMove {
  task: Task;
  row: Record<string, unknown>;
  access: ProjectAccess;
  column: string[];
}

type TaskChanges = Record<string, { from: unknown; to: unknown }>;

/**
 * The key for the place between two neighbours' keys (null: the column's end). Equal neighbours
 * (two concurrent creates took the same bottom) have no key between them: the task goes just
 * below both.
 */
export function keyBetween(column: readonly string[], at: number): string {
  const before = column[at - 1] ?? null;
  const after = column[at] ?? null;
  if (before === null || after === null || after > before) return generateKeyBetween(before, after);
  return generateKeyBetween(before, column.slice(at).find((key) => key > before) ?? null);
}

interface LockedTask {
  task: Task;
  access: ProjectAccess;
}

function isOverdue(task: Task, today: string): boolean {
  return !!task.dueDate && task.dueDate < today && !CLOSED_TASK_STATUSES.includes(task.status);
}

/** Board tasks: every change is checked, versioned, and recorded as a task event with the change. */
export class TaskService {
  private async lock(tx: RecordingTransaction, principal: Principal, id: string, version: number | null): Promise<LockedTask> {
    const task = await tx.em.findOne(Task, { id, deletedAt: null }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!task) throw notFound('Task');
    const access = await ProjectAccess.ofProject(tx.em, principal, task.project.id);
    if (version !== null && task.version !== version) throw this.stale(task);
    return { task, access };
  }

  private async assignable(em: EntityManager, userId: string | null | undefined): Promise<string | null> {
    if (!userId) return null;
    const user = await em.findOne(User, { id: userId, active: true });
    if (!user) throw fieldError('assigneeId', 'The assignee must be an active user of the firm', 'USER_NOT_ACTIVE');
    return user.id;
  }

  /** A position below every task of the column. */
  private async bottomOf(em: EntityManager, projectId: string, status: TaskStatus): Promise<string> {
    const [row] = await em
      .getConnection()
      .execute<{ bottom: string | null }[]>(
        'select max(position) as bottom from task where project_id = ? and status = ? and deleted_at is null',
        [projectId, status],
        'all',
        em.getTransactionContext(),
      );
    return generateKeyBetween(row?.bottom ?? null, null);
  }

  async create({ em, principal }: SignedInScope, input: CreateTaskInput): Promise<Task> {
    const project = await visibleProject(em, principal, input.projectId);
    (await ProjectAccess.of(em, principal, project)).requireEdit();
    const assignee = await this.assignable(em, input.assigneeId);
    return recordedTransaction(em, actorOf(principal), async (tx) => {
      const status = input.status ?? TaskStatus.TODO;
      const task = tx.em.create(Task, {
        firm: principal.firmId,
        project: project.id,
        title: input.title.trim(),
        description: input.description ?? null,
        department: input.department ?? null,
        assignee,
        status,
        priority: input.priority ?? TaskPriority.NORMAL,
        dueDate: input.dueDate ?? null,
        checklist: checklistOf(input.checklist ?? []),
        position: await this.bottomOf(tx.em, project.id, status),
        createdBy: principal.userId,
      });
      tx.record({ topic: TASKS_TOPIC, type: 'TASK_CREATED', subjectType: 'Task', subjectId: task.id, data: taskEventData(task) });
      return task;
    });
  }

  async update({ em, principal }: SignedInScope, id: string, version: number, input: UpdateTaskInput): Promise<Task> {
    return recordedTransaction(em, actorOf(principal), async (tx) => {
      const { task, access } = await this.lock(tx, principal, id, version);
      access.requireOnTask(task, 'FULL');
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      const set = <K extends keyof Task>(key: K, value: Task[K] | null | undefined, clear = false) => {
        if (value === undefined || (value === null && !clear)) return;
        if (JSON.stringify(task[key] ?? null) === JSON.stringify(value)) return;
        changes[key] = { from: task[key] ?? null, to: value };
        task[key] = value as Task[K];
      };
      set('title', input.title?.trim());
      set('description', input.description);
      set('department', input.department);
      set('priority', input.priority);
      set('dueDate', input.clearDueDate ? null : input.dueDate, !!input.clearDueDate);
      if (input.checklist) set('checklist', checklistOf(input.checklist));
      if (Object.keys(changes).length) tx.record({ topic: TASKS_TOPIC, type: 'TASK_UPDATED', subjectType: 'Task', subjectId: task.id, data: taskEventData(task, { changes }) });
      return task;
    });
  }

  /**
   * Moves the task to the bottom of another column; accountants may do this on their own tasks.
   * The board's most frequent write, like `move` in two round trips (see `changeBoardPosition`).
   */
  async changeStatus({ em, principal }: SignedInScope, id: string, version: number, status: TaskStatus): Promise<Task> {
    const found = await this.readForMove(em, principal, id, version, status);
    const { task } = found;
    found.access.requireOnTask(task, 'OWN_STATUS');
    if (task.status === status) return task;
    const from = task.status;
    const position = keyBetween(found.column, found.column.length);
    return this.changeBoardPosition(em, principal, found, { status, position }, { type: 'TASK_STATUS_CHANGED', extra: { changes: { status: { from, to: status } } } });
  }

  /**
   * Puts the task at `index` of the `status` column (0 = top), between its new neighbours, so
   * no other task changes.
   */
  async move({ em, principal }: SignedInScope, id: string, version: number, status: TaskStatus, index: number): Promise<Task> {
    if (!Number.isInteger(index) || index < 0) throw fieldError('index', 'index is a position from 0');
    const found = await this.readForMove(em, principal, id, version, status);
    const { task, column } = found;
    found.access.requireOnTask(task, status === task.status ? 'FULL' : 'OWN_STATUS');
    const at = Math.min(index, column.length);
    const position = keyBetween(column, at);
    const from = { status: task.status, position: task.position };
    if (from.status === status && from.position === position) return task;
    return this.changeBoardPosition(em, principal, found, { status, position }, {
      type: 'TASK_MOVED',
      extra: { changes: { status: { from: from.status, to: status }, position: { from: from.position, to: position } }, index: at },
    });
  }

  /**
   * One statement that puts the task in its new place only if its version is still the one read
   * and appends the event (`recordedStatement`): of two concurrent changes on one version
   * exactly one matches; the other gets CONFLICT with the task as it is now.
   */
  private async changeBoardPosition(
    em: EntityManager,
    principal: Principal,
    found: ReadForMove,
    to: { status: TaskStatus; position: string },
    event: { type: 'TASK_STATUS_CHANGED'; extra: { changes: TaskChanges } } | { type: 'TASK_MOVED'; extra: { changes: TaskChanges; index: number } },
  ): Promise<Task> {
    const { task } = found;
    const version = task.version;
    const changed = { ...to, version: version + 1, updated_at: new Date() };
    // the task as the change leaves it, for the response and the event's snapshot
    em.map(Task, { ...found.row, ...changed });
    const seq = await recordedStatement(
      em,
      actorOf(principal),
      {
        sql: 'update task set status = ?, position = ?, version = ?, updated_at = ? where id = ? and firm_id = ? and version = ? and deleted_at is null returning id',
        params: [changed.status, changed.position, changed.version, changed.updated_at, task.id, principal.firmId, version],
      },
      event.type === 'TASK_MOVED'
        ? { type: event.type, subjectType: 'Task', subjectId: task.id, data: taskEventData(task, event.extra) }
        : { type: event.type, subjectType: 'Task', subjectId: task.id, data: taskEventData(task, event.extra) },
    );
    if (seq === null) throw this.stale((await this.readForMove(em, principal, task.id, null, to.status)).task);
    return task;
  }

  private stale(task: Task) {
    return conflict('Someone has changed this task since you opened it', { currentVersion: task.version, currentTask: currentOf(task) });
  }

  /**
   * In one query: the task (as a managed entity, refreshed), the caller's rights in its project
   * and the positions of the `status` column without it, top first. NOT_FOUND for a task the
   * caller may not see, CONFLICT when `version` is not the task's.
   */
  private async readForMove(em: EntityManager, principal: Principal, id: string, version: number | null, status: TaskStatus): Promise<ReadForMove> {
    const facts = accessFacts(principal, 't.project_id');
    const [result] = await em.getConnection().execute<(Record<string, unknown> & AccessFacts & { column_positions: string[] })[]>(
      `select t.*, ${facts.sql},
         array(select b.position from task b where b.project_id = t.project_id and b.status = ? and b.deleted_at is null and b.id <> t.id order by b.position, b.id) as column_positions
         from task t where t.id = ? and t.firm_id = ? and t.deleted_at is null`,
      [...facts.params, status, id, principal.firmId],
    );
    if (!result) throw notFound('Task');
    const { column_positions, access_ways, ...row } = result;
    const access = ProjectAccess.fromFacts(principal, { access_ways });
    const task = em.map(Task, row);
    if (version !== null && task.version !== version) throw this.stale(task);
    return { task, row, access, column: column_positions };
  }

  async assign({ em, principal }: SignedInScope, id: string, version: number, assigneeId: string | null): Promise<Task> {
    const assignee = await this.assignable(em, assigneeId);
    return recordedTransaction(em, actorOf(principal), async (tx) => {
      const { task, access } = await this.lock(tx, principal, id, version);
      access.requireOnTask(task, 'FULL');
      const from = task.assignee?.id ?? null;
      if (from === assignee) return task;
      task.assignee = assignee ? tx.em.getReference(User, assignee, { wrapped: true }) : null;
      tx.record({ topic: TASKS_TOPIC, type: 'TASK_ASSIGNED', subjectType: 'Task', subjectId: task.id, data: taskEventData(task, { changes: { assignee: { from, to: assignee } } }) });
      return task;
    });
  }

  /** The tasks to finish first, in the order named; the rows of a list ask together (`batch`). */
  async dependencies(scope: Scope, task: Task): Promise<Task[]> {
    if (!task.dependsOn.length) return [];
    const found = await Promise.all(task.dependsOn.map((id) => liveTaskById.load(scope, id)));
    return found.filter((t): t is Task => !!t && t.project.id === task.project.id);
  }

  /** Adds a comment; mentioned users must belong to the firm. */
  async comment({ em, principal }: SignedInScope, id: string, body: string, mentionIds: string[]): Promise<TaskComment> {
    const text = body.trim();
    if (!text) throw fieldError('body', 'A comment cannot be empty', 'REQUIRED');
    // whole rows: these users are the answer's mentions, and a partial one would fail it
    const mentioned = mentionIds.length ? await em.find(User, { id: { $in: mentionIds } }) : [];
    if (mentioned.length !== new Set(mentionIds).size) throw fieldError('mentionIds', 'Mentions must be users of the firm');
    return recordedTransaction(em, actorOf(principal), async (tx) => {
      const { task, access } = await this.lock(tx, principal, id, null);
      access.requireOnTask(task, 'OWN_STATUS');
      const comment = tx.em.create(TaskComment, { firm: principal.firmId, task, author: principal.userId, body: text, mentions: [...new Set(mentionIds)] });
      tx.record({ topic: TASKS_TOPIC, type: 'TASK_COMMENTED', subjectType: 'Task', subjectId: task.id, data: taskEventData(task, { commentId: comment.id, mentions: comment.mentions }) });
      return comment;
    });
  }

  async delete({ em, principal }: SignedInScope, id: string, version: number): Promise<Task> {
    return recordedTransaction(em, actorOf(principal), async (tx) => {
      const { task, access } = await this.lock(tx, principal, id, version);
      access.requireOnTask(task, 'FULL');
      task.deletedAt = new Date();
      tx.record({ topic: TASKS_TOPIC, type: 'TASK_DELETED', subjectType: 'Task', subjectId: task.id, data: taskEventData(task) });
      return task;
    });
  }

  /** A task the caller may see (deleted ones too: a DELETED event still shows its task). */
  async get({ em, principal }: SignedInScope, id: string): Promise<Task> {
    const task = await em.findOne(Task, { id });
    if (!task) throw notFound('Task');
    await visibleProject(em, principal, task.project.id);
    return task;
  }

  /** The project's board, by status and position; the projects of a list ask together. */
  boardOf(scope: Scope, projectId: string): Promise<Task[]> {
    return boardTasks.load(scope, projectId);
  }

  /** The caller's open tasks across projects: overdue first, then by due date. */
  async mine({ em, principal, clock }: SignedInScope): Promise<Task[]> {
    const tasks = await readRows(em, Task, { assignee: principal.userId, deletedAt: null, status: { $nin: [...CLOSED_TASK_STATUSES] } });
    const today = firmToday(clock, principal.timeZone);
    const rank = (t: Task) => (isOverdue(t, today) ? 0 : t.dueDate ? 1 : 2);
    return tasks.sort((a, b) => rank(a) - rank(b) || (a.dueDate ?? '').localeCompare(b.dueDate ?? '') || a.title.localeCompare(b.title));
  }

  /** Due before the firm's today and still open. */
  overdue({ principal, clock }: SignedInScope, task: Task): boolean {
    return isOverdue(task, firmToday(clock, principal.timeZone));
  }

  /** The task's comments, oldest first; the tasks of a board ask together. */
  comments(scope: Scope, taskId: string): Promise<TaskComment[]> {
    return taskComments.load(scope, taskId);
  }

  /** How many comments the task has; the cards of a board ask together, in one statement. */
  commentCount(scope: Scope, taskId: string): Promise<number> {
    return commentCounts.load(scope, taskId);
  }
}

// Read-only rows (`readRows`): answered and serialised, never changed in this request.
const boardTasks = batch<string, Task[]>({
  load: async ({ em }, projectIds) =>
    groupBy(
      await readRows(em, Task, { project: { $in: projectIds }, deletedAt: null }, { orderBy: [{ status: 'asc' }, { position: 'asc' }, { id: 'asc' }] }),
      (task) => task.project.id,
    ),
  missing: () => [],
});

const liveTaskById = batch<string, Task | null>({
  load: async ({ em }, ids) => new Map((await readRows(em, Task, { id: { $in: ids }, deletedAt: null })).map((task) => [task.id, task])),
  missing: () => null,
});

const taskComments = batch<string, TaskComment[]>({
  load: async ({ em }, taskIds) => groupBy(await readRows(em, TaskComment, { task: { $in: taskIds } }, { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }), (comment) => comment.task.id),
  missing: () => [],
});

const commentCounts = batch<string, number>({
  load: ({ em }, taskIds) => countRowsBy(em, TaskComment, 'task', taskIds),
  missing: () => 0,
});
