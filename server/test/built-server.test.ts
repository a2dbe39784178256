import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from './processes.js';

/**
 * The production path: `pnpm build` (tsc into dist/) and `node dist/main.js`, no tsx, on an
 * embedded PostgreSQL. Paths the server resolves from its own file (repository root, client
 * build, data folder, migrations) must hold from dist/ as they do from src/.
 */

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tscBin = createRequire(import.meta.url).resolve('typescript/bin/tsc');

let dataDir: string;
let child: ChildProcess | undefined;

beforeAll(async () => {
  // the same command as `pnpm build`; incremental, so an up-to-date dist/ costs a second
  const build = await new Promise<{ code: number | null; output: string }>((resolve) => {
    execFile(process.execPath, [tscBin, '-b', 'tsconfig.build.json'], { cwd: serverDir }, (error, stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, output: stdout + stderr }),
    );
  });
  expect(build.output, 'tsc -b tsconfig.build.json').toBe('');
  expect(build.code).toBe(0);
  // as root, PostgreSQL runs as the `postgres` OS user, which must reach this folder
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'schetovod-built-'));
  fs.chmodSync(dataDir, 0o755);
}, 600_000);

afterAll(async () => {
  if (child && child.exitCode === null && child.signalCode === null) {
    const exit = new Promise((resolve) => child!.once('exit', resolve));
    child.kill('SIGTERM');
    await exit;
  }
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

describe('the built server', () => {
  it('starts with node dist/main.js on an embedded PostgreSQL, answers /readyz and stops cleanly', async () => {
    const port = await freePort();
    const server = spawn(process.execPath, ['dist/main.js'], {
      cwd: serverDir,
      // NODE_ENV is dropped so the server runs as with `pnpm start`, not in vitest's `test` mode
      env: { ...process.env, NODE_ENV: undefined, DATABASE_URL: '', TEST_DATABASE_URL: '', DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'info', SEED_DEMO: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = server;
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      server.once('exit', (code, signal) => resolve({ code, signal })),
    );
    let stderr = '';
    server.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const lines: string[] = [];
    const url = await new Promise<string>((resolve, reject) => {
      readline.createInterface({ input: server.stdout! }).on('line', (line) => {
        lines.push(line);
        if (line.includes('"msg":"Schetovod is listening"')) resolve(String((JSON.parse(line) as { url: string }).url));
      });
      void exited.then(({ code, signal }) => reject(new Error(`exited (${code ?? signal}) before listening\n${lines.join('\n')}\n${stderr}`)));
    });

    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    // the client build is found from dist/ as from src/ (repository root two levels up)
    expect(fs.existsSync(path.resolve(serverDir, '../client/dist/index.html')), 'client/dist: build the client first (pnpm test does)').toBe(true);
    const page = await fetch(`${url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    // the embedded PostgreSQL's data went where DATA_DIR says, with the migrations applied
    expect(fs.existsSync(path.join(dataDir, 'pg', 'PG_VERSION'))).toBe(true);
    const login = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { login(email: "owner@demo.test", password: "demo2026") { token } }' }),
    });
    expect(((await login.json()) as { data?: { login?: { token?: string } } }).data?.login?.token).toMatch(/^ses_/);

    server.kill('SIGTERM');
    expect(await exited).toEqual({ code: 0, signal: null });
  }, 120_000);
});
