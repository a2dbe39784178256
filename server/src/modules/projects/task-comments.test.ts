import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { addMember, ok, signUpFirm, startTestApp, Subscriber, type SignedUpFirm } from '../../../test/harness.js';
import { statementsOf } from '../../../test/statements.js';
import { graphql } from '../../../test/gql/index.js';

// The comment count on a card: shared by every viewer, carried by the live events, and counted
// for a whole board in one statement.

const TEMPLATES = graphql(`query TaskCommentsTemplates { projectTemplates { id } }`);
const LATEST_EVENT = graphql(`query TaskCommentsLatestEvent { auditLog(first: 1) { edges { node { id } } } }`);
const CREATE_PROJECT = graphql(`mutation TaskCommentsCreateProject($input: CreateProjectInput!) { createProject(input: $input) { id tasks { id commentCount } } }`);
const COMMENT = graphql(`mutation TaskCommentsCommentTask($id: ID!, $body: String!) { commentTask(id: $id, body: $body) { id } }`);
const BOARD = graphql(`query TaskCommentsBoard($id: ID!) { project(id: $id) { tasks { id commentCount } } }`);
const LIVE = graphql(`subscription TaskCommentsTaskEvents($projectId: ID, $after: ID) { taskEvents(projectId: $projectId, after: $after) { type taskId task { id commentCount } } }`);

let app: App;
let owner: SignedUpFirm;
let templateId: string;
let coordinator: { userId: string; token: string };

beforeAll(async () => {
  app = await startTestApp();
  owner = await signUpFirm(app);
  coordinator = await addMember(app, owner.token, 'COORDINATOR');
  templateId = (await ok(app, TEMPLATES, {}, owner.token)).projectTemplates[0]!.id;
});

async function newProject(name: string) {
  const input = { name, templateId, startDate: '2026-11-30', coordinatorId: coordinator.userId };
  return (await ok(app, CREATE_PROJECT, { input }, owner.token)).createProject;
}

describe('Task.commentCount', () => {
  it('counts the comments, and a live COMMENTED event carries the new count to every board', async () => {
    const project = await newProject('Счёт комментариев');
    const [task, other] = project.tasks;
    expect(task!.commentCount).toBe(0);
    // from the newest event on: what commits after it is replayed even before the socket listens
    const after = (await ok(app, LATEST_EVENT, {}, owner.token)).auditLog.edges[0]?.node.id ?? null;
    const board = new Subscriber(app, coordinator.token, LIVE, { projectId: project.id, after });
    await ok(app, COMMENT, { id: task!.id, body: 'Первый' }, owner.token);
    // a replayed event reads the task as it is when delivered: the second comment waits for the first event
    await board.waitFor(1);
    await ok(app, COMMENT, { id: task!.id, body: 'Второй' }, owner.token);
    const events = await board.waitFor(2);
    expect(events.map((event) => [event.taskEvents.type, event.taskEvents.task?.commentCount])).toEqual([
      ['COMMENTED', 1],
      ['COMMENTED', 2],
    ]);
    await board.dispose();
    const tasks = (await ok(app, BOARD, { id: project.id }, coordinator.token)).project.tasks;
    expect(tasks.find((entry) => entry.id === task!.id)?.commentCount).toBe(2);
    expect(tasks.find((entry) => entry.id === other!.id)?.commentCount).toBe(0);
  });

  it('counts a whole board in one statement, however many tasks it has', async () => {
    const project = await newProject('Большая доска');
    const { data, statements } = await statementsOf(app, BOARD, { id: project.id }, owner.token);
    // all eight tasks of the onboarding template
    expect(data.project.tasks.map((task) => task.id)).toEqual(project.tasks.map((task) => task.id));
    expect(data.project.tasks).toHaveLength(8);
    expect(statements.filter((sql) => sql.includes('task_comment'))).toHaveLength(1);
  });
});
