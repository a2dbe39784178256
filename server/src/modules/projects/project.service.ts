import type { Scope, SignedInScope } from '../../graphql/scope.js';
import { LockMode, type EntityManager, type FilterQuery, type QueryOrderMap } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { generateNKeysBetween } from 'fractional-indexing';
import { firmToday, type Clock } from '../../clock.js';
import type { Principal } from '../../graphql/context.js';
import { badInput, conflict, fieldError, notFound } from '../../graphql/errors.js';
import { decodeKeyset, encodeKeyset, keysetAfter, keysetOrder, keyValue, type SortKey } from '../../graphql/keyset.js';
import type { Connection } from '../../graphql/pagination.js';
import { actorOf } from '../auth/principal.js';
import { Role, roleNeedsDepartment } from '../auth/roles.js';
import { User } from '../auth/user.entity.js';
import { loadRefs } from '../../graphql/load.js';
import { batch, groupBy } from '../../graphql/batch.js';
import { countRows, readRows } from '../../db/rows.js';
import { recordedTransaction } from '../events/event-log.js';
import { Lead } from '../leads/lead.entity.js';
import { ONBOARDING_TEMPLATE_NAME, ONBOARDING_TEMPLATE_TASKS } from './default-template.js';
import { ProjectAccess, seesAllProjects, visibleProject, visibleProjectIds } from './project-access.js';
import { Project, ProjectMember, type ChecklistItem } from './project.entity.js';
import { TaskPriority } from './project.enums.js';
import type { ChecklistItemInput, CreateProjectInput, ProjectFilter, ProjectTemplateInput, UpdateProjectInput } from './project.inputs.js';
import { TASKS_TOPIC, taskEventData } from './task-events.js';
import { Task } from './task.entity.js';
import { ProjectTemplate, type TemplateTask } from './template.entity.js';
import { addWorkingDays } from './working-days.js';

export const PROJECTS_TOPIC = 'projects';

const PROJECT_ORDER: SortKey = { column: 'created_at', kind: 'timestamp', direction: 'desc' };

export function seedProjectTemplate(em: EntityManager, firmId: string): void {
  em.create(ProjectTemplate, { firm: firmId, name: ONBOARDING_TEMPLATE_NAME, isDefault: true, description: 'Задачи налогового, зарплатного и договорного отделов при приёме клиента', tasks: ONBOARDING_TEMPLATE_TASKS });
}

export function checklistOf(items: ChecklistItemInput[]): ChecklistItem[] {
  return items.map((item) => ({ id: item.id || randomUUID(), text: item.text.trim(), done: item.done }));
}

function checkTemplateTasks(tasks: TemplateTask[]): void {
  const keys = new Set<string>();
  tasks.forEach((task, i) => {
    if (keys.has(task.key)) throw fieldError(`tasks[${i}].key`, `Duplicate key ${task.key}`);
    keys.add(task.key);
    if (task.assigneeRole && roleNeedsDepartment(task.assigneeRole) && !task.department) {
      throw fieldError(`tasks[${i}].department`, 'A task for a head or accountant needs a department', 'DEPARTMENT_REQUIRED');
    }
  });
  tasks.forEach((task, i) => {
    for (const dep of task.dependsOn) if (!keys.has(dep) || dep === task.key) throw fieldError(`tasks[${i}].dependsOn`, `Unknown task ${dep}`);
  });
}

