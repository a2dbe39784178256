import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { addMember, errorCode, gql, ok, signUpFirm, startTestApp, Subscriber, type SignedUpFirm } from '../../../test/harness.js';
import { graphql } from '../../../test/gql/index.js';
import { firmEntityManager } from '../../graphql/tenant-em.js';
import { PROJECT_VIEWERS, visibilityChangedBy, visibleProjectIds, type WayIn } from './project-access.js';

const TEMPLATES = graphql(`query ProjectAccessTemplates { projectTemplates { id } }`);
const CREATE_PROJECT = graphql(`mutation ProjectAccessCreateProject($input: CreateProjectInput!) { createProject(input: $input) { id version tasks { id version } } }`);
const ASSIGN = graphql(`mutation ProjectAccessAssignTask($id: ID!, $version: Int!, $assigneeId: ID) { assignTask(id: $id, version: $version, assigneeId: $assigneeId) { id version } }`);
const UPDATE_PROJECT = graphql(`mutation ProjectAccessUpdateProject($id: ID!, $version: Int!, $input: UpdateProjectInput!) { updateProject(id: $id, version: $version, input: $input) { id version } }`);
const CHANGE_STATUS = graphql(`mutation ProjectAccessChangeTaskStatus($id: ID!, $version: Int!, $status: TaskStatus!) { changeTaskStatus(id: $id, version: $version, status: $status) { id version } }`);
const PROJECT = graphql(`query ProjectAccessProject($id: ID!) { project(id: $id) { id viewerCanEdit tasks { id viewerCanEdit viewerCanChangeStatus viewerCanComment } } }`);
const LIST = graphql(`query ProjectAccessList { projects(first: 100) { edges { node { id } } } }`);
const LIVE = graphql(`subscription ProjectAccessTaskEvents { taskEvents { projectId taskId } }`);

let app: App;
let owner: SignedUpFirm;
let coordinator: { userId: string; token: string };

beforeAll(async () => {
  app = await startTestApp();
  owner = await signUpFirm(app);
  coordinator = await addMember(app, owner.token, 'COORDINATOR');
});
afterAll(() => app?.close());

async function newProject(name: string, extra: Record<string, unknown> = {}) {
  const templateId = (await ok(app, TEMPLATES, {}, owner.token)).projectTemplates[0]!.id;
  return (await ok(app, CREATE_PROJECT, { input: { name, templateId, startDate: '2026-11-30', coordinatorId: coordinator.userId, ...extra } }, owner.token)).createProject;
}

/** The four paths that decide whether a person works in a project, each asked separately. */
async function answers(token: string, projectId: string) {
  const listed = (await ok(app, LIST, {}, token)).projects.edges.some((e) => e.node.id === projectId);
  const opened = await gql(app, PROJECT, { id: projectId }, token);
  const principal = (await app.services.auth.resolve(app.orm.em.fork(), token))!;
  const liveSet = (await visibleProjectIds(firmEntityManager(app.orm, principal.firmId), principal)).includes(projectId);
  return { listed, opens: !opened.errors, liveSet, opened };
}

