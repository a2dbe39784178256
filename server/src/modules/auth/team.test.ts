import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { addMember, errorCode, gql, ok, signUpFirm, startTestApp, Subscriber, uniqueEmail, type SignedUpFirm } from '../../../test/harness.js';
import { graphql } from '../../../test/gql/index.js';

const INVITE = graphql(`mutation TeamInviteUser($input: InviteUserInput!) { inviteUser(input: $input) { invitationLink expiresAt user { id email role department invitationPending active } } }`);
const ACCEPT = graphql(`mutation TeamAcceptInvite($token: String!, $password: String!) { acceptInvite(token: $token, password: $password) { token user { id role } } }`);
const CHANGE_ROLE = graphql(`mutation TeamChangeUserRole($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { id role department } }`);
const DEACTIVATE = graphql(`mutation TeamDeactivateUser($userId: ID!) { deactivateUser(userId: $userId) { id active } }`);
const REACTIVATE = graphql(`mutation TeamReactivateUser($userId: ID!) { reactivateUser(userId: $userId) { id active } }`);
const ME = graphql(`query TeamMe { me { id role department } }`);
const LIVE = graphql(`subscription TeamAuditEvents($after: ID) { auditEvents(after: $after) { id type } }`);

let app: App;
let owner: SignedUpFirm;

beforeAll(async () => {
  app = await startTestApp();
  owner = await signUpFirm(app);
});

describe('the owner invites people', () => {
  it('an invitation link lets the invitee set a password and sign in once', async () => {
    const email = uniqueEmail('head');
    const invited = await ok(app, INVITE, { input: { email, name: 'Ольга Морозова', role: 'HEAD', department: 'TAX' } }, owner.token);
    expect(invited.inviteUser.user).toMatchObject({ email, role: 'HEAD', department: 'TAX', invitationPending: true, active: true });
    const secret = invited.inviteUser.invitationLink.split('/invite/')[1];
    const accepted = await ok(app, ACCEPT, { token: secret, password: 'her own password' });
    expect(accepted.acceptInvite.user.role).toBe('HEAD');
    expect((await ok(app, ME, {}, accepted.acceptInvite.token)).me.department).toBe('TAX');
    expect(errorCode(await gql(app, ACCEPT, { token: secret, password: 'another password' }))).toBe('UNAUTHENTICATED');
    const team = await ok(app, graphql(`query TeamUsers { users { email invitationPending } }`), {}, owner.token);
    expect(team.users).toContainEqual({ email, invitationPending: false });
  });

  it('a head or accountant needs a department', async () => {
    const result = await gql(app, INVITE, { input: { email: uniqueEmail(), name: 'Без отдела', role: 'ACCOUNTANT' } }, owner.token);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.extensions!.fields).toEqual([{ field: 'department', message: 'Heads and accountants need a department', code: 'DEPARTMENT_REQUIRED' }]);
  });

  it('a made-up invitation token is refused', async () => {
    expect(errorCode(await gql(app, ACCEPT, { token: 'inv_nothing', password: 'some password' }))).toBe('UNAUTHENTICATED');
  });
});

