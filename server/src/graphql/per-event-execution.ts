import {
  createSourceEventStream,
  execute,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import type { Context } from './context.js';

type Stream = AsyncIterableIterator<ExecutionResult> | ExecutionResult;

/** Fields whose value depends on who asks (not only on the firm and role) carry this extension. */
export const VIEWER_DEPENDENT = 'viewerDependent';

function selectsViewerDependentField(schema: GraphQLSchema, document: DocumentNode): boolean {
  const typeInfo = new TypeInfo(schema);
  let found = false;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field() {
        const field = typeInfo.getFieldDef();
        if (field?.extensions?.[VIEWER_DEPENDENT]) found = true;
      },
    }),
  );
  return found;
}

/**
 * Results of one event for one kind of subscriber, so a thousand identical subscriptions execute
 * (and load their data) once per event instead of a thousand times. Kept for the last few events.
 */
export class SharedExecutions {
  private readonly results = new Map<string, { subscribers: number; byEvent: Map<string, Promise<ExecutionResult>> }>();

  constructor(private readonly keepPerKey = 32) {}

  /** A subscription of this kind starts; its kind is remembered while any such subscription lives. */
  acquire(key: string): void {
    const entry = this.results.get(key) ?? { subscribers: 0, byEvent: new Map() };
    entry.subscribers += 1;
    this.results.set(key, entry);
  }

  release(key: string): void {
    const entry = this.results.get(key);
    if (entry && --entry.subscribers <= 0) this.results.delete(key);
  }

  run(key: string, eventKey: string, work: () => Promise<ExecutionResult>): Promise<ExecutionResult> {
    const byEvent = this.results.get(key)?.byEvent;
    if (!byEvent) return work();
    let result = byEvent.get(eventKey);
    if (!result) {
      result = work();
      byEvent.set(eventKey, result);
      if (byEvent.size > this.keepPerKey) byEvent.delete(byEvent.keys().next().value!);
    }
    return result;
  }
}

/** An event from the log names itself by firm and number; other payloads are not shared. */
function eventKeyOf(payload: unknown): string | null {
  const event = payload as { firmId?: unknown; seq?: unknown } | null;
  return event && typeof event.firmId === 'string' && typeof event.seq === 'number' ? `${event.firmId}:${event.seq}` : null;
}

/**
 * Like graphql-js `subscribe`, but each event runs with its own EntityManager fork (graphql-ws
 * builds the context once per subscription, so a shared fork would serve stale data), and
 * subscribers that would get the same answer share one execution.
 */
export async function subscribeWithFreshContext(
  args: ExecutionArgs,
  fork: (ctx: Context) => Context,
  shared: SharedExecutions,
): Promise<Stream> {
  const source = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in source)) return source as ExecutionResult;
  const events = source as AsyncIterableIterator<unknown>;
  const ctx = args.contextValue as Context;
  const principal = ctx.principal;
  // same firm, role, operation and variables give the same result, unless a field depends on the viewer
  const shareKey = principal
    ? JSON.stringify([
        principal.firmId,
        principal.role,
        selectsViewerDependentField(args.schema, args.document) ? principal.userId : '',
        args.operationName ?? '',
        args.document.loc?.source.body ?? '',
        args.variableValues ?? {},
      ])
    : null;
  if (shareKey) shared.acquire(shareKey);
  let released = false;
  const release = () => {
    if (shareKey && !released) shared.release(shareKey);
    released = true;
  };
  const executeFor = (payload: unknown) => () =>
    execute({ ...args, rootValue: payload, contextValue: fork(ctx) }) as Promise<ExecutionResult>;
  const run = async (step: IteratorResult<unknown>): Promise<IteratorResult<ExecutionResult>> => {
    if (step.done) {
      release();
      return { done: true, value: undefined };
    }
    const eventKey = eventKeyOf(step.value);
    const value = shareKey && eventKey ? await shared.run(shareKey, eventKey, executeFor(step.value)) : await executeFor(step.value)();
    return { done: false, value };
  };
  const iterator: AsyncIterableIterator<ExecutionResult> = {
    next: () => events.next().then(run),
    // returning ends the source at once, even while it waits for the next event
    return: async () => {
      release();
      await events.return?.();
      return { done: true, value: undefined };
    },
    throw: async (error?: unknown) => {
      release();
      await events.return?.();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
  return iterator;
}
