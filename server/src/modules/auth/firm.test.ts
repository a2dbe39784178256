import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { PERMISSIONS_CHANGED } from '../../live/connection-guard.js';
import { addMember, errorCode, gql, ok, signUpFirm, startTestApp, Subscriber, waitUntil, type SignedUpFirm } from '../../../test/harness.js';
import { TestClock } from '../../../test/clock.js';
import { secretHash } from './tokens.js';
import { graphql } from '../../../test/gql/index.js';

const SET_ZONE = graphql(`mutation FirmUpdateFirmSettings($timeZone: String) { updateFirmSettings(input: { timeZone: $timeZone }) { id timeZone } }`);
const FIRM = graphql(`query FirmMe { me { firm { id timeZone } } }`);
const AUDIT = graphql(`query FirmAuditLog { auditLog(first: 5) { edges { node { type subjectType subjectId changes } } } }`);
const MY_TASKS = graphql(`query FirmMyTasks { myTasks { overdue } }`);

// 15:30 UTC on 1 December: 18:30 in Moscow, already 01:30 on the 2nd in Vladivostok
const clock = new TestClock('2026-12-01T15:30:00Z');
let app: App;
let other: App;

beforeAll(async () => {
  app = await startTestApp(undefined, { clock });
  other = await startTestApp(app.databaseUrl, { clock });
});

async function firmWithTaskDueOnThe1st(): Promise<SignedUpFirm> {
  const firm = await signUpFirm(app);
  const project = (await ok(app, graphql(`mutation FirmCreateProject { createProject(input: { name: "Приём" }) { id } }`), {}, firm.token)).createProject;
  await ok(app, graphql(`mutation FirmCreateTask($input: CreateTaskInput!) { createTask(input: $input) { id } }`), { input: { projectId: project.id, title: 'Сверка', dueDate: '2026-12-01', assigneeId: firm.userId } }, firm.token);
  return firm;
}

/** Uses the token on `on` until that instance answers it from its cache (the session is ended in the table meanwhile). */
async function cachedOn(on: App, token: string): Promise<void> {
  const revoke = (revoked: boolean) =>
    app.orm.em.getConnection().execute(`update session set revoked_at = ${revoked ? 'now()' : 'null'} where token_hash = ?`, [secretHash(token)]);
  await waitUntil(async () => {
    await ok(on, FIRM, {}, token);
    await revoke(true);
    const served = !(await gql(on, MY_TASKS, {}, token)).errors;
    await revoke(false);
    return served;
  }, 'the sign-in to be cached');
}

describe("the firm's time zone", () => {
  it('is Moscow for a new firm; the owner changes it, and the change is in the audit log once', async () => {
    const owner = await signUpFirm(app);
    expect((await ok(app, FIRM, {}, owner.token)).me.firm).toEqual({ id: owner.firmId, timeZone: 'Europe/Moscow' });

    expect((await ok(app, SET_ZONE, { timeZone: 'Asia/Vladivostok' }, owner.token)).updateFirmSettings).toEqual({ id: owner.firmId, timeZone: 'Asia/Vladivostok' });
    expect((await ok(app, FIRM, {}, owner.token)).me.firm.timeZone).toBe('Asia/Vladivostok');
    // the same zone again, and no zone at all, change nothing and record nothing
    await ok(app, SET_ZONE, { timeZone: 'Asia/Vladivostok' }, owner.token);
    await ok(app, SET_ZONE, { timeZone: null }, owner.token);
    const entries = (await ok(app, AUDIT, {}, owner.token)).auditLog.edges.map((e) => e.node);
    expect(entries.filter((e) => e.type === 'FIRM_SETTINGS_CHANGED')).toEqual([
      { type: 'FIRM_SETTINGS_CHANGED', subjectType: 'Firm', subjectId: owner.firmId, changes: { timeZone: { from: 'Europe/Moscow', to: 'Asia/Vladivostok' } } },
    ]);
  });

  it('is stored under the name the server lists, also when given an alias', async () => {
    const owner = await signUpFirm(app);
    const listed = Intl.supportedValuesOf('timeZone').find((z) => z === 'Europe/Kyiv' || z === 'Europe/Kiev');
    expect((await ok(app, SET_ZONE, { timeZone: 'Europe/Kyiv' }, owner.token)).updateFirmSettings.timeZone).toBe(listed);
  });

  it('only the owner may change it', async () => {
    const owner = await signUpFirm(app);
    const manager = await addMember(app, owner.token, 'MANAGER');
    expect(errorCode(await gql(app, SET_ZONE, { timeZone: 'Asia/Vladivostok' }, manager.token))).toBe('FORBIDDEN');
    expect(errorCode(await gql(app, SET_ZONE, { timeZone: 'Asia/Vladivostok' }))).toBe('UNAUTHENTICATED');
    expect((await ok(app, FIRM, {}, owner.token)).me.firm.timeZone).toBe('Europe/Moscow');
  });

  it('must be an IANA time zone', async () => {
    const owner = await signUpFirm(app);
    for (const timeZone of ['Moscow', 'Mars/Olympus_Mons', '+03:00', 'MSK']) {
      const refused = await gql(app, SET_ZONE, { timeZone }, owner.token);
      expect(errorCode(refused)).toBe('BAD_USER_INPUT');
      expect(refused.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'timeZone', code: 'UNKNOWN_TIME_ZONE' })]);
    }
    expect(errorCode(await gql(app, SET_ZONE, { timeZone: `Europe/${'x'.repeat(64)}` }, owner.token))).toBe('BAD_USER_INPUT');
    expect((await ok(app, FIRM, {}, owner.token)).me.firm.timeZone).toBe('Europe/Moscow');
  });
});

describe('a changed time zone reaches every sign-in of the firm', () => {
  it('a sign-in cached on another instance takes the new zone', async () => {
    const owner = await firmWithTaskDueOnThe1st();
    await cachedOn(other, owner.token);
    // 18:30 in Moscow: the task due on the 1st is on time
    expect((await ok(other, MY_TASKS, {}, owner.token)).myTasks).toEqual([{ overdue: false }]);
    await ok(app, SET_ZONE, { timeZone: 'Asia/Vladivostok' }, owner.token);
    await waitUntil(async () => (await ok(other, MY_TASKS, {}, owner.token)).myTasks[0].overdue === true, 'the other instance to use the Vladivostok day');
  });

  it('an open live board reconnects to take the new zone', async () => {
    const owner = await firmWithTaskDueOnThe1st();
    const before = (await ok(app, graphql(`query FirmLatestAuditEntry { auditLog(first: 1) { edges { node { id } } } }`), {}, owner.token)).auditLog.edges[0].node.id;
    const project = (await ok(app, graphql(`mutation FirmCreateAnotherProject { createProject(input: { name: "Ещё один" }) { id } }`), {}, owner.token)).createProject;
    await ok(app, graphql(`mutation FirmCreateTask($input: CreateTaskInput!) { createTask(input: $input) { id } }`), { input: { projectId: project.id, title: 'Пульс' } }, owner.token);
    // the replayed task event proves the board is connected before the zone changes
    const board = new Subscriber(app, owner.token, graphql(`subscription FirmTaskEvents($after: ID) { taskEvents(after: $after) { id } }`), { after: before });
    await board.waitFor(1);
    await ok(app, SET_ZONE, { timeZone: 'Asia/Vladivostok' }, owner.token);
    expect(await board.closed()).toBe(PERMISSIONS_CHANGED);
  });
});
