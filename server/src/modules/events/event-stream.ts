import type { StoredEvent } from './event-log.js';
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

/** A subscription's events: the live fan-out (`LiveFanout`) replays and streams them; this says which. */
export function firmEventStream(bus: EventBus, options: EventStreamOptions): FirmEventSource {
  return new FirmEventSource(bus, options);
}

/**
 * What a subscription resolver returns: a description (firm, cursor, filter) that the live fan-out
 * streams to many subscribers at once. It is async-iterable only because graphql-js asks a
 * subscription for that; iterating it directly is refused, so there is one replay routine.
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
    const refused = () => Promise.reject(new Error('Firm events are delivered by the live fan-out (subscribeWithLiveDelivery)'));
    return { next: refused, return: async () => ({ done: true, value: undefined }) };
  }
}