/** Projects, their members and onboarding facts, and the templates that create their tasks. */
export class ProjectService {
  /** Opens a project; with a template, creates its tasks, assigned to the holders of the roles. */
  async create({ em, principal, clock }: SignedInScope, input: CreateProjectInput): Promise<Project> {
    const lead = input.leadId ? await em.findOne(Lead, { id: input.leadId }) : null;
    if (input.leadId && !lead) throw fieldError('leadId', 'Unknown lead');
    const template = input.templateId ? await em.findOne(ProjectTemplate, { id: input.templateId }) : null;
    if (input.templateId && !template) throw fieldError('templateId', 'Unknown template');
    const coordinatorId = input.coordinatorId ?? (principal.role === Role.COORDINATOR ? principal.userId : null);
    const people = await this.activeUsers(em, [...(input.memberIds ?? []), ...(coordinatorId ? [coordinatorId] : [])]);
    if (coordinatorId && !people.has(coordinatorId)) throw fieldError('coordinatorId', 'The coordinator must be an active user of the firm', 'USER_NOT_ACTIVE');
    for (const id of input.memberIds ?? []) if (!people.has(id)) throw fieldError('memberIds', 'Members must be active users of the firm', 'USER_NOT_ACTIVE');
    // the firm's date, not UTC's: at 00:30 in Moscow a new project starts today, not yesterday
    const startDate = input.startDate ?? firmToday(clock, principal.timeZone);
    if (input.dueDate && input.dueDate < startDate) throw fieldError('dueDate', 'The due date is before the start', 'DUE_BEFORE_START');

    return recordedTransaction(em, actorOf(principal), async (tx) => {
      const project = tx.em.create(Project, {
        firm: principal.firmId,
        name: input.name.trim(),
        lead,
        coordinator: coordinatorId,
        startDate,
        dueDate: input.dueDate ?? null,
        specifics: input.specifics?.trim() || null,
        contacts: (input.contacts ?? []).map((c) => ({ ...c })),
      });
      for (const userId of new Set(input.memberIds ?? [])) tx.em.create(ProjectMember, { firm: principal.firmId, project, user: userId });
      tx.record({
        topic: PROJECTS_TOPIC,
        type: 'PROJECT_CREATED',
        subjectType: 'Project',
        subjectId: project.id,
        data: { name: project.name, template: template?.name ?? null, coordinatorId: coordinatorId ?? null, memberIds: [...new Set(input.memberIds ?? [])] },
      });
      if (template) {
        const tasks = await this.tasksFromTemplate(tx.em, principal, project, template, new Set(input.memberIds ?? []));
        for (const task of tasks) tx.record({ topic: TASKS_TOPIC, type: 'TASK_CREATED', subjectType: 'Task', subjectId: task.id, data: taskEventData(task) });
      }
      return project;
    });
  }

  private async tasksFromTemplate(em: EntityManager, principal: Principal, project: Project, template: ProjectTemplate, memberIds: Set<string>): Promise<Task[]> {
    const users = await em.find(User, { active: true }, { orderBy: { name: 'asc' } });
    const holder = (t: TemplateTask) => {
      const fits = users.filter((u) => u.role === t.assigneeRole && (!roleNeedsDepartment(u.role) || u.department === t.department));
      // a member of the project who holds the role comes first
      return fits.find((u) => memberIds.has(u.id)) ?? fits[0] ?? null;
    };
    const byKey = new Map<string, Task>();
    const positions = generateNKeysBetween(null, null, template.tasks.length);
    template.tasks.forEach((t, i) => {
      const assignee = t.assigneeRole === Role.COORDINATOR && project.coordinator ? project.coordinator.id : (t.assigneeRole ? holder(t)?.id : null);
      byKey.set(t.key, em.create(Task, {
        firm: principal.firmId,
        project,
        title: t.title,
        description: t.description ?? null,
        department: t.department ?? null,
        assignee: assignee ?? null,
        priority: t.priority ?? TaskPriority.NORMAL,
        dueDate: addWorkingDays(project.startDate, t.dueInWorkingDays),
        position: positions[i]!,
        createdBy: principal.userId,
      }));
    });
    for (const t of template.tasks) byKey.get(t.key)!.dependsOn = t.dependsOn.map((key) => byKey.get(key)!.id);
    return [...byKey.values()];
  }

  private async activeUsers(em: EntityManager, ids: string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    // whole rows: a partial user left in the identity map would be the answer's coordinator or member
    const users = await em.find(User, { id: { $in: ids }, active: true });
    return new Set(users.map((u) => u.id));
  }

