import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app.js';
import { addMember, errorCode, gql, ok, signUpFirm, startTestApp, Subscriber, uniqueEmail, type SignedUpFirm } from './harness.js';
import { graphql } from './gql/index.js';

const LIVE = graphql(`subscription TenancyAuditEvents($after: ID) { auditEvents(after: $after) { id seq type subjectId } }`);

let app: App;
let firmA: SignedUpFirm;
let firmB: SignedUpFirm;
let memberOfA: { userId: string };
let tokenOfA: string;

beforeAll(async () => {
  app = await startTestApp();
  firmA = await signUpFirm(app, 'ООО «Альфа»');
  firmB = await signUpFirm(app, 'ООО «Бета»');
  memberOfA = await addMember(app, firmA.token, 'ACCOUNTANT', 'TAX');
  const created = await ok(app, graphql(`mutation TenancyCreateApiToken { createApiToken(input: { name: "A", role: MANAGER }) { apiToken { id } } }`), {}, firmA.token);
  tokenOfA = created.createApiToken.apiToken.id;
});

describe('two firms on one server never see each other', () => {
  it('lists only their own people, tokens and audit entries', async () => {
    const usersB = await ok(app, graphql(`query TenancyUsers { users { id firm { id } } }`), {}, firmB.token);
    expect(usersB.users.map((u) => u.id)).toEqual([firmB.userId]);
    expect(usersB.users.every((u) => u.firm.id === firmB.firmId)).toBe(true);
    expect((await ok(app, graphql(`query TenancyApiTokens { apiTokens { id } }`), {}, firmB.token)).apiTokens).toEqual([]);
    const logB = await ok(app, graphql(`query TenancyAuditLog { auditLog(first: 100) { edges { node { type subjectId } } } }`), {}, firmB.token);
    expect(logB.auditLog.edges.map((e) => e.node.type)).toEqual(['FIRM_SIGNED_UP']);
  });

  it("cannot change firm A's people or tokens by id", async () => {
    expect(errorCode(await gql(app, graphql(`mutation TenancyDeactivateUser($userId: ID!) { deactivateUser(userId: $userId) { id } }`), { userId: memberOfA.userId }, firmB.token))).toBe('NOT_FOUND');
    expect(errorCode(await gql(app, graphql(`mutation TenancyReactivateUser($userId: ID!) { reactivateUser(userId: $userId) { id } }`), { userId: memberOfA.userId }, firmB.token))).toBe('NOT_FOUND');
    expect(errorCode(await gql(app, graphql(`mutation TenancyChangeUserRole($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { id } }`), { input: { userId: memberOfA.userId, role: 'OWNER' } }, firmB.token))).toBe('NOT_FOUND');
    expect(errorCode(await gql(app, graphql(`mutation TenancyRevokeApiToken($id: ID!) { revokeApiToken(id: $id) { id } }`), { id: tokenOfA }, firmB.token))).toBe('NOT_FOUND');
    const stillThere = await ok(app, graphql(`query TenancyUsers2 { users { id active role } apiTokens { id revokedAt } }`), {}, firmA.token);
    expect(stillThere.users).toContainEqual({ id: memberOfA.userId, active: true, role: 'ACCOUNTANT' });
    expect(stillThere.apiTokens).toEqual([{ id: tokenOfA, revokedAt: null }]);
  });

  it("a subscriber of firm B receives nothing of firm A's changes, even replaying from the start", async () => {
    const subscriberB = new Subscriber(app, firmB.token, LIVE, { after: '0' });
    await subscriberB.waitFor(1);
    await ok(app, graphql(`mutation TenancyInviteUser($input: InviteUserInput!) { inviteUser(input: $input) { user { id } } }`), { input: { email: uniqueEmail(), name: 'Только для A', role: 'MANAGER' } }, firmA.token);
    // firm B's own next change proves its stream is live and that nothing of A came before it
    await ok(app, graphql(`mutation TenancyInviteUser($input: InviteUserInput!) { inviteUser(input: $input) { user { id } } }`), { input: { email: uniqueEmail(), name: 'Для B', role: 'MANAGER' } }, firmB.token);
    const events = await subscriberB.waitFor(2);
    expect(events.map((e) => e.auditEvents.type)).toEqual(['FIRM_SIGNED_UP', 'USER_INVITED']);
    // firm B's own log numbers, untouched by A's entries in between
    expect(events.map((e) => e.auditEvents.seq)).toEqual([1, 2]);
    await subscriberB.dispose();
  });
});
