/**
 * First open of /leads in headless Chromium, today's client against the baseline, side by side.
 *
 *   TEST_DATABASE_URL=postgres://… npx tsx bench/first-open.ts      (build client and server first)
 *
 * Two production servers (`node dist/main.js`, NODE_ENV=production) on one fresh database: one
 * serves client/dist, the other the baseline client — BENCH_BASELINE_DIST (a built client), or
 * else the client of git revision BENCH_BASELINE_REV (default cf8f5e7, main before the issue-11
 * work: no precompressed files, every page in the first bundle, /leads asking for its rows only
 * after `me`), built here into a temporary folder. Each of BENCH_ROUNDS (7) rounds opens /leads in
 * a fresh browser context (empty cache, the session token in localStorage as the client keeps
 * it) on each server, alternating the order, and reads from the page itself the time from
 * navigation start to the first lead row in the DOM, and the JavaScript bytes transferred
 * (compressed, as on the wire) until then. Medians are printed with the ratio; BENCH_DEBUG=1
 * prints each open's resource timeline; BENCH_CPU_PROF=<file> writes the page's CPU profile of one
 * more open of ours.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { launchBrowser } from '../test/browser/browser.js';
import { gql } from './lib/setup.js';

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = path.resolve(serverDir, '..');
const adminUrl = process.env.TEST_DATABASE_URL || process.env.BENCH_DATABASE_URL;
if (!adminUrl) throw new Error('Set TEST_DATABASE_URL (a PostgreSQL where the bench may create a database)');
const rounds = Number(process.env.BENCH_ROUNDS || 7);
const ourDist = path.join(repoRoot, 'client/dist');
for (const file of [path.join(serverDir, 'dist/main.js'), path.join(ourDist, 'index.html')]) {
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: build first (pnpm build)`);
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

/** The baseline client: given, or built from a git revision with this checkout's node_modules. */
function baselineDist(): string {
  if (process.env.BENCH_BASELINE_DIST) return path.resolve(process.env.BENCH_BASELINE_DIST);
  const rev = process.env.BENCH_BASELINE_REV || 'cf8f5e7';
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'schetovod-baseline-'));
  console.log(`building the baseline client of ${rev} in ${work} …`);
  execFileSync('sh', ['-c', `git -C "${repoRoot}" archive "${rev}" client | tar -x -C "${work}"`]);
  fs.symlinkSync(path.join(repoRoot, 'client/node_modules'), path.join(work, 'client/node_modules'));
  execFileSync(path.join(work, 'client/node_modules/.bin/vite'), ['build', '--logLevel', 'warn', '--outDir', path.join(work, 'dist')], { cwd: path.join(work, 'client'), stdio: 'inherit' });
  return path.join(work, 'dist');
}

interface Server {
  url: string;
  child: ChildProcess;
  exited: Promise<void>;
}

async function startServer(databaseUrl: string, clientDist: string): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, ['dist/main.js'], {
    cwd: serverDir,
    env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info', SEED_DEMO: '0', CLIENT_DIST: clientDist },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.includes('"Schetovod is listening"')) resolve(String(JSON.parse(line).url));
    });
    void exited.then(() => reject(new Error('the server exited before listening')));
  });
  return { url, child, exited };
}

interface Measurement {
  firstRowMs: number;
  /** each resource's start–end, printed with BENCH_DEBUG=1 */
  timeline: string[];
  jsBytes: number;
}

const database = `bench_first_open_${process.pid}`;
const admin = async (sql: string) => {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(sql).finally(() => client.end());
};

