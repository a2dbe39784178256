import { readRows } from '../../db/rows.js';
import { firmToday } from '../../clock.js';
import { loadRefs } from '../../graphql/load.js';
import type { SignedInScope } from '../../graphql/scope.js';
import { Role } from '../auth/roles.js';
import { User } from '../auth/user.entity.js';
import { TaskStatus } from '../projects/project.enums.js';
import { Task } from '../projects/task.entity.js';
import { Client } from './client.entity.js';
import { OPEN_OBLIGATION_STATUSES } from './client.enums.js';
import { AREA_DEPARTMENT } from './client.policy.js';
import { weekOf } from './firm-week.js';
import { Obligation } from './obligation.entity.js';
import type { ControlAccountantRow, ControlClientRow, ObligationControl } from './obligation-control.types.js';

export interface ControlNarrowing {
  accountantId?: string | null;
  /** Only the items nobody holds. */
  unassigned?: boolean | null;
  clientId?: string | null;
  first: number;
}

interface CountRow { owner_id: string | null; client_id: string; overdue: string; due: string }
interface TaskCountRow { assignee_id: string; overdue: string; due: string }

const OPEN_SQL = OPEN_OBLIGATION_STATUSES.map((s) => `'${s}'`).join(', ');
const CLOSED_TASKS = [TaskStatus.DONE, TaskStatus.CANCELLED];
const pgArray = (values: readonly string[]) => `{${values.join(',')}}`;
const byUrgency = <T extends { overdue: number; dueThisWeek: number }>(a: T, b: T) => b.overdue - a.overdue || b.dueThisWeek - a.dueThisWeek;

/**
 * The control view: open obligations of active clients (and open project tasks) that are overdue
 * or fall due by Sunday, counted by accountant and by client. The owner sees the whole firm, a
 * head the people of their department (and items of its areas nobody holds). A fixed number of
 * statements whatever the firm's size: two grouped counts, the narrowed items, the names.
 */
