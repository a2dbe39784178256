/**
 * HTTP load for one GraphQL operation: closed-loop connections for reads, one connection in
 * sequence for writes. Measures throughput, latency percentiles and the server's CPU time per
 * request (user + system of its process, from /proc).
 */
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { percentile } from './load.js';
import { cpuSecondsOf } from './procs.js';

export interface LoadResult {
  requests: number;
  seconds: number;
  /** Requests per second. */
  throughput: number;
  p50: number;
  p99: number;
  cpuMsPerRequest: number;
}

export interface Target {
  url: string;
  token: string;
  pid: number;
}

export type Body = { query: string; variables?: Record<string, unknown> };

/** One POST /graphql on a keep-alive agent; the parsed answer, or throws on GraphQL errors. */
export function post(agent: http.Agent, target: Target, body: Body): Promise<Record<string, unknown>> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      new URL('/graphql', target.url),
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), authorization: `Bearer ${target.token}` } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          try {
            const parsed = JSON.parse(text) as { data?: Record<string, unknown>; errors?: unknown[] };
            if (parsed.errors?.length || !parsed.data) reject(new Error(`HTTP ${res.statusCode}: ${text.slice(0, 600)}`));
            else resolve(parsed.data);
          } catch {
            reject(new Error(`HTTP ${res.statusCode}: ${text.slice(0, 600)}`));
          }
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

function result(latencies: number[], wallMs: number, cpuMs: number): LoadResult {
  return {
    requests: latencies.length,
    seconds: wallMs / 1000,
    throughput: latencies.length / (wallMs / 1000),
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    cpuMsPerRequest: cpuMs / Math.max(1, latencies.length),
  };
}

/** `connections` loops sending `body` back to back for `warmMs` (not counted) then `durationMs`. */
export async function closedLoop(target: Target, body: Body, connections: number, warmMs: number, durationMs: number): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  try {
    const run = async (ms: number, latencies: number[] | null) => {
      const end = performance.now() + ms;
      await Promise.all(
        Array.from({ length: connections }, async () => {
          while (performance.now() < end) {
            const t0 = performance.now();
            await post(agent, target, body);
            latencies?.push(performance.now() - t0);
          }
        }),
      );
    };
    await run(warmMs, null);
    const latencies: number[] = [];
    const cpu0 = cpuSecondsOf(target.pid);
    const t0 = performance.now();
    await run(durationMs, latencies);
    const wallMs = performance.now() - t0;
    return result(latencies, wallMs, (cpuSecondsOf(target.pid) - cpu0) * 1000);
  } finally {
    agent.destroy();
  }
}

/**
 * `count` requests one after another on one connection; `next(i)` gives each its body and
 * `answered(i, data)` sees each answer (a write's next version comes from its answer). The
 * first `warm` requests are not counted.
 */
export async function sequential(target: Target, count: number, warm: number, next: (i: number) => Body, answered: (i: number, data: Record<string, unknown>) => void): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  try {
    const latencies: number[] = [];
    let cpu0 = 0;
    let t0 = 0;
    for (let i = 0; i < warm + count; i++) {
      if (i === warm) {
        cpu0 = cpuSecondsOf(target.pid);
        t0 = performance.now();
      }
      const start = performance.now();
      answered(i, await post(agent, target, next(i)));
      if (i >= warm) latencies.push(performance.now() - start);
    }
    return result(latencies, performance.now() - t0, (cpuSecondsOf(target.pid) - cpu0) * 1000);
  } finally {
    agent.destroy();
  }
}
