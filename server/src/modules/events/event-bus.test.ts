import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { createLogger } from '../../logger.js';
import { appendEvents, readEvents, type StoredEvent } from './event-log.js';
import { signUpFirm, startTestApp, waitUntil, type SignedUpFirm } from '../../../test/harness.js';
import { backoffDelay, EVENT_LISTENER_NAME, EventBus } from './event-bus.js';
import '../../../test/test-events.js';

let app: App;
let owner: SignedUpFirm;
let bus: EventBus;

beforeAll(async () => {
  app = await startTestApp();
  owner = await signUpFirm(app);
  bus = new EventBus(app.databaseUrl, app.orm.em, createLogger('silent'), { liveness: { everyMs: 100, withinMs: 300 } });
  await bus.start();
});

afterAll(() => bus.stop());

describe('the event listener', () => {
  it('replaces a connection that hangs without failing, and catches up on what it missed', async (context) => {
    const received: StoredEvent[] = [];
    await bus.watch(owner.firmId, (event) => received.push(event));
    const actor = { firmId: owner.firmId, userId: owner.userId, userName: 'test' };
    const record = (i: number) => app.orm.em.fork().transactional((em) => appendEvents(em, actor, [{ type: 'TEST_MARKER', data: { i } }]));

    const before = bus.connection;
    const ours = await app.orm.em
      .getConnection()
      .execute<{ pid: number; backend_start: string }[]>(
        `select pid, backend_start from pg_stat_activity where datname = current_database() and application_name = ? order by backend_start desc limit 1`,
        [EVENT_LISTENER_NAME],
      );
    // the newest listener of this database is this bus's (the app has its own)
    const pid = ours[0]!.pid;
    try {
      process.kill(pid, 0);
    } catch {
      // a PostgreSQL server run by another OS user: its processes cannot be paused from here
      return context.skip();
    }
    process.kill(pid, 'SIGSTOP');
    try {
      await record(1);
      await waitUntil(async () => bus.connection > before, 'a new listener connection');
      await waitUntil(async () => received.some((e) => e.data?.i === 1), 'the missed event');
      await record(2);
      await waitUntil(async () => received.some((e) => e.data?.i === 2), 'the next event');
      expect(received.map((e) => e.data?.i)).toEqual([1, 2]);
    } finally {
      process.kill(pid, 'SIGCONT');
    }
  });
});

describe('a failed read', () => {
  it.each([
    [1, 100],
    [2, 200],
    [3, 400],
    [6, 3_200],
    [7, 5_000],
    [100, 5_000],
  ])('the wait before retry %i is %i ms (doubling, capped)', (attempt, ms) => {
    expect(backoffDelay(attempt, { firstMs: 100, maxMs: 5_000 })).toBe(ms);
  });

  it('is retried until it succeeds: the events arrive without another write', async () => {
    let failuresLeft = 0;
    let failed = 0;
    const flaky = new EventBus(app.databaseUrl, app.orm.em, createLogger('silent'), {
      readRetry: { firstMs: 5, maxMs: 20 },
      readEvents: (em, query) => {
        if (failuresLeft > 0) {
          failuresLeft--;
          failed++;
          return Promise.reject(new Error('connection reset'));
        }
        return readEvents(em, query);
      },
    });
    await flaky.start();
    try {
      const firm = await signUpFirm(app, 'ООО «Сбой чтения»');
      let arrived!: (event: StoredEvent) => void;
      const event = new Promise<StoredEvent>((resolve) => (arrived = resolve));
      await flaky.watch(firm.firmId, (e) => arrived(e));
      failuresLeft = 3;
      // too large to ride in its notification: the bus has to read it
      const actor = { firmId: firm.firmId, userId: firm.userId, userName: 'test' };
      await app.orm.em.fork().transactional((em) => appendEvents(em, actor, [{ type: 'TEST_MARKER', data: { i: 7, blob: 'x'.repeat(10_000) } }]));
      expect((await event).data?.i).toBe(7);
      expect(failed).toBe(3);
    } finally {
      await flaky.stop();
    }
  });
});
