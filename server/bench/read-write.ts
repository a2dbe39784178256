/**
 * Reads and writes against hand-written SQL: our compiled production server and the baseline
 * (bench/baseline-rw.ts, plain graphql-js over `pg`, one token lookup and one statement per
 * operation) on the same database, the same firm, the same token and the same JSON answer.
 *
 *   pnpm --filter @schetovod/server bench:rw          (2½–4 minutes on 2 busy cores)
 *
 * Seeds through our API: a firm with 5 people, 200 leads, 50 projects of 8 tasks (the list's
 * 400 tasks), a board of 60 tasks with 120 comments, and two identical 20-task projects and two
 * identical leads for the writes. Then, for each operation, ours and the baseline answer the
 * same request, the answers are compared (identical, or the run fails; writes compare with the
 * written row's id and timestamps left out), and each is measured: lists with closed-loop
 * connections, writes one after another on one connection; ours and the baseline take turns in
 * BENCH_RW_ROUNDS slices (5), so a busy moment of the machine falls on both.
 *
 * Env: BENCH_DATABASE_URL (admin URL, default postgres://postgres@127.0.0.1:5432/postgres),
 * BENCH_RW_SECONDS (5, per list and server), BENCH_RW_WARM_SECONDS (1), BENCH_RW_CONNECTIONS (10),
 * BENCH_RW_WRITES (500 per write and server, after 20 not counted), BENCH_RW_ROUNDS (5), BENCH_RW_ONLY (e.g.
 * "leads,createLead"), BENCH_RW_SOURCE=1 (run our server from source through tsx instead of
 * building dist/), BENCH_CPU_PROF=<dir> (a CPU profile of our server per operation),
 * BENCH_VERBOSE=1.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createBenchDatabase } from './lib/bench-db.js';
import { fmt } from './lib/load.js';
import { closedLoop, Measurement, post, sequential, type Body, type LoadResult, type Target } from './lib/http-load.js';
import { serverDir, startServer, stopAllServers, type ServerProcess } from './lib/procs.js';
import { gql, inviteCoordinators } from './lib/setup.js';

const T_START = performance.now();
const SECONDS = Number(process.env.BENCH_RW_SECONDS ?? 5);
const WARM_SECONDS = Number(process.env.BENCH_RW_WARM_SECONDS ?? 1);
const CONNECTIONS = Number(process.env.BENCH_RW_CONNECTIONS ?? 10);
const WRITES = Number(process.env.BENCH_RW_WRITES ?? 500);
const WRITE_WARM = 20;
/** Ours and the baseline take turns in this many slices, so a busy moment of the machine falls on both. */
const ROUNDS = Number(process.env.BENCH_RW_ROUNDS ?? 5);
const ADMIN_URL = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const PROFILE_DIR = process.env.BENCH_CPU_PROF ? path.resolve(serverDir, process.env.BENCH_CPU_PROF) : null;

const LEAD_COUNT = 200;
const LIST_PROJECTS = 50;
const TASKS_PER_PROJECT = 8;
const BOARD_TASKS = 60;
const COMMENTS_PER_TASK = 2;
const WRITE_TASKS = 20;
const ORG_INN = '7707083893';

function log(message: string): void {
  console.log(`[${((performance.now() - T_START) / 1000).toFixed(1).padStart(5)} s] ${message}`);
}

// ------------------------------------------------------------------ operations

const USER = '{ id name role }';
const LEAD_FIELDS = `id lastName firstName patronymic legalForm companyName inn taxRegime regionCode phone email stage version createdAt updatedAt owner ${USER} source { id name }`;
const TASK_FIELDS = 'id title status priority position dueDate version';
const PROJECT_FIELDS = `id name status startDate dueDate version coordinator ${USER}`;

