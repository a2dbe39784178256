import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { addMember, errorCode, gql, ok, signUpFirm, startTestApp, Subscriber, type SignedUpFirm } from '../../../test/harness.js';
import { addWorkingDays } from './working-days.js';
import { graphql } from '../../../test/gql/index.js';
import type { UpdateProjectInput } from '../../../test/gql/graphql.js';

// the task fields the board reads, shared by the documents that answer with a task
graphql(`fragment ProjectTestTask on Task { id version title status position department dueDate assignee { id } priority }`);
const CREATE_PROJECT = graphql(`mutation ProjectCreateProject($input: CreateProjectInput!) { createProject(input: $input) { id version name startDate coordinator { id } tasks { ...ProjectTestTask dependsOnIds } } }`);
const CHANGE_STATUS = graphql(`mutation ProjectChangeTaskStatus($id: ID!, $version: Int!, $status: TaskStatus!) { changeTaskStatus(id: $id, version: $version, status: $status) { ...ProjectTestTask } }`);
const MOVE = graphql(`mutation ProjectMoveTask($id: ID!, $version: Int!, $status: TaskStatus!, $index: Int!) { moveTask(id: $id, version: $version, status: $status, index: $index) { ...ProjectTestTask } }`);
const CREATE_TASK = graphql(`mutation ProjectCreateTask($input: CreateTaskInput!) { createTask(input: $input) { id } }`);
const PAGE = graphql(`query ProjectPage($search: String!, $after: String) { projects(filter: { search: $search }, first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } }`);
const COMMENT = graphql(`mutation ProjectCommentTask($id: ID!, $body: String!, $mentionIds: [ID!]) { commentTask(id: $id, body: $body, mentionIds: $mentionIds) { id body author { id } mentions { id } } }`);
const BOARD = graphql(`query ProjectProject($id: ID!) { project(id: $id) { tasks { id title status position } } }`);
const LIVE = graphql(`subscription ProjectTaskEvents($projectId: ID, $after: ID) { taskEvents(projectId: $projectId, after: $after) { id seq type projectId taskId actor { id } changes task { id status title version } } }`);

let app: App;
let owner: SignedUpFirm;
let heads: Record<string, { userId: string; token: string }>;
let coordinator: { userId: string; token: string };
let templateId: string;

async function lastEventId(token = owner.token): Promise<string> {
  return (await ok(app, graphql(`query ProjectAuditLog { auditLog(first: 1) { edges { node { id } } } }`), {}, token)).auditLog.edges[0]?.node.id ?? '0';
}

async function newProject(name = 'Приём ООО «Ромашка»', extra: Record<string, unknown> = {}) {
  return (await ok(app, CREATE_PROJECT, { input: { name, templateId, startDate: '2026-11-30', coordinatorId: coordinator.userId, ...extra } }, owner.token)).createProject;
}

beforeAll(async () => {
  app = await startTestApp();
  owner = await signUpFirm(app);
  heads = {
    TAX: await addMember(app, owner.token, 'HEAD', 'TAX'),
    PAYROLL: await addMember(app, owner.token, 'HEAD', 'PAYROLL'),
    CONTRACTS: await addMember(app, owner.token, 'HEAD', 'CONTRACTS'),
  };
  coordinator = await addMember(app, owner.token, 'COORDINATOR');
  const templates = (await ok(app, graphql(`query ProjectProjectTemplates { projectTemplates { id name tasks { key } } }`), {}, owner.token)).projectTemplates;
  expect(templates[0].name).toBe('Приём нового клиента');
  templateId = templates[0].id;
});

