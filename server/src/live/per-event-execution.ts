import { createSourceEventStream, execute, GraphQLError, type ExecutionArgs, type ExecutionResult, type FormattedExecutionResult } from 'graphql';
import type { StoredEvent } from '../modules/events/event-log.js';
import type { Context } from '../graphql/context.js';
import { FirmEventSource } from '../modules/events/event-stream.js';
import type { LiveFanout } from './live-fanout.js';
import { sharedAcrossViewers } from '../graphql/live-sharing.js';

const FRAME_END = Buffer.from('}');

/**
 * A graphql-ws `next` message around a payload already encoded as JSON (encoded once per event
 * for a whole group): `{"id":…,"type":"next","payload":…}`. The id is the client's own string,
 * so it goes through JSON encoding like any other value.
 */
export function encodeNextFrame(id: string, payloadJson: Buffer): Buffer {
  return nextFrameEncoder(id)(payloadJson);
}

/** `encodeNextFrame` for one subscription: its prefix is made once, not per event. */
export function nextFrameEncoder(id: string): (payloadJson: Buffer) => Buffer {
  const prefix = Buffer.from(`{"id":${JSON.stringify(id)},"type":"next","payload":`);
  return (payloadJson) => Buffer.concat([prefix, payloadJson, FRAME_END]);
}

export interface LiveDeliveryOptions {
  fanout: LiveFanout;
  /** A context for one event, with its own EntityManager fork (fresh data for every event). */
  fork: (ctx: Context) => Context;
  /** Shapes errors as the server's error formatter does. */
  format: (result: ExecutionResult) => FormattedExecutionResult;
}

/**
 * The group's one execution per event, encoded once; each subscriber only adds its frame around
 * it. Made apart from the subscriber's own closures, which would otherwise keep this subscriber's
 * document and context alive although only the group's first execution is used.
 */
function executionOf(args: ExecutionArgs, options: LiveDeliveryOptions) {
  const ctx = args.contextValue as Context;
  return async (event: StoredEvent) =>
    Buffer.from(JSON.stringify(options.format((await execute({ ...args, rootValue: event, contextValue: options.fork(ctx) })) as ExecutionResult)));
}

/**
 * graphql-js `subscribe` for subscriptions that stream the event log: subscribers that would get
 * the same answer (same firm, role, operation and variables, and only fields proven the same for every viewer)
 * share one execution and one JSON encoding per event, each with a fresh EntityManager, and
 * every subscriber receives it as a ready `next` frame through `ctx.subscription`. graphql-ws keeps
 * the subscription (its iterator yields nothing and ends when the subscriber leaves) and handles
 * `complete` and errors.
 */
export async function subscribeWithLiveDelivery(args: ExecutionArgs, options: LiveDeliveryOptions): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const source = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in source)) return source as ExecutionResult;
  const ctx = args.contextValue as Context;
  const { principal } = ctx.scope;
  if (!(source instanceof FirmEventSource) || !principal || !ctx.subscription) {
    return { errors: [new GraphQLError('Subscriptions stream the firm event log')] };
  }
  const { subscription } = ctx;
  const key = JSON.stringify([
    principal.firmId,
    principal.role,
    // per-viewer unless every selected field is proven the same for every viewer of the firm and role
    sharedAcrossViewers(args.schema, args.document) ? '' : principal.userId,
    args.operationName ?? '',
    args.document.loc?.source.body ?? '',
    args.variableValues ?? {},
  ]);

  const encode = nextFrameEncoder(subscription.id);
  let finish!: () => void;
  const finished = new Promise<IteratorResult<ExecutionResult>>((resolve) => {
    finish = () => resolve({ done: true, value: undefined });
  });
  const sink = { send: (json: Buffer) => subscription.send(encode(json)), sendWritten: (json: Buffer) => subscription.sendWritten(encode(json)) };
  const leave = options.fanout.join(key, source, executionOf(args, options), sink, () => finish());
  subscription.settled();
  const end = async (): Promise<IteratorResult<ExecutionResult>> => {
    leave();
    finish();
    return { done: true, value: undefined };
  };
  const iterator: AsyncIterableIterator<ExecutionResult> = {
    next: () => finished,
    return: end,
    throw: async (error?: unknown) => {
      await end();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
