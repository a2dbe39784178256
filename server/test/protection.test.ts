import { once } from 'node:events';
import { print } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { secretHash } from '../src/modules/auth/tokens.js';
import { errorCode, gql, ok, signUpFirm, uniqueEmail, startTestApp, Subscriber, type GraphQLResult, type SignedUpFirm } from './harness.js';
import { graphql } from './gql/index.js';

// Most documents here are hand-built strings on purpose (too deep, too many aliases or tokens,
// broken syntax, introspection): codegen would refuse them, and they are what is under test.

let app: App;
let owner: SignedUpFirm;

beforeAll(async () => {
  app = await startTestApp();
  owner = await signUpFirm(app);
});

/** A raw POST to /graphql: the status and the parsed answer, whatever its content type. */
async function post(target: { url: string }, body: string, token?: string): Promise<{ status: number; contentType: string | null; result: GraphQLResult }> {
  const response = await fetch(`${target.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });
  const contentType = response.headers.get('content-type');
  const text = await response.text();
  return { status: response.status, contentType, result: contentType?.includes('json') ? (JSON.parse(text) as GraphQLResult) : { errors: [{ message: text }] } };
}

const wsUrl = (target: { url: string }) => `${target.url.replace(/^http/, 'ws')}/graphql`;

/** One operation over graphql-ws, from a client whose upgrade request carries `headers`. */
async function overWebSocket(target: { url: string }, token: string, query: string, variables: Record<string, unknown>, headers: Record<string, string>): Promise<GraphQLResult> {
  class WithHeaders extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  }
  const client = createClient({ url: wsUrl(target), webSocketImpl: WithHeaders, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
  try {
    return await new Promise<GraphQLResult>((resolve, reject) => {
      let result: GraphQLResult = {};
      client.subscribe({ query, variables }, { next: (value) => (result = value as GraphQLResult), error: reject, complete: () => resolve(result) });
    });
  } finally {
    await client.dispose();
  }
}

/** A raw graphql-transport-ws connection, acknowledged; collects every message it reads. */
async function rawConnection(target: { url: string }, token: string) {
  const socket = new WebSocket(wsUrl(target), 'graphql-transport-ws');
  const messages: { type: string; id?: string; payload?: any }[] = [];
  let wake = () => undefined as void;
  socket.on('message', (data) => {
    messages.push(JSON.parse(String(data)));
    wake();
  });
  socket.on('error', () => undefined);
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => { resolve(code); wake(); }));
  await once(socket, 'open');
  socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
  let isClosed = false;
  void closed.then(() => (isClosed = true));
  /** Resolves when `check` holds for the messages read so far, or the socket has closed. */
  const until = async (check: () => boolean) => {
    while (!check() && !isClosed) await new Promise<void>((resolve) => (wake = resolve));
  };
  await until(() => messages.some((m) => m.type === 'connection_ack'));
  return { socket, messages, closed, until, nexts: () => messages.filter((m) => m.type === 'next') };
}

const LOGIN = graphql(`mutation ProtectionLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`);
/** The same login as text, for the clients here that put the query on the wire themselves. */
const LOGIN_TEXT = print(LOGIN);
const SERVER_INFO = graphql(`query ProtectionServerInfo { serverInfo { explorerEnabled } }`);

// the schema has no cycles yet, so the limits are lowered to meet real queries
const DEEP = `{ auditLog { edges { node { actor { id } } } } }`;

describe('query limits', () => {
  it('refuses a query deeper than the limit', async () => {
    const strict = await startTestApp(app.databaseUrl, { limits: { maxDepth: 3, maxAliases: 15, maxCost: 1e9, maxTokens: 2000 } });
    expect((await gql(strict, graphql(`query ProtectionMeFirm { me { firm { id } } }`), {}, owner.token)).errors).toBeUndefined();
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
    // hand-built on purpose: sixteen aliases, one over the limit
    const result = await gql(app, `{ ${aliases} }`, {}, owner.token);
    expect(errorCode(result)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors![0]!.message).toMatch(/alias/i);
  });

  it('applies the same limits to subscriptions over WebSocket', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: id`).join(' ');
    // hand-built on purpose: sixteen aliases, one over the limit
    const subscriber = new Subscriber(app, owner.token, `subscription { auditEvents(after: "0") { ${aliases} } }`);
    await subscriber.waitForEnd();
    expect(JSON.stringify(subscriber.errors)).toMatch(/alias/i);
    expect(JSON.stringify(subscriber.errors)).toContain('GRAPHQL_VALIDATION_FAILED');
    await subscriber.dispose();
  });

  it('answers a malformed or over-long subscription with GRAPHQL_PARSE_FAILED and keeps serving', async () => {
    // broken on purpose: an unclosed selection
    const broken = new Subscriber(app, owner.token, `subscription { auditEvents(after: "0") { id `);
    await broken.waitForEnd();
    expect(JSON.stringify(broken.errors)).toContain('GRAPHQL_PARSE_FAILED');
    await broken.dispose();
    // hand-built on purpose: over the token limit
    const long = new Subscriber(app, owner.token, `subscription { auditEvents(after: "0") { id ${'__typename '.repeat(2100)}} }`);
    await long.waitForEnd();
    expect(JSON.stringify(long.errors)).toContain('GRAPHQL_PARSE_FAILED');
    expect(JSON.stringify(long.errors)).toMatch(/tokens/);
    await long.dispose();
    const fine = new Subscriber(app, owner.token, graphql(`subscription ProtectionFirstAuditEvent { auditEvents(after: "0") { seq type } }`));
    // replayed from the start: the firm's first entry
    expect((await fine.waitFor(1))[0]!.auditEvents).toEqual({ seq: 1, type: 'FIRM_SIGNED_UP' });
    await fine.dispose();
  });
});