const LEADS = `query BenchLeads($first: Int!) { leads(first: $first) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${LEAD_FIELDS} } } } }`;
// page sizes as variables, as the client sends them (a literal `first` multiplies the request's cost)
const PROJECTS = `query BenchProjects($first: Int!) { projects(first: $first) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${PROJECT_FIELDS} tasks { ${TASK_FIELDS} assignee ${USER} } } } } }`;
const BOARD = `query BenchBoard($id: ID!) { project(id: $id) { ${PROJECT_FIELDS} tasks { ${TASK_FIELDS} assignee ${USER} commentCount comments { id body createdAt author ${USER} } } } }`;
const AUDIT = `query BenchAudit($first: Int!) { auditLog(first: $first) { pageInfo { hasNextPage endCursor } edges { cursor node { id seq topic type at subjectType subjectId changes actor { id name apiTokenId user ${USER} } } } } }`;
const CREATE_LEAD = `mutation BenchCreateLead($input: LeadInput!) { createLead(input: $input) { ${LEAD_FIELDS} } }`;
const UPDATE_LEAD = `mutation BenchUpdateLead($id: ID!, $version: Int!, $input: LeadInput!) { updateLead(id: $id, version: $version, input: $input) { ${LEAD_FIELDS} } }`;
const CHANGE_STATUS = `mutation BenchChangeTaskStatus($id: ID!, $version: Int!, $status: TaskStatus!) { changeTaskStatus(id: $id, version: $version, status: $status) { ${TASK_FIELDS} } }`;

interface Seed {
  token: string;
  userIds: string[];
  sourceIds: string[];
  boardId: string;
  /** Per server: a lead to update and a project's tasks to move, identical for both. */
  writeLeads: [string, string];
  writeTasks: [string[], string[]];
}

function leadCard(seed: Seed, i: number, edit = '') {
  return {
    lastName: 'Иванов',
    firstName: 'Пётр',
    patronymic: 'Сергеевич',
    legalForm: 'ORGANIZATION',
    companyName: `ООО «Ромашка ${i}»${edit}`,
    inn: ORG_INN,
    taxRegime: 'USN_INCOME',
    regionCode: '77',
    phone: '+79161234567',
    email: `client${i}@romashka.ru`,
    notes: edit ? `Правка ${edit}` : null,
    sourceId: seed.sourceIds[i % seed.sourceIds.length]!,
    ownerId: seed.userIds[i % seed.userIds.length]!,
  };
}

async function pooled<T>(count: number, concurrency: number, work: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(count);
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, async () => {
    while (next < count) {
      const i = next++;
      results[i] = await work(i);
    }
  }));
  return results;
}

