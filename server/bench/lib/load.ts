/**
 * The load: N graphql-ws subscribers and one constant-rate writer, in this (the bench) process.
 *
 * Matching a delivered event with the write that caused it: each task has at most one write in
 * flight (the writer needs the version it produced for the next one), so a task's events arrive
 * in the order of its writes. The first time any subscriber sees an event id, the id is bound to
 * the oldest unmatched write of that task (and checked against `task.version`); every other
 * subscriber then finds the write by the event id.
 */
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { createClient, type Client, type FormattedExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';
import { cpuSecondsOf } from './procs.js';

export const CHANGE_STATUS = `mutation ($id: ID!, $version: Int!, $status: TaskStatus!) { changeTaskStatus(id: $id, version: $version, status: $status) { id version status } }`;
export const TASK_EVENTS = `subscription ($projectId: ID, $after: ID) { taskEvents(projectId: $projectId, after: $after) { id type taskId changes task { id status version title } } }`;

const MAX_WRITES = 16_000;
const KIND_MEASURED = 0;
const KIND_SENTINEL = 1;
const KIND_WARMUP = 2;

export interface BenchTask {
  id: string;
  version: number;
  status: string;
}

interface Subscriber {
  client: Client;
  seen: Uint8Array;
  last: number;
  count: number;
  duplicates: number;
  outOfOrder: number;
  errors: string[];
}

interface TaskEventMessage {
  id: string;
  taskId: string;
  task: { version: number } | null;
}

export interface PhaseResult {
  label: string;
  rate: number;
  planned: number;
  sent: number;
  missed: number;
  achievedRate: number;
  errors: number;
  /** No response within the step's drain (slow, not failed). */
  unanswered: number;
  undelivered: number;
  p50: number;
  p99: number;
  max: number;
  mutationP50: number;
  /** Latency to the first of the subscribers: how long before the fan-out starts. */
  firstP50: number;
  serverCpu: number;
  /** Server CPU time per write while sending (user + system): robust to a busy machine. */
  serverCpuMsPerWrite: number;
  loadCpu: number;
  pass: boolean;
  why: string;
}

export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export class LoadRun {
  readonly subs: Subscriber[] = [];
  private n = 0;
  private writes = 0;
  private readonly sentAt = new Float64Array(MAX_WRITES);
  private readonly respAt = new Float64Array(MAX_WRITES);
  private readonly firstAt = new Float64Array(MAX_WRITES);
  private readonly lastAt = new Float64Array(MAX_WRITES);
  private readonly delivered = new Uint32Array(MAX_WRITES);
  private readonly expected = new Int32Array(MAX_WRITES);
  private readonly kind = new Uint8Array(MAX_WRITES);
  private readonly failed = new Uint8Array(MAX_WRITES);
  /** Response received and delivered everywhere, failed, or given up on. */
  private readonly done = new Uint8Array(MAX_WRITES);
  private readonly taskIndex = new Map<string, number>();
  private readonly queues: number[][];
  private readonly matched: number[];
  private readonly idle: number[];
  private readonly seqToWrite = new Map<string, number>();
  private readonly agent: http.Agent;
  private readonly endpoint: URL;
  private inFlight = 0;
  private incomplete = 0;
  private waiters: (() => void)[] = [];
  unexpectedEvents = 0;
  olderVersionShown = 0;
  newerVersionShown = 0;
  writeErrors: string[] = [];
  subscriberErrors = 0;

  constructor(
    private readonly url: string,
    private readonly writerToken: string | null,
    private readonly tasks: BenchTask[],
    private readonly serverPid: number,
  ) {
    this.endpoint = new URL('/graphql', url);
    this.agent = new http.Agent({ keepAlive: true, maxSockets: tasks.length });
    tasks.forEach((task, i) => this.taskIndex.set(task.id, i));
    this.queues = tasks.map(() => []);
    this.matched = tasks.map(() => 0);
    this.idle = tasks.map((_, i) => i);
  }

  // ---------------------------------------------------------------- subscribers

  /** Opens `count` graphql-ws connections (token i % tokens.length) and subscribes each once. */
  async connect(count: number, tokens: string[], variables: Record<string, unknown>, concurrency = 50): Promise<void> {
    this.n = count;
    const wsUrl = this.endpoint.href.replace(/^http/, 'ws');
    let next = 0;
    const one = async (): Promise<void> => {
      while (next < count) {
        const i = next++;
        await new Promise<void>((resolve, reject) => {
          const sub: Subscriber = { client: null as unknown as Client, seen: new Uint8Array(MAX_WRITES), last: 0, count: 0, duplicates: 0, outOfOrder: 0, errors: [] };
          const client = createClient({
            url: wsUrl,
            webSocketImpl: WebSocket,
            connectionParams: { authorization: `Bearer ${tokens[i % tokens.length]}` },
            // one id for every connection, so baseline A can send one frame to all
            generateID: () => '1',
            retryAttempts: 0,
            lazy: true,
            on: {
              connected: () => resolve(),
              closed: (event) => reject(new Error(`subscriber ${i} closed before it connected: ${(event as { code?: number }).code}`)),
            },
          });
          sub.client = client;
          this.subs.push(sub);
          client.subscribe(
            { query: TASK_EVENTS, variables },
            {
              next: (result) => this.onEvent(sub, result),
              error: (error) => {
                this.subscriberErrors++;
                if (sub.errors.length < 3) sub.errors.push(error instanceof Error ? error.message : JSON.stringify(error));
                reject(new Error(`subscriber ${i} failed: ${sub.errors.at(-1)}`));
              },
              complete: () => undefined,
            },
          );
        });
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, count) }, one));
  }

  private onEvent(sub: Subscriber, result: FormattedExecutionResult<Record<string, unknown>, unknown>): void {
    const now = performance.now();
    const event = result.data?.taskEvents as TaskEventMessage | undefined;
    if (!event) {
      this.subscriberErrors++;
      if (sub.errors.length < 3) sub.errors.push(JSON.stringify(result.errors ?? result));
      return;
    }
    let w = this.seqToWrite.get(event.id);
    if (w === undefined) {
      const t = this.taskIndex.get(event.taskId);
      w = t === undefined ? undefined : this.queues[t]![this.matched[t]!];
      if (t === undefined || w === undefined) {
        this.unexpectedEvents++;
        return;
      }
      this.matched[t]!++;
      this.seqToWrite.set(event.id, w);
      const version = event.task?.version ?? -1;
      // the real server resolves `task` "as it is now": a later write may already show
      if (version < this.expected[w]!) this.olderVersionShown++;
      else if (version > this.expected[w]!) this.newerVersionShown++;
    }
    const seq = Number(event.id);
    if (sub.seen[w]) {
      sub.duplicates++;
      return;
    }
    sub.seen[w] = 1;
    sub.count++;
    if (seq <= sub.last) sub.outOfOrder++;
    else sub.last = seq;
    if (this.delivered[w] === 0) this.firstAt[w] = now;
    this.lastAt[w] = now;
    if (++this.delivered[w]! >= this.n && this.respAt[w]) this.finish(w);
  }

  async closeSubscribers(): Promise<void> {
    await Promise.all(this.subs.map((s) => s.client.dispose()));
  }

  // ---------------------------------------------------------------- writer

  private finish(w: number): void {
    if (this.done[w]) return;
    this.done[w] = 1;
    this.incomplete--;
    if (this.incomplete === 0 && this.inFlight === 0) for (const wake of this.waiters.splice(0)) wake();
  }

  /** Waits again for writes given up on: the final check wants everything that still arrives. */
  private abandonedWaiting(): void {
    let open = 0;
    for (let w = 0; w < this.writes; w++) {
      if (this.kind[w] !== KIND_MEASURED || this.failed[w] || !this.done[w]) continue;
      if (this.delivered[w]! < this.n || !this.respAt[w]) {
        this.done[w] = 0;
        open++;
      }
    }
    this.incomplete += open;
  }

  /** Stops waiting for writes in [from, to) (they still count if they arrive later). */
  private abandon(from: number, to: number): void {
    for (let w = from; w < to; w++) this.finish(w);
  }

  /** Sends one write for task t; returns the write's index. */
  private send(t: number, kind: number): number {
    const task = this.tasks[t]!;
    const w = this.writes++;
    if (w >= MAX_WRITES) throw new Error('too many writes');
    const status = task.status === 'TODO' ? 'IN_PROGRESS' : 'TODO';
    this.kind[w] = kind;
    this.expected[w] = task.version + 1;
    if (kind !== KIND_WARMUP) this.queues[t]!.push(w);
    this.inFlight++;
    this.incomplete++;
    const body = JSON.stringify({ query: CHANGE_STATUS, variables: { id: task.id, version: task.version, status } });
    const headers: http.OutgoingHttpHeaders = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) };
    if (this.writerToken) headers.authorization = `Bearer ${this.writerToken}`;
    let answered = false;
    const fail = (message: string) => {
      if (answered) return;
      answered = true;
      this.failed[w] = 1;
      if (this.writeErrors.length < 20) this.writeErrors.push(message);
      this.inFlight--;
      this.finish(w);
      // the task's version is unknown now: it is not written again
    };
    this.sentAt[w] = performance.now();
    const req = http.request(this.endpoint, { method: 'POST', agent: this.agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        let version: number | undefined;
        let text = '';
        try {
          text = Buffer.concat(chunks).toString('utf8');
          version = (JSON.parse(text) as { data?: { changeTaskStatus?: { version?: number } } }).data?.changeTaskStatus?.version;
        } catch {
          version = undefined;
        }
        if (version !== this.expected[w]) return fail(`HTTP ${res.statusCode}: ${text.slice(0, 300)}`);
        if (answered) return;
        answered = true;
        this.respAt[w] = performance.now();
        task.version = version;
        task.status = status;
        this.idle.push(t);
        this.inFlight--;
        if (kind === KIND_WARMUP || this.delivered[w]! >= this.n) this.finish(w);
      });
      res.on('error', (e) => fail(String(e)));
    });
    req.on('error', (e) => fail(String(e)));
    req.end(body);
    return w;
  }

  /** Waits until every write has its response and (unless failed) is delivered to every subscriber. */
  private drained(timeoutMs: number): Promise<boolean> {
    if (this.incomplete === 0 && this.inFlight === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((x) => x !== wake);
        resolve(false);
      }, timeoutMs);
      this.waiters.push(wake);
    });
  }

  /** Writes without subscribers, to warm up the server and the database. */
  async warmUp(rate: number, durationMs: number): Promise<void> {
    await this.schedule(rate, durationMs, KIND_WARMUP);
    await this.drained(10_000);
  }

  /**
   * Proves every subscription is live: sends a write and waits for it at every subscriber; if a
   * subscription was not registered yet (no replay on the baselines), tries again.
   */
  async awaitAllSubscribed(timeoutMs: number): Promise<number> {
    const t0 = performance.now();
    let attempts = 0;
    while (performance.now() - t0 < timeoutMs) {
      const t = this.idle.shift();
      if (t === undefined) {
        await this.drained(1000);
        continue;
      }
      attempts++;
      const w = this.send(t, KIND_SENTINEL);
      await this.drained(2000);
      if (this.delivered[w] === this.n && this.respAt[w]) return attempts;
      this.abandon(w, w + 1);
    }
    throw new Error(`not every subscriber received a sentinel write within ${timeoutMs} ms`);
  }

  private async schedule(rate: number, durationMs: number, kind: number) {
    const t0 = performance.now();
    const planned = Math.max(1, Math.round((rate * durationMs) / 1000));
    const backlogLimit = Math.max(1, Math.round(rate * 0.1));
    let issued = 0;
    let sent = 0;
    let missed = 0;
    let lastSend = t0;
    while (issued < planned) {
      const now = performance.now();
      const due = Math.min(planned, Math.floor(((now - t0) * rate) / 1000) + 1);
      while (issued < due) {
        const t = this.idle.shift();
        if (t === undefined) {
          // every task has a write in flight: allow 100 ms of backlog, then drop slots
          if (due - issued > backlogLimit) {
            missed++;
            issued++;
            continue;
          }
          break;
        }
        this.send(t, kind);
        sent++;
        issued++;
        lastSend = now;
      }
      if (issued >= planned) break;
      const nextAt = t0 + (issued * 1000) / rate;
      await sleep(Math.max(1, nextAt - performance.now()));
    }
    const wallMs = Math.max(durationMs, lastSend - t0 + 1000 / rate);
    return { planned, sent, missed, wallMs };
  }

  /** One constant-rate step, then waits (bounded) for every delivery of its writes. */
  async phase(label: string, rate: number, durationMs: number, p99LimitMs: number): Promise<PhaseResult> {
    const first = this.writes;
    const cpu0 = process.cpuUsage();
    const server0 = cpuSecondsOf(this.serverPid);
    const { planned, sent, missed, wallMs } = await this.schedule(rate, durationMs, KIND_MEASURED);
    const loadCpu = (() => {
      const d = process.cpuUsage(cpu0);
      return (d.user + d.system) / 1000 / wallMs;
    })();
    const serverCpuMs = (cpuSecondsOf(this.serverPid) - server0) * 1000;
    const serverCpu = serverCpuMs / wallMs;
    const drainedInTime = await this.drained(5000);
    if (!drainedInTime) this.abandon(first, this.writes);
    const latencies: number[] = [];
    const mutation: number[] = [];
    const firsts: number[] = [];
    let errors = 0;
    let unanswered = 0;
    let undelivered = 0;
    for (let w = first; w < this.writes; w++) {
      if (this.failed[w]) {
        errors++;
        continue;
      }
      if (!this.respAt[w]) {
        unanswered++;
        latencies.push(Infinity);
        continue;
      }
      mutation.push(this.respAt[w]! - this.sentAt[w]!);
      if (this.delivered[w]! < this.n) {
        undelivered++;
        latencies.push(Infinity);
      } else latencies.push(this.lastAt[w]! - this.sentAt[w]!);
      if (this.delivered[w]) firsts.push(this.firstAt[w]! - this.sentAt[w]!);
    }
    const achievedRate = sent / (wallMs / 1000);
    const p99 = percentile(latencies, 99);
    const why: string[] = [];
    if (errors) why.push(`${errors} write errors`);
    if (unanswered) why.push(`${unanswered} writes unanswered after 5 s`);
    if (undelivered) why.push(`${undelivered} writes not delivered to all within 5 s`);
    if (achievedRate < rate * 0.9 || missed > planned * 0.05) why.push(`rate not sustained (${achievedRate.toFixed(1)}/s, ${missed} slots dropped)`);
    if (!(p99 <= p99LimitMs)) why.push(`p99 ${fmt(p99)} ms > ${p99LimitMs} ms`);
    if (loadCpu >= 0.9) why.push(`(load generator near saturation: ${Math.round(loadCpu * 100)}% CPU)`);
    return {
      label,
      rate,
      planned,
      sent,
      missed,
      achievedRate,
      errors,
      unanswered,
      undelivered,
      p50: percentile(latencies, 50),
      p99,
      max: percentile(latencies, 100),
      mutationP50: percentile(mutation, 50),
      firstP50: percentile(firsts, 50),
      serverCpu,
      serverCpuMsPerWrite: serverCpuMs / Math.max(1, sent),
      loadCpu,
      pass: why.length === 0,
      why: why.join('; '),
    };
  }

  /** Final drain, then per-subscriber comparison with the writes. */
  async integrity(quietMs: number, maxMs: number) {
    // late is not lost: wait while deliveries still arrive (bounded)
    const t0 = performance.now();
    let before = -1;
    let late = 0;
    for (;;) {
      const total = this.subs.reduce((sum, sub) => sum + sub.count, 0);
      if (total === before || performance.now() - t0 > maxMs) break;
      if (before >= 0) late += total - before;
      before = total;
      this.abandonedWaiting();
      if (await this.drained(quietMs)) break;
    }
    let lost = 0;
    let subsWithLoss = 0;
    let duplicates = 0;
    let outOfOrder = 0;
    let measured = 0;
    for (let w = 0; w < this.writes; w++) if (this.kind[w] === KIND_MEASURED && !this.failed[w]) measured++;
    for (const sub of this.subs) {
      let missing = 0;
      for (let w = 0; w < this.writes; w++) if (this.kind[w] === KIND_MEASURED && !this.failed[w] && !sub.seen[w]) missing++;
      lost += missing;
      if (missing) subsWithLoss++;
      duplicates += sub.duplicates;
      outOfOrder += sub.outOfOrder;
    }
    return {
      late,
      settleMs: performance.now() - t0,
      measuredWrites: measured,
      expectedDeliveries: measured * this.n,
      lost,
      subsWithLoss,
      duplicates,
      outOfOrder,
      unexpected: this.unexpectedEvents,
      olderVersionShown: this.olderVersionShown,
      newerVersionShown: this.newerVersionShown,
      writeErrors: this.writeErrors.length,
      subscriberErrors: this.subscriberErrors,
      sampleErrors: [...this.writeErrors.slice(0, 3), ...this.subs.flatMap((s) => s.errors).slice(0, 3)],
    };
  }

  close(): void {
    this.agent.destroy();
  }
}

export function fmt(value: number, digits = 1): string {
  if (value === Infinity) return '∞';
  if (!Number.isFinite(value)) return '–';
  return value.toFixed(digits);
}
