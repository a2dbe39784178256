import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app.js';
import { errorCode, gql, signUpFirm, startTestApp, Subscriber, type SignedUpFirm } from './harness.js';

let app: App;
let owner: SignedUpFirm;

beforeAll(async () => {
  app = await startTestApp();
  owner = await signUpFirm(app);
});

// the schema has no cycles yet, so the limits are lowered to meet real queries
const DEEP = `{ auditLog { edges { node { actor { id } } } } }`;

describe('query limits', () => {
  it('refuses a query deeper than the limit', async () => {
    const strict = await startTestApp(app.databaseUrl, { limits: { maxDepth: 3, maxAliases: 15, maxCost: 1e9, maxTokens: 2000 } });
    expect((await gql(strict, `{ me { firm { id } } }`, {}, owner.token)).errors).toBeUndefined();
    const tooDeep = await gql(strict, DEEP, {}, owner.token);
    expect(errorCode(tooDeep)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(tooDeep.errors![0]!.message).toMatch(/depth/i);
  });

  it('refuses a query that costs too much', async () => {
    const strict = await startTestApp(app.databaseUrl, { limits: { maxDepth: 10, maxAliases: 15, maxCost: 10, maxTokens: 2000 } });
    const result = await gql(strict, DEEP, {}, owner.token);
    expect(errorCode(result)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors![0]!.message).toMatch(/cost/i);
    expect((await gql(app, DEEP, {}, owner.token)).errors).toBeUndefined();
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: me { id }`).join(' ');
    const result = await gql(app, `{ ${aliases} }`, {}, owner.token);
    expect(errorCode(result)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors![0]!.message).toMatch(/alias/i);
  });

  it('applies the same limits to subscriptions over WebSocket', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: id`).join(' ');
    const subscriber = new Subscriber(app, owner.token, `subscription { auditEvents(after: "0") { ${aliases} } }`);
    await subscriber.waitForEnd();
    expect(JSON.stringify(subscriber.errors)).toMatch(/alias/i);
    expect(JSON.stringify(subscriber.errors)).toContain('GRAPHQL_VALIDATION_FAILED');
    await subscriber.dispose();
  });

  it('answers a malformed or over-long subscription with GRAPHQL_PARSE_FAILED and keeps serving', async () => {
    const broken = new Subscriber(app, owner.token, `subscription { auditEvents(after: "0") { id `);
    await broken.waitForEnd();
    expect(JSON.stringify(broken.errors)).toContain('GRAPHQL_PARSE_FAILED');
    await broken.dispose();
    const long = new Subscriber(app, owner.token, `subscription { auditEvents(after: "0") { id ${'__typename '.repeat(2100)}} }`);
    await long.waitForEnd();
    expect(JSON.stringify(long.errors)).toContain('GRAPHQL_PARSE_FAILED');
    expect(JSON.stringify(long.errors)).toMatch(/tokens/);
    await long.dispose();
    const fine = new Subscriber<{ auditEvents: { id: string } }>(app, owner.token, `subscription { auditEvents(after: "0") { id } }`);
    expect((await fine.waitFor(1))[0]!.auditEvents.id).toBeTruthy();
    await fine.dispose();
  });
});

describe('transport protection', () => {
  it('refuses a simple cross-site POST (CSRF prevention)', async () => {
    const response = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ serverInfo { version } }' }) });
    expect(response.status).toBe(400);
  });

  it('answers a subscription sent over HTTP with BAD_REQUEST, not a crash', async () => {
    const result = await gql(app, `subscription { auditEvents(after: "0") { id } }`, {}, owner.token);
    expect(errorCode(result)).toBe('BAD_REQUEST');
    expect(result.errors![0]!.message).toMatch(/WebSocket/);
  });

  it('tags every response with a request id', async () => {
    const response = await fetch(`${app.url}/healthz`);
    expect(response.headers.get('x-request-id')).toMatch(/[0-9a-f-]{36}/);
    const echoed = await fetch(`${app.url}/healthz`, { headers: { 'x-request-id': 'lb-123' } });
    expect(echoed.headers.get('x-request-id')).toBe('lb-123');
  });

  it('reports health and readiness', async () => {
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${app.url}/readyz`)).json()).toEqual({ status: 'ready' });
  });

  it('can switch off introspection and the explorer', async () => {
    const closed = await startTestApp(app.databaseUrl, { introspection: false, explorer: false });
    const result = await gql(closed, `{ __schema { types { name } } }`);
    expect(errorCode(result)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await gql(closed, `{ serverInfo { explorerEnabled } }`)).data).toEqual({ serverInfo: { explorerEnabled: false } });
    expect((await gql(app, `{ serverInfo { explorerEnabled } }`)).data).toEqual({ serverInfo: { explorerEnabled: true } });
    expect((await gql(app, `{ __schema { queryType { name } } }`)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});