/** The data, through our API as a client would make it. */
async function seed(url: string, lists: boolean): Promise<Seed> {
  const tag = randomBytes(4).toString('hex');
  const { signUp } = await gql<{ signUp: { token: string } }>(url, 'mutation ($input: SignUpInput!) { signUp(input: $input) { token } }', {
    input: { firmName: `Bench ${tag}`, name: 'Анна Владелец', email: `owner-${tag}@bench.test`, password: `bench-${randomBytes(8).toString('hex')}` },
  });
  const token = signUp.token;
  const q = <T>(query: string, variables: Record<string, unknown> = {}) => gql<T>(url, query, variables, token);
  await inviteCoordinators(url, token, 4);
  const { users } = await q<{ users: { id: string; role: string }[] }>('{ users { id role } }');
  const coordinators = users.filter((u) => u.role === 'COORDINATOR').map((u) => u.id);
  const { leadSources } = await q<{ leadSources: { id: string }[] }>('{ leadSources { id } }');
  const partial: Seed = { token, userIds: users.map((u) => u.id), sourceIds: leadSources.map((s) => s.id), boardId: '', writeLeads: ['', ''], writeTasks: [[], []] };

  const createProject = async (name: string, templateId?: string, coordinatorId = coordinators[0]) =>
    (await q<{ createProject: { id: string } }>('mutation ($input: CreateProjectInput!) { createProject(input: $input) { id } }', {
      input: { name, startDate: '2026-12-01', coordinatorId, templateId },
    })).createProject.id;
  const createTask = async (projectId: string, i: number) =>
    (await q<{ createTask: { id: string } }>('mutation ($input: CreateTaskInput!) { createTask(input: $input) { id } }', {
      input: { projectId, title: `Задача ${i + 1}: сверка с банком`, assigneeId: partial.userIds[i % partial.userIds.length], dueDate: '2026-12-20' },
    })).createTask.id;

  // the writes' own rows first, so the lists' first pages are the list data alone
  for (const side of [0, 1] as const) {
    const projectId = await createProject(`Запись ${side}`);
    for (let i = 0; i < WRITE_TASKS; i++) partial.writeTasks[side].push(await createTask(projectId, i));
    partial.writeLeads[side] = (await q<{ createLead: { id: string } }>('mutation ($input: LeadInput!) { createLead(input: $input) { id } }', { input: leadCard(partial, 0) })).createLead.id;
  }
  if (!lists) return partial;
  partial.boardId = await createProject('Доска');
  const boardTasks = await pooled(BOARD_TASKS, 6, (i) => createTask(partial.boardId, i));
  await pooled(BOARD_TASKS * COMMENTS_PER_TASK, 6, (i) =>
    q('mutation ($id: ID!, $body: String!) { commentTask(id: $id, body: $body) { id } }', { id: boardTasks[i % BOARD_TASKS], body: `Комментарий ${i + 1}: документы получены` }),
  );
  // the list's projects from a template of 8 tasks: half for the project's coordinator, half for the owner
  const { createProjectTemplate } = await q<{ createProjectTemplate: { id: string } }>('mutation ($input: ProjectTemplateInput!) { createProjectTemplate(input: $input) { id } }', {
    input: {
      name: 'Бенч',
      tasks: Array.from({ length: TASKS_PER_PROJECT }, (_, i) => ({ key: `t${i}`, title: `Задача ${i + 1}: сверка с банком`, dueInWorkingDays: i + 1, assigneeRole: i % 2 ? 'OWNER' : 'COORDINATOR' })),
    },
  });
  await pooled(LIST_PROJECTS, 4, (p) => createProject(`Клиент ${p + 1}`, createProjectTemplate.id, coordinators[p % coordinators.length]));
  await pooled(LEAD_COUNT, 6, (i) => q('mutation ($input: LeadInput!) { createLead(input: $input) { id } }', { input: leadCard(partial, i + 1) }));
  return partial;
}

// ------------------------------------------------------------------ comparing answers

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The written row's own id and timestamps differ between two servers; everything else must not. */
function withoutIdentity(data: Record<string, unknown>): unknown {
  const [[field, row]] = Object.entries(data) as [[string, Record<string, unknown>]];
  const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = row;
  return { [field]: rest };
}

function requireSame(operation: string, ours: unknown, baseline: unknown): void {
  if (same(ours, baseline)) return;
  const a = JSON.stringify(ours);
  const b = JSON.stringify(baseline);
  let at = 0;
  while (at < a.length && a[at] === b[at]) at++;
  throw new Error(`${operation}: the answers differ at character ${at}:\n  ours:     …${a.slice(Math.max(0, at - 120), at + 200)}\n  baseline: …${b.slice(Math.max(0, at - 120), at + 200)}`);
}

// ------------------------------------------------------------------ measuring

interface Row {
  operation: string;
  kind: 'list' | 'write';
  ours: LoadResult;
  baseline: LoadResult;
}

const agent = new http.Agent({ keepAlive: true });
const ask = (target: Target, body: Body) => post(agent, target, body);

/** Ours and the baseline in turns (who goes first alternates); each `slice` adds to its side's measurement. */
async function inTurns(operation: string, ours: Target, baseline: Target, slice: (target: Target, side: 0 | 1, round: number, into: Measurement) => Promise<void>): Promise<[LoadResult, LoadResult]> {
  const measured = [new Measurement(), new Measurement()] as const;
  await profiled(operation, ours, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      for (const side of round % 2 ? ([1, 0] as const) : ([0, 1] as const)) await slice(side ? baseline : ours, side, round, measured[side]);
    }
  });
  return [measured[0].result(), measured[1].result()];
}

