/**
 * Start-up time and CPU per mutation: the server run through tsx (`node --import tsx src/main.ts`)
 * and compiled (`node dist/main.js`, build it first with `pnpm build`), side by side.
 *
 *   TEST_DATABASE_URL=postgres://… npx tsx bench/startup.ts
 *
 * Each round starts each variant on a fresh database of that PostgreSQL and times process start →
 * the "Schetovod is listening" log line, then sends BENCH_MUTATIONS (500) sequential `createLead`
 * over HTTP and reads the server process's own CPU time (user + system) from /proc, so the
 * database's work is not counted. Linux only. BENCH_ROUNDS (3) rounds; medians are printed.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { gql } from './lib/setup.js';

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const adminUrl = process.env.TEST_DATABASE_URL || process.env.BENCH_DATABASE_URL;
if (!adminUrl) throw new Error('Set TEST_DATABASE_URL (a PostgreSQL where the bench may create databases)');
const rounds = Number(process.env.BENCH_ROUNDS || 3);
const mutations = Number(process.env.BENCH_MUTATIONS || 500);
if (!fs.existsSync(path.join(serverDir, 'dist/main.js'))) throw new Error('Build the server first: pnpm build');

const variants = {
  tsx: ['--import', 'tsx', 'src/main.ts'],
  compiled: ['dist/main.js'],
} as const;
type Variant = keyof typeof variants;

const ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim());

/** user + system CPU of a process in milliseconds (fields 14 and 15 of /proc/<pid>/stat). */
function cpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function withAdmin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

interface Measurement {
  startupMs: number;
  cpuPerMutationMs: number;
  wallPerMutationMs: number;
}

async function measure(variant: Variant, round: number): Promise<Measurement> {
  const database = `bench_startup_${variant}_${process.pid}_${round}`;
  await withAdmin((c) => c.query(`create database ${database}`));
  const databaseUrl = new URL(adminUrl!);
  databaseUrl.pathname = `/${database}`;
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [...variants[variant]], {
    cwd: serverDir,
    env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: databaseUrl.href, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info', SEED_DEMO: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    const url = await new Promise<string>((resolve, reject) => {
      readline.createInterface({ input: child.stdout! }).on('line', (line) => {
        if (line.includes('"Schetovod is listening"')) resolve(String(JSON.parse(line).url));
      });
      void exited.then(() => reject(new Error(`${variant} exited before listening`)));
    });
    const startupMs = performance.now() - started;

    const firm = { firmName: `Бенч ${variant}`, name: 'Бенч', email: `bench.${variant}.${round}@example.com`, password: 'bench password 1' };
    const { signUp } = await gql<{ signUp: { token: string } }>(url, 'mutation ($input: SignUpInput!) { signUp(input: $input) { token } }', { input: firm });
    const create = 'mutation ($input: LeadInput!) { createLead(input: $input) { id } }';
    const lead = (i: number) => ({ legalForm: 'ORGANIZATION', companyName: `ООО «Бенч ${i}»`, firstName: 'Иван', lastName: 'Петров' });
    // warm-up: the first requests compile the code paths (the same for both variants)
    for (let i = 0; i < 20; i++) await gql(url, create, { input: lead(i) }, signUp.token);

    const cpuBefore = cpuMs(child.pid!);
    const wallBefore = performance.now();
    for (let i = 0; i < mutations; i++) await gql(url, create, { input: lead(i) }, signUp.token);
    const wall = performance.now() - wallBefore;
    const cpu = cpuMs(child.pid!) - cpuBefore;
    return { startupMs, cpuPerMutationMs: cpu / mutations, wallPerMutationMs: wall / mutations };
  } finally {
    child.kill('SIGTERM');
    await exited;
    await withAdmin((c) => c.query(`drop database if exists ${database}`));
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const results: Record<Variant, Measurement[]> = { tsx: [], compiled: [] };
for (let round = 0; round < rounds; round++) {
  // alternate the order so neither variant always runs on a warmer machine
  const order: Variant[] = round % 2 === 0 ? ['tsx', 'compiled'] : ['compiled', 'tsx'];
  for (const variant of order) {
    const m = await measure(variant, round);
    results[variant].push(m);
    console.log(`round ${round + 1} ${variant.padEnd(8)} start-up ${m.startupMs.toFixed(0)} ms, CPU ${m.cpuPerMutationMs.toFixed(2)} ms/mutation, wall ${m.wallPerMutationMs.toFixed(2)} ms/mutation`);
  }
}

const summary = (variant: Variant) => ({
  startupMs: median(results[variant].map((m) => m.startupMs)),
  cpuPerMutationMs: median(results[variant].map((m) => m.cpuPerMutationMs)),
  wallPerMutationMs: median(results[variant].map((m) => m.wallPerMutationMs)),
});
const tsx = summary('tsx');
const compiled = summary('compiled');
console.log(`\nmedian of ${rounds} rounds, ${mutations} sequential createLead each`);
console.log('                 tsx    compiled   compiled/tsx');
console.log(`start-up ms  ${tsx.startupMs.toFixed(0).padStart(8)} ${compiled.startupMs.toFixed(0).padStart(10)}   ${(compiled.startupMs / tsx.startupMs).toFixed(2)}`);
console.log(`CPU ms/mut   ${tsx.cpuPerMutationMs.toFixed(2).padStart(8)} ${compiled.cpuPerMutationMs.toFixed(2).padStart(10)}   ${(compiled.cpuPerMutationMs / tsx.cpuPerMutationMs).toFixed(2)}`);
console.log(`wall ms/mut  ${tsx.wallPerMutationMs.toFixed(2).padStart(8)} ${compiled.wallPerMutationMs.toFixed(2).padStart(10)}   ${(compiled.wallPerMutationMs / tsx.wallPerMutationMs).toFixed(2)}`);
