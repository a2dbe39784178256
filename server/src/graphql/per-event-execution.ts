import { createSourceEventStream, execute, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { Context } from './context.js';

type Stream = AsyncIterableIterator<ExecutionResult> | ExecutionResult;

/**
 * Like graphql-js `subscribe`, but each event runs with its own EntityManager fork: graphql-ws
 * builds the context once per subscription, and a shared fork would serve stale data.
 */
export async function subscribeWithFreshContext(args: ExecutionArgs, fork: (ctx: Context) => Context): Promise<Stream> {
  const source = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in source)) return source as ExecutionResult;
  const events = source as AsyncIterableIterator<unknown>;
  const run = async (step: IteratorResult<unknown>): Promise<IteratorResult<ExecutionResult>> => {
    if (step.done) return { done: true, value: undefined };
    const value = await execute({ ...args, rootValue: step.value, contextValue: fork(args.contextValue as Context) });
    return { done: false, value: value as ExecutionResult };
  };
  const iterator: AsyncIterableIterator<ExecutionResult> = {
    next: () => events.next().then(run),
    // returning ends the source at once, even while it waits for the next event
    return: async () => {
      await events.return?.();
      return { done: true, value: undefined };
    },
    throw: async (error?: unknown) => {
      await events.return?.();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
  return iterator;
}