async function measureList(operation: string, body: Body, ours: Target, baseline: Target): Promise<Row> {
  requireSame(operation, await ask(ours, body), await ask(baseline, body));
  for (const target of [ours, baseline]) await closedLoop(target, body, CONNECTIONS, WARM_SECONDS * 1000, null);
  const [o, b] = await inTurns(operation, ours, baseline, (target, _side, _round, into) => closedLoop(target, body, CONNECTIONS, (SECONDS * 1000) / ROUNDS, into));
  const row: Row = { operation, kind: 'list', ours: o, baseline: b };
  report(row);
  return row;
}

/** A write run: `body(side, i)` is the i-th request of a side; answers pass through `answered`. */
interface WriteRun {
  body(side: 0 | 1, i: number): Body;
  answered(side: 0 | 1, i: number, data: Record<string, unknown>): void;
}

async function measureWrite(operation: string, ours: Target, baseline: Target, run: WriteRun): Promise<Row> {
  // the first request of each side is the same write on identical rows: the answers must match
  const first = [await ask(ours, run.body(0, 0)), await ask(baseline, run.body(1, 0))] as const;
  run.answered(0, 0, first[0]);
  run.answered(1, 0, first[1]);
  requireSame(operation, withoutIdentity(first[0]), withoutIdentity(first[1]));
  const perRound = Math.ceil(WRITES / ROUNDS);
  const range = (side: 0 | 1, from: number, to: number, into: Measurement | null) =>
    sequential(side ? baseline : ours, from, to, (i) => run.body(side, i), (i, data) => run.answered(side, i, data), into);
  for (const side of [0, 1] as const) await range(side, 1, 1 + WRITE_WARM, null);
  const start = 1 + WRITE_WARM;
  const [o, b] = await inTurns(operation, ours, baseline, (_target, side, round, into) => range(side, start + round * perRound, start + (round + 1) * perRound, into));
  const row: Row = { operation, kind: 'write', ours: o, baseline: b };
  report(row);
  return row;
}

