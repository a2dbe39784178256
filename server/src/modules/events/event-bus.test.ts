import net from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { createLogger } from '../../logger.js';
import { appendEvents, readEvents, type StoredEvent } from './event-log.js';
import { signUpFirm, startTestApp, type SignedUpFirm } from '../../../test/harness.js';
import { backoffDelay, EventBus } from './event-bus.js';
import '../../../test/test-events.js';

let app: App;
let owner: SignedUpFirm;

beforeAll(async () => {
  app = await startTestApp();
  owner = await signUpFirm(app);
});

/**
 * A TCP relay in front of PostgreSQL whose open connections can be made to hang: they stay open
 * and say nothing, like a stalled server or a peer lost behind NAT. Connections made later pass.
 */
async function hangableRelay(databaseUrl: string) {
  const target = new URL(databaseUrl);
  const pairs = new Set<{ hung: boolean; sockets: net.Socket[] }>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    const pair = { hung: false, sockets: [client, upstream] };
    pairs.add(pair);
    client.on('data', (chunk) => void (pair.hung || upstream.write(chunk)));
    upstream.on('data', (chunk) => void (pair.hung || client.write(chunk)));
    for (const socket of pair.sockets) {
      socket.on('error', () => undefined);
      socket.on('close', () => {
        pairs.delete(pair);
        for (const other of pair.sockets) other.destroy();
      });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const relayed = new URL(databaseUrl);
  relayed.hostname = '127.0.0.1';
  relayed.port = String((server.address() as net.AddressInfo).port);
  return {
    url: relayed.toString(),
    hangOpenConnections: () => pairs.forEach((pair) => (pair.hung = true)),
    close: () => {
      for (const pair of pairs) pair.sockets.forEach((socket) => socket.destroy());
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Events as they reach a listener; `arrived(i)` resolves when the one marked `i` has. */
function eventLog() {
  const received: StoredEvent[] = [];
  const waiting = new Map<number, () => void>();
  return {
    received,
    listener: (event: StoredEvent) => {
      received.push(event);
      waiting.get(event.data?.i as number)?.();
    },
    arrived: (i: number) =>
      received.some((e) => e.data?.i === i) ? Promise.resolve() : new Promise<void>((resolve) => waiting.set(i, resolve)),
  };
}

describe('the event listener', () => {
  it('replaces a connection that hangs without failing, and catches up on what it missed', async () => {
    const relay = await hangableRelay(app.databaseUrl);
    const bus = new EventBus(relay.url, app.orm.em, createLogger('silent'), { liveness: { everyMs: 100, withinMs: 300 } });
    await bus.start();
    try {
      const events = eventLog();
      await bus.watch(owner.firmId, events.listener);
      const actor = { firmId: owner.firmId, userId: owner.userId, userName: 'test' };
      const record = (i: number) => app.orm.em.fork().transactional((em) => appendEvents(em, actor, [{ type: 'TEST_MARKER', data: { i } }]));

      const before = bus.connection;
      relay.hangOpenConnections();
      await record(1);
      // the hung connection never delivers it: only a new connection's catch-up can
      await events.arrived(1);
      expect(bus.connection).toBeGreaterThan(before);
      await record(2);
      await events.arrived(2);
      expect(events.received.map((e) => e.data?.i)).toEqual([1, 2]);
    } finally {
      await bus.stop();
      await relay.close();
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
