import type { EntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { Logger } from '../logger.js';
import { EVENTS_CHANNEL, lastEventSeq, parseNotification, readEvents, type EventQuery, type StoredEvent } from '../modules/events/event-log.js';

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
}

export interface Watch {
  /** The last seq committed when the watch began; listeners get every event after it. */
  startSeq: number;
  close(): void;
}

const BATCH = 500;

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

  constructor(
    private readonly databaseUrl: string,
    private readonly em: EntityManager,
    private readonly log: Logger,
    /** How often the listener proves it is alive, and how long it may take to answer. */
    private readonly liveness = { everyMs: 10_000, withinMs: 5_000 },
  ) {}

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
      }, this.liveness.withinMs);
      client.query('select 1').then(
        () => clearTimeout(deadline),
        () => clearTimeout(deadline),
      );
    }, this.liveness.everyMs);
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
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      this.start().catch((error) => {
        this.log.error({ err: error }, 'event listener reconnect failed');
        this.scheduleReconnect();
      });
    }, 1000);
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
        if (own.listeners.size === 0 && this.trackers.get(firmId) === own) this.trackers.delete(firmId);
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
    tracker.reading = true;
    void this.drain(firmId, tracker).finally(() => {
      tracker.reading = false;
      if (tracker.again) this.wake(firmId);
    });
  }

  /** Committed events from the table (a subscriber's replay from its cursor). */
  read(query: EventQuery): Promise<StoredEvent[]> {
    return readEvents(this.em.fork(), query);
  }

  private async drain(firmId: string, tracker: FirmTracker): Promise<void> {
    try {
      await tracker.ready;
      do {
        tracker.again = false;
        let batch: StoredEvent[];
        do {
          batch = await readEvents(this.em.fork(), { firmId, afterSeq: tracker.lastSeq, limit: BATCH });
          for (const event of batch) {
            tracker.lastSeq = event.seq;
            this.hand(tracker, event);
          }
        } while (batch.length === BATCH);
      } while (tracker.again);
    } catch (error) {
      this.log.error({ err: error, firmId }, 'reading new events failed');
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    if (this.heartbeat) clearInterval(this.heartbeat);
    const client = this.client;
    this.client = null;
    this.trackers.clear();
    if (client) {
      client.removeAllListeners('end');
      // a stalled peer may never acknowledge: shutting down does not wait for it long
      await Promise.race([client.end().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 2000).unref())]);
    }
  }
}