describe('HTTP errors are GraphQL errors', () => {
  it('answers a syntax error and the token limit with 400 GRAPHQL_PARSE_FAILED', async () => {
    const broken = await post(app, JSON.stringify({ query: '{ me { id ' }), owner.token);
    expect(broken.status).toBe(400);
    expect(errorCode(broken.result)).toBe('GRAPHQL_PARSE_FAILED');
    const long = await post(app, JSON.stringify({ query: `{ me { id ${'__typename '.repeat(2100)}} }` }), owner.token);
    expect(long.status).toBe(400);
    expect(errorCode(long.result)).toBe('GRAPHQL_PARSE_FAILED');
    expect(long.result.errors![0]!.message).toMatch(/tokens/);
    expect((await post(app, JSON.stringify({ query: '{ me { id } }' }), owner.token)).status).toBe(200);
  });

  it('answers malformed JSON with a JSON 400 BAD_REQUEST', async () => {
    const answer = await post(app, '{"query": "{ me { id } }"', owner.token);
    expect(answer.status).toBe(400);
    expect(answer.contentType).toMatch(/json/);
    expect(errorCode(answer.result)).toBe('BAD_REQUEST');
  });

  it('answers a body over 1 MB for an ordinary operation with a JSON 413 PAYLOAD_TOO_LARGE', async () => {
    const answer = await post(app, JSON.stringify({ query: '{ me { id } }', variables: { padding: 'x'.repeat(2 * 1024 * 1024) } }), owner.token);
    expect(answer.status).toBe(413);
    expect(answer.contentType).toMatch(/json/);
    expect(errorCode(answer.result)).toBe('PAYLOAD_TOO_LARGE');
    // naming an import does not help an operation that also asks for something else
    const smuggled = await post(
      app,
      JSON.stringify({ query: 'mutation ($file: UploadedFileInput!) { previewLeadImport(file: $file) { validCount } logout }', variables: { file: { name: 'a.csv', contentBase64: 'x'.repeat(2 * 1024 * 1024) } } }),
      owner.token,
    );
    expect(smuggled.status).toBe(413);
    // over the import limit too: still JSON
    const huge = await post(app, JSON.stringify({ query: '{ me { id } }', variables: { padding: 'x'.repeat(9 * 1024 * 1024) } }), owner.token);
    expect(huge.status).toBe(413);
    expect(errorCode(huge.result)).toBe('PAYLOAD_TOO_LARGE');
  });

  it('imports a 1.5 MB CSV file (the README promises up to 5 MB)', async () => {
    const header = 'Фамилия;Имя;Форма;Компания;ИНН;Режим;Регион;Источник;Телефон;Email;Заметки';
    // few rows, long notes (two bytes a letter): the size matters here, not the row count
    const rows = Array.from({ length: 85 }, (_, i) => `Иванов;Пётр;ООО;ООО «Крупный ${i}»;;ОСНО;77;;;;${'з'.repeat(9_500)}`);
    const content = Buffer.from([header, ...rows].join('\n'));
    expect(content.length).toBeGreaterThan(1.5 * 1024 * 1024);
    const file = { name: 'big.csv', contentBase64: content.toString('base64') };
    const preview = await post(app, JSON.stringify({ query: 'mutation ($file: UploadedFileInput!) { previewLeadImport(file: $file) { validCount invalidCount } }', variables: { file } }), owner.token);
    expect(preview.result).toEqual({ data: { previewLeadImport: { validCount: 85, invalidCount: 0 } } });
    const imported = await post(app, JSON.stringify({ query: 'mutation Import($file: UploadedFileInput!) { importLeads(file: $file) { imported skipped } }', operationName: 'Import', variables: { file } }), owner.token);
    expect(imported.result).toEqual({ data: { importLeads: { imported: 85, skipped: 0 } } });
  });
});

