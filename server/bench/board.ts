/**
 * Live-board benchmark: the real server (ours) against (A) a raw `ws` broadcaster and (B) a
 * minimal graphql-js + stock graphql-ws server, all doing the same database write per event.
 *
 *   pnpm --filter @schetovod/server bench:board
 *
 * Env: BENCH_DATABASE_URL (admin URL, default postgres://postgres@127.0.0.1:5432/postgres),
 * BENCH_SUBSCRIBERS (1000), BENCH_MULTI_SUBSCRIBERS (200), BENCH_ONLY (e.g. "ours,A,B,multi"),
 * BENCH_RAMP ("20,30,40,50,60,70,80,100,150,200,400" writes/s: fine
 * steps, so the sustained rate is measured to about 10 writes/s), BENCH_BASE_MS (10000), BENCH_STEP_MS (5000),
 * BENCH_WARM_MS (5000: writes at the base rate with every subscriber listening, not counted),
 * BENCH_CPU_PROF=<dir> (CPU profile of our server during the 10/s step, into <dir>),
 * BENCH_BASE_PROF=<dir> (whole-run CPU profiles of the baselines), BENCH_VERBOSE=1.
 */
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { BENCH_TASK_DDL, benchTaskTitles, createBenchDatabase } from './lib/bench-db.js';
import { fmt, LoadRun, type BenchTask, type PhaseResult } from './lib/load.js';
import { rssOf, serverDir, startServer, stopAllServers, type ServerProcess } from './lib/procs.js';
import { inviteCoordinators, newestEventId, setUpOurs } from './lib/setup.js';

const T_START = performance.now();
const DEADLINE = T_START + 340_000; // the whole run stays under 6 minutes
const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 1000);
const MULTI_SUBSCRIBERS = Number(process.env.BENCH_MULTI_SUBSCRIBERS ?? 200);
const MULTI_USERS = 10;
const TASKS = 64;
const P99_LIMIT_MS = 250;
const BASE_RATE = 10;
const BASE_MS = Number(process.env.BENCH_BASE_MS ?? 10_000);
const RAMP = (process.env.BENCH_RAMP ?? '20,30,40,50,60,70,80,100,150,200,400').split(',').filter(Boolean).map(Number);
const STEP_MS = Number(process.env.BENCH_STEP_MS ?? 5_000);
const WARM_MS = Number(process.env.BENCH_WARM_MS ?? 5_000);
const ONLY = new Set((process.env.BENCH_ONLY ?? 'ours,A,B,multi').split(',').map((s) => s.trim()));
const ADMIN_URL = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

// ------------------------------------------------------------------ cleanup