describe('only the owner manages people', () => {
  it.each(['MANAGER', 'COORDINATOR', 'HEAD', 'ACCOUNTANT'] as const)('a %s may not invite, change roles or deactivate', async (role) => {
    const member = await addMember(app, owner.token, role, role === 'HEAD' || role === 'ACCOUNTANT' ? 'PAYROLL' : null);
    const invite = await gql(app, INVITE, { input: { email: uniqueEmail(), name: 'Кто-то', role: 'MANAGER' } }, member.token);
    expect(errorCode(invite)).toBe('FORBIDDEN');
    expect(errorCode(await gql(app, CHANGE_ROLE, { input: { userId: member.userId, role: 'OWNER' } }, member.token))).toBe('FORBIDDEN');
    expect(errorCode(await gql(app, DEACTIVATE, { userId: owner.userId }, member.token))).toBe('FORBIDDEN');
    expect(errorCode(await gql(app, graphql(`query TeamAuditLog { auditLog { edges { node { id } } } }`), {}, member.token))).toBe('FORBIDDEN');
    expect(errorCode(await gql(app, graphql(`query TeamApiTokens { apiTokens { id } }`), {}, member.token))).toBe('FORBIDDEN');
    const team = await ok(app, graphql(`query TeamUsers2 { users { id } }`), {}, member.token);
    expect(team.users.length).toBeGreaterThan(1);
  });

  it('role changes take effect on the next request', async () => {
    const member = await addMember(app, owner.token, 'ACCOUNTANT', 'TAX');
    const changed = await ok(app, CHANGE_ROLE, { input: { userId: member.userId, role: 'HEAD', department: 'PAYROLL' } }, owner.token);
    expect(changed.changeUserRole).toEqual({ id: member.userId, role: 'HEAD', department: 'PAYROLL' });
    expect((await ok(app, ME, {}, member.token)).me).toMatchObject({ role: 'HEAD', department: 'PAYROLL' });
  });

  it('the firm keeps at least one active owner', async () => {
    const firm = await signUpFirm(app);
    const result = await gql(app, CHANGE_ROLE, { input: { userId: firm.userId, role: 'MANAGER' } }, firm.token);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorCode(await gql(app, DEACTIVATE, { userId: firm.userId }, firm.token))).toBe('BAD_USER_INPUT');
  });

  it('an owner invited but not signed in yet does not count as another owner', async () => {
    const firm = await signUpFirm(app);
    await ok(app, INVITE, { input: { email: uniqueEmail(), name: 'Второй владелец', role: 'OWNER' } }, firm.token);
    const demoted = await gql(app, CHANGE_ROLE, { input: { userId: firm.userId, role: 'MANAGER' } }, firm.token);
    expect(errorCode(demoted)).toBe('BAD_USER_INPUT');
    expect(demoted.errors![0]!.extensions!.fields).toEqual([{ field: 'userId', message: 'last active owner', code: 'LAST_OWNER' }]);
    const second = await addMember(app, firm.token, 'OWNER');
    expect(errorCode(await gql(app, DEACTIVATE, { userId: second.userId }, firm.token))).toBeUndefined();
    expect(errorCode(await gql(app, CHANGE_ROLE, { input: { userId: firm.userId, role: 'MANAGER' } }, firm.token))).toBe('BAD_USER_INPUT');
  });

  it('two owners demoting or deactivating each other at once leave the firm one owner', async () => {
    const USERS = `query TeamOwners { users { role active } }`;
    for (let round = 0; round < 4; round++) {
      const firm = await signUpFirm(app);
      const second = await addMember(app, firm.token, 'OWNER');
      const [first, other] = await Promise.all([
        round % 2
          ? gql(app, DEACTIVATE, { userId: second.userId }, firm.token)
          : gql(app, CHANGE_ROLE, { input: { userId: second.userId, role: 'MANAGER' } }, firm.token),
        gql(app, CHANGE_ROLE, { input: { userId: firm.userId, role: 'MANAGER' } }, second.token),
      ]);
      // one of them goes through, the other is refused as the last owner (or signed out by the first)
      expect([errorCode(first), errorCode(other)].filter((code) => code === undefined)).toHaveLength(1);
      const people = (await ok(app, USERS, {}, errorCode(first) ? second.token : firm.token)).users as { role: string; active: boolean }[];
      expect(people.filter((u) => u.role === 'OWNER' && u.active)).toHaveLength(1);
    }
  });

  it('an unknown user is NOT_FOUND', async () => {
    const result = await gql(app, DEACTIVATE, { userId: '00000000-0000-4000-8000-000000000000' }, owner.token);
    expect(errorCode(result)).toBe('NOT_FOUND');
  });
});

describe('deactivation cuts a user off at once', () => {
  it('stops HTTP requests and closes an open WebSocket; reactivation lets them sign in again', async () => {
    const member = await addMember(app, owner.token, 'OWNER');
    const socket = new Subscriber(app, member.token, LIVE, { after: '0' });
    await socket.waitFor(1);

    await ok(app, DEACTIVATE, { userId: member.userId }, owner.token);
    expect(await socket.closed()).toBe(4401);
    expect(errorCode(await gql(app, ME, {}, member.token))).toBe('UNAUTHENTICATED');
    const login = graphql(`mutation TeamLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`);
    expect(errorCode(await gql(app, login, { email: member.email, password: member.password }))).toBe('UNAUTHENTICATED');

    await ok(app, REACTIVATE, { userId: member.userId }, owner.token);
    const again = await ok(app, login, { email: member.email, password: member.password });
    expect((await ok(app, ME, {}, again.login.token)).me.id).toBe(member.userId);
    await socket.dispose();
  });

  it('logout closes the WebSocket opened with that session', async () => {
    const member = await addMember(app, owner.token, 'OWNER');
    const socket = new Subscriber(app, member.token, LIVE, { after: '0' });
    await socket.waitFor(1);
    await ok(app, graphql(`mutation TeamLogout { logout }`), {}, member.token);
    expect(await socket.closed()).toBe(4401);
    await socket.dispose();
  });

  it('a WebSocket with a bad token is refused', async () => {
    const socket = new Subscriber(app, 'ses_nothing', LIVE, {});
    expect(await socket.closed()).toBe(4401);
    await socket.dispose();
  });
});

