import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../../graphql/context.js';
import { forbidden, notFound } from '../../graphql/errors.js';
import type { SignedInScope } from '../../graphql/scope.js';
import type { AccessEvent } from '../auth/access-events.js';
import { Role } from '../auth/roles.js';
import { Project } from './project.entity.js';
import type { Task } from './task.entity.js';

/** Roles that see every project of the firm; accountants see the projects they work in. */
const SEE_ALL = new Set<Role>([Role.OWNER, Role.MANAGER, Role.COORDINATOR, Role.HEAD]);

export type TaskRights = 'FULL' | 'OWN_STATUS' | 'NONE';

type EventData = Record<string, unknown>;
type Change = { from?: unknown; to?: unknown } | undefined;
const ids = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
const changesOf = (data: EventData) => (data.changes ?? data) as Record<string, Change>;

/**
 * THE definition of who works in a project, one entry per way in: the rows that give it and the
 * events that may open or close it. The SQL every path reads (`PROJECT_VIEWERS`) and the
 * connection guard's rule (`visibilityChangedBy`) are both made from this table, so a new way in
 * cannot reach one and miss the other.
 */
const WAYS_IN = {
  MEMBER: {
    from: 'project_member',
    project: 'project_id',
    user: 'user_id',
    where: '',
    changedBy(type: string, data: EventData): string[] {
      if (type === 'PROJECT_CREATED') return ids(data.memberIds);
      if (type !== 'PROJECT_UPDATED') return [];
      const members = changesOf(data).members;
      const from = ids(members?.from);
      const to = ids(members?.to);
      return [...from.filter((id) => !to.includes(id)), ...to.filter((id) => !from.includes(id))];
    },
  },
  COORDINATOR: {
    from: 'project',
    project: 'id',
    user: 'coordinator_id',
    where: '',
    changedBy(type: string, data: EventData): string[] {
      if (type === 'PROJECT_CREATED') return typeof data.coordinatorId === 'string' ? [data.coordinatorId] : [];
      const coordinator = type === 'PROJECT_UPDATED' ? changesOf(data).coordinator : undefined;
      return [coordinator?.from, coordinator?.to].filter((id): id is string => typeof id === 'string');
    },
  },
  ASSIGNEE: {
    from: 'task',
    project: 'project_id',
    user: 'assignee_id',
    where: 'and deleted_at is null',
    // only losses: a task given to an accountant opens its project on their board directly (`taskEvents`)
    changedBy(type: string, data: EventData): string[] {
      if (type === 'TASK_ASSIGNED') {
        const from = changesOf(data).assignee?.from;
        return typeof from === 'string' ? [from] : [];
      }
      const assignee = type === 'TASK_DELETED' ? (data.task as { assigneeId?: unknown } | undefined)?.assigneeId : undefined;
      return typeof assignee === 'string' ? [assignee] : [];
    },
  },
} as const;

/** A way in to a project: member, coordinator, or assignee of one of its (not deleted) tasks. */
export type WayIn = keyof typeof WAYS_IN;

/**
 * `(firm_id, project_id, user_id, via)`: every way in of every person, as a subquery. Callers
 * filter by firm and user or project; PostgreSQL pushes those filters into each branch.
 */
export const PROJECT_VIEWERS = (Object.entries(WAYS_IN) as [WayIn, (typeof WAYS_IN)[WayIn]][])
  .map(([via, way]) => `select firm_id, ${way.project} as project_id, ${way.user} as user_id, '${via}' as via from ${way.from} where ${way.user} is not null ${way.where}`)
  .join(' union all ');

/** The SQL for one column with the caller's ways into the project `projectColumn` names, and its parameters. */
function waysColumn(principal: Principal, projectColumn: string): { sql: string; params: unknown[] } {
  return {
    sql: `array(select distinct v.via from (${PROJECT_VIEWERS}) v where v.firm_id = ? and v.user_id = ? and v.project_id = ${projectColumn}) as access_ways`,
    params: [principal.firmId, principal.userId],
  };
}

/** Who may do what in a project: the rule of the issue, in one place. */
export class ProjectAccess {
  constructor(
    readonly principal: Principal,
    private readonly ways: ReadonlySet<WayIn>,
  ) {}

  /** The caller's rights in a project already found in their firm; NOT_FOUND if they may not see it. */
  static async of(em: EntityManager, principal: Principal, project: Project): Promise<ProjectAccess> {
    return ProjectAccess.ofProject(em, principal, project.id);
  }

  /** Rights in a project by id: one query; NOT_FOUND for a project the caller may not see. */
  static async ofProject(em: EntityManager, principal: Principal, projectId: string): Promise<ProjectAccess> {
    // owners and heads see and edit every project of the firm: nothing to look up
    if (editsEverything(principal)) return new ProjectAccess(principal, new Set());
    const column = waysColumn(principal, 'p.id');
    const [row] = await em.execute<AccessFacts[]>(`select ${column.sql} from project p where p.id = ? and p.firm_id = ?`, [...column.params, projectId, principal.firmId]);
    if (!row) throw notFound('Project');
    return ProjectAccess.fromFacts(principal, row);
  }

