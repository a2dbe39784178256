import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.js';
import { DEMO_PEOPLE } from '../src/composition/demo-seed.js';
import { freePort, alive, postmasterPid } from './processes.js';

/**
 * The real server as a child process on an embedded PostgreSQL: first start, graceful restart,
 * and a start after the previous server was killed (its postmaster left orphaned).
 */

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// `node --import tsx`, not tsx's cli: the cli runs the server in a second process, so a
// SIGKILL sent to the cli would leave the real server running
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

const DEMO = { email: 'owner@demo.test', password: 'demo2026' };
const FIRM = { firmName: 'ООО «Рестарт»', name: 'Павел Рестартов', email: 'restart.owner@example.com', password: 'restart password 1' };

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

interface RunningServer {
  url: string;
  /** stdout lines so far (pino JSON lines and plain console output) */
  lines: string[];
  exited: Promise<Exit>;
  stop(signal?: NodeJS.Signals): Promise<Exit>;
  /** Signals the whole process group, as Ctrl-C in a terminal does. */
  interrupt(): Promise<Exit>;
}

const children = new Set<ChildProcess>();

function parseLog(line: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(line);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Spawns `src/main.ts` on `dataDir` and resolves once it logs `until` ("Schetovod is listening"). */
async function startServer(dataDir: string, until = 'Schetovod is listening'): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', tsxLoader, 'src/main.ts'], {
    cwd: serverDir,
    // NODE_ENV is dropped so the server runs as with `pnpm start`, not in vitest's `test` mode
    // (Apollo Server, for one, installs its own SIGTERM handler unless NODE_ENV is `test`)
    env: { ...process.env, NODE_ENV: undefined, DATABASE_URL: '', TEST_DATABASE_URL: '', DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'info', SEED_DEMO: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
    // its own process group, as a terminal gives the command it runs
    detached: true,
  });
  children.add(child);
  const exited = new Promise<Exit>((resolve) => {
    child.once('exit', (code, signal) => {
      children.delete(child);
      resolve({ code, signal });
    });
  });
  const lines: string[] = [];
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      lines.push(line);
      const entry = parseLog(line);
      if (entry?.msg === until) resolve(String(entry.url));
    });
    void exited.then(({ code, signal }) =>
      reject(new Error(`server exited (${code ?? signal}) before logging "${until}"\n--- stdout\n${lines.join('\n')}\n--- stderr\n${stderr}`)),
    );
  });
  return {
    url,
    lines,
    exited,
    stop(signal = 'SIGTERM') {
      child.kill(signal);
      return exited;
    },
    interrupt() {
      process.kill(-child.pid!, 'SIGINT');
      return exited;
    },
  };
}

const LOGIN = graphql(`mutation EmbeddedLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`);
const USERS = graphql(`query EmbeddedUsers { users { email } }`);
const SIGN_UP = graphql(`mutation EmbeddedSignUp($input: SignUpInput!) { signUp(input: $input) { token } }`);

/** One typed operation over HTTP to the child server (not the harness's: that one starts the app in this process). */
async function gql<R, V>(server: { url: string }, document: TypedDocumentNode<R, V>, variables: V, token?: string): Promise<R> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const result = (await response.json()) as { data?: R | null; errors?: unknown[] };
  if (result.errors?.length || result.data == null) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  return result.data;
}

async function login(server: { url: string }, email: string, password: string): Promise<string> {
  return (await gql(server, LOGIN, { email, password })).login.token;
}

const DEMO_EMAILS = DEMO_PEOPLE.map((person) => person.email).sort();

async function demoUserEmails(server: { url: string }): Promise<string[]> {
  const token = await login(server, DEMO.email, DEMO.password);
  return (await gql(server, USERS, {}, token)).users.map((user) => user.email).sort();
}

/** error-level (and worse) log lines, shortened to their messages */
const errorLogs = (server: RunningServer) =>
  server.lines
    .map(parseLog)
    .filter((entry) => Number(entry?.level) >= 50)
    .map((entry) => `${String(entry!.msg ?? '')} ${String((entry!.err as { message?: string } | undefined)?.message ?? '')}`.trim());