describe('a project from the onboarding template', () => {
  it('creates the department tasks for the heads, due in working days from the start', async () => {
    const project = await newProject();
    const byTitle = Object.fromEntries(project.tasks.map((t) => [t.title, t]));
    expect(project.tasks).toHaveLength(8);
    expect(byTitle['Подготовить договор и комплект доверенностей']).toMatchObject({ department: 'CONTRACTS', assignee: { id: heads.CONTRACTS!.userId }, dueDate: '2026-12-02', status: 'TODO', priority: 'HIGH' });
    expect(byTitle['Принять базу 1С']).toMatchObject({ department: 'TAX', assignee: { id: heads.TAX!.userId }, dueDate: '2026-12-03' });
    // five working days from Monday 30 November is Monday 7 December, over the weekend
    expect(byTitle['Настроить расчёт зарплаты']).toMatchObject({ department: 'PAYROLL', assignee: { id: heads.PAYROLL!.userId }, dueDate: '2026-12-07' });
    expect(byTitle['Итоговая встреча и приём на обслуживание']).toMatchObject({ assignee: { id: coordinator.userId }, dueDate: addWorkingDays('2026-11-30', 10) });
    const acceptance = byTitle['Итоговая встреча и приём на обслуживание'];
    expect(acceptance.dependsOnIds.sort()).toEqual([byTitle['Подготовить договор и комплект доверенностей'].id, byTitle['Проверить сальдо ЕНС и сверку с налоговой'].id, byTitle['Настроить расчёт зарплаты'].id].sort());
    const named = (await ok(app, graphql(`query ProjectTask($id: ID!) { task(id: $id) { dependencies { id title status } } }`), { id: acceptance.id }, owner.token)).task.dependencies;
    expect(named.map((d) => d.id).sort()).toEqual(acceptance.dependsOnIds);
    expect(named.map((d) => d.title).sort()).toEqual(['Настроить расчёт зарплаты', 'Подготовить договор и комплект доверенностей', 'Проверить сальдо ЕНС и сверку с налоговой'].sort());
  });

  it('keeps the onboarding facts: specifics, contacts, 1C handover and a checklist', async () => {
    const project = await newProject('Факты');
    const input: UpdateProjectInput = {
      specifics: 'Интернет-магазин, склад в Подольске',
      contacts: [{ name: 'Иван Петров', position: 'Директор', phone: '+79161234567', decides: 'Договор, оплата' }],
      infobase: { handedOver: true, configuration: '1С:Бухгалтерия 3.0', mode: 'CLOUD', date: '2026-12-01' },
      checklist: [{ text: 'Получены доступы к банку', done: true }, { text: 'ЭЦП у клиента', done: false }],
    };
    const updated = (await ok(app, graphql(`mutation ProjectUpdateProject($id: ID!, $version: Int!, $input: UpdateProjectInput!) { updateProject(id: $id, version: $version, input: $input) { version specifics contacts { name decides } infobase { handedOver configuration mode date } checklist { id text done } } }`), { id: project.id, version: project.version, input }, owner.token)).updateProject;
    expect(updated).toMatchObject({ version: 2, specifics: input.specifics, contacts: [{ name: 'Иван Петров', decides: 'Договор, оплата' }], infobase: { handedOver: true, mode: 'CLOUD', date: '2026-12-01' } });
    expect(updated.checklist.map((c) => c.done)).toEqual([true, false]);
    const stale = await gql(app, graphql(`mutation ProjectUpdateProject2($id: ID!, $input: UpdateProjectInput!) { updateProject(id: $id, version: 1, input: $input) { id } }`), { id: project.id, input: { name: 'Другое' } }, owner.token);
    expect(errorCode(stale)).toBe('CONFLICT');
  });
});

