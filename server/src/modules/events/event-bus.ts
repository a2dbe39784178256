import type { EntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { Logger } from '../../logger.js';
import { EVENTS_CHANNEL, lastEventSeq, parseNotification, readEvents, type EventQuery, type StoredEvent } from './event-log.js';

type Listener = (event: StoredEvent) => void;

/** The listener's `application_name`, so it can be told apart in pg_stat_activity. */
export const EVENT_LISTENER_NAME = 'schetovod-events';

interface FirmTracker {
  /** Highest seq already read and handed to listeners. */
  lastSeq: number;
  listeners: Set<Listener>;
  reading: boolean;
  again: boolean;
  ready: Promise<void>;
  /** The starting seq is known (until then every notification triggers a read). */
  initialised: boolean;
  /** Reads that failed in a row, and the retry that follows the last one. */
  failures: number;
  retry: NodeJS.Timeout | null;
}

export interface Watch {
  /** The last seq committed when the watch began; listeners get every event after it. */
  startSeq: number;
  close(): void;
}

const BATCH = 500;

export interface Backoff {
  firstMs: number;
  maxMs: number;
}

/** The wait before the `attempt`-th retry (1, 2, …): doubling from `firstMs`, never above `maxMs`. */
export function backoffDelay(attempt: number, { firstMs, maxMs }: Backoff): number {
  return Math.min(maxMs, firstMs * 2 ** Math.min(Math.max(attempt - 1, 0), 30));
}

export interface EventBusOptions {
  /** How often the listener proves it is alive, and how long it may take to answer. */
  liveness: { everyMs: number; withinMs: number };
  /** Waits between attempts to read new events after a failed read. */
  readRetry: Backoff;
  /** Waits between attempts to connect the listener again. */
  reconnect: Backoff;
  /** How new events are read (tests put a failing one in). */
  readEvents: (em: EntityManager, query: EventQuery) => Promise<StoredEvent[]>;
}

const DEFAULTS: EventBusOptions = {
  liveness: { everyMs: 10_000, withinMs: 5_000 },
  readRetry: { firstMs: 50, maxMs: 5_000 },
  reconnect: { firstMs: 250, maxMs: 15_000 },
  readEvents,
};

/**
 * Wakes on PostgreSQL NOTIFY (sent only at commit) and fans each firm's new events out to this
 * instance's listeners. A notification only says "firm F has news": the bus then reads every
 * event after the last one it delivered, so a lost or merged notification loses nothing.
 */
export class EventBus {
  private readonly trackers = new Map<string, FirmTracker>();
  private client: pg.Client | null = null;
  private stopped = false;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private heartbeat: NodeJS.Timeout | null = null;
  private connections = 0;
  /** Failed attempts to connect since the listener was last up. */
  private reconnectAttempts = 0;
  private readonly options: EventBusOptions;

  constructor(
    private readonly databaseUrl: string,
    private readonly em: EntityManager,
    private readonly log: Logger,
    options: Partial<EventBusOptions> = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
  }

  async start(): Promise<void> {
    const client = new pg.Client({ connectionString: this.databaseUrl, application_name: EVENT_LISTENER_NAME });
    client.on('notification', (message) => {
      const note = parseNotification(message.payload);
      if (note) this.notified(note.firmId, note.seq, note.event);
    });
    client.on('error', (error) => {
      this.log.error({ err: error }, 'event listener connection failed');
      this.lost(client);
    });
    client.on('end', () => this.lost(client));
    await client.connect();
    await client.query(`listen ${EVENTS_CHANNEL}`);
    this.client = client;
    this.connections++;
    this.reconnectAttempts = 0;
    this.beat(client);
    // catch up on whatever committed while the listener was away
    for (const firmId of this.trackers.keys()) this.wake(firmId);
  }

  /**
   * A connection that hangs without failing (a stalled server, a dead peer behind NAT) would
   * deliver nothing and say nothing: a query now and then proves it alive, or it is replaced.
   */
  private beat(client: pg.Client): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = setInterval(() => {
      const deadline = setTimeout(() => {
        this.log.warn('event listener stopped answering; reconnecting');
        this.lost(client);
        // not awaited: a stalled peer may never acknowledge
        client.end().catch(() => undefined);
      }, this.options.liveness.withinMs);
      client.query('select 1').then(
        () => clearTimeout(deadline),
        () => clearTimeout(deadline),
      );
    }, this.options.liveness.everyMs);
    this.heartbeat.unref();
  }

  /** The listener's connection failed, ended or hangs (a replaced connection's late news is ignored). */
  private lost(client: pg.Client): void {
    if (this.client !== null && this.client !== client) return;
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.reconnectTimer) return;
    this.client = null;
    // a database that is down for a while is not hammered; one that blinked is back at once
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      this.start().catch((error) => {
        this.log.error({ err: error }, 'event listener reconnect failed');
        this.scheduleReconnect();
      });
    }, backoffDelay(++this.reconnectAttempts, this.options.reconnect));
  }

  /**
   * Which connection of the listener is up (0 while it is down): what an instance learnt from
   * events holds only while the same connection lasts, since events can be missed in between.
   */
  get connection(): number {
    return this.client ? this.connections : 0;
  }

  /** Hands every event of the firm committed after the returned `startSeq` to the listener, in order. */
  async watch(firmId: string, listener: Listener): Promise<Watch> {
    let tracker = this.trackers.get(firmId);
    if (!tracker) {
      const created: FirmTracker = {
        lastSeq: 0,
        listeners: new Set(),
        reading: false,
        again: false,
        initialised: false,
        failures: 0,
        retry: null,
        ready: lastEventSeq(this.em.fork(), firmId).then((seq) => {
          created.lastSeq = seq;
          created.initialised = true;
        }),
      };
      tracker = created;
      this.trackers.set(firmId, tracker);
      tracker.ready.then(() => this.wake(firmId)).catch(() => undefined);
    }
    try {
      await tracker.ready;
    } catch (error) {
      if (this.trackers.get(firmId) === tracker && tracker.listeners.size === 0) this.trackers.delete(firmId);
      throw error;
    }
    tracker.listeners.add(listener);
    const own = tracker;
    return {
      startSeq: tracker.lastSeq,
      close: () => {
        own.listeners.delete(listener);
        if (own.listeners.size === 0 && this.trackers.get(firmId) === own) {
          this.trackers.delete(firmId);
          if (own.retry) clearTimeout(own.retry);
        }
      },
    };
  }

  /** The next event in order, carried by its notification, goes out without a read; anything else reads. */
  private notified(firmId: string, seq: number, event: StoredEvent | null): void {
    const tracker = this.trackers.get(firmId);
    if (!tracker) return;
    if (event && !tracker.reading && tracker.initialised && seq === tracker.lastSeq + 1) {
      tracker.lastSeq = seq;
      this.hand(tracker, event);
      return;
    }
    this.wake(firmId);
  }

  private hand(tracker: FirmTracker, event: StoredEvent): void {
    for (const listener of tracker.listeners) {
      try {
        listener(event);
      } catch (error) {
        this.log.error({ err: error }, 'event listener threw');
      }
    }
  }

  private wake(firmId: string): void {
    const tracker = this.trackers.get(firmId);
    if (!tracker) return;
    if (tracker.reading) {
      tracker.again = true;
      return;
    }
    if (tracker.retry) {
      clearTimeout(tracker.retry);
      tracker.retry = null;
    }
    tracker.reading = true;
    void this.drain(firmId, tracker).finally(() => {
      tracker.reading = false;
      if (tracker.again) this.wake(firmId);
    });
  }

  /** Committed events from the table (a subscriber's replay from its cursor). */
  read(query: EventQuery): Promise<StoredEvent[]> {
    return this.options.readEvents(this.em.fork(), query);
  }

  private async drain(firmId: string, tracker: FirmTracker): Promise<void> {
    try {
      await tracker.ready;
      do {
        tracker.again = false;
        let batch: StoredEvent[];
        do {
          batch = await this.options.readEvents(this.em.fork(), { firmId, afterSeq: tracker.lastSeq, limit: BATCH });
          for (const event of batch) {
            tracker.lastSeq = event.seq;
            this.hand(tracker, event);
          }
        } while (batch.length === BATCH);
      } while (tracker.again);
      tracker.failures = 0;
    } catch (error) {
      // the events are committed and their notification is spent: read again until it works,
      // rather than leave them until the firm's next write
      const delay = backoffDelay(++tracker.failures, this.options.readRetry);
      this.log.error({ err: error, firmId, retryInMs: delay }, 'reading new events failed');
      if (this.stopped || this.trackers.get(firmId) !== tracker) return;
      tracker.retry = setTimeout(() => {
        tracker.retry = null;
        this.wake(firmId);
      }, delay);
      tracker.retry.unref();
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    if (this.heartbeat) clearInterval(this.heartbeat);
    const client = this.client;
    this.client = null;
    for (const tracker of this.trackers.values()) if (tracker.retry) clearTimeout(tracker.retry);
    this.trackers.clear();
    if (client) {
      client.removeAllListeners('end');
      // a stalled peer may never acknowledge: shutting down does not wait for it long
      await Promise.race([client.end().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 2000).unref())]);
    }
  }
}
