import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { appendEvents, recordedStatement } from '../events/event-log.js';
import { addMember, ok, signUpFirm, startTestApp, Subscriber, uniqueEmail, waitUntil, type SignedUpFirm } from '../../../test/harness.js';
import { graphql } from '../../../test/gql/index.js';
import type { AuditAuditLogQuery } from '../../../test/gql/graphql.js';
import '../../../test/test-events.js';

const LOG = graphql(`query AuditAuditLog($first: Int!, $after: String) { auditLog(first: $first, after: $after) { edges { cursor node { id seq type at actor { id name } subjectId changes } } pageInfo { hasNextPage endCursor } } }`);
const LIVE = graphql(`subscription AuditAuditEvents($after: ID) { auditEvents(after: $after) { id seq type actor { id } subjectId changes } }`);

/** The newest entry of the log: its id (to resume after) and its number in the firm's log. */
async function newest(app: App, token: string): Promise<{ id: string | null; seq: number }> {
  const data = await ok(app, LOG, { first: 1 }, token);
  const node = data.auditLog.edges[0]?.node;
  return node ? { id: node.id, seq: node.seq } : { id: null, seq: 0 };
}

async function inviteSomeone(app: { url: string }, token: string) {
  return ok(
    app,
    graphql(`mutation AuditInviteUser($input: InviteUserInput!) { inviteUser(input: $input) { user { id } } }`),
    { input: { email: uniqueEmail(), name: 'Новый сотрудник', role: 'MANAGER' } },
    token,
  );
}

let app: App;
let owner: SignedUpFirm;

beforeAll(async () => {
  app = await startTestApp();
  owner = await signUpFirm(app);
});

describe('the audit trail records who changed what', () => {
  it('sign-up, invitation, role change and deactivation appear newest first with actor, time and changes', async () => {
    // a firm of its own: the whole log is asserted, whatever the other tests wrote before
    const owner = await signUpFirm(app, 'ООО «Журнал»');
    const member = await addMember(app, owner.token, 'ACCOUNTANT', 'TAX');
    await ok(app, graphql(`mutation AuditChangeUserRole($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { id } }`), { input: { userId: member.userId, role: 'HEAD', department: 'TAX' } }, owner.token);
    await ok(app, graphql(`mutation AuditDeactivateUser($userId: ID!) { deactivateUser(userId: $userId) { id } }`), { userId: member.userId }, owner.token);

    const log = await ok(app, LOG, { first: 10 }, owner.token);
    const entries = log.auditLog.edges.map((e) => e.node);
    expect(entries.map((e) => e.type)).toEqual(['USER_DEACTIVATED', 'USER_ROLE_CHANGED', 'INVITE_ACCEPTED', 'USER_INVITED', 'FIRM_SIGNED_UP']);
    expect(entries[1]).toMatchObject({
      actor: { id: owner.userId },
      subjectId: member.userId,
      changes: { role: { from: 'ACCOUNTANT', to: 'HEAD' } },
    });
    expect(entries[2]!.actor!.id).toBe(member.userId);
    expect(entries[3]!.changes).toMatchObject({ email: member.email, role: 'ACCOUNTANT', department: 'TAX' });
    expect(Date.parse(entries[0]!.at)).toBeGreaterThan(Date.now() - 60_000);
    const seqs = entries.map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    // ids are opaque and unique across firms; the number in the firm's log is its own field
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    expect(entries.some((e) => e.id === String(e.seq))).toBe(false);
  });

  it('pages with first/after without overlap', async () => {
    for (let i = 0; i < 3; i += 1) await inviteSomeone(app, owner.token);
    const all = (await ok(app, LOG, { first: 100 }, owner.token)).auditLog.edges.map((e) => e.node.id);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: AuditAuditLogQuery = await ok(app, LOG, { first: 3, after }, owner.token);
      seen.push(...page.auditLog.edges.map((e) => e.node.id));
      if (!page.auditLog.pageInfo.hasNextPage) break;
      after = page.auditLog.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
  });
});