describe('who may change tasks', () => {
  it('heads and the coordinator edit; an accountant changes status and comments only on own tasks; a non-member manager may not', async () => {
    const accountant = await addMember(app, owner.token, 'ACCOUNTANT', 'TAX');
    const manager = await addMember(app, owner.token, 'MANAGER');
    const project = await newProject('Права', { memberIds: [accountant.userId] });
    const [mine, other] = project.tasks;
    const assigned = (await ok(app, graphql(`mutation ProjectAssignTask($id: ID!, $version: Int!, $a: ID) { assignTask(id: $id, version: $version, assigneeId: $a) { version assignee { id } } }`), { id: mine.id, version: mine.version, a: accountant.userId }, coordinator.token)).assignTask;
    expect(assigned.assignee?.id).toBe(accountant.userId);

    const moved = (await ok(app, CHANGE_STATUS, { id: mine.id, version: assigned.version, status: 'IN_PROGRESS' }, accountant.token)).changeTaskStatus;
    expect(moved.status).toBe('IN_PROGRESS');
    await ok(app, COMMENT, { id: mine.id, body: 'Начала' }, accountant.token);
    expect(errorCode(await gql(app, CHANGE_STATUS, { id: other.id, version: other.version, status: 'DONE' }, accountant.token))).toBe('FORBIDDEN');
    expect(errorCode(await gql(app, graphql(`mutation ProjectUpdateTask($id: ID!, $v: Int!) { updateTask(id: $id, version: $v, input: { title: "x" }) { id } }`), { id: mine.id, v: moved.version }, accountant.token))).toBe('FORBIDDEN');

    expect(errorCode(await gql(app, CHANGE_STATUS, { id: other.id, version: other.version, status: 'DONE' }, manager.token))).toBe('FORBIDDEN');
    expect((await ok(app, CHANGE_STATUS, { id: other.id, version: other.version, status: 'REVIEW' }, heads.PAYROLL!.token)).changeTaskStatus.status).toBe('REVIEW');
  });

  it('an accountant does not see (or change) projects they have nothing to do with; a manager who is a member does', async () => {
    const outsider = await addMember(app, owner.token, 'ACCOUNTANT', 'PAYROLL');
    const project = await newProject('Чужой');
    expect(errorCode(await gql(app, BOARD, { id: project.id }, outsider.token))).toBe('NOT_FOUND');
    const list = (await ok(app, graphql(`query ProjectProjects { projects { edges { node { id } } } }`), {}, outsider.token)).projects.edges.map((e) => e.node.id);
    expect(list).not.toContain(project.id);
    const task = project.tasks[0];
    expect(errorCode(await gql(app, CHANGE_STATUS, { id: task.id, version: task.version, status: 'DONE' }, outsider.token))).toBe('NOT_FOUND');
    // a manager who is a member edits the board like the coordinator
    const member = await addMember(app, owner.token, 'MANAGER');
    const theirs = await newProject('Свой менеджер', { memberIds: [member.userId] });
    expect((await ok(app, CHANGE_STATUS, { id: theirs.tasks[0].id, version: theirs.tasks[0].version, status: 'DONE' }, member.token)).changeTaskStatus.status).toBe('DONE');
  });
});

describe('concurrent edits', () => {
  it('two status changes on one version: exactly one wins, the other gets CONFLICT with the current task', async () => {
    const project = await newProject('Гонка');
    const task = project.tasks[0];
    const results = await Promise.all([
      gql(app, CHANGE_STATUS, { id: task.id, version: task.version, status: 'DONE' }, heads.TAX!.token),
      gql(app, CHANGE_STATUS, { id: task.id, version: task.version, status: 'WAITING_CLIENT' }, coordinator.token),
    ]);
    const winners = results.filter((r) => !r.errors);
    const losers = results.filter((r) => r.errors);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(errorCode(losers[0]!)).toBe('CONFLICT');
    const current = losers[0]!.errors![0]!.extensions!.currentTask;
    expect(current).toMatchObject({ id: task.id, version: task.version + 1, status: winners[0]!.data!.changeTaskStatus.status });
  });

  it('two moves on one version: exactly one wins, and only its event is recorded', async () => {
    const project = await newProject('Гонка перемещений');
    const task = project.tasks[0];
    const start = await lastEventId();
    const results = await Promise.all(
      (['REVIEW', 'WAITING_CLIENT', 'DONE'] as const).map((status) => gql(app, MOVE, { id: task.id, version: task.version, status, index: 0 }, coordinator.token)),
    );
    const winners = results.filter((r) => !r.errors);
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => errorCode(r) === 'CONFLICT')).toHaveLength(2);
    const board = new Subscriber(app, coordinator.token, LIVE, { projectId: project.id, after: start });
    await ok(app, CHANGE_STATUS, { id: project.tasks[1].id, version: project.tasks[1].version, status: 'DONE' }, coordinator.token);
    const events = await board.waitFor(2);
    expect(events.map((e) => [e.taskEvents.type, e.taskEvents.taskId])).toEqual([
      ['MOVED', task.id],
      ['STATUS_CHANGED', project.tasks[1].id],
    ]);
    expect(events[0]!.taskEvents.task).toMatchObject({ status: winners[0]!.data!.moveTask.status, version: task.version + 1 });
    await board.dispose();
  });
});