describe('production defaults', () => {
  it('turns introspection, field suggestions and the explorer off under NODE_ENV=production unless asked for', () => {
    expect(loadConfig({ NODE_ENV: 'production' })).toMatchObject({ introspection: false, explorer: false });
    expect(loadConfig({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: '1' })).toMatchObject({ introspection: true, explorer: true });
    expect(loadConfig({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: '1', GRAPHQL_EXPLORER: '0' })).toMatchObject({ introspection: true, explorer: false });
    // the quick-start line runs without NODE_ENV: someone trying the product gets the explorer
    expect(loadConfig({})).toMatchObject({ introspection: true, explorer: true });
    expect(loadConfig({ NODE_ENV: 'development' })).toMatchObject({ introspection: true, explorer: true });
  });

  it('a production server hides its schema, suggestions included, on HTTP and WebSocket', async () => {
    const production = loadConfig({ NODE_ENV: 'production' });
    const closed = await startTestApp(app.databaseUrl, { introspection: production.introspection, explorer: production.explorer });
    expect(errorCode(await gql(closed, `{ __schema { types { name } } }`))).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await gql(closed, SERVER_INFO)).data).toEqual({ serverInfo: { explorerEnabled: false } });
    const typo = await gql(closed, `{ mee { id } }`, {}, owner.token);
    expect(typo.errors![0]!.message).not.toMatch(/Did you mean/);
    // invalid on purpose: a typo the open server suggests a fix for
    expect((await gql(app, `{ mee { id } }`, {}, owner.token)).errors![0]!.message).toMatch(/Did you mean/);
    // invalid on purpose: a typo the closed server must not suggest a fix for
    const live = new Subscriber(closed, owner.token, `subscription { auditEvents(after: "0") { idd } }`);
    await live.waitForEnd();
    expect(JSON.stringify(live.errors)).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(live.errors)).not.toMatch(/Did you mean/);
    await live.dispose();
  });
});