const hasDemoBanner = (server: RunningServer) => server.lines.some((line) => line.includes(`demo login: ${DEMO.email} / ${DEMO.password}`));

describe('server on an embedded PostgreSQL', () => {
  let dataDir: string;
  let server: RunningServer;

  beforeAll(() => {
    // as root, PostgreSQL runs as the `postgres` OS user, which must reach this folder
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'schetovod-embedded-'));
    fs.chmodSync(dataDir, 0o755);
  });

  afterAll(async () => {
    await Promise.all(
      [...children].map((child) => {
        const exit = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        // a shutdown that hangs must not leave the server behind
        const force = setTimeout(() => child.kill('SIGKILL'), 20_000);
        return exit.finally(() => clearTimeout(force));
      }),
    );
    // a failed test may leave the postmaster of a killed server behind
    const orphan = postmasterPid(dataDir);
    if (orphan) {
      process.kill(orphan, 'SIGINT');
      while (alive(orphan)) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('starts on an empty data folder with demo data and accepts sign-ups', async () => {
    server = await startServer(dataDir);

    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    expect(hasDemoBanner(server)).toBe(true);
    expect(await login(server, DEMO.email, DEMO.password)).toEqual(expect.any(String));
    expect(await demoUserEmails(server)).toEqual(DEMO_EMAILS);

    const signedUp = await gql(server, SIGN_UP, { input: FIRM });
    expect(signedUp.signUp.token).toEqual(expect.any(String));
  }, 60_000);

  it('keeps its data over a graceful restart and does not seed twice', async () => {
    const stopped = server;
    const exit = await stopped.stop('SIGTERM');
    expect(postmasterPid(dataDir)).toBeNull(); // the embedded PostgreSQL was stopped too
    expect(exit, 'exit after SIGTERM').toEqual({ code: 0, signal: null });
    expect(errorLogs(stopped), 'errors logged by the stopped server').toEqual([]);

    server = await startServer(dataDir);

    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    expect(await login(server, FIRM.email, FIRM.password)).toEqual(expect.any(String));
    expect(hasDemoBanner(server)).toBe(false);
    expect(await demoUserEmails(server)).toEqual(DEMO_EMAILS);
  }, 60_000);

  it('starts again after the previous server was killed', async () => {
    expect(await server.stop('SIGKILL')).toEqual({ code: null, signal: 'SIGKILL' });
    const orphan = postmasterPid(dataDir);
    expect(orphan).not.toBeNull(); // the killed server's PostgreSQL is still running

    server = await startServer(dataDir);

    expect(alive(orphan!)).toBe(false);
    expect(server.lines.some((line) => parseLog(line)?.msg === 'stopping an orphaned embedded PostgreSQL left by a previous run')).toBe(true);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    expect(await login(server, FIRM.email, FIRM.password)).toEqual(expect.any(String));
    expect(await demoUserEmails(server)).toEqual(DEMO_EMAILS);
    expect(hasDemoBanner(server)).toBe(false);
  }, 60_000);

  it('stops cleanly, database included, when Ctrl-C comes while it is still starting', async () => {
    await server.stop('SIGTERM');
    const starting = await startServer(dataDir, 'embedded PostgreSQL started');

    const exit = await starting.interrupt();
    expect(exit, starting.lines.join('\n')).toEqual({ code: 0, signal: null });
    expect(starting.lines.some((line) => parseLog(line)?.msg === 'embedded PostgreSQL stopped')).toBe(true);
    expect(postmasterPid(dataDir)).toBeNull();

    server = await startServer(dataDir);
  }, 60_000);

  it('stops cleanly when Ctrl-C reaches the whole process group, database last', async () => {
    const exit = await server.interrupt();
    expect(exit).toEqual({ code: 0, signal: null });
    expect(errorLogs(server)).toEqual([]);
    expect(postmasterPid(dataDir)).toBeNull();
  }, 60_000);
});