describe('the board order', () => {
  it('moves within and across columns without touching the other tasks', async () => {
    const project = await newProject('Порядок');
    const todo = project.tasks.filter((t) => t.status === 'TODO');
    const last = todo[todo.length - 1];
    const top = (await ok(app, MOVE, { id: last.id, version: last.version, status: 'TODO', index: 0 }, coordinator.token)).moveTask;
    let board = (await ok(app, BOARD, { id: project.id }, owner.token)).project.tasks;
    expect(board.filter((t) => t.status === 'TODO')[0].id).toBe(last.id);
    await ok(app, MOVE, { id: last.id, version: top.version, status: 'IN_PROGRESS', index: 0 }, coordinator.token);
    const second = todo[1];
    await ok(app, MOVE, { id: second.id, version: second.version, status: 'IN_PROGRESS', index: 1 }, coordinator.token);
    board = (await ok(app, BOARD, { id: project.id }, owner.token)).project.tasks;
    expect(board.filter((t) => t.status === 'IN_PROGRESS').map((t) => t.id)).toEqual([last.id, second.id]);
    const untouched = board.find((t) => t.id === todo[2].id);
    expect(untouched!.position).toBe(todo[2].position);
  });

  it('200 moves between the same two neighbours keep the order (a double would run out of room after about 50)', async () => {
    const project = await newProject('Тесно');
    const todo = project.tasks.filter((t) => t.status === 'TODO');
    const [top, , , ...rest] = todo;
    // two tasks take turns at index 1, each time just below `top` and above the other one
    const pair: { id: string; version: number; position: string }[] = [todo[1]!, todo[2]!];
    let below = pair[0];
    for (let i = 0; i < 200; i++) {
      const mover = pair[(i + 1) % 2];
      const moved = (await ok(app, MOVE, { id: mover.id, version: mover.version, status: 'TODO', index: 1 }, coordinator.token)).moveTask;
      expect(moved.position > top.position && moved.position < below.position).toBe(true);
      pair[(i + 1) % 2] = moved;
      below = moved;
    }
    const board = (await ok(app, BOARD, { id: project.id }, owner.token)).project.tasks;
    // the server's order (collation "C") is the keys' code-unit order
    expect(board.filter((t) => t.status === 'TODO').map((t) => t.id)).toEqual([top.id, pair[0].id, pair[1].id, ...rest.map((t) => t.id)]);
  });
});