/** With BENCH_CPU_PROF, our server profiles the measured part (start-server.ts toggles on SIGUSR2; the baseline's turns are in it too, as idle time). */
async function profiled<T>(operation: string, target: Target, work: () => Promise<T>): Promise<T> {
  if (!PROFILE_DIR) return work();
  const before = new Set(fs.existsSync(PROFILE_DIR) ? fs.readdirSync(PROFILE_DIR) : []);
  process.kill(target.pid, 'SIGUSR2');
  const result = await work();
  process.kill(target.pid, 'SIGUSR2');
  for (let i = 0; i < 50; i++) {
    const added = fs.existsSync(PROFILE_DIR) ? fs.readdirSync(PROFILE_DIR).filter((f) => !before.has(f)) : [];
    if (added.length) {
      const file = path.join(PROFILE_DIR, `${operation}.cpuprofile`);
      fs.renameSync(path.join(PROFILE_DIR, added[0]!), file);
      log(`${operation}: profile of ours in ${path.relative(serverDir, file)}`);
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return result;
}

const ratio = (row: Row) => row.ours.throughput / row.baseline.throughput;
const cpuRatio = (row: Row) => row.ours.cpuMsPerRequest / row.baseline.cpuMsPerRequest;
const target = (row: Row) => (row.kind === 'list' ? 0.5 : 0.6);
const describe = (r: LoadResult) => `${r.throughput.toFixed(1)}/s, p50 ${fmt(r.p50, 2)} ms, p99 ${fmt(r.p99, 2)} ms, CPU ${fmt(r.cpuMsPerRequest, 2)} ms/request (${r.requests} requests)`;

function report(row: Row): void {
  log(`${row.operation}: ours ${describe(row.ours)}`);
  log(`${row.operation}: baseline ${describe(row.baseline)} → ${ratio(row).toFixed(2)}× throughput, CPU ${cpuRatio(row).toFixed(2)}×`);
}

function printTable(rows: Row[], load: string): void {
  const line = (cells: string[]) => console.log(`| ${cells.join(' | ')} |`);
  console.log(`\n══ ours / baseline (lists: ${CONNECTIONS} connections, ${SECONDS} s each; writes: ${WRITES} sequential; machine load average ${load}) ══`);
  line(['operation', 'ours req/s', 'p50 / p99 ms', 'CPU ms/req', 'baseline req/s', 'p50 / p99 ms', 'CPU ms/req', 'ratio', 'CPU ratio', 'target']);
  line(Array.from({ length: 10 }, () => '---'));
  for (const row of rows) {
    const met = ratio(row) >= target(row);
    const cpuMet = cpuRatio(row) <= 3;
    line([
      row.operation,
      row.ours.throughput.toFixed(1),
      `${fmt(row.ours.p50, 2)} / ${fmt(row.ours.p99, 2)}`,
      fmt(row.ours.cpuMsPerRequest, 2),
      row.baseline.throughput.toFixed(1),
      `${fmt(row.baseline.p50, 2)} / ${fmt(row.baseline.p99, 2)}`,
      fmt(row.baseline.cpuMsPerRequest, 2),
      `${ratio(row).toFixed(2)}×`,
      `${cpuRatio(row).toFixed(2)}×`,
      `≥${target(row)}× ${met ? 'met' : 'NOT MET'}; CPU ≤3× ${cpuMet ? 'met' : 'NOT MET'}`,
    ]);
  }
}

// ------------------------------------------------------------------ main

function build(args: string[]): boolean {
  try {
    execFileSync(path.join(serverDir, 'node_modules/.bin/tsc'), ['-b', 'tsconfig.build.json', ...args], { cwd: serverDir, stdio: 'inherit' });
    return true;
  } catch {
    return false;
  }
}

/** Whether every source file has its compiled file, written after it (`tsc -b` can call a tree up to date that it never wrote). */
function fresh(): boolean {
  const src = path.join(serverDir, 'src');
  const stale = (fs.readdirSync(src, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.ts') && !/\.(test|test-data|d)\.ts$/.test(file))
    .filter((file) => {
      const out = path.join(serverDir, 'dist', file.replace(/\.ts$/, '.js'));
      return !fs.existsSync(out) || fs.statSync(out).mtimeMs < fs.statSync(path.join(src, file)).mtimeMs;
    });
  if (stale.length) log(`dist/ is stale for ${stale.length} files, e.g. ${stale.slice(0, 3).join(', ')}`);
  return stale.length === 0;
}

const cleanups: (() => Promise<void>)[] = [];
async function cleanup(): Promise<void> {
  for (const fn of cleanups.splice(0).reverse()) await fn().catch((e: unknown) => console.error('cleanup:', e));
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void cleanup().finally(() => process.exit(130)));
}


/** The Node.js flags `pnpm start` runs the server with (server/package.json), so ours is measured as it runs. */
function startNodeFlags(): string[] {
  const start = (JSON.parse(fs.readFileSync(path.join(serverDir, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start;
  return start.match(/\bnode((?:\s+--[\w-]+(?:=\S+)?)*)\s+dist\/main\.js/)?.[1]?.trim().split(/\s+/).filter(Boolean) ?? [];
}

async function main(): Promise<void> {
  const only = process.env.BENCH_RW_ONLY ? new Set(process.env.BENCH_RW_ONLY.split(',').map((s) => s.trim())) : null;
  const wanted = (operation: string) => !only || only.has(operation);
  let compiled = !process.env.BENCH_RW_SOURCE;
  if (compiled) {
    log('building the server (tsc -b tsconfig.build.json, as `pnpm start` does)…');
    compiled = build([]) && (fresh() || (log('dist/ is older than src/: rebuilding with --force…'), build(['--force']) && fresh()));
    // a stale dist/ would measure old code: measure the sources instead (the same JavaScript, transpiled by tsx)
    if (!compiled) log('THE BUILD FAILED OR LEFT dist/ STALE (above): measuring src/ through tsx instead of dist/');
  }
  const databaseUrl = await createBenchDatabase(ADMIN_URL, cleanups, log);
  cleanups.push(stopAllServers);
  const env = { DATABASE_URL: databaseUrl, NODE_ENV: 'production', ...(compiled ? { BENCH_COMPILED: '1' } : {}), ...(PROFILE_DIR ? { BENCH_PROFILE_DIR: PROFILE_DIR } : {}) };
  const oursServer: ServerProcess = await startServer('ours', 'start-server.ts', env, startNodeFlags());
  log(`ours (${compiled ? 'dist/' : 'src/ through tsx'}, NODE_ENV=production) at ${oursServer.url}, pid ${oursServer.pid}`);
  const data = await seed(oursServer.url, ['leads', 'projects', 'board', 'auditLog'].some(wanted));
  log(`seeded: ${data.userIds.length} people, ${LEAD_COUNT + 2} leads, ${LIST_PROJECTS + 3} projects, ${LIST_PROJECTS * TASKS_PER_PROJECT + BOARD_TASKS + 2 * WRITE_TASKS} tasks, ${BOARD_TASKS * COMMENTS_PER_TASK} comments`);
  const baselineServer = await startServer('baseline', 'baseline-rw.ts', env);
  log(`baseline at ${baselineServer.url}, pid ${baselineServer.pid}`);
  const ours: Target = { url: oursServer.url, token: data.token, pid: oursServer.pid };
  const baseline: Target = { url: baselineServer.url, token: data.token, pid: baselineServer.pid };
  const load0 = os.loadavg()[0]!;

  const rows: Row[] = [];
  if (wanted('leads')) rows.push(await measureList('leads', { query: LEADS, variables: { first: 50 } }, ours, baseline));
  if (wanted('projects')) rows.push(await measureList('projects', { query: PROJECTS, variables: { first: 50 } }, ours, baseline));
  if (wanted('board')) rows.push(await measureList('board', { query: BOARD, variables: { id: data.boardId } }, ours, baseline));
  if (wanted('auditLog')) rows.push(await measureList('auditLog', { query: AUDIT, variables: { first: 50 } }, ours, baseline));

  if (wanted('createLead')) {
    rows.push(await measureWrite('createLead', ours, baseline, {
      body: (_side, i) => ({ query: CREATE_LEAD, variables: { input: leadCard(data, 1000 + i) } }),
      answered: () => undefined,
    }));
  }
  if (wanted('updateLead')) {
    const versions = [1, 1];
    rows.push(await measureWrite('updateLead', ours, baseline, {
      body: (side, i) => ({ query: UPDATE_LEAD, variables: { id: data.writeLeads[side], version: versions[side], input: leadCard(data, i % 7, ` ред. ${i}`) } }),
      answered: (side, _i, answer) => {
        versions[side] = (answer.updateLead as { version: number }).version;
      },
    }));
  }
  if (wanted('changeTaskStatus')) {
    const tasks = data.writeTasks.map((ids) => ids.map((id) => ({ id, version: 1, status: 'TODO' })));
    const pick = (side: 0 | 1, i: number) => tasks[side]![i % WRITE_TASKS]!;
    rows.push(await measureWrite('changeTaskStatus', ours, baseline, {
      body: (side, i) => {
        const task = pick(side, i);
        return { query: CHANGE_STATUS, variables: { id: task.id, version: task.version, status: task.status === 'TODO' ? 'IN_PROGRESS' : 'TODO' } };
      },
      answered: (side, i, answer) => {
        const changed = answer.changeTaskStatus as { version: number; status: string };
        Object.assign(pick(side, i), { version: changed.version, status: changed.status });
      },
    }));
  }
  printTable(rows, `${load0.toFixed(1)} → ${os.loadavg()[0]!.toFixed(1)}`);
  const missed = rows.filter((row) => ratio(row) < target(row) || cpuRatio(row) > 3).map((row) => row.operation);
  console.log(missed.length ? `\nbelow target: ${missed.join(', ')}` : '\nevery target met');
  log('done');
}

try {
  await main();
  agent.destroy();
  await cleanup();
  process.exit(0);
} catch (error) {
  console.error(error);
  await cleanup();
  process.exit(1);
}
