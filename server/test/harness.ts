import { randomBytes } from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import pg from 'pg';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, inject } from 'vitest';
import { createApp, type App } from '../src/app.js';
import { loadConfig, type Config } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { graphql } from './gql/index.js';
import type { Department, Role } from './gql/graphql.js';

export interface GraphQLResult<T = any> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; fields?: { field: string; message: string; code?: string }[]; [k: string]: unknown } }[];
}

/** A fresh, empty database on the test PostgreSQL; dropped when the file's tests end. */
export async function createTestDatabase(): Promise<string> {
  const adminUrl = inject('adminDatabaseUrl');
  const name = `schetovod_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  afterAll(async () => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(`drop database if exists "${name}" with (force)`);
    await client.end();
  });
  return url.toString();
}

export function testConfig(databaseUrl: string, overrides: Partial<Config> = {}): Config {
  return loadConfig({}, {
    port: 0,
    host: '127.0.0.1',
    databaseUrl,
    seedDemo: false,
    logLevel: process.env.TEST_LOG_LEVEL ?? 'silent',
    // every test signs up firms from the same address
    signUpRateLimit: { perAddress: 100_000, windowSeconds: 3600 },
    ...overrides,
  });
}

/** Starts the real server (HTTP + WebSocket) on a random port; closed after the file's tests. */
export async function startTestApp(databaseUrl?: string, overrides: Partial<Config> = {}): Promise<App> {
  const config = testConfig(databaseUrl ?? (await createTestDatabase()), overrides);
  const app = await createApp(config, createLogger(config.logLevel));
  afterAll(() => app.close());
  return app;
}

type Variables = Record<string, unknown>;

/**
 * The variables (and token) after a typed document: required when the operation declares a
 * required variable, optional otherwise.
 */
type TypedArgs<V> = Record<string, never> extends V ? [variables?: NoInfer<V>, token?: string | null] : [variables: NoInfer<V>, token?: string | null];

const printed = new WeakMap<object, string>();

/** What goes on the wire: a generated document printed once, or a hand-built string as it is. */
function queryText(document: TypedDocumentNode<unknown, never> | string): string {
  if (typeof document === 'string') return document;
  // graphql() answers {} for a source codegen has not seen
  if (!('definitions' in document)) throw new Error('unknown operation: run `pnpm codegen`');
  let text = printed.get(document);
  if (text === undefined) printed.set(document, (text = print(document)));
  return text;
}

/**
 * Sends one GraphQL operation over HTTP the way any client would. Operations are generated
 * documents (`graphql(\`…\`)` from ./gql); a plain string is ONLY for a document a test must
 * build or break itself (protection limits, schema walking, fuzzing), and its answer is untyped.
 */
export async function gql<R, V extends Variables>(app: { url: string }, document: TypedDocumentNode<R, V>, ...args: TypedArgs<V>): Promise<GraphQLResult<R>>;
export async function gql(app: { url: string }, handBuilt: string, variables?: Variables, token?: string | null): Promise<GraphQLResult<any>>;
export async function gql(app: { url: string }, document: TypedDocumentNode<unknown, never> | string, variables: Variables = {}, token?: string | null): Promise<GraphQLResult<unknown>> {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: queryText(document), variables }),
  });
  return (await response.json()) as GraphQLResult<unknown>;
}

/** Like `gql`, but fails the test on any error and returns the data. */
export async function ok<R, V extends Variables>(app: { url: string }, document: TypedDocumentNode<R, V>, ...args: TypedArgs<V>): Promise<R>;
export async function ok(app: { url: string }, handBuilt: string, variables?: Variables, token?: string | null): Promise<any>;
export async function ok(app: { url: string }, document: TypedDocumentNode<unknown, never> | string, variables: Variables = {}, token?: string | null): Promise<unknown> {
  const result = await gql(app, queryText(document), variables, token);
  if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  if (result.data == null) throw new Error('GraphQL answered without data');
  return result.data;
}

export function errorCode(result: GraphQLResult): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}

export interface SignedUpFirm {
  token: string;
  userId: string;
  firmId: string;
  email: string;
  password: string;
}

let counter = 0;
export function uniqueEmail(prefix = 'user'): string {
  counter += 1;
  return `${prefix}.${Date.now().toString(36)}.${counter}.${randomBytes(3).toString('hex')}@example.com`;
}