describe('live task events', () => {
  it('arrive in commit order with the task as it is now, and a reconnect with `after` replays exactly what was missed', async () => {
    const project = await newProject('Живая доска');
    const start = await lastEventId();
    const board = new Subscriber(app, coordinator.token, LIVE, { projectId: project.id, after: start });
    const [a, b] = project.tasks;
    const s1 = (await ok(app, CHANGE_STATUS, { id: a.id, version: a.version, status: 'IN_PROGRESS' }, heads.TAX!.token)).changeTaskStatus;
    await ok(app, MOVE, { id: b.id, version: b.version, status: 'REVIEW', index: 0 }, heads.TAX!.token);
    await ok(app, COMMENT, { id: a.id, body: 'Жду выписку', mentionIds: [coordinator.userId] }, heads.TAX!.token);
    const first = await board.waitFor(3);
    expect(first.map((e) => e.taskEvents.type)).toEqual(['STATUS_CHANGED', 'MOVED', 'COMMENTED']);
    expect(first[0]!.taskEvents).toMatchObject({ projectId: project.id, taskId: a.id, changes: { status: { from: 'TODO', to: 'IN_PROGRESS' } } });
    expect(first[0]!.taskEvents.task.status).toBe('IN_PROGRESS');
    await board.dispose();

    // the laptop sleeps through three changes
    const s2 = (await ok(app, CHANGE_STATUS, { id: a.id, version: s1.version, status: 'DONE' }, heads.TAX!.token)).changeTaskStatus;
    await ok(app, CREATE_TASK, { input: { projectId: project.id, title: 'Новая задача', department: 'TAX' } }, heads.TAX!.token);
    await ok(app, graphql(`mutation ProjectUpdateTask2($id: ID!, $v: Int!) { updateTask(id: $id, version: $v, input: { priority: URGENT }) { id } }`), { id: a.id, v: s2.version }, heads.TAX!.token);

    const resumed = new Subscriber(app, coordinator.token, LIVE, { projectId: project.id, after: first[2]!.taskEvents.id });
    const missed = await resumed.waitFor(3);
    expect(missed.map((e) => e.taskEvents.type)).toEqual(['STATUS_CHANGED', 'CREATED', 'UPDATED']);
    const seqs = [...first, ...missed].map((e) => e.taskEvents.seq);
    expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
    expect(new Set(seqs).size).toBe(6);
    await resumed.dispose();
  });

  it('each replayed event shows the task as that change left it', async () => {
    const project = await newProject('Снимки');
    const start = await lastEventId();
    const [task] = project.tasks;
    const first = (await ok(app, CHANGE_STATUS, { id: task.id, version: task.version, status: 'IN_PROGRESS' }, heads.TAX!.token)).changeTaskStatus;
    await ok(app, CHANGE_STATUS, { id: task.id, version: first.version, status: 'DONE' }, heads.TAX!.token);
    const replay = new Subscriber(app, coordinator.token, LIVE, { projectId: project.id, after: start });
    const events = await replay.waitFor(2);
    expect(events.map((e) => [e.taskEvents.task.status, e.taskEvents.task.version])).toEqual([
      ['IN_PROGRESS', task.version + 1],
      ['DONE', task.version + 2],
    ]);
    const audit = await ok(app, graphql(`query ProjectAuditLog2 { auditLog(first: 1) { edges { node { changes } } } }`), {}, owner.token);
    expect(audit.auditLog.edges[0].node.changes).not.toHaveProperty('task');
    await replay.dispose();
  });

  it('without projectId a coordinator gets every project; changes through another instance arrive too', async () => {
    const other = await startTestApp(app.databaseUrl);
    const p1 = await newProject('Первый');
    const p2 = await newProject('Второй');
    const start = await lastEventId();
    const everywhere = new Subscriber(other, coordinator.token, LIVE, { after: start });
    await ok(app, CHANGE_STATUS, { id: p1.tasks[0].id, version: p1.tasks[0].version, status: 'DONE' }, heads.TAX!.token);
    await ok(app, CHANGE_STATUS, { id: p2.tasks[0].id, version: p2.tasks[0].version, status: 'DONE' }, heads.TAX!.token);
    const events = await everywhere.waitFor(2);
    expect(events.map((e) => e.taskEvents.projectId)).toEqual([p1.id, p2.id]);
    await everywhere.dispose();
  });

  it("a subscriber of another firm receives nothing of this firm and cannot subscribe to its project", async () => {
    const stranger = await signUpFirm(app, 'ООО «Посторонние»');
    const project = await newProject('Тайный');
    const refused = new Subscriber(app, stranger.token, LIVE, { projectId: project.id });
    await refused.waitForEnd();
    expect(JSON.stringify(refused.errors)).toContain('NOT_FOUND');
    await refused.dispose();

    const theirs = new Subscriber(app, stranger.token, LIVE, { after: '0' });
    await ok(app, CHANGE_STATUS, { id: project.tasks[0].id, version: project.tasks[0].version, status: 'DONE' }, heads.TAX!.token);
    const ownProject = (await ok(app, CREATE_PROJECT, { input: { name: 'Свой' } }, stranger.token)).createProject;
    await ok(app, CREATE_TASK, { input: { projectId: ownProject.id, title: 'Своя задача' } }, stranger.token);
    const [event] = await theirs.waitFor(1);
    expect(event!.taskEvents.projectId).toBe(ownProject.id);
    expect(theirs.received).toHaveLength(1);
    await theirs.dispose();
  });
});

