import { Repeater } from '@graphql-yoga/subscription';
import type { StoredEvent } from '../modules/events/event-log.js';
import type { EventBus } from './event-bus.js';

export interface EventStreamOptions {
  firmId: string;
  /** Resume after this seq: missed events are replayed first, then live ones follow. */
  afterSeq?: number;
  topics?: string[];
  /**
   * The events the operation asks for. It may depend on the operation, its variables and the
   * caller's role, not on who the caller is: subscribers that share an execution share this test,
   * and it runs once per event for all of them.
   */
  select?: (event: StoredEvent) => boolean;
  /** This subscriber's own limit (what this user may see); runs for each subscriber. */
  accept?: (event: StoredEvent) => boolean;
}

const REPLAY_BATCH = 500;

/**
 * One firm's events as an ordered stream without gaps or duplicates: it starts listening before
 * it replays, holds live events back until the replay is done, and drops what it already sent.
 */
export function firmEventStream(bus: EventBus, options: EventStreamOptions): FirmEventSource {
  return new FirmEventSource(bus, options);
}

/**
 * What a subscription resolver returns: iterable as it is, and also a description (firm, cursor,
 * filter) that the WebSocket layer uses to fan events out to many subscribers at once.
 */
export class FirmEventSource implements AsyncIterable<StoredEvent> {
  constructor(
    readonly bus: EventBus,
    readonly options: EventStreamOptions,
  ) {}

  /** The part of `wants` shared by every subscriber of the same operation, variables and role. */
  selects(event: StoredEvent): boolean {
    return (!this.options.topics || this.options.topics.includes(event.topic)) && (!this.options.select || this.options.select(event));
  }

  accepts(event: StoredEvent): boolean {
    return !this.options.accept || this.options.accept(event);
  }

  wants(event: StoredEvent): boolean {
    return this.selects(event) && this.accepts(event);
  }

  [Symbol.asyncIterator](): AsyncIterator<StoredEvent> {
    return this.stream()[Symbol.asyncIterator]();
  }

  private stream(): AsyncIterable<StoredEvent> {
    const { bus, options } = this;
    const wanted = (event: StoredEvent) => this.wants(event);
    return new Repeater<StoredEvent>(async (push, stop) => {
      let last = 0;
      let replaying = true;
      const held: StoredEvent[] = [];
      const deliver = (event: StoredEvent) => {
        if (event.seq <= last) return;
        last = event.seq;
        if (wanted(event)) push(event).catch(() => undefined);
      };
      const watch = await bus.watch(options.firmId, (event) => (replaying ? held.push(event) : deliver(event)));
      try {
        if (options.afterSeq === undefined) {
          last = watch.startSeq;
        } else {
          last = options.afterSeq;
          for (;;) {
            const batch = await bus.read({
              firmId: options.firmId,
              afterSeq: last,
              topics: options.topics,
              limit: REPLAY_BATCH,
            });
            for (const event of batch) {
              last = event.seq;
              if (wanted(event)) await push(event);
            }
            if (batch.length < REPLAY_BATCH) break;
          }
        }
        replaying = false;
        for (const event of held.splice(0)) deliver(event);
        await stop;
      } finally {
        watch.close();
      }
    });
  }
}