describe('live audit events', () => {
  it('delivers new entries in commit order, then resumes after a disconnect without gaps or duplicates', async () => {
    const start = await newest(app, owner.token);
    const first = new Subscriber(app, owner.token, LIVE, { after: start.id });
    await inviteSomeone(app, owner.token);
    await inviteSomeone(app, owner.token);
    const got = await first.waitFor(2);
    expect(got.map((g) => g.auditEvents.type)).toEqual(['USER_INVITED', 'USER_INVITED']);
    await first.dispose();

    // while nobody listens, three more changes commit
    for (let i = 0; i < 3; i += 1) await inviteSomeone(app, owner.token);
    const lastSeen = got[1]!.auditEvents;
    const resumed = new Subscriber(app, owner.token, LIVE, { after: lastSeen.id });
    const missed = await resumed.waitFor(3);
    await inviteSomeone(app, owner.token);
    const all = await resumed.waitFor(4);
    expect(all.map((g) => g.auditEvents.seq)).toEqual([lastSeen.seq + 1, lastSeen.seq + 2, lastSeen.seq + 3, lastSeen.seq + 4]);
    expect(missed.length).toBe(3);
    await resumed.dispose();
  });

  it('rejects a malformed cursor with BAD_USER_INPUT', async () => {
    const bad = new Subscriber(app, owner.token, LIVE, { after: 'yesterday' });
    await bad.waitForEnd();
    expect(JSON.stringify(bad.errors)).toContain('BAD_USER_INPUT');
    await bad.dispose();
  });

  it('a transaction that took its number first but commits last is still delivered, in commit order', async () => {
    const start = await newest(app, owner.token);
    const subscriber = new Subscriber(app, owner.token, LIVE, { after: start.id });
    const actor = { firmId: owner.firmId, userId: owner.userId, userName: 'test' };

    let releaseFirst!: () => void;
    const firstMayCommit = new Promise<void>((resolve) => (releaseFirst = resolve));
    let firstAppended!: () => void;
    const firstHasNumber = new Promise<void>((resolve) => (firstAppended = resolve));

    // A takes its event number and stays open
    const a = app.orm.em.fork().transactional(async (em) => {
      await appendEvents(em, actor, [{ type: 'TEST_SLOW_TRANSACTION' }]);
      firstAppended();
      await firstMayCommit;
    });
    await firstHasNumber;
    // B starts later and tries to commit first: it must wait for A rather than overtake it
    const b = app.orm.em.fork().transactional(async (em) => {
      await appendEvents(em, actor, [{ type: 'TEST_FAST_TRANSACTION' }]);
    });
    await waitUntil(async () => {
      const rows = await app.orm.em.getConnection().execute(`select 1 from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()`);
      return rows.length > 0;
    }, 'the second transaction to wait for the first');
    releaseFirst();
    await Promise.all([a, b]);

    const events = await subscriber.waitFor(2);
    expect(events.map((e) => e.auditEvents.type)).toEqual(['TEST_SLOW_TRANSACTION', 'TEST_FAST_TRANSACTION']);
    expect(events[1]!.auditEvents.seq).toBe(events[0]!.auditEvents.seq + 1);
    await subscriber.dispose();

    const replay = new Subscriber(app, owner.token, LIVE, { after: start.id });
    expect((await replay.waitFor(2)).map((e) => e.auditEvents.type)).toEqual(['TEST_SLOW_TRANSACTION', 'TEST_FAST_TRANSACTION']);
    await replay.dispose();
  });

  it('a rolled-back change is never announced', async () => {
    const start = await newest(app, owner.token);
    const subscriber = new Subscriber(app, owner.token, LIVE, { after: start.id });
    const actor = { firmId: owner.firmId, userId: owner.userId, userName: 'test' };
    await expect(
      app.orm.em.fork().transactional(async (em) => {
        await appendEvents(em, actor, [{ type: 'TEST_ROLLED_BACK' }]);
        throw new Error('change refused');
      }),
    ).rejects.toThrow('change refused');
    await inviteSomeone(app, owner.token);
    const [only] = await subscriber.waitFor(1);
    expect(only!.auditEvents.type).toBe('USER_INVITED');
    expect(only!.auditEvents.seq).toBe(start.seq + 1);
    await subscriber.dispose();
  });

  it('a one-statement change appends its event only when it matched a row', async () => {
    const start = await newest(app, owner.token);
    const subscriber = new Subscriber(app, owner.token, LIVE, { after: start.id });
    const actor = { firmId: owner.firmId, userId: owner.userId, userName: 'test' };
    const touch = (matches: boolean) =>
      recordedStatement(
        app.orm.em.fork(),
        actor,
        { sql: `update app_user set name = name where id = ? and ${matches ? 'true' : 'false'} returning id`, params: [owner.userId] },
        { type: 'TEST_MATCHED', subjectId: owner.userId },
      );
    expect(await touch(false)).toBeNull();
    expect(await touch(true)).toBe(start.seq + 1);
    expect(await touch(false)).toBeNull();
    await inviteSomeone(app, owner.token);
    const events = await subscriber.waitFor(2);
    expect(events.map((e) => [e.auditEvents.type, e.auditEvents.seq])).toEqual([
      ['TEST_MATCHED', start.seq + 1],
      ['USER_INVITED', start.seq + 2],
    ]);
    await subscriber.dispose();
  });
});

describe('each live event is resolved against fresh data', () => {
  it("shows the actor's current role, not the one cached when the subscription began", async () => {
    const start = await newest(app, owner.token);
    const live = graphql(`subscription AuditAuditEventsActorRole($after: ID) { auditEvents(after: $after) { type actor { user { role } } } }`);
    const subscriber = new Subscriber(app, owner.token, live, { after: start.id });
    const member = await addMember(app, owner.token, 'ACCOUNTANT', 'TAX');
    const accepted = (await subscriber.waitFor(2))[1]!;
    expect([accepted.auditEvents.type, accepted.auditEvents.actor?.user?.role]).toEqual(['INVITE_ACCEPTED', 'ACCOUNTANT']);
    await ok(app, graphql(`mutation AuditChangeUserRole($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { id } }`), { input: { userId: member.userId, role: 'HEAD', department: 'TAX' } }, owner.token);
    await subscriber.waitFor(3);
    await ok(app, graphql(`mutation AuditLogout { logout }`), {}, member.token);
    const loggedOut = (await subscriber.waitFor(4))[3]!;
    expect([loggedOut.auditEvents.type, loggedOut.auditEvents.actor?.user?.role]).toEqual(['LOGGED_OUT', 'HEAD']);
    await subscriber.dispose();
  });
});

describe('several server instances on one database', () => {
  it('a subscriber on instance B receives what was done through instance A', async () => {
    const b = await startTestApp(app.databaseUrl);
    const start = await newest(app, owner.token);
    const onB = new Subscriber(b, owner.token, LIVE, { after: start.id });
    const invited = await inviteSomeone(app, owner.token);
    const [event] = await onB.waitFor(1);
    expect(event!.auditEvents).toMatchObject({ type: 'USER_INVITED', subjectId: invited.inviteUser.user.id });

    // B's subscriber also gets later live events that it did not replay
    await inviteSomeone(app, owner.token);
    expect((await onB.waitFor(2))[1]!.auditEvents.type).toBe('USER_INVITED');
    await onB.dispose();
  });
});