describe('subscribers share work only when they would get the same answer', () => {
  it('two managers with the same subscription still get their own `canEdit`', async () => {
    const member = await addMember(app, owner.token, 'MANAGER');
    const outsider = await addMember(app, owner.token, 'MANAGER');
    const project = await newProject('Чьё право', { memberIds: [member.userId] });
    const query = graphql(`subscription ProjectTaskEvents2($projectId: ID, $after: ID) { taskEvents(projectId: $projectId, after: $after) { id task { project { canEdit } } } }`);
    const start = await lastEventId();
    const a = new Subscriber(app, member.token, query, { projectId: project.id, after: start });
    const b = new Subscriber(app, outsider.token, query, { projectId: project.id, after: start });
    await ok(app, CHANGE_STATUS, { id: project.tasks[0].id, version: project.tasks[0].version, status: 'DONE' }, heads.TAX!.token);
    const [[fromA], [fromB]] = await Promise.all([a.waitFor(1), b.waitFor(1)]);
    expect(fromA.taskEvents.task.project.canEdit).toBe(true);
    expect(fromB.taskEvents.task.project.canEdit).toBe(false);
    await Promise.all([a.dispose(), b.dispose()]);
  });
  it('accountants with the same subscription share its execution but each gets only the projects they work in', async () => {
    const first = await addMember(app, owner.token, 'ACCOUNTANT', 'TAX');
    const second = await addMember(app, owner.token, 'ACCOUNTANT', 'PAYROLL');
    const ofFirst = await newProject('Первого', { memberIds: [first.userId] });
    const ofSecond = await newProject('Второго', { memberIds: [second.userId] });
    const ofBoth = await newProject('Общий', { memberIds: [first.userId, second.userId] });
    const start = await lastEventId();
    const a = new Subscriber(app, first.token, LIVE, { after: start });
    const b = new Subscriber(app, second.token, LIVE, { after: start });
    const change = (project: { tasks: { id: string; version: number }[] }) => ok(app, CHANGE_STATUS, { id: project.tasks[0]!.id, version: project.tasks[0]!.version, status: 'DONE' }, heads.TAX!.token);
    await change(ofFirst);
    await change(ofSecond);
    // seen by both, last: whatever either should not see would have come before it
    await change(ofBoth);
    const [fromA, fromB] = await Promise.all([a.waitFor(2), b.waitFor(2)]);
    expect(fromA.map((e) => e.taskEvents.projectId)).toEqual([ofFirst.id, ofBoth.id]);
    expect(fromB.map((e) => e.taskEvents.projectId)).toEqual([ofSecond.id, ofBoth.id]);
    await Promise.all([a.dispose(), b.dispose()]);
  });
});