const SIGN_UP = graphql(`
  mutation HarnessSignUp($input: SignUpInput!) {
    signUp(input: $input) { token user { id firm { id } } }
  }
`);
const INVITE = graphql(`
  mutation HarnessInviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) { invitationLink user { id } }
  }
`);
const ACCEPT = graphql(`
  mutation HarnessAcceptInvite($token: String!, $password: String!) {
    acceptInvite(token: $token, password: $password) { token }
  }
`);

export async function signUpFirm(app: { url: string }, firmName = 'ООО «Баланс»'): Promise<SignedUpFirm> {
  const email = uniqueEmail('owner');
  const password = 'correct horse battery';
  const data = await ok(app, SIGN_UP, { input: { firmName, name: 'Анна Соколова', email, password } });
  return { token: data.signUp.token, userId: data.signUp.user.id, firmId: data.signUp.user.firm.id, email, password };
}

/** Invites a user with the given role as the owner and accepts the invitation; returns their token. */
export async function addMember(app: { url: string }, ownerToken: string, role: Role, department: Department | null = null) {
  const email = uniqueEmail(role.toLowerCase());
  const invited = await ok(app, INVITE, { input: { email, name: `Сотрудник ${role}`, role, department } }, ownerToken);
  const secret = invited.inviteUser.invitationLink.split('/invite/')[1]!;
  const accepted = await ok(app, ACCEPT, { token: secret, password: 'member password 1' });
  return { userId: invited.inviteUser.user.id, token: accepted.acceptInvite.token, email, password: 'member password 1' };
}

/** A real graphql-ws subscriber; `next()` waits for the next event, never for a fixed time. */
export class Subscriber<T = any> {
  readonly received: T[] = [];
  readonly errors: unknown[] = [];
  completed = false;
  closedWith: number | null = null;
  private waiters: (() => void)[] = [];
  private readonly client: Client;
  private readonly closedPromise: Promise<number>;

  /** A generated subscription document; a string only for one a test must build or break itself. */
  constructor(app: { url: string }, token: string | null, document: TypedDocumentNode<T, any> | string, variables: Variables = {}) {
    let resolveClosed!: (code: number) => void;
    this.closedPromise = new Promise((resolve) => (resolveClosed = resolve));
    this.client = createClient({
      url: `${app.url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
      retryAttempts: 0,
      lazy: false,
      on: {
        closed: (event) => {
          this.closedWith = (event as { code: number }).code;
          resolveClosed(this.closedWith);
          this.wake();
        },
      },
      onNonLazyError: () => undefined,
    });
    this.client.subscribe<T>({ query: queryText(document), variables }, {
      next: (value) => {
        if (value.errors) this.errors.push(...value.errors);
        if (value.data) this.received.push(value.data as T);
        this.wake();
      },
      error: (error) => {
        this.errors.push(error);
        this.wake();
      },
      complete: () => {
        this.completed = true;
        this.wake();
      },
    });
  }

  private wake() {
    for (const waiter of this.waiters.splice(0)) waiter();
  }

  /** Resolves once `count` events have arrived (or rejects if the stream failed first). */
  async waitFor(count: number): Promise<T[]> {
    while (this.received.length < count) {
      if (this.errors.length) throw new Error(`subscription failed: ${JSON.stringify(this.errors)}`);
      if (this.completed || this.closedWith !== null) throw new Error(`subscription ended after ${this.received.length} events`);
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
    return this.received.slice(0, count);
  }

  /** Resolves when the stream ends with an error, completion or a closed socket. */
  async waitForEnd(): Promise<void> {
    while (!this.errors.length && !this.completed && this.closedWith === null) {
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  closed(): Promise<number> {
    return this.closedPromise;
  }

  async dispose(): Promise<void> {
    await this.client.dispose();
  }
}

/**
 * Polls for a state that no event announces (a row another instance wrote, a lock being waited
 * on, what another instance's cache answers): pauses between polls, from 5 ms doubling to 100 ms,
 * so the server being polled gets the time it needs, and fails with `what` past the deadline.
 * Where an event exists (a subscription, a listener callback, a promise), wait for it instead.
 */
export async function waitUntil(check: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (let pause = 5; !(await check()); pause = Math.min(pause * 2, 100)) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, pause));
  }
}
