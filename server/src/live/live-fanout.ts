import type { StoredEvent } from '../modules/events/event-log.js';
import type { Watch } from '../modules/events/event-bus.js';
import type { FirmEventSource } from '../modules/events/event-stream.js';
import type { Logger } from '../logger.js';

const REPLAY_BATCH = 500;
const KEEP_PAYLOADS = 64;

/** One subscription of a group: where its frames go and how far it has got. */
interface Member {
  source: FirmEventSource;
  send(payloadJson: Buffer): void;
  /** Resolves once the frame is handed to the network. */
  sendWritten(payloadJson: Buffer): Promise<void>;
  /** Highest seq this subscriber has been dealt (sent or filtered out). */
  last: number;
  /** Live events wait here while the member replays from its cursor. */
  held: Queued[] | null;
  ended(): void;
}

/** An event on its way to a group's members, with its payload if the operation selects it. */
interface Queued {
  event: StoredEvent;
  json: Promise<Buffer> | null;
}

/** Subscribers that get the same answer for an event: same firm, operation, variables and role. */
interface Group {
  firmId: string;
  members: Set<Member>;
  watch: Promise<Watch>;
  /** Seq of the last event the bus handed this group. */
  lastDispatched: number;
  /** Events in order, each with its one payload, computed once for the whole group. */
  queue: Queued[];
  draining: boolean;
  payloads: Map<number, Promise<Buffer>>;
  compute: (event: StoredEvent) => Promise<Buffer>;
}

const INTERNAL_ERROR = Buffer.from(JSON.stringify({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }));

/**
 * Fans a firm's events out to many subscribers: one bus listener and one execution per event
 * for each group of identical subscriptions, and for each subscriber only a filter check and a
 * socket write. The one replay routine: a member starts listening (its group's watch) before it
 * replays from its cursor, holds live events meanwhile, drops what it already has, then goes live.
 */
export class LiveFanout {
  private readonly groups = new Map<string, Group>();

  constructor(private readonly log: Logger) {}

  /** Adds a subscriber; the returned function removes it. */
  join(key: string, source: FirmEventSource, compute: (event: StoredEvent) => Promise<Buffer>, sink: Pick<Member, 'send' | 'sendWritten'>, ended: () => void): () => void {
    const group = this.groups.get(key) ?? this.createGroup(key, source, compute);
    const member: Member = { source, send: sink.send, sendWritten: sink.sendWritten, last: 0, held: [], ended };
    group.members.add(member);
    void this.start(group, member).catch((error: unknown) => {
      this.log.error({ err: error }, 'live subscription failed to start');
      this.leave(key, group, member);
      member.ended();
    });
    return () => this.leave(key, group, member);
  }

  private createGroup(key: string, source: FirmEventSource, compute: (event: StoredEvent) => Promise<Buffer>): Group {
    const group: Group = {
      firmId: source.options.firmId,
      members: new Set(),
      lastDispatched: 0,
      queue: [],
      draining: false,
      payloads: new Map(),
      compute,
      watch: null as unknown as Promise<Watch>,
    };
    group.watch = source.bus.watch(group.firmId, (event) => this.dispatch(group, event));
    group.watch.then((w) => {
      group.lastDispatched = Math.max(group.lastDispatched, w.startSeq);
    }, () => undefined);
    this.groups.set(key, group);
    return group;
  }

  private async start(group: Group, member: Member): Promise<void> {
    await group.watch;
    const after = member.source.options.afterSeq;
    if (after === undefined) {
      member.last = group.lastDispatched;
    } else {
      member.last = after;
      for (;;) {
        const batch = await member.source.bus.read({ firmId: group.firmId, afterSeq: member.last, topics: member.source.options.topics, limit: REPLAY_BATCH });
        let written: Promise<void> = Promise.resolve();
        for (const event of batch) {
          if (!group.members.has(member)) return;
          member.last = event.seq;
          if (member.source.wants(event)) written = member.sendWritten(await this.payload(group, event));
        }
        if (batch.length < REPLAY_BATCH) break;
        // the next batch only once this one has left: a long replay goes at the reader's pace
        // instead of piling up in the socket's buffer (which would close it as too slow)
        await written;
      }
    }
    // what arrived meanwhile, in order; the member is live only once the held events are out
    while (member.held?.length) {
      const { event, json } = member.held.shift()!;
      if (event.seq <= member.last) continue;
      member.last = event.seq;
      if (!member.source.accepts(event)) continue;
      // queued before this member joined, the payload may not have been computed
      const payload = json ?? (member.source.selects(event) ? this.payload(group, event) : null);
      if (payload) member.send(await payload);
    }
    member.held = null;
  }

  private payload(group: Group, event: StoredEvent): Promise<Buffer> {
    let json = group.payloads.get(event.seq);
    if (!json) {
      json = group.compute(event).catch((error: unknown) => {
        this.log.error({ err: error, seq: event.seq }, 'live event could not be executed');
        return INTERNAL_ERROR;
      });
      group.payloads.set(event.seq, json);
      if (group.payloads.size > KEEP_PAYLOADS) group.payloads.delete(group.payloads.keys().next().value!);
    }
    return json;
  }

  private dispatch(group: Group, event: StoredEvent): void {
    group.lastDispatched = event.seq;
    // the operation's selection is the same for every member: test it once; execute only what some member will receive
    const first = group.members.values().next().value;
    let wanted = false;
    if (first?.source.selects(event)) {
      for (const member of group.members) {
        if (member.source.accepts(event)) {
          wanted = true;
          break;
        }
      }
    }
    group.queue.push({ event, json: wanted ? this.payload(group, event) : null });
    if (!group.draining) void this.drain(group);
  }

  private async drain(group: Group): Promise<void> {
    group.draining = true;
    try {
      while (group.queue.length) {
        const queued = group.queue.shift()!;
        const payload = queued.json ? await queued.json : null;
        for (const member of group.members) {
          if (member.held) member.held.push(queued);
          else this.deliver(member, queued.event, payload);
        }
      }
    } finally {
      group.draining = false;
    }
  }

  private deliver(member: Member, event: StoredEvent, json: Buffer | null): void {
    if (event.seq <= member.last) return;
    member.last = event.seq;
    // live delivery never waits for one member; a member that falls behind is closed by its socket's cap
    if (json !== null && member.source.accepts(event)) member.send(json);
  }

  private leave(key: string, group: Group, member: Member): void {
    if (!group.members.delete(member)) return;
    if (group.members.size === 0 && this.groups.get(key) === group) {
      this.groups.delete(key);
      group.watch.then((w) => w.close(), () => undefined);
    }
  }
}