describe('API tokens for integrations', () => {
  it('the owner creates a token shown once; it works with its role until revoked', async () => {
    const created = await ok(
      app,
      graphql(`mutation TeamCreateApiToken($input: CreateApiTokenInput!) { createApiToken(input: $input) { token apiToken { id name role lastUsedAt revokedAt } } }`),
      { input: { name: '1С-интеграция', role: 'MANAGER' } },
      owner.token,
    );
    const { token, apiToken } = created.createApiToken;
    expect(token).toMatch(/^sat_/);
    expect(apiToken).toMatchObject({ name: '1С-интеграция', role: 'MANAGER', lastUsedAt: null, revokedAt: null });

    // the token reads as its firm: the owner who made it is among the people it lists
    expect((await ok(app, graphql(`query TeamUsers2 { users { id } }`), {}, token)).users).toContainEqual({ id: owner.userId });
    expect(errorCode(await gql(app, INVITE, { input: { email: uniqueEmail(), name: 'Кто-то', role: 'MANAGER' } }, token))).toBe('FORBIDDEN');

    const listed = await ok(app, graphql(`query TeamApiTokens2 { apiTokens { id name lastUsedAt createdBy { id } } }`), {}, owner.token);
    const row = listed.apiTokens.find((t) => t.id === apiToken.id);
    expect(row?.lastUsedAt).not.toBeNull();
    expect(row?.createdBy?.id).toBe(owner.userId);
    expect(JSON.stringify(listed)).not.toContain(token);

    await ok(app, graphql(`mutation TeamRevokeApiToken($id: ID!) { revokeApiToken(id: $id) { revokedAt } }`), { id: apiToken.id }, owner.token);
    expect(errorCode(await gql(app, graphql(`query TeamUsers2 { users { id } }`), {}, token))).toBe('UNAUTHENTICATED');
  });
});

describe('an API token never acts above its creator', () => {
  const CREATE = graphql(`mutation TeamCreateApiToken2($input: CreateApiTokenInput!) { createApiToken(input: $input) { token apiToken { id } } }`);
  const LISTED = graphql(`query TeamApiTokens3 { apiTokens { id role effectiveRole } }`);

  it('a demoted owner’s OWNER token loses owner rights at once, and the listing says so', async () => {
    const firm = await signUpFirm(app);
    const second = await addMember(app, firm.token, 'OWNER');
    const created = (await ok(app, CREATE, { input: { name: 'Интеграция', role: 'OWNER' } }, second.token)).createApiToken;
    // used once, so its principal is cached on this instance before the demotion
    await ok(app, INVITE, { input: { email: uniqueEmail(), name: 'Первый', role: 'MANAGER' } }, created.token);
    expect((await ok(app, LISTED, {}, firm.token)).apiTokens).toContainEqual({ id: created.apiToken.id, role: 'OWNER', effectiveRole: 'OWNER' });

    await ok(app, CHANGE_ROLE, { input: { userId: second.userId, role: 'ACCOUNTANT', department: 'TAX' } }, firm.token);
    const invite = await gql(app, INVITE, { input: { email: uniqueEmail(), name: 'Новый владелец', role: 'OWNER' } }, created.token);
    expect(errorCode(invite)).toBe('FORBIDDEN');
    expect(errorCode(await gql(app, graphql(`query TeamApiTokens { apiTokens { id } }`), {}, created.token))).toBe('FORBIDDEN');
    expect((await ok(app, ME, {}, created.token)).me).toMatchObject({ id: second.userId });
    expect((await ok(app, LISTED, {}, firm.token)).apiTokens).toContainEqual({ id: created.apiToken.id, role: 'OWNER', effectiveRole: 'ACCOUNTANT' });

    await ok(app, CHANGE_ROLE, { input: { userId: second.userId, role: 'OWNER' } }, firm.token);
    await ok(app, graphql(`query TeamApiTokens { apiTokens { id } }`), {}, created.token);
  });

  it('a token with a lower role keeps it; a deactivated creator’s tokens stop and are listed as not acting', async () => {
    const firm = await signUpFirm(app);
    const second = await addMember(app, firm.token, 'OWNER');
    const created = (await ok(app, CREATE, { input: { name: 'Отчёты', role: 'ACCOUNTANT' } }, second.token)).createApiToken;
    await ok(app, CHANGE_ROLE, { input: { userId: second.userId, role: 'MANAGER' } }, firm.token);
    expect((await ok(app, LISTED, {}, firm.token)).apiTokens).toContainEqual({ id: created.apiToken.id, role: 'ACCOUNTANT', effectiveRole: 'ACCOUNTANT' });
    await ok(app, graphql(`query TeamUsers2 { users { id } }`), {}, created.token);

    await ok(app, DEACTIVATE, { userId: second.userId }, firm.token);
    expect(errorCode(await gql(app, graphql(`query TeamUsers2 { users { id } }`), {}, created.token))).toBe('UNAUTHENTICATED');
    expect((await ok(app, LISTED, {}, firm.token)).apiTokens).toContainEqual({ id: created.apiToken.id, role: 'ACCOUNTANT', effectiveRole: null });
  });
});
