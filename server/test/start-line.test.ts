import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, alive, postmasterPid } from './processes.js';

/**
 * The README's start line as a terminal runs it: `pnpm start` in a process group of its own
 * (client build skipped when unchanged, server compiled, `node dist/main.js` on an embedded
 * PostgreSQL), then Ctrl-C — SIGINT to the whole group. Expects a quiet exit 0 and no
 * PostgreSQL left running.
 */

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** pnpm as the start line runs it: the one on PATH (under `pnpm test`), or else through npx. */
function pnpmCommand(): { command: string[]; viaNpx: boolean } {
  const onPath = (process.env.PATH ?? '').split(path.delimiter).map((dir) => path.join(dir, 'pnpm')).find((file) => fs.existsSync(file));
  return onPath ? { command: [onPath], viaNpx: false } : { command: ['npx', '-y', 'pnpm@12.4.2'], viaNpx: true };
}

describe('the README start line', () => {
  let dataDir: string;
  let groupLeader: number | undefined;

  beforeAll(() => {
    // as root, PostgreSQL runs as the `postgres` OS user, which must reach this folder
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'schetovod-start-'));
    fs.chmodSync(dataDir, 0o755);
  });

  afterAll(async () => {
    // a failed test must not leave the group or its PostgreSQL behind
    if (groupLeader && alive(groupLeader)) process.kill(-groupLeader, 'SIGKILL');
    const orphan = postmasterPid(dataDir);
    if (orphan) {
      process.kill(orphan, 'SIGINT');
      while (alive(orphan)) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('skips the unchanged client, starts, and stops on Ctrl-C quietly with PostgreSQL stopped', async () => {
    // CI built the client just before the tests; the build stamp makes sure of it here, so the
    // start below meets an unchanged client whatever ran before
    execFileSync(process.execPath, ['client/scripts/build-if-changed.mjs'], { cwd: repoRoot, stdio: 'ignore' });

    const { command: [command, ...args], viaNpx } = pnpmCommand();
    const child = spawn(command!, [...args, 'start'], {
      cwd: repoRoot,
      env: { ...process.env, NODE_ENV: undefined, DATABASE_URL: '', TEST_DATABASE_URL: '', DATA_DIR: dataDir, PORT: String(await freePort()), LOG_LEVEL: 'info', SEED_DEMO: '0', CI: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
      // a process group of its own, as a terminal gives the command line it runs
      detached: true,
    });
    groupLeader = child.pid;
    let output = '';
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    const listening = new Promise<void>((resolve, reject) => {
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('(Ctrl-C stops it)')) resolve();
      };
      child.stdout!.on('data', read);
      child.stderr!.on('data', read);
      void exited.then(() => reject(new Error(`the start line ended before listening:\n${output}`)));
    });
    await listening;
    // the address the README gives, in the log and in a plain line for people
    expect(output).toMatch(/"url":"http:\/\/localhost:\d+","msg":"Schetovod is listening"/);
    expect(output).toMatch(/^Schetovod is running at http:\/\/localhost:\d+ \(Ctrl-C stops it\)$/m);
    expect(output).toContain('client is up to date');
    expect(output).not.toMatch(/vite v\d|built in/);
    expect(postmasterPid(dataDir)).not.toBeNull();

    process.kill(-child.pid!, 'SIGINT');
    const exit = await exited;

    // npm (npx) ends itself with the signal once its child has exited, quietly, as a shell expects
    expect(exit, output).toEqual(viaNpx ? { code: null, signal: 'SIGINT' } : { code: 0, signal: null });
    expect(output).toContain('"msg":"embedded PostgreSQL stopped"');
    expect(output).not.toMatch(/ELIFECYCLE|ERR_PNPM|"level":[56]0/);
    expect(postmasterPid(dataDir)).toBeNull();
  }, 180_000);
});
