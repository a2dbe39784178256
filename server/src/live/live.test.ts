import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app.js';
import { appendEvents } from '../modules/events/event-log.js';
import { addMember, ok, signUpFirm, startTestApp, Subscriber, type SignedUpFirm } from '../../test/harness.js';
import { graphql } from '../../test/gql/index.js';
import '../../test/test-events.js';

// the live layer end to end: real PostgreSQL, HTTP and graphql-ws clients; waits on events, never on time
const AUDIT = graphql(`subscription LiveAuditEvents($after: ID) { auditEvents(after: $after) { seq } }`);
type Audit = { auditEvents: { seq: number } };

let app: App;

beforeAll(async () => {
  app = await startTestApp();
});

afterAll(() => app.close());

async function markers(firm: SignedUpFirm, count: number, oneTransaction = true): Promise<void> {
  const actor = { firmId: firm.firmId, userId: firm.userId, userName: 'test' };
  const events = Array.from({ length: count }, (_, i) => ({ type: 'TEST_MARKER' as const, data: { i } }));
  if (oneTransaction) await app.orm.em.fork().transactional((em) => appendEvents(em, actor, events));
  // separate transactions racing for the firm's counter
  else await Promise.all(events.map((event) => app.orm.em.fork().transactional((em) => appendEvents(em, actor, [event]))));
}

const seqs = (received: Audit[]) => received.map((r) => r.auditEvents.seq);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('the live layer', () => {
  it('delivers concurrent commits in commit order, without gaps or duplicates', async () => {
    const firm = await signUpFirm(app, 'ООО «Порядок»');
    const first = (await ok(app, graphql(`query LiveAuditLog { auditLog(first: 1) { edges { node { seq } } } }`), {}, firm.token)).auditLog.edges[0].node.seq as number;
    const live = new Subscriber<Audit>(app, firm.token, AUDIT, { after: '0' });
    await live.waitFor(first);
    await markers(firm, 30, false);
    expect(seqs(await live.waitFor(first + 30))).toEqual(range(1, first + 30));
    await live.dispose();
  });

  it('a subscriber joining another one’s replay, and one leaving during it, change nothing for the rest', async () => {
    const firm = await signUpFirm(app, 'ООО «Повтор»');
    // more than one replay batch (500), so the replay is still going when the others come and go
    await markers(firm, 1200);
    const total = (await ok(app, graphql(`query LiveAuditLog { auditLog(first: 1) { edges { node { seq } } } }`), {}, firm.token)).auditLog.edges[0].node.seq as number;
    const a = new Subscriber<Audit>(app, firm.token, AUDIT, { after: '0' });
    await a.waitFor(10);
    const leaver = new Subscriber<Audit>(app, firm.token, AUDIT, { after: '0' });
    const b = new Subscriber<Audit>(app, firm.token, AUDIT, { after: '0' });
    await leaver.waitFor(1);
    await leaver.dispose();
    // live events while the replays run: held, then delivered after them in order
    await markers(firm, 5);
    const [fromA, fromB] = await Promise.all([a.waitFor(total + 5), b.waitFor(total + 5)]);
    expect(seqs(fromA)).toEqual(range(1, total + 5));
    expect(seqs(fromB)).toEqual(range(1, total + 5));
    await markers(firm, 1);
    await Promise.all([a.waitFor(total + 6), b.waitFor(total + 6)]);
    expect(a.received).toHaveLength(total + 6);
    expect(b.received).toHaveLength(total + 6);
    await Promise.all([a.dispose(), b.dispose()]);
  });

  it('two viewers with different rights in one operation each get their own answer', async () => {
    const owner = await signUpFirm(app, 'ООО «Права»');
    const assignee = await addMember(app, owner.token, 'ACCOUNTANT', 'TAX');
    const colleague = await addMember(app, owner.token, 'ACCOUNTANT', 'TAX');
    const project = (await ok(app, graphql(`mutation LiveCreateProject($input: CreateProjectInput!) { createProject(input: $input) { id } }`), { input: { name: 'Права', memberIds: [colleague.userId] } }, owner.token)).createProject;
    const task = (await ok(app, graphql(`mutation LiveCreateTask($input: CreateTaskInput!) { createTask(input: $input) { id version } }`), { input: { projectId: project.id, title: 'Декларация', assigneeId: assignee.userId } }, owner.token)).createTask;
    // from a cursor: an event between subscribing and being registered is replayed, not lost
    const after = (await ok(app, graphql(`query LiveAuditLog2 { auditLog(first: 1) { edges { node { id } } } }`), {}, owner.token)).auditLog.edges[0]!.node.id;
    const query = graphql(`subscription LiveTaskEvents($projectId: ID!, $after: ID) { taskEvents(projectId: $projectId, after: $after) { task { id viewerCanEdit viewerCanChangeStatus viewerCanComment } } }`);
    const a = new Subscriber(app, assignee.token, query, { projectId: project.id, after });
    const b = new Subscriber(app, colleague.token, query, { projectId: project.id, after });
    const o = new Subscriber(app, owner.token, query, { projectId: project.id, after });
    await ok(app, graphql(`mutation LiveChangeTaskStatus($id: ID!, $version: Int!) { changeTaskStatus(id: $id, version: $version, status: IN_PROGRESS) { id } }`), { id: task.id, version: task.version }, assignee.token);
    const [[fromA], [fromB], [fromO]] = await Promise.all([a.waitFor(1), b.waitFor(1), o.waitFor(1)]);
    expect(fromA.taskEvents.task).toEqual({ id: task.id, viewerCanEdit: false, viewerCanChangeStatus: true, viewerCanComment: true });
    expect(fromB.taskEvents.task).toEqual({ id: task.id, viewerCanEdit: false, viewerCanChangeStatus: false, viewerCanComment: false });
    expect(fromO.taskEvents.task).toEqual({ id: task.id, viewerCanEdit: true, viewerCanChangeStatus: true, viewerCanComment: true });
    await Promise.all([a.dispose(), b.dispose(), o.dispose()]);
  });
});