  /** Changes the project's facts; a stale `version` is refused with CONFLICT. */
  async update({ em, principal }: SignedInScope, id: string, version: number, input: UpdateProjectInput): Promise<Project> {
    const people = await this.activeUsers(em, [...(input.memberIds ?? []), ...(input.coordinatorId ? [input.coordinatorId] : [])]);
    if (input.coordinatorId && !people.has(input.coordinatorId)) throw fieldError('coordinatorId', 'The coordinator must be an active user of the firm', 'USER_NOT_ACTIVE');
    for (const userId of input.memberIds ?? []) if (!people.has(userId)) throw fieldError('memberIds', 'Members must be active users of the firm', 'USER_NOT_ACTIVE');
    return recordedTransaction(em, actorOf(principal), async (tx) => {
      const project = await visibleProject(tx.em, principal, id);
      await tx.em.lock(project, LockMode.PESSIMISTIC_WRITE);
      await tx.em.refresh(project);
      (await ProjectAccess.of(tx.em, principal, project)).requireEdit();
      if (project.version !== version) throw conflict('Someone has changed this project since you opened it', { currentVersion: project.version });
      const changes: Record<string, unknown> = {};
      const set = <K extends keyof Project>(key: K, value: Project[K] | null | undefined) => {
        if (value === undefined || value === null) return;
        if (JSON.stringify(project[key]) === JSON.stringify(value)) return;
        changes[key] = { from: project[key] ?? null, to: value };
        project[key] = value as Project[K];
      };
      set('name', input.name?.trim());
      set('status', input.status);
      set('startDate', input.startDate);
      set('dueDate', input.dueDate);
      set('specifics', input.specifics);
      set('contacts', input.contacts?.map((c) => ({ ...c })));
      set('infobase', input.infobase ? { ...input.infobase } : undefined);
      set('checklist', input.checklist ? checklistOf(input.checklist) : undefined);
      if (input.coordinatorId && input.coordinatorId !== project.coordinator?.id) {
        changes.coordinator = { from: project.coordinator?.id ?? null, to: input.coordinatorId };
        project.coordinator = tx.em.getReference(User, input.coordinatorId, { wrapped: true });
      }
      if (input.memberIds) {
        const current = await tx.em.find(ProjectMember, { project });
        const wanted = new Set(input.memberIds);
        const before = current.map((m) => m.user.id).sort();
        for (const member of current) if (!wanted.has(member.user.id)) tx.em.remove(member);
        for (const userId of wanted) if (!before.includes(userId)) tx.em.create(ProjectMember, { firm: principal.firmId, project, user: userId });
        if (JSON.stringify(before) !== JSON.stringify([...wanted].sort())) changes.members = { from: before, to: [...wanted].sort() };
      }
      if (project.dueDate && project.dueDate < project.startDate) throw fieldError('dueDate', 'The due date is before the start', 'DUE_BEFORE_START');
      if (Object.keys(changes).length) tx.record({ topic: PROJECTS_TOPIC, type: 'PROJECT_UPDATED', subjectType: 'Project', subjectId: project.id, data: { name: project.name, ...changes } });
      return project;
    });
  }

  /** A project to answer (a board): read as a plain row, as lists are; writes take `visibleProject`. */
  async get({ em, principal }: SignedInScope, id: string): Promise<Project> {
    const [project] = await readRows(em, Project, { id }, { limit: 1 });
    if (!project) throw notFound('Project');
    if (!seesAllProjects(principal)) await ProjectAccess.ofProject(em, principal, project.id);
    return project;
  }

