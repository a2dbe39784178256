import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { ONBOARDING_TEMPLATE_TASKS } from '../../src/modules/projects/default-template.js';

/**
 * The titles of the bench tasks, the same for every server (the events carry them, and Cyrillic
 * text costs more to encode and decode than ASCII): the onboarding template's, then numbered ones.
 */
export function benchTaskTitles(count: number): string[] {
  const template = ONBOARDING_TEMPLATE_TASKS.map((t) => t.title);
  return Array.from({ length: count }, (_, i) => template[i] ?? `Задача ${i + 1}`);
}

/** The baselines' table: one row per task, the same write (status + version) as the real server. */
export const BENCH_TASK_DDL = `
create table if not exists bench_task (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null,
  title text not null,
  status text not null,
  version int not null
)`;

export interface ChangedTask {
  id: string;
  projectId: string;
  title: string;
  status: string;
  from: string;
  version: number;
}

/**
 * The baselines' write: in one transaction, lock the row, check the version, set the status and
 * bump the version. Returns null on a stale version.
 */
export async function changeTaskStatus(pool: pg.Pool, id: string, version: number, status: string): Promise<ChangedTask | null> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    const { rows } = await client.query<{ id: string; project_id: string; title: string; status: string; from: string; version: number }>(
      `update bench_task t set status = $3, version = t.version + 1
         from (select id, status from bench_task where id = $1 for update) old
        where t.id = old.id and t.version = $2
        returning t.id, t.project_id, t.title, t.status, old.status as "from", t.version`,
      [id, version, status],
    );
    await client.query('commit');
    const row = rows[0];
    return row ? { id: row.id, projectId: row.project_id, title: row.title, status: row.status, from: row.from, version: row.version } : null;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** The same pool size as the real server's MikroORM pool. */
export function benchPool(databaseUrl: string): pg.Pool {
  return new pg.Pool({ connectionString: databaseUrl, max: 10 });
}

export function readBody(req: import('node:http').IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * A database of its own for one bench run, created on the admin connection; its drop is pushed
 * onto `cleanups` so an interrupted run leaves nothing behind.
 */
export async function createBenchDatabase(adminUrl: string, cleanups: (() => Promise<void>)[], log: (message: string) => void): Promise<string> {
  const name = `schetovod_bench_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  await admin.end();
  cleanups.push(async () => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(`drop database if exists "${name}" with (force)`);
    await client.end();
    log(`dropped database ${name}`);
  });
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  log(`created database ${name}`);
  return url.toString();
}