export class ObligationControlService {
  async view(scope: SignedInScope, narrowing: ControlNarrowing): Promise<ObligationControl> {
    const { em, principal, clock } = scope;
    const today = firmToday(clock, principal.timeZone);
    const { weekStart, weekEnd } = weekOf(today);
    const department = principal.role === Role.OWNER ? null : principal.department;
    const people = department ? (await readRows(em, User, { department })).map((u) => u.id) : null;
    const areas = department ? Object.entries(AREA_DEPARTMENT).filter(([, d]) => d === department).map(([area]) => area) : [];

    const where = [`o.firm_id = ?`, `o.status in (${OPEN_SQL})`, `o.due_date <= ?::date`, `c.status = 'ACTIVE'`];
    const params: unknown[] = [principal.firmId, weekEnd];
    if (people) {
      where.push(`(o.owner_id = any(?::uuid[]) or (o.owner_id is null and o.area = any(?::text[])))`);
      params.push(pgArray(people), pgArray(areas));
    }
    const connection = em.getConnection();
    const counts = await connection.execute<CountRow[]>(
      `select o.owner_id, o.client_id, count(*) filter (where o.due_date < ?::date) as overdue, count(*) filter (where o.due_date >= ?::date) as due
       from obligation o join client c on c.id = o.client_id where ${where.join(' and ')} group by o.owner_id, o.client_id`,
      [today, today, ...params],
    );

    const narrow = [...where];
    const narrowParams = [...params];
    if (narrowing.unassigned) narrow.push('o.owner_id is null');
    else if (narrowing.accountantId) (narrow.push('o.owner_id = ?::uuid'), narrowParams.push(narrowing.accountantId));
    if (narrowing.clientId) (narrow.push('o.client_id = ?::uuid'), narrowParams.push(narrowing.clientId));
    const itemIds = await connection.execute<{ id: string }[]>(
      `select o.id from obligation o join client c on c.id = o.client_id where ${narrow.join(' and ')} order by o.due_date, o.id limit ${narrowing.first}`,
      narrowParams,
    );
    const items = itemIds.length ? await readRows(em, Obligation, { id: { $in: itemIds.map((r) => r.id) } }, { orderBy: [{ dueDate: 'asc' }, { id: 'asc' }] }) : [];

    const taskWhere = [`t.firm_id = ?`, `t.status not in (${CLOSED_TASKS.map((s) => `'${s}'`).join(', ')})`, `t.due_date <= ?::date`, people ? `t.assignee_id = any(?::uuid[])` : `t.assignee_id is not null`];
    const taskParams = [today, today, principal.firmId, weekEnd, ...(people ? [pgArray(people)] : [])];
    const taskCounts = await connection.execute<TaskCountRow[]>(
      `select t.assignee_id, count(*) filter (where t.due_date < ?::date) as overdue, count(*) filter (where t.due_date >= ?::date) as due
       from task t where ${taskWhere.join(' and ')} group by t.assignee_id`,
      taskParams,
    );
    const taskAssignees = narrowing.accountantId ? [narrowing.accountantId].filter((id) => !people || people.includes(id)) : people;
    const tasks = narrowing.unassigned || narrowing.clientId || (taskAssignees && !taskAssignees.length)
      ? []
      : await readRows(em, Task, { status: { $nin: CLOSED_TASKS }, dueDate: { $lte: weekEnd }, assignee: taskAssignees ? { $in: taskAssignees } : { $ne: null } }, { orderBy: [{ dueDate: 'asc' }, { id: 'asc' }], limit: narrowing.first });

    // one accountant row per person with obligations or tasks; one client row per client
    const accountants = new Map<string | null, Omit<ControlAccountantRow, 'accountant'>>();
    const clients = new Map<string, Omit<ControlClientRow, 'client'> & { holders: Set<string | null> }>();
    const accountantRow = (id: string | null) => {
      let row = accountants.get(id);
      if (!row) accountants.set(id, (row = { overdue: 0, dueThisWeek: 0, tasksOverdue: 0, tasksDueThisWeek: 0 }));
      return row;
    };
    let total = 0;
    for (const count of counts) {
      const overdue = Number(count.overdue);
      const due = Number(count.due);
      const person = accountantRow(count.owner_id);
      person.overdue += overdue;
      person.dueThisWeek += due;
      const client = clients.get(count.client_id) ?? { overdue: 0, dueThisWeek: 0, accountantCount: 0, holders: new Set() };
      client.overdue += overdue;
      client.dueThisWeek += due;
      client.holders.add(count.owner_id);
      clients.set(count.client_id, client);
      const matches = (narrowing.unassigned ? count.owner_id === null : !narrowing.accountantId || count.owner_id === narrowing.accountantId) && (!narrowing.clientId || count.client_id === narrowing.clientId);
      if (matches) total += overdue + due;
    }
    for (const count of taskCounts) {
      const person = accountantRow(count.assignee_id);
      person.tasksOverdue += Number(count.overdue);
      person.tasksDueThisWeek += Number(count.due);
    }

    const userIds = [...accountants.keys()].filter((id): id is string => id !== null);
    const [users, clientRows] = await Promise.all([loadRefs(em, User, userIds), loadRefs(em, Client, [...clients.keys()])]);
    const userById = new Map(users.map((u) => [u.id, u]));
    const clientById = new Map(clientRows.map((c) => [c.id, c]));
    const name = (user: User | null) => user?.name ?? '';
    const byAccountant = [...accountants].map(([id, row]) => ({ accountant: id ? (userById.get(id) ?? null) : null, ...row }))
      .sort((a, b) => byUrgency(a, b) || b.tasksOverdue - a.tasksOverdue || name(a.accountant).localeCompare(name(b.accountant), 'ru'));
    const byClient = [...clients].filter(([id]) => clientById.has(id)).map(([id, { holders, ...row }]) => ({ client: clientById.get(id)!, ...row, accountantCount: [...holders].filter(Boolean).length }))
      .sort((a, b) => byUrgency(a, b) || a.client.shortName.localeCompare(b.client.shortName, 'ru'));
    const sum = (rows: readonly Omit<ControlAccountantRow, 'accountant'>[], key: keyof Omit<ControlAccountantRow, 'accountant'>) => rows.reduce((n, row) => n + row[key], 0);
    const rows = [...accountants.values()];
    return {
      today, weekStart, weekEnd,
      overdue: sum(rows, 'overdue'), dueThisWeek: sum(rows, 'dueThisWeek'), tasksOverdue: sum(rows, 'tasksOverdue'), tasksDueThisWeek: sum(rows, 'tasksDueThisWeek'),
      byAccountant, byClient, obligations: items, obligationsTotal: total, tasks,
    };
  }
}
