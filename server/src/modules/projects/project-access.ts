import type { EntityManager } from '@mikro-orm/postgresql';
import { requirePrincipal } from '../../graphql/auth-checker.js';
import type { Context, Principal } from '../../graphql/context.js';
import { forbidden, notFound } from '../../graphql/errors.js';
import type { AccessEvent } from '../auth/access-events.js';
import { Role } from '../auth/roles.js';
import { Project, ProjectMember } from './project.entity.js';
import type { Task } from './task.entity.js';

/** Roles that see every project of the firm; accountants see the projects they work in. */
const SEE_ALL = new Set<Role>([Role.OWNER, Role.MANAGER, Role.COORDINATOR, Role.HEAD]);

export type TaskRights = 'FULL' | 'OWN_STATUS' | 'NONE';

/** Who may do what in a project: the rule of the issue, in one place. */
export class ProjectAccess {
  constructor(
    readonly principal: Principal,
    private readonly memberIds: ReadonlySet<string>,
    private readonly coordinatorId: string | null,
  ) {}

  static async of(em: EntityManager, principal: Principal, project: Project): Promise<ProjectAccess> {
    if (editsEverything(principal)) return new ProjectAccess(principal, new Set(), project.coordinator?.id ?? null);
    // whole rows, like every load: a partial entity in the identity map can leak into an answer
    const members = await em.find(ProjectMember, { project: project.id });
    return new ProjectAccess(principal, new Set(members.map((m) => m.user.id)), project.coordinator?.id ?? null);
  }

  /** Rights in the project of a task already found in the caller's firm. */
  static async ofProject(em: EntityManager, principal: Principal, projectId: string): Promise<ProjectAccess> {
    // owners and heads see and edit every project of the firm: nothing to look up
    if (editsEverything(principal)) return new ProjectAccess(principal, new Set(), null);
    return ProjectAccess.of(em, principal, await visibleProject(em, principal, projectId));
  }

  /**
   * Rights from the facts `accessFacts` reads along with something else (one query instead of
   * the two of `ofProject`), by the same rules; NOT_FOUND for a project the caller may not see.
   */
  static fromFacts(principal: Principal, facts: AccessFacts): ProjectAccess {
    if (editsEverything(principal)) return new ProjectAccess(principal, new Set(), null);
    const coordinatorId = facts.access_coordinator_id;
    if (!seesAllProjects(principal) && !facts.access_member && !facts.access_assignee && coordinatorId !== principal.userId) throw notFound('Project');
    return new ProjectAccess(principal, facts.access_member ? new Set([principal.userId]) : new Set(), coordinatorId);
  }

  /** Owners, heads, the coordinator and members (other than accountants) edit everything. */
  get canEdit(): boolean {
    const { role, userId } = this.principal;
    if (role === Role.OWNER || role === Role.HEAD || userId === this.coordinatorId) return true;
    return role !== Role.ACCOUNTANT && this.memberIds.has(userId);
  }

  /** Accountants may change the status of, and comment on, their own tasks. */
  rightsOn(task: Task): TaskRights {
    if (this.canEdit) return 'FULL';
    if (this.principal.role === Role.ACCOUNTANT && task.assignee?.id === this.principal.userId) return 'OWN_STATUS';
    return 'NONE';
  }

  /** What the caller may do with a task, by the rules `requireOnTask` enforces on the write path. */
  onTask(task: Task): { edit: boolean; changeStatus: boolean; comment: boolean } {
    const rights = this.rightsOn(task);
    return { edit: rights === 'FULL', changeStatus: rights !== 'NONE', comment: rights !== 'NONE' };
  }

  requireEdit(): void {
    if (!this.canEdit) throw forbidden('Only project members, the coordinator and heads may edit this project');
  }

  requireOnTask(task: Task, needed: 'FULL' | 'OWN_STATUS'): void {
    const rights = this.rightsOn(task);
    if (rights === 'FULL' || (needed === 'OWN_STATUS' && rights === 'OWN_STATUS')) return;
    throw forbidden(needed === 'FULL' ? 'Only project members, the coordinator and heads may edit this task' : 'You may change only your own tasks');
  }
}

/**
 * The caller's rights in many projects, one query for all that one resolver pass asks for (a
 * board's or "my tasks"' every card): per EntityManager, so per request and per live event.
 * Owners and heads need no query, nor an EntityManager (`em` is called only when one is needed).
 */
export function viewerAccess(em: () => EntityManager, principal: Principal, projectId: string): Promise<ProjectAccess> {
  if (editsEverything(principal)) return Promise.resolve(new ProjectAccess(principal, new Set(), null));
  const manager = em();
  let batch = accessBatches.get(manager);
  if (!batch || batch.principal !== principal) accessBatches.set(manager, (batch = new AccessBatch(manager, principal)));
  return batch.load(projectId);
}

/** What the caller may do with a task (the fields `viewerCan…`), batched across a list of tasks. */
export async function viewerRightsOnTask(ctx: Context, task: Task): Promise<ReturnType<ProjectAccess['onTask']>> {
  return (await viewerAccess(() => ctx.em, requirePrincipal(ctx), task.project.id)).onTask(task);
}

const accessBatches = new WeakMap<EntityManager, AccessBatch>();

class AccessBatch {
  private readonly known = new Map<string, Promise<ProjectAccess>>();
  private waiting: { projectId: string; resolve: (access: ProjectAccess) => void; reject: (error: unknown) => void }[] = [];