describe('one definition of who works in a project', () => {
  it('an accountant who only has a task in a project gets the same answer from the list, project(id), task rights and the live board', async () => {
    const accountant = await addMember(app, owner.token, 'ACCOUNTANT', 'TAX');
    const project = await newProject('Только задача');
    const [theirs, other] = project.tasks as [(typeof project.tasks)[number], (typeof project.tasks)[number]];
    await ok(app, ASSIGN, { id: theirs.id, version: theirs.version, assigneeId: accountant.userId }, owner.token);

    const { listed, opens, liveSet, opened } = await answers(accountant.token, project.id);
    expect({ listed, opens, liveSet }).toEqual({ listed: true, opens: true, liveSet: true });
    const tasks = new Map(opened.data!.project.tasks.map((t) => [t.id, t]));
    expect(opened.data!.project.viewerCanEdit).toBe(false);
    expect(tasks.get(theirs.id)).toMatchObject({ viewerCanEdit: false, viewerCanChangeStatus: true, viewerCanComment: true });
    expect(tasks.get(other.id)).toMatchObject({ viewerCanEdit: false, viewerCanChangeStatus: false, viewerCanComment: false });

    // the live board without a project shows changes of this project to them
    const board = new Subscriber(app, accountant.token, LIVE);
    const elsewhere = await newProject('Чужой');
    await ok(app, CHANGE_STATUS, { id: elsewhere.tasks[0]!.id, version: elsewhere.tasks[0]!.version, status: 'DONE' }, owner.token);
    await ok(app, CHANGE_STATUS, { id: other.id, version: other.version, status: 'DONE' }, owner.token);
    const [event] = await board.waitFor(1);
    expect(event!.taskEvents).toEqual({ projectId: project.id, taskId: other.id });
    await board.dispose();
  });

  it('every way in opens the project on all four paths, and closing it closes all four and tells the connection guard', async () => {
    const ways: Record<WayIn, (userId: string) => Promise<{ open: () => Promise<unknown>; close: () => Promise<unknown>; projectId: string }>> = {
      MEMBER: async (userId) => {
        const project = await newProject('Участник');
        let version = project.version;
        return {
          projectId: project.id,
          open: async () => (version = (await ok(app, UPDATE_PROJECT, { id: project.id, version, input: { memberIds: [userId] } }, owner.token)).updateProject.version),
          close: () => ok(app, UPDATE_PROJECT, { id: project.id, version, input: { memberIds: [] } }, owner.token),
        };
      },
      COORDINATOR: async (userId) => {
        const project = await newProject('Координатор');
        let version = project.version;
        return {
          projectId: project.id,
          open: async () => (version = (await ok(app, UPDATE_PROJECT, { id: project.id, version, input: { coordinatorId: userId } }, owner.token)).updateProject.version),
          close: () => ok(app, UPDATE_PROJECT, { id: project.id, version, input: { coordinatorId: coordinator.userId } }, owner.token),
        };
      },
      ASSIGNEE: async (userId) => {
        const project = await newProject('Исполнитель');
        const task = project.tasks[0]!;
        return {
          projectId: project.id,
          open: () => ok(app, ASSIGN, { id: task.id, version: task.version, assigneeId: userId }, owner.token),
          close: () => ok(app, ASSIGN, { id: task.id, version: task.version + 1, assigneeId: null }, owner.token),
        };
      },
    };
    for (const [via, make] of Object.entries(ways)) {
      const accountant = await addMember(app, owner.token, 'ACCOUNTANT', 'TAX');
      const way = await make(accountant.userId);
      const closedAnswer = { listed: false, opens: false, liveSet: false };
      const pick = ({ listed, opens, liveSet }: Awaited<ReturnType<typeof answers>>) => ({ listed, opens, liveSet });
      expect(pick(await answers(accountant.token, way.projectId)), `${via} before`).toEqual(closedAnswer);
      expect(errorCode((await answers(accountant.token, way.projectId)).opened)).toBe('NOT_FOUND');
      await way.open();
      expect(pick(await answers(accountant.token, way.projectId)), `${via} open`).toEqual({ listed: true, opens: true, liveSet: true });
      const board = new Subscriber(app, accountant.token, LIVE);
      await way.close();
      expect(pick(await answers(accountant.token, way.projectId)), `${via} closed`).toEqual(closedAnswer);
      // the guard's rule comes from the same table: losing any way in makes the board take its set anew
      expect(await board.closed(), via).toBe(4100);
    }
  });

  it('the guard asks about every way in the shared definition, and nothing else', () => {
    const ways = [...PROJECT_VIEWERS.matchAll(/'(\w+)' as via/g)].map((m) => m[1]);
    expect(ways.sort()).toEqual(['ASSIGNEE', 'COORDINATOR', 'MEMBER']);
    const accountant = { role: 'ACCOUNTANT', userId: 'u1' } as never;
    expect(visibilityChangedBy({ type: 'TASK_COMMENTED', data: { projectId: 'p' } })).toBeNull();
    expect(visibilityChangedBy({ type: 'TASK_ASSIGNED', data: { changes: { assignee: { from: 'u1', to: 'u2' } } } })!(accountant)).toBe(true);
    expect(visibilityChangedBy({ type: 'PROJECT_UPDATED', data: { coordinator: { from: 'u1', to: 'u3' } } })!(accountant)).toBe(true);
    expect(visibilityChangedBy({ type: 'PROJECT_UPDATED', data: { members: { from: ['u1'], to: ['u1', 'u4'] } } })!(accountant)).toBe(false);
  });
});
