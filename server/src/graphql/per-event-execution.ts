import {
  createSourceEventStream,
  execute,
  GraphQLError,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type FormattedExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import type { StoredEvent } from '../modules/events/event-log.js';
import type { Context } from './context.js';
import { FirmEventSource } from './event-stream.js';
import type { LiveFanout } from './live-fanout.js';

/** Fields whose value depends on who asks (not only on the firm and role) carry this extension. */
export const VIEWER_DEPENDENT = 'viewerDependent';

// documents come shared from the operation cache: the walk runs once per operation
const viewerDependence = new WeakMap<DocumentNode, boolean>();

function selectsViewerDependentField(schema: GraphQLSchema, document: DocumentNode): boolean {
  const known = viewerDependence.get(document);
  if (known !== undefined) return known;
  const typeInfo = new TypeInfo(schema);
  let found = false;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field() {
        if (typeInfo.getFieldDef()?.extensions?.[VIEWER_DEPENDENT]) found = true;
      },
    }),
  );
  viewerDependence.set(document, found);
  return found;
}

const FRAME_END = Buffer.from('}');

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
 * the same answer (same firm, role, operation and variables, unless a field depends on the viewer)
 * share one execution and one JSON encoding per event, each with a fresh EntityManager, and
 * every subscriber receives it as a ready `next` frame through `ctx.subscription`. graphql-ws keeps
 * the subscription (its iterator yields nothing and ends when the subscriber leaves) and handles
 * `complete` and errors.
 */
export async function subscribeWithLiveDelivery(args: ExecutionArgs, options: LiveDeliveryOptions): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const source = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in source)) return source as ExecutionResult;
  const ctx = args.contextValue as Context;
  if (!(source instanceof FirmEventSource) || !ctx.principal || !ctx.subscription) {
    return { errors: [new GraphQLError('Subscriptions stream the firm event log')] };
  }
  const { principal, subscription } = ctx;
  const key = JSON.stringify([
    principal.firmId,
    principal.role,
    selectsViewerDependentField(args.schema, args.document) ? principal.userId : '',
    args.operationName ?? '',
    args.document.loc?.source.body ?? '',
    args.variableValues ?? {},
  ]);
  const framePrefix = Buffer.from(`{"id":${JSON.stringify(subscription.id)},"type":"next","payload":`);

  let finish!: () => void;
  const finished = new Promise<IteratorResult<ExecutionResult>>((resolve) => {
    finish = () => resolve({ done: true, value: undefined });
  });
  const leave = options.fanout.join(key, source, executionOf(args, options), (json) => subscription.send(Buffer.concat([framePrefix, json, FRAME_END])), () => finish());
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