  constructor(
    private readonly em: EntityManager,
    readonly principal: Principal,
  ) {}

  load(projectId: string): Promise<ProjectAccess> {
    let access = this.known.get(projectId);
    if (!access) {
      access = new Promise((resolve, reject) => {
        // graphql-js calls a list's field resolvers in one pass: gather them, then query once
        if (!this.waiting.length) void Promise.resolve().then(() => process.nextTick(() => void this.flush()));
        this.waiting.push({ projectId, resolve, reject });
      });
      this.known.set(projectId, access);
    }
    return access;
  }

  private async flush(): Promise<void> {
    const waiting = this.waiting;
    this.waiting = [];
    const ids = [...new Set(waiting.map((w) => w.projectId))];
    try {
      const rows = await this.em.getConnection().execute<{ id: string; coordinator_id: string | null; member: boolean }[]>(
        `select p.id, p.coordinator_id,
           exists (select 1 from project_member m where m.project_id = p.id and m.user_id = ?) as member
         from project p where p.firm_id = ? and p.id in (${ids.map(() => '?').join(', ')})`,
        [this.principal.userId, this.principal.firmId, ...ids],
      );
      const byId = new Map(rows.map((r) => [r.id, r]));
      for (const { projectId, resolve } of waiting) {
        const row = byId.get(projectId);
        resolve(new ProjectAccess(this.principal, row?.member ? new Set([this.principal.userId]) : new Set(), row?.coordinator_id ?? null));
      }
    } catch (error) {
      for (const { projectId, reject } of waiting) {
        this.known.delete(projectId);
        reject(error);
      }
    }
  }
}

/** What `ProjectAccess.fromFacts` needs, as columns a query adds with `accessFacts`. */
export interface AccessFacts {
  access_coordinator_id: string | null;
  access_member: boolean;
  access_assignee: boolean;
}

/**
 * Columns with the caller's standing in the project `projectColumn` names: coordinator, member,
 * has a task there (the same three ways in as `visibleProjectIds`).
 */
export function accessFacts(principal: Principal, projectColumn: string): { sql: string; params: unknown[] } {
  return {
    sql: `(select coordinator_id from project where id = ${projectColumn}) as access_coordinator_id,
      exists (select 1 from project_member m where m.project_id = ${projectColumn} and m.user_id = ?) as access_member,
      exists (select 1 from task a where a.project_id = ${projectColumn} and a.assignee_id = ? and a.deleted_at is null) as access_assignee`,
    params: [principal.userId, principal.userId],
  };
}

/** Owners and heads edit every project: their rights depend on neither members nor coordinator. */
function editsEverything(principal: Principal): boolean {
  return principal.role === Role.OWNER || principal.role === Role.HEAD;
}

export function seesAllProjects(principal: Principal): boolean {
  return SEE_ALL.has(principal.role);
}

/** Ids of the projects an accountant works in: as a member or through an assigned task. */
export async function visibleProjectIds(em: EntityManager, principal: Principal): Promise<string[]> {
  const rows = await em.getConnection().execute<{ id: string }[]>(
    `select project_id as id from project_member where firm_id = ? and user_id = ?
     union select project_id from task where firm_id = ? and assignee_id = ? and deleted_at is null
     union select id from project where firm_id = ? and coordinator_id = ?`,
    [principal.firmId, principal.userId, principal.firmId, principal.userId, principal.firmId, principal.userId],
  );
  return rows.map((r) => r.id);
}

/** The project if the caller may see it; NOT_FOUND otherwise, so ids of hidden projects leak nothing. */
export async function visibleProject(em: EntityManager, principal: Principal, projectId: string): Promise<Project> {
  const project = await em.findOne(Project, { id: projectId });
  if (!project) throw notFound('Project');
  if (!seesAllProjects(principal) && !(await visibleProjectIds(em, principal)).includes(project.id)) throw notFound('Project');
  return project;
}

/**
 * Accountants whose set of visible projects a committed event may shrink, or grow through
 * membership: a live board holds that set from when it subscribed, so their open connections
 * are told to reconnect and take it anew. (A task given to an accountant opens its project on
 * their board directly, see `taskEvents`.)
 */
export function visibilityChangedBy(event: AccessEvent): ((principal: Principal) => boolean) | null {
  const users = new Set<string>();
  const data = event.data ?? {};
  const changes = (data.changes ?? data) as Record<string, { from?: unknown; to?: unknown } | undefined>;
  const list = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
  switch (event.type) {
    case 'PROJECT_CREATED':
      list(data.memberIds).forEach((id) => users.add(id));
      if (typeof data.coordinatorId === 'string') users.add(data.coordinatorId);
      break;
    case 'PROJECT_UPDATED': {
      const from = list(changes.members?.from);
      const to = list(changes.members?.to);
      for (const id of from) if (!to.includes(id)) users.add(id);
      for (const id of to) if (!from.includes(id)) users.add(id);
      for (const id of [changes.coordinator?.from, changes.coordinator?.to]) if (typeof id === 'string') users.add(id);
      break;
    }
    case 'TASK_ASSIGNED':
      if (typeof changes.assignee?.from === 'string') users.add(changes.assignee.from);
      break;
    case 'TASK_DELETED': {
      const assignee = (data.task as { assigneeId?: unknown } | undefined)?.assigneeId;
      if (typeof assignee === 'string') users.add(assignee);
      break;
    }
  }
  if (!users.size) return null;
  return (principal) => principal.role === Role.ACCOUNTANT && users.has(principal.userId);
}