  /** The projects the caller may see, newest first (keyset pages: see graphql/keyset.ts). */
  async list({ em, principal }: SignedInScope, filter: ProjectFilter | null | undefined, first: number, after?: string | null): Promise<Connection<Project> & { totalCount: number }> {
    const where: FilterQuery<Project> & Record<string, unknown> = {};
    if (filter?.statuses?.length) where.status = { $in: filter.statuses };
    if (filter?.coordinatorId) where.coordinator = filter.coordinatorId;
    if (filter?.leadId) where.lead = filter.leadId;
    if (filter?.search?.trim()) where.name = { $ilike: `%${filter.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%` };
    if (!seesAllProjects(principal)) where.id = { $in: await visibleProjectIds(em, principal) };
    const from = after ? keysetAfter(PROJECT_ORDER, decodeKeyset('project', PROJECT_ORDER, after)) : null;
    // the page and the count on two connections at once (see LeadService.list)
    const [projects, totalCount] = await Promise.all([
      readRows(em, Project, from ? { $and: [where, from] } : where, { orderBy: keysetOrder(PROJECT_ORDER) as QueryOrderMap<Project>[], limit: first + 1 }),
      countRows(em, Project, where),
    ]);
    const page = projects.slice(0, first);
    const cursor = (project: Project) => encodeKeyset('project', { value: keyValue(project.createdAt), id: project.id });
    return {
      edges: page.map((node) => ({ cursor: cursor(node), node })),
      pageInfo: { hasNextPage: projects.length > first, endCursor: page.length ? cursor(page.at(-1)!) : null },
      totalCount,
    };
  }

  /** The project's members; the projects of a list ask together. */
  async members(scope: Scope, project: Project): Promise<User[]> {
    return loadRefs(scope.em, User, await memberIds.load(scope, project.id));
  }

  templates({ em }: Scope): Promise<ProjectTemplate[]> {
    return readRows(em, ProjectTemplate, {}, { orderBy: [{ archived: 'asc' }, { name: 'asc' }, { id: 'asc' }] });
  }

  /** Adds a template or replaces one (with its `version`); projects made from it keep their tasks. */
  async saveTemplate({ em, principal }: SignedInScope, input: ProjectTemplateInput, id?: string, version?: number): Promise<ProjectTemplate> {
    const tasks: TemplateTask[] = input.tasks.map((t) => ({ ...t, key: t.key.trim(), title: t.title.trim(), dependsOn: t.dependsOn ?? [] }));
    checkTemplateTasks(tasks);
    return recordedTransaction(em, actorOf(principal), async (tx) => {
      let template: ProjectTemplate;
      if (id) {
        const found = await tx.em.findOne(ProjectTemplate, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        if (!found) throw notFound('Project template');
        if (found.version !== version) throw conflict('Someone has changed this template since you opened it', { currentVersion: found.version });
        template = found;
      } else {
        template = tx.em.create(ProjectTemplate, { firm: principal.firmId, name: input.name, tasks });
      }
      template.name = input.name.trim();
      template.description = input.description?.trim() || null;
      template.tasks = tasks;
      if (input.archived !== undefined && input.archived !== null) template.archived = input.archived;
      if (!tasks.length) throw badInput('A template needs at least one task', [{ field: 'tasks', message: 'empty' }]);
      // the default moves to another template, it is never just taken away: a firm always has one
      if (input.isDefault === false && template.isDefault) throw fieldError('isDefault', 'Make another template the default instead', 'DEFAULT_TEMPLATE_REQUIRED');
      if (input.isDefault && !template.isDefault) {
        // before this template's flush: the partial unique index allows one default at a time
        await tx.em.nativeUpdate(ProjectTemplate, { firm: principal.firmId, isDefault: true }, { isDefault: false });
        template.isDefault = true;
      }
      if (template.isDefault && template.archived) throw fieldError('archived', 'The default template cannot be archived', 'DEFAULT_TEMPLATE_ARCHIVED');
      tx.record({ topic: PROJECTS_TOPIC, type: id ? 'TEMPLATE_CHANGED' : 'TEMPLATE_CREATED', subjectType: 'ProjectTemplate', subjectId: template.id, data: { name: template.name, tasks: tasks.length, isDefault: template.isDefault } });
      return template;
    });
  }
}

const memberIds = batch<string, string[]>({
  load: async ({ em }, projectIds) => {
    const rows = await readRows(em, ProjectMember, { project: { $in: projectIds } }, { orderBy: { id: 'asc' } });
    return new Map([...groupBy(rows, (row) => row.project.id)].map(([projectId, members]) => [projectId, members.map((m) => m.user.id)]));
  },
  missing: () => [],
});