describe("an accountant's live board follows the projects they may see", () => {
  const ASSIGN = graphql(`mutation ProjectAssignTask2($id: ID!, $version: Int!, $a: ID) { assignTask(id: $id, version: $version, assigneeId: $a) { version } }`);
  const UPDATE = graphql(`mutation ProjectUpdateProject3($id: ID!, $version: Int!, $input: UpdateProjectInput!) { updateProject(id: $id, version: $version, input: $input) { version } }`);

  it('a task given to them opens its project at once; taking it away makes the board reconnect and see anew', async () => {
    const accountant = await addMember(app, owner.token, 'ACCOUNTANT', 'TAX');
    const project = await newProject('Новая задача');
    const [given, other] = project.tasks;
    const start = await lastEventId();
    const board = new Subscriber(app, accountant.token, LIVE, { after: start });
    const assigned = (await ok(app, ASSIGN, { id: given.id, version: given.version, a: accountant.userId }, coordinator.token)).assignTask;
    await ok(app, CHANGE_STATUS, { id: other.id, version: other.version, status: 'IN_PROGRESS' }, coordinator.token);
    const seen = await board.waitFor(2);
    expect(seen.map((e) => [e.taskEvents.type, e.taskEvents.taskId])).toEqual([
      ['UPDATED', given.id],
      ['STATUS_CHANGED', other.id],
    ]);
    await ok(app, ASSIGN, { id: given.id, version: assigned.version, a: null }, coordinator.token);
    expect(await board.closed()).toBe(4100);
    await board.dispose();
    // subscribing again, the project is out of sight: none of its changes, old or new, are shown
    await ok(app, CHANGE_STATUS, { id: other.id, version: other.version + 1, status: 'DONE' }, coordinator.token);
    const mine = await newProject('Своя', { memberIds: [accountant.userId] });
    const again = new Subscriber(app, accountant.token, LIVE, { after: start });
    await ok(app, CHANGE_STATUS, { id: mine.tasks[0].id, version: mine.tasks[0].version, status: 'DONE' }, coordinator.token);
    const replayed = await again.waitFor(mine.tasks.length + 1);
    expect(new Set(replayed.map((e) => e.taskEvents.projectId))).toEqual(new Set([mine.id]));
    expect(replayed.at(-1)!.taskEvents.type).toBe('STATUS_CHANGED');
    await again.dispose();
  });

  it('removed from a project, their board reconnects and no longer shows it', async () => {
    const accountant = await addMember(app, owner.token, 'ACCOUNTANT', 'PAYROLL');
    const project = await newProject('Бывший', { memberIds: [accountant.userId] });
    const board = new Subscriber(app, accountant.token, LIVE, { projectId: project.id, after: await lastEventId() });
    await ok(app, CHANGE_STATUS, { id: project.tasks[0].id, version: project.tasks[0].version, status: 'DONE' }, coordinator.token);
    await board.waitFor(1);
    const current = (await ok(app, graphql(`query ProjectProject2($id: ID!) { project(id: $id) { version } }`), { id: project.id }, owner.token)).project;
    await ok(app, UPDATE, { id: project.id, version: current.version, input: { memberIds: [] } }, owner.token);
    expect(await board.closed()).toBe(4100);
    await board.dispose();
    const refused = new Subscriber(app, accountant.token, LIVE, { projectId: project.id });
    await refused.waitForEnd();
    expect(JSON.stringify(refused.errors)).toContain('NOT_FOUND');
    await refused.dispose();
  });
});

describe('the project list', () => {
  it('pages with first/after through everything that matches, without overlap', async () => {
    const tag = `Страницы ${Date.now()}`;
    for (const n of [1, 2, 3]) await ok(app, CREATE_PROJECT, { input: { name: `${tag} ${n}` } }, owner.token);
    const first = (await ok(app, PAGE, { search: tag }, owner.token)).projects;
    expect(first).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const second = (await ok(app, PAGE, { search: tag, after: first.pageInfo.endCursor }, owner.token)).projects;
    expect(second.pageInfo.hasNextPage).toBe(false);
    const names = [...first.edges, ...second.edges].map((e) => e.node.name);
    expect(new Set(names)).toEqual(new Set([`${tag} 1`, `${tag} 2`, `${tag} 3`]));
  });
});

describe('my tasks', () => {
  it('lists my open tasks across projects, overdue first', async () => {
    const head = await addMember(app, owner.token, 'HEAD', 'TAX');
    // no template: its tasks would go to whichever tax head sorts first by name
    const project = await newProject('Сроки', { templateId: null });
    const create = (title: string, dueDate: string | null) =>
      ok(app, CREATE_TASK, { input: { projectId: project.id, title, assigneeId: head.userId, dueDate } }, owner.token);
    await create('Позже', '2099-01-10');
    await create('Просрочено', '2020-01-10');
    await create('Без срока', null);
    const mine = (await ok(app, graphql(`query ProjectMyTasks { myTasks { title overdue } }`), {}, head.token)).myTasks;
    expect(mine).toEqual([
      { title: 'Просрочено', overdue: true },
      { title: 'Позже', overdue: false },
      { title: 'Без срока', overdue: false },
    ]);
  });
});