const cleanups: (() => Promise<void>)[] = [];
let cleaning: Promise<void> | null = null;
function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    for (const fn of cleanups.reverse()) await fn().catch((e: unknown) => console.error('cleanup:', e));
  })();
  return cleaning;
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping servers and dropping the bench database…`);
    void cleanup().finally(() => process.exit(130));
  });
}

function log(message: string): void {
  console.log(`[${((performance.now() - T_START) / 1000).toFixed(1).padStart(5)} s] ${message}`);
}

// ------------------------------------------------------------------ database


/** The baselines' rows: TASKS tasks of one project, all TODO at version 1. */
async function resetBenchTasks(databaseUrl: string, projectId: string): Promise<BenchTask[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(BENCH_TASK_DDL);
    await client.query('truncate bench_task');
    const { rows } = await client.query<{ id: string }>(
      `insert into bench_task (project_id, title, status, version)
       select $1, title, 'TODO', 1 from unnest($2::text[]) with ordinality as t(title, n) order by n returning id`,
      [projectId, benchTaskTitles(TASKS)],
    );
    return rows.map((r) => ({ id: r.id, version: 1, status: 'TODO' }));
  } finally {
    await client.end();
  }
}

// ------------------------------------------------------------------ one scenario

interface ScenarioResult {
  name: string;
  subscribers: number;
  connectMs: number;
  sentinelAttempts: number;
  rssBefore: number;
  rssAfter: number;
  warmUp: PhaseResult;
  phases: PhaseResult[];
  skipped: string[];
  integrity: Awaited<ReturnType<LoadRun['integrity']>>;
  base: PhaseResult | undefined;
  best: PhaseResult | undefined;
  /** 1-minute load average before → after (the machine has other work too) */
  machineLoad: string;
}

async function scenario(
  name: string,
  server: ServerProcess,
  options: { writerToken: string | null; tasks: BenchTask[]; tokens: string[]; subscribers: number; projectId: string; after: () => Promise<string | null>; profile?: boolean },
): Promise<ScenarioResult> {
  const run = new LoadRun(server.url, options.writerToken, options.tasks, server.pid);
  cleanups.push(async () => {
    await run.closeSubscribers().catch(() => undefined);
    run.close();
  });
  await run.warmUp(20, 1500);
  const after = await options.after();
  const rssBefore = rssOf(server.pid);
  const loadBefore = os.loadavg()[0]!;
  const t0 = performance.now();
  await run.connect(options.subscribers, options.tokens, { projectId: options.projectId, after });
  const sentinelAttempts = await run.awaitAllSubscribed(30_000);
  const connectMs = performance.now() - t0;
  const rssAfter = rssOf(server.pid);
  log(`${name}: ${options.subscribers} subscribed in ${(connectMs / 1000).toFixed(1)} s; RSS ${mb(rssBefore)} → ${mb(rssAfter)} MB`);

  // the first events through the fan-out warm it up (JIT, buffers, the GC after subscribing): same for every server
  const warmUp = await run.phase('warm-up', BASE_RATE, WARM_MS, Infinity);
  log(`${name}: warm-up at ${BASE_RATE}/s for ${WARM_MS / 1000} s (not counted): last-subscriber p50 ${fmt(warmUp.p50)} ms`);
  const phases: PhaseResult[] = [];
  const skipped: string[] = [];
  const step = async (rate: number, ms: number) => {
    const result = await run.phase(`${rate}/s`, rate, ms, P99_LIMIT_MS);
    phases.push(result);
    log(`${name}: ${rate}/s → achieved ${result.achievedRate.toFixed(1)}/s, last-subscriber p50 ${fmt(result.p50)} ms, p99 ${fmt(result.p99)} ms, server CPU ${pct(result.serverCpu)}, load CPU ${pct(result.loadCpu)}${result.pass ? '' : ` — ${result.why}`}`);
    return result;
  };
  // the server toggles a CPU profile on SIGUSR2 (bench/start-server.ts)
  if (options.profile) process.kill(server.pid, 'SIGUSR2');
  const base = await step(BASE_RATE, BASE_MS);
  if (options.profile) process.kill(server.pid, 'SIGUSR2');
  if (base.pass) {
    for (const rate of RAMP) {
      if (performance.now() + STEP_MS + 8000 > DEADLINE) {
        skipped.push(`${rate}/s (time budget)`);
        break;
      }
      if (!(await step(rate, STEP_MS)).pass) break;
    }
  }
  const integrity = await run.integrity(5000, Math.max(5000, Math.min(30_000, DEADLINE - performance.now() - 20_000)));
  await run.closeSubscribers();
  run.close();
  const best = phases.filter((p) => p.pass).sort((a, b) => b.rate - a.rate)[0];
  const machineLoad = `${loadBefore.toFixed(1)} → ${os.loadavg()[0]!.toFixed(1)}`;
  return { name, subscribers: options.subscribers, connectMs, sentinelAttempts, rssBefore, rssAfter, warmUp, phases, skipped, integrity, base, best, machineLoad };
}

// ------------------------------------------------------------------ printing

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const pct = (x: number) => `${Math.round(x * 100)}%`;
const perSubKB = (r: ScenarioResult) => (r.rssAfter - r.rssBefore) / 1024 / r.subscribers;
/** Deliveries one fully used core could make at the measured CPU cost per write. */
const capacity = (r: ScenarioResult) => (r.subscribers * 1000) / (r.base?.serverCpuMsPerWrite ?? NaN);
const deliveries = (r: ScenarioResult | undefined) => (r?.best ? r.best.achievedRate * r.subscribers : NaN);
const pad = (s: string, n: number) => s.padEnd(n);
const lpad = (s: string, n: number) => s.padStart(n);

function printScenario(r: ScenarioResult): void {
  console.log(`\n── ${r.name}: ${r.subscribers} subscribers ─ connect+subscribe ${(r.connectMs / 1000).toFixed(1)} s (sentinel writes ${r.sentinelAttempts}), RSS ${mb(r.rssBefore)} → ${mb(r.rssAfter)} MB = ${perSubKB(r).toFixed(1)} KB/subscriber; machine load avg ${r.machineLoad}`);
  console.log(`   ${pad('step', 7)}${lpad('sent', 6)}${lpad('achieved/s', 12)}${lpad('p50 ms', 9)}${lpad('p99 ms', 9)}${lpad('max ms', 9)}${lpad('1st p50', 9)}${lpad('mut p50', 9)}${lpad('srv CPU', 9)}${lpad('ms/write', 10)}${lpad('load CPU', 10)}  result`);
  for (const p of [r.warmUp, ...r.phases]) {
    const result = p === r.warmUp ? 'not counted' : p.pass ? 'ok' : `FAIL: ${p.why}`;
    console.log(
      `   ${pad(p.label, 7)}${lpad(String(p.sent), 6)}${lpad(p.achievedRate.toFixed(1), 12)}${lpad(fmt(p.p50), 9)}${lpad(fmt(p.p99), 9)}${lpad(fmt(p.max), 9)}${lpad(fmt(p.firstP50), 9)}${lpad(fmt(p.mutationP50), 9)}${lpad(pct(p.serverCpu), 9)}${lpad(fmt(p.serverCpuMsPerWrite), 10)}${lpad(pct(p.loadCpu), 10)}  ${result}`,
    );
  }
  if (r.skipped.length) console.log(`   skipped: ${r.skipped.join(', ')}`);
  const i = r.integrity;
  console.log(
    `   integrity (after ${(i.settleMs / 1000).toFixed(1)} s settling, ${i.late} late deliveries arrived meanwhile): ${i.measuredWrites} writes × ${r.subscribers} = ${i.expectedDeliveries} deliveries expected; lost ${i.lost} (${i.subsWithLoss} subscribers), duplicated ${i.duplicates}, out of order ${i.outOfOrder}, unmatched events ${i.unexpected}, write errors ${i.writeErrors}, subscriber errors ${i.subscriberErrors}; task.version older than the write ${i.olderVersionShown}, newer ${i.newerVersionShown}`,
  );
  if (i.sampleErrors.length) console.log(`   errors: ${i.sampleErrors.join(' | ').slice(0, 600)}`);
}

function ratio(a: number, b: number): string {
  return Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : '–';
}

function printSummary(results: Map<string, ScenarioResult>): void {
  const cols = ['ours', 'A', 'B'] as const;
  const titles = { ours: 'ours', A: 'A raw ws', B: 'B graphql-ws' };
  const get = (c: string) => results.get(c);
  const row = (label: string, f: (r: ScenarioResult) => string) =>
    console.log(`${pad(label, 46)}${cols.map((c) => lpad(get(c) ? f(get(c)!) : 'n/a', 15)).join('')}`);
  console.log(`\n══ Summary: ${SUBSCRIBERS} subscribers on one project, writes round-robin over ${TASKS} tasks ══`);
  console.log(`${pad('', 46)}${cols.map((c) => lpad(titles[c], 15)).join('')}`);
  row(`last-subscriber p50 @${BASE_RATE}/s (ms)`, (r) => fmt(r.base?.p50 ?? NaN));
  row(`last-subscriber p99 @${BASE_RATE}/s (ms)`, (r) => fmt(r.base?.p99 ?? NaN));
  row(`first-subscriber p50 @${BASE_RATE}/s (ms)`, (r) => fmt(r.base?.firstP50 ?? NaN));
  row(`mutation p50 @${BASE_RATE}/s (ms)`, (r) => fmt(r.base?.mutationP50 ?? NaN));
  row(`server CPU per write @${BASE_RATE}/s (ms)`, (r) => fmt(r.base?.serverCpuMsPerWrite ?? NaN));
  row(`  = server CPU per delivery (µs)`, (r) => fmt(((r.base?.serverCpuMsPerWrite ?? NaN) * 1000) / r.subscribers));
  row(`  → CPU-bound capacity (deliveries/s per core)`, (r) => fmt(capacity(r), 0));
  row(`highest rate with p99 ≤ ${P99_LIMIT_MS} ms (writes/s)`, (r) => (r.best ? `${r.best.rate} (${r.best.achievedRate.toFixed(0)})` : 'none'));
  row('  p99 at that rate (ms)', (r) => fmt(r.best?.p99 ?? NaN));
  row('sustained deliveries/s', (r) => fmt(deliveries(r), 0));
  row('first failing step', (r) => (r.phases.find((p) => !p.pass)?.label ?? 'none'));
  row('server RSS before → with subscribers (MB)', (r) => `${mb(r.rssBefore)}→${mb(r.rssAfter)}`);
  row('server memory per subscriber (KB)', (r) => perSubKB(r).toFixed(1));
  row('lost / duplicated / out of order', (r) => `${r.integrity.lost}/${r.integrity.duplicates}/${r.integrity.outOfOrder}`);

  const ours = get('ours');
  const A = get('A');
  const B = get('B');
  if (ours && A && B) {
    const p50 = (r: ScenarioResult) => r.base?.p50 ?? NaN;
    const p99 = (r: ScenarioResult) => r.base?.p99 ?? NaN;
    console.log('');
    console.log(`last-subscriber p50: ours ${fmt(p50(ours))} ms, A ${fmt(p50(A))} ms, B ${fmt(p50(B))} ms → ours/A ${ratio(p50(ours), p50(A))}, ours/B ${ratio(p50(ours), p50(B))}`);
    console.log(`last-subscriber p99: ours ${fmt(p99(ours))} ms, A ${fmt(p99(A))} ms, B ${fmt(p99(B))} ms → ours/A ${ratio(p99(ours), p99(A))}, ours/B ${ratio(p99(ours), p99(B))}`);
    console.log(`sustained deliveries/s: ours ${fmt(deliveries(ours), 0)}, A ${fmt(deliveries(A), 0)}, B ${fmt(deliveries(B), 0)} → ours/A ${ratio(deliveries(ours), deliveries(A))}, ours/B ${ratio(deliveries(ours), deliveries(B))}`);
    const cpu = (r: ScenarioResult) => r.base?.serverCpuMsPerWrite ?? NaN;
    console.log(`server CPU per write @${BASE_RATE}/s: ours ${fmt(cpu(ours))} ms, A ${fmt(cpu(A))} ms, B ${fmt(cpu(B))} ms → ours/A ${ratio(cpu(ours), cpu(A))}, ours/B ${ratio(cpu(ours), cpu(B))} (CPU time is far less sensitive to a busy machine than latency)`);
    console.log(`CPU-bound capacity (deliveries/s per core): ours ${fmt(capacity(ours), 0)}, A ${fmt(capacity(A), 0)}, B ${fmt(capacity(B), 0)} → ours/A ${ratio(capacity(ours), capacity(A))}, ours/B ${ratio(capacity(ours), capacity(B))}`);
    console.log(`memory per subscriber: ours ${perSubKB(ours).toFixed(1)} KB, A ${perSubKB(A).toFixed(1)} KB, B ${perSubKB(B).toFixed(1)} KB → ours/A ${ratio(perSubKB(ours), perSubKB(A))}, ours/B ${ratio(perSubKB(ours), perSubKB(B))}`);
    const t1 = p50(ours) <= 1.3 * p50(A);
    const t2 = p50(ours) < p50(B);
    const t3 = deliveries(ours) >= 0.55 * deliveries(A);
    const lossless = [ours, A, B].every((r) => r.integrity.lost + r.integrity.duplicates + r.integrity.outOfOrder === 0);
    console.log(`target: last-subscriber p50 within 1.3× of A ........ ${t1 ? 'MET' : 'MISSED'} (${ratio(p50(ours), p50(A))})`);
    console.log(`target: last-subscriber p50 below B ................. ${t2 ? 'MET' : 'MISSED'} (${ratio(p50(ours), p50(B))})`);
    console.log(`target: sustained deliveries ≥ 0.55× of A ........... ${t3 ? 'MET' : 'MISSED'} (${ratio(deliveries(ours), deliveries(A))})`);
    console.log(`target: 0 lost / duplicated / out of order .......... ${lossless ? 'MET' : 'MISSED'}`);
  }
  const multi = get('multi');
  if (multi) {
    console.log(`\n══ Separate run: ours, ${multi.subscribers} subscribers with ${MULTI_USERS} different COORDINATOR tokens ══`);
    console.log(`last-subscriber p50 @${BASE_RATE}/s ${fmt(multi.base?.p50 ?? NaN)} ms, p99 ${fmt(multi.base?.p99 ?? NaN)} ms; highest rate with p99 ≤ ${P99_LIMIT_MS} ms: ${multi.best ? `${multi.best.rate}/s (p99 ${fmt(multi.best.p99)} ms)` : 'none'}; sustained deliveries/s ${fmt(deliveries(multi), 0)}; server CPU per write @${BASE_RATE}/s ${fmt(multi.base?.serverCpuMsPerWrite ?? NaN)} ms; memory per subscriber ${perSubKB(multi).toFixed(1)} KB; lost/duplicated/out of order ${multi.integrity.lost}/${multi.integrity.duplicates}/${multi.integrity.outOfOrder}`);
  }
}

// ------------------------------------------------------------------ main

async function main(): Promise<void> {
  const databaseUrl = await createBenchDatabase(ADMIN_URL, cleanups, log);
  const env = { DATABASE_URL: databaseUrl, NODE_ENV: 'production' };
  const results = new Map<string, ScenarioResult>();
  const profDir = process.env.BENCH_CPU_PROF ? path.resolve(serverDir, process.env.BENCH_CPU_PROF) : null;
  const baselineProject = '00000000-0000-4000-8000-000000000001';

  const runBaseline = async (name: 'A' | 'B', script: string) => {
    const tasks = await resetBenchTasks(databaseUrl, baselineProject);
    const server = await startServer(name, script, env, process.env.BENCH_BASE_PROF ? ['--cpu-prof', '--cpu-prof-interval=200', `--cpu-prof-dir=${process.env.BENCH_BASE_PROF}`] : []);
    log(`${name} started (pid ${server.pid}) at ${server.url}`);
    try {
      results.set(name, await scenario(name, server, { writerToken: null, tasks, tokens: ['-'], subscribers: SUBSCRIBERS, projectId: baselineProject, after: async () => null }));
    } finally {
      await server.stop();
    }
  };
  const runOurs = async (name: 'ours' | 'multi') => {
    const server = await startServer(name, 'start-server.ts', profDir ? { ...env, BENCH_PROFILE_DIR: profDir } : env);
    log(`${name}: our server started (pid ${server.pid}) at ${server.url}`);
    try {
      const setup = await setUpOurs(server.url, TASKS);
      const tokens = name === 'multi' ? await inviteCoordinators(server.url, setup.ownerToken, MULTI_USERS) : [setup.ownerToken];
      log(`${name}: firm, project and ${setup.tasks.length} tasks set up${name === 'multi' ? `, ${tokens.length} coordinators invited` : ''}`);
      results.set(
        name,
        await scenario(name, server, {
          writerToken: setup.ownerToken,
          tasks: setup.tasks,
          tokens,
          subscribers: name === 'multi' ? MULTI_SUBSCRIBERS : SUBSCRIBERS,
          projectId: setup.projectId,
          after: () => newestEventId(server.url, setup.ownerToken),
          profile: !!profDir,
        }),
      );
    } finally {
      await server.stop();
    }
  };

  cleanups.push(stopAllServers);
  if (ONLY.has('ours')) await runOurs('ours');
  if (ONLY.has('A')) await runBaseline('A', 'baseline-raw-ws.ts');
  if (ONLY.has('B')) await runBaseline('B', 'baseline-graphql.ts');
  if (ONLY.has('multi')) {
    if (performance.now() + 60_000 < DEADLINE) await runOurs('multi');
    else log('multi: skipped (time budget)');
  }

  for (const name of ['ours', 'A', 'B', 'multi']) if (results.has(name)) printScenario(results.get(name)!);
  printSummary(results);
  if (profDir) console.log(`\nCPU profiles of our server (10/s step): ${profDir} — summarise with: npx tsx bench/profile-summary.ts <file>`);
  log('done');
}

try {
  await main();
  await cleanup();
  process.exit(0);
} catch (error) {
  console.error(error);
  await cleanup();
  process.exit(1);
}