  /**
   * Rights from the facts `accessFacts` reads along with something else (one query instead of
   * two), by the same rules; NOT_FOUND for a project the caller may not see.
   */
  static fromFacts(principal: Principal, facts: AccessFacts): ProjectAccess {
    const access = new ProjectAccess(principal, new Set(facts.access_ways));
    if (!access.canSee) throw notFound('Project');
    return access;
  }

  /** Owners, managers, coordinators and heads see every project; anyone else through a way in. */
  get canSee(): boolean {
    return seesAllProjects(this.principal) || this.ways.size > 0;
  }

  /** Owners, heads, the coordinator and members (other than accountants) edit everything. */
  get canEdit(): boolean {
    if (editsEverything(this.principal) || this.ways.has('COORDINATOR')) return true;
    return this.principal.role !== Role.ACCOUNTANT && this.ways.has('MEMBER');
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
 * Owners and heads need no query, nor an EntityManager (the scope's is touched only when needed).
 */
export function viewerAccess(scope: SignedInScope, projectId: string): Promise<ProjectAccess> {
  const { principal } = scope;
  if (editsEverything(principal)) return Promise.resolve(new ProjectAccess(principal, new Set()));
  const manager = scope.em;
  let batch = accessBatches.get(manager);
  if (!batch || batch.principal !== principal) accessBatches.set(manager, (batch = new AccessBatch(manager, principal)));
  return batch.load(projectId);
}

/** What the caller may do with a task (the fields `viewerCan…`), batched across a list of tasks. */
export async function viewerRightsOnTask(scope: SignedInScope, task: Task): Promise<ReturnType<ProjectAccess['onTask']>> {
  return (await viewerAccess(scope, task.project.id)).onTask(task);
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
      const column = waysColumn(this.principal, 'p.id');
      const rows = await this.em.execute<(AccessFacts & { id: string })[]>(
        `select p.id, ${column.sql} from project p where p.firm_id = ? and p.id in (${ids.map(() => '?').join(', ')})`,
        [...column.params, this.principal.firmId, ...ids],
      );
      const byId = new Map(rows.map((r) => [r.id, r]));
      for (const { projectId, resolve } of waiting) resolve(new ProjectAccess(this.principal, new Set(byId.get(projectId)?.access_ways ?? [])));
    } catch (error) {
      for (const { projectId, reject } of waiting) {
        this.known.delete(projectId);
        reject(error);
      }
    }
  }
}

/** What `ProjectAccess.fromFacts` needs, as the column a query adds with `accessFacts`. */
export interface AccessFacts {
  access_ways: WayIn[];
}

/** The column `access_ways` (the caller's ways into the project `projectColumn` names), for a query that reads something else too. */
export function accessFacts(principal: Principal, projectColumn: string): { sql: string; params: unknown[] } {
  return waysColumn(principal, projectColumn);
}

/** Owners and heads edit every project: their rights depend on neither members nor coordinator. */
function editsEverything(principal: Principal): boolean {
  return principal.role === Role.OWNER || principal.role === Role.HEAD;
}

export function seesAllProjects(principal: Principal): boolean {
  return SEE_ALL.has(principal.role);
}

/** Ids of the projects the caller works in, by any way in: an accountant's live board shows these. */
export async function visibleProjectIds(em: EntityManager, principal: Principal): Promise<string[]> {
  const rows = await em.execute<{ id: string }[]>(`select distinct project_id as id from (${PROJECT_VIEWERS}) v where v.firm_id = ? and v.user_id = ?`, [principal.firmId, principal.userId]);
  return rows.map((r) => r.id);
}

/** The project if the caller may see it; NOT_FOUND otherwise, so ids of hidden projects leak nothing. */
export async function visibleProject(em: EntityManager, principal: Principal, projectId: string): Promise<Project> {
  const project = await em.findOne(Project, { id: projectId });
  if (!project) throw notFound('Project');
  if (!seesAllProjects(principal)) await ProjectAccess.ofProject(em, principal, project.id);
  return project;
}

/**
 * Accountants whose set of visible projects a committed event may shrink, or grow through
 * membership: a live board holds that set from when it subscribed, so their open connections
 * are told to reconnect and take it anew. Which events those are, each way in says (`WAYS_IN`).
 */
export function visibilityChangedBy(event: AccessEvent): ((principal: Principal) => boolean) | null {
  const data = event.data ?? {};
  const users = new Set(Object.values(WAYS_IN).flatMap((way) => way.changedBy(event.type, data)));
  if (!users.size) return null;
  return (principal) => principal.role === Role.ACCOUNTANT && users.has(principal.userId);
}
