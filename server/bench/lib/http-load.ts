/**
 * HTTP load for one GraphQL operation: closed-loop connections for reads, one connection in
 * sequence for writes, in slices that can interleave with another server's. Measures throughput, latency percentiles and the server's CPU time per
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

/** Requests measured over one or more slices of time (interleaved with another server's). */
export class Measurement {
  readonly latencies: number[] = [];
  wallMs = 0;
  cpuMs = 0;

  result(): LoadResult {
    return {
      requests: this.latencies.length,
      seconds: this.wallMs / 1000,
      throughput: this.latencies.length / (this.wallMs / 1000),
      p50: percentile(this.latencies, 50),
      p99: percentile(this.latencies, 99),
      cpuMsPerRequest: this.cpuMs / Math.max(1, this.latencies.length),
    };
  }
}

/** Runs `work` and adds its wall time and the server's CPU time to `into`. */
async function timed(target: Target, into: Measurement | null, work: () => Promise<void>): Promise<void> {
  const cpu0 = cpuSecondsOf(target.pid);
  const t0 = performance.now();
  await work();
  if (!into) return;
  into.wallMs += performance.now() - t0;
  into.cpuMs += (cpuSecondsOf(target.pid) - cpu0) * 1000;
}

/** `connections` loops sending `body` back to back for `ms`; counted into `into` (null: a warm-up). */
export async function closedLoop(target: Target, body: Body, connections: number, ms: number, into: Measurement | null): Promise<void> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  try {
    await timed(target, into, async () => {
      const end = performance.now() + ms;
      await Promise.all(
        Array.from({ length: connections }, async () => {
          while (performance.now() < end) {
            const t0 = performance.now();
            await post(agent, target, body);
            into?.latencies.push(performance.now() - t0);
          }
        }),
      );
    });
  } finally {
    agent.destroy();
  }
}

/**
 * Requests `from`..`to`-1 one after another on one connection: `next(i)` gives each its body and
 * `answered(i, data)` sees each answer (a write's next version comes from its answer).
 */
export async function sequential(target: Target, from: number, to: number, next: (i: number) => Body, answered: (i: number, data: Record<string, unknown>) => void, into: Measurement | null): Promise<void> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  try {
    await timed(target, into, async () => {
      for (let i = from; i < to; i++) {
        const start = performance.now();
        answered(i, await post(agent, target, next(i)));
        into?.latencies.push(performance.now() - start);
      }
    });
  } finally {
    agent.destroy();
  }
}