const baseline = baselineDist();
await admin(`create database ${database}`);
const databaseUrl = new URL(adminUrl);
databaseUrl.pathname = `/${database}`;
const servers: Server[] = [];
const browser = await launchBrowser();
try {
  // one after the other: the first runs the migrations
  const ours = await startServer(databaseUrl.href, ourDist);
  servers.push(ours);
  const base = await startServer(databaseUrl.href, baseline);
  servers.push(base);

  const firm = { firmName: 'ООО «Первое открытие»', name: 'Бенч', email: 'bench.first.open@example.com', password: 'bench password 1' };
  const { signUp } = await gql<{ signUp: { token: string } }>(ours.url, 'mutation ($input: SignUpInput!) { signUp(input: $input) { token } }', { input: firm });
  const token = String(signUp.token);
  for (let i = 0; i < 30; i++) {
    await gql(ours.url, 'mutation ($input: LeadInput!) { createLead(input: $input) { id } }', { input: { legalForm: 'ORGANIZATION', companyName: `ООО «Лид ${i}»`, firstName: 'Иван', lastName: 'Петров' } }, token);
  }

  const open = async (server: Server, profileTo?: string): Promise<Measurement> => {
    const context = await browser.newContext();
    try {
      // signed in as the client keeps it, and a watcher that notes when the first row appears
      // page-side code as text: it runs in the browser, whose globals this Node program does not type
      await context.addInitScript(`
        localStorage.setItem('schetovod.token', ${JSON.stringify(token)});
        new MutationObserver((_changes, observer) => {
          if (!document.querySelector('[data-testid="lead-row"]')) return;
          window.firstRowAt = performance.now();
          observer.disconnect();
        }).observe(document, { childList: true, subtree: true });
      `);
      const page = await context.newPage();
      const cdp = profileTo ? await context.newCDPSession(page) : null;
      if (cdp) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.start');
      }
      await page.goto(`${server.url}/leads`);
      await page.getByTestId('lead-row').first().waitFor({ timeout: 30_000 });
      if (cdp) fs.writeFileSync(profileTo!, JSON.stringify((await cdp.send('Profiler.stop')).profile));
      return (await page.evaluate(`(() => {
        const at = window.firstRowAt;
        const scripts = performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('.js') && entry.responseEnd <= at);
        return {
          firstRowMs: at,
          timeline: performance.getEntriesByType('resource').map((e) => e.name.split('/').pop() + ' ' + Math.round(e.startTime) + '–' + Math.round(e.responseEnd)),
          jsBytes: scripts.reduce((sum, entry) => sum + entry.encodedBodySize, 0),
        };
      })()`)) as Measurement;
    } finally {
      await context.close();
    }
  };

  // one unmeasured open each: the servers' first requests compile their code paths
  await open(ours);
  await open(base);

  const results = { ours: [] as Measurement[], baseline: [] as Measurement[] };
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? (['ours', 'baseline'] as const) : (['baseline', 'ours'] as const);
    for (const variant of order) {
      const m = await open(variant === 'ours' ? ours : base);
      if (process.env.BENCH_DEBUG) console.log(m.timeline.join('\n'));
      results[variant].push(m);
      console.log(`round ${round + 1} ${variant.padEnd(8)} first row ${m.firstRowMs.toFixed(0)} ms, JS ${(m.jsBytes / 1024).toFixed(1)} KB`);
    }
  }

  // BENCH_CPU_PROF=<file>: the page's CPU profile of one more open of ours (tsx bench/profile-summary.ts <file>)
  if (process.env.BENCH_CPU_PROF) {
    await open(ours, path.resolve(process.env.BENCH_CPU_PROF));
    console.log(`profile of one open of ours in ${process.env.BENCH_CPU_PROF}`);
  }

  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const summary = (list: Measurement[]) => ({ firstRowMs: median(list.map((m) => m.firstRowMs)), jsBytes: median(list.map((m) => m.jsBytes)) });
  const o = summary(results.ours);
  const b = summary(results.baseline);
  console.log('');
  console.log('| | ours | baseline | ours / baseline |');
  console.log('|---|---|---|---|');
  console.log(`| first open of /leads → first row (median of ${rounds}) | ${o.firstRowMs.toFixed(0)} ms | ${b.firstRowMs.toFixed(0)} ms | ${(o.firstRowMs / b.firstRowMs).toFixed(2)} |`);
  console.log(`| initial JavaScript transferred | ${(o.jsBytes / 1024).toFixed(1)} KB | ${(b.jsBytes / 1024).toFixed(1)} KB | ${(o.jsBytes / b.jsBytes).toFixed(2)} |`);
  const met = o.firstRowMs <= 1000 || o.firstRowMs <= b.firstRowMs / 3;
  console.log(`target (first row ≤ 1.0 s, or ≤ ⅓ of the baseline): ${met ? 'met' : 'NOT met'}; initial JS < 400 KB: ${o.jsBytes < 400 * 1024 ? 'met' : 'NOT met'}`);
} finally {
  await browser.close();
  for (const server of servers) {
    server.child.kill('SIGTERM');
    await server.exited;
  }
  await admin(`drop database if exists ${database}`);
}