describe('transport protection', () => {
  it('refuses a simple cross-site POST (CSRF prevention)', async () => {
    const response = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ serverInfo { version } }' }) });
    expect(response.status).toBe(400);
  });

  it('answers a subscription sent over HTTP with BAD_REQUEST, not a crash', async () => {
    const result = await gql(app, graphql(`subscription ProtectionAuditEventsOverHttp { auditEvents(after: "0") { id } }`), {}, owner.token);
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
    expect((await gql(closed, SERVER_INFO)).data).toEqual({ serverInfo: { explorerEnabled: false } });
    expect((await gql(app, SERVER_INFO)).data).toEqual({ serverInfo: { explorerEnabled: true } });
    // introspection, hand-built: what is under test is whether the server answers it at all
    expect((await gql(app, `{ __schema { queryType { name } } }`)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});

describe('WebSocket transport', () => {
  it('closes a connection whose frame is larger than 1 MB (1009) before reading it, and takes one just under', async () => {
    const socket = new WebSocket(wsUrl(app), 'graphql-transport-ws');
    socket.on('error', () => undefined);
    const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
    await once(socket, 'open');
    // no token either: before the fix the server read and parsed all of it, then refused it with 4401
    socket.send(JSON.stringify({ type: 'connection_init', payload: { padding: 'x'.repeat(2 * 1024 * 1024) } }));
    expect(await closed).toBe(1009);

    const fine = new WebSocket(wsUrl(app), 'graphql-transport-ws');
    await once(fine, 'open');
    fine.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${owner.token}`, padding: 'x'.repeat(900 * 1024) } }));
    const [ack] = await once(fine, 'message');
    expect(JSON.parse(String(ack)).type).toBe('connection_ack');
    fine.close();
  });

  it('closes a subscriber that stops reading once its send buffer passes the cap (1013); others keep receiving', async () => {
    const capped = await startTestApp(app.databaseUrl, { wsMaxBufferedBytes: 256 * 1024 });
    const LIVE = graphql(`subscription ProtectionAuditEventsChanges($after: ID) { auditEvents(after: $after) { id changes } }`);
    const start = String((await app.orm.em.getConnection().execute<{ event_seq: string }[]>('select event_seq from firm where id = ?', [owner.firmId]))[0]!.event_seq);

    // the slow one and a healthy one share one live group, so the healthy one's delivery marks the slow one's;
    // the slow one subscribes many times over, so every event sends it many frames
    const copies = 40;
    const slow = await rawConnection(capped, owner.token);
    for (let i = 0; i < copies; i += 1) slow.socket.send(JSON.stringify({ id: `s${i}`, type: 'subscribe', payload: { query: print(LIVE), variables: { after: start } } }));
    const healthy = new Subscriber(capped, owner.token, LIVE, { after: start });
    const card = { lastName: 'Медленный', firstName: 'Читатель', legalForm: 'ORGANIZATION' as const, companyName: 'ООО «Буфер»' };
    let lead = (await ok(app, graphql(`mutation ProtectionCreateLead($input: LeadInput!) { createLead(input: $input) { id version } }`), { input: card }, owner.token)).createLead;
    await slow.until(() => slow.nexts().length === copies);
    await healthy.waitFor(1);

    // the reader stops: the server's writes pile up once the kernel's buffers (a few MB) are full
    const raw = (slow.socket as unknown as { _socket: { pause(): void; resume(): void } })._socket;
    raw.pause();
    const updates = 12;
    for (let i = 0; i < updates; i += 1) {
      const input = { ...card, notes: String(i % 10).repeat(9_000) };
      lead = (await ok(app, graphql(`mutation ProtectionUpdateLead($id: ID!, $version: Int!, $input: LeadInput!) { updateLead(id: $id, version: $version, input: $input) { id version } }`), { id: lead.id, version: lead.version, input }, owner.token)).updateLead;
    }
    // the healthy subscriber got every event, so every frame was written to the slow one too (~9 MB)
    await healthy.waitFor(1 + updates);

    raw.resume();
    await slow.until(() => slow.nexts().length === copies * (1 + updates));
    expect(await Promise.race([slow.closed, 'still open'])).toBe(1013);
    expect(slow.nexts().length).toBeLessThan(copies * (1 + updates));
    expect(healthy.closedWith).toBeNull();
    await healthy.dispose();
  });

  it('counts a login sent over the WebSocket against the client address, as HTTP does (TRUST_PROXY)', async () => {
    const proxied = await startTestApp(app.databaseUrl, { trustProxy: true, loginRateLimit: { perEmail: 100, perAddress: 2, windowSeconds: 900 } });
    const wrong = { email: uniqueEmail('nobody'), password: 'not the password' };
    const from = (address: string) => ({ 'x-forwarded-for': `${address}, 10.0.0.1` });
    expect(errorCode(await overWebSocket(proxied, owner.token, LOGIN_TEXT, wrong, from('203.0.113.7')))).toBe('UNAUTHENTICATED');
    expect(errorCode(await overWebSocket(proxied, owner.token, LOGIN_TEXT, wrong, from('203.0.113.7')))).toBe('UNAUTHENTICATED');
    expect(errorCode(await overWebSocket(proxied, owner.token, LOGIN_TEXT, wrong, from('203.0.113.7')))).toBe('TOO_MANY_REQUESTS');
    // the same address over HTTP shares the budget; another address has its own
    const http = await fetch(`${proxied.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...from('203.0.113.7') }, body: JSON.stringify({ query: LOGIN_TEXT, variables: wrong }) });
    expect(errorCode((await http.json()) as GraphQLResult)).toBe('TOO_MANY_REQUESTS');
    expect(errorCode(await overWebSocket(proxied, owner.token, LOGIN_TEXT, wrong, from('198.51.100.9')))).toBe('UNAUTHENTICATED');
  });

  it('closes an open WebSocket (4401) when its session expires', async () => {
    const { login } = await ok(app, LOGIN, { email: owner.email, password: owner.password });
    await app.orm.em.getConnection().execute(`update session set expires_at = now() + interval '1500 milliseconds' where token_hash = ?`, [secretHash(login.token)]);
    const live = new Subscriber(app, login.token, graphql(`subscription ProtectionAuditEventsExpiring { auditEvents(after: "0") { id } }`));
    await live.waitFor(1);
    expect(await live.closed()).toBe(4401);
    expect((await gql(app, graphql(`query ProtectionMe { me { id } }`), {}, login.token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
