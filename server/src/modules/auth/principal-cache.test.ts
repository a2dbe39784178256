import { performance } from 'node:perf_hooks';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { App } from '../../app.js';
import { addMember, errorCode, gql, ok, signUpFirm, startTestApp, waitUntil, type SignedUpFirm } from '../../../test/harness.js';
import { EVENT_LISTENER_NAME } from '../events/event-bus.js';
import { secretHash } from './tokens.js';
import { graphql } from '../../../test/gql/index.js';

const ME = graphql(`query PrincipalCacheMe { me { id } }`);
const AUDIT = graphql(`query PrincipalCacheAuditLog { auditLog(first: 1) { edges { cursor } } }`);

let app: App;
let other: App;
let owner: SignedUpFirm;

beforeAll(async () => {
  app = await startTestApp();
  other = await startTestApp(app.databaseUrl);
  owner = await signUpFirm(app);
});

/** Ends the session in the table without an event: only a sign-in served from the cache survives it. */
async function revokeSilently(token: string, revoked: boolean): Promise<void> {
  await app.orm.em.getConnection().execute(`update session set revoked_at = ${revoked ? 'now()' : 'null'} where token_hash = ?`, [secretHash(token)]);
}

/** Uses the token on `on` until that instance answers it from its cache. */
async function cachedOn(on: App, token: string): Promise<void> {
  await waitUntil(async () => {
    await ok(on, ME, {}, token);
    await revokeSilently(token, true);
    const served = !(await gql(on, ME, {}, token)).errors;
    await revokeSilently(token, false);
    return served;
  }, 'the sign-in to be cached');
}

describe('signed-in principals are cached, and every end of access reaches the cache', () => {
  it('logout ends a cached sign-in at once on the same instance', async () => {
    const member = await addMember(app, owner.token, 'MANAGER');
    await cachedOn(app, member.token);
    await ok(app, graphql(`mutation PrincipalCacheLogout { logout }`), {}, member.token);
    expect(errorCode(await gql(app, ME, {}, member.token))).toBe('UNAUTHENTICATED');
  });

  it('deactivation through another instance ends a sign-in cached here', async () => {
    const member = await addMember(app, owner.token, 'MANAGER');
    await cachedOn(other, member.token);
    await ok(app, graphql(`mutation PrincipalCacheDeactivateUser($userId: ID!) { deactivateUser(userId: $userId) { id } }`), { userId: member.userId }, owner.token);
    await waitUntil(async () => errorCode(await gql(other, ME, {}, member.token)) === 'UNAUTHENTICATED', 'the other instance to refuse the token');
  });

  it('a role changed through another instance applies to a sign-in cached here', async () => {
    const member = await addMember(app, owner.token, 'OWNER');
    await cachedOn(other, member.token);
    expect(errorCode(await gql(other, AUDIT, {}, member.token))).toBeUndefined();
    await ok(app, graphql(`mutation PrincipalCacheChangeUserRole($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { id } }`), { input: { userId: member.userId, role: 'MANAGER' } }, owner.token);
    await waitUntil(async () => errorCode(await gql(other, AUDIT, {}, member.token)) === 'FORBIDDEN', 'the other instance to apply the new role');
  });

  it('a cached sign-in does not outlive its session', async () => {
    const member = await addMember(app, owner.token, 'MANAGER');
    // the cache's clock stands still while the entry is made, then moves on by hand: what ends the
    // entry is the session's expiry it carries, not how fast this machine is
    const realNow = performance.now.bind(performance);
    let cacheNow = realNow();
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => cacheNow);
    try {
      // 20 s left: under the cache's 30 s limit, so only the expiry can end the entry at +20 s
      await app.orm.em.getConnection().execute(`update session set expires_at = now() + interval '20 seconds' where token_hash = ?`, [secretHash(member.token)]);
      await cachedOn(app, member.token);
      // the database's time passes the expiry (no event says so) ...
      await app.orm.em.getConnection().execute(`update session set expires_at = now() - interval '1 second' where token_hash = ?`, [secretHash(member.token)]);
      // ... while the cache's has not: it still answers
      expect(errorCode(await gql(app, ME, {}, member.token))).toBeUndefined();
      cacheNow += 20_000;
      expect(errorCode(await gql(app, ME, {}, member.token))).toBe('UNAUTHENTICATED');
    } finally {
      clock.mockRestore();
    }
  });

  it('when the event listener loses its connection, what it cached is read again', async () => {
    const member = await addMember(app, owner.token, 'MANAGER');
    await cachedOn(app, member.token);
    await revokeSilently(member.token, true);
    // still served from the cache: no event said the session ended
    expect(errorCode(await gql(app, ME, {}, member.token))).toBeUndefined();
    await app.orm.em
      .getConnection()
      .execute(`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and application_name = ?`, [EVENT_LISTENER_NAME]);
    await waitUntil(async () => errorCode(await gql(app, ME, {}, member.token)) === 'UNAUTHENTICATED', 'the cache to be dropped');
  });
});

describe('cached API-token principals follow their creator', () => {
  it('an owner demoted through another instance: their OWNER token cached here loses owner rights', async () => {
    const member = await addMember(app, owner.token, 'OWNER');
    const created = await ok(
      app,
      graphql(`mutation PrincipalCacheCreateApiToken($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }`),
      { input: { name: 'Интеграция', role: 'OWNER' } },
      member.token,
    );
    const token = created.createApiToken.token as string;
    await waitUntil(async () => {
      await ok(other, AUDIT, {}, token);
      await app.orm.em.getConnection().execute(`update api_token set revoked_at = now() where token_hash = ?`, [secretHash(token)]);
      const served = !(await gql(other, AUDIT, {}, token)).errors;
      await app.orm.em.getConnection().execute(`update api_token set revoked_at = null where token_hash = ?`, [secretHash(token)]);
      return served;
    }, 'the token to be cached');
    await ok(app, graphql(`mutation PrincipalCacheChangeUserRole($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { id } }`), { input: { userId: member.userId, role: 'MANAGER' } }, owner.token);
    await waitUntil(async () => errorCode(await gql(other, AUDIT, {}, token)) === 'FORBIDDEN', 'the other instance to cap the token');
  });
});
