import type { Server as HttpServer } from 'node:http';
import { specifiedRules, type ExecutionResult, type FormattedExecutionResult, type GraphQLError, type GraphQLSchema, type ValidationRule } from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../logger.js';
import { bearerToken, type Context, type Principal } from './context.js';
import { createErrorFormatter } from './errors.js';
import type { Services } from './services.js';
import { ConnectionGuard } from './connection-guard.js';
import { LiveFanout } from './live-fanout.js';
import { OperationCache } from './operation-cache.js';
import { subscribeWithLiveDelivery } from './per-event-execution.js';
import { firmEntityManager } from './tenant-em.js';

/**
 * Ping every socket this often (and drop it if no pong comes within as long): dead connections
 * go within a minute, proxies with the usual 60-second idle timeout keep the socket, and a server
 * holding thousands of boards spends little on it (graphql-ws's 12-second default cost about a
 * tenth of the CPU of a 1,000-subscriber board at 10 changes per second).
 */
const KEEP_ALIVE_MS = 30_000;

type ConnectionExtra = {
  socket: WebSocket;
  principal?: Principal;
  unguard?: () => void;
} & Record<PropertyKey, unknown>;

/** graphql-ws on the HTTP server's `/graphql`: the same token, limits and error masking as HTTP. */
export function attachWebSocket(options: {
  httpServer: HttpServer;
  schema: GraphQLSchema;
  orm: MikroORM;
  services: Services;
  log: Logger;
  validationRules: ValidationRule[];
  maxTokens: number;
}) {
  const { schema, orm, services, log } = options;
  const wss = new WebSocketServer({ server: options.httpServer, path: '/graphql' });
  const formatError = createErrorFormatter(log);
  const operations = new OperationCache(schema, [...specifiedRules, ...options.validationRules], options.maxTokens);
  const fanout = new LiveFanout(log);
  const guard = new ConnectionGuard(services.bus);
  const format = (result: ExecutionResult): FormattedExecutionResult =>
    result.errors ? { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error)) } : (result as FormattedExecutionResult);

  const serverCleanup = useServer<Record<string, unknown>, ConnectionExtra>(
    {
      schema,
      // parsed and validated once per distinct operation; a refused one gets an error, the connection stays
      onSubscribe: (_ctx, _id, payload) => {
        const checked = operations.check(payload.query);
        if (Array.isArray(checked)) return checked;
        return { schema, document: checked, operationName: payload.operationName, variableValues: payload.variables };
      },
      subscribe: (args) =>
        subscribeWithLiveDelivery(args, {
          fanout,
          fork: (ctx) => {
            // forked on first use: many live events resolve from their snapshot alone
            let em: EntityManager | null = null;
            const firmId = ctx.principal!.firmId;
            return {
              principal: ctx.principal,
              services,
              log,
              ip: '',
              get em() {
                return (em ??= firmEntityManager(orm, firmId));
              },
            };
          },
          format,
        }),
      onConnect: async (ctx) => {
        const token = bearerToken(ctx.connectionParams?.authorization);
        const principal = token ? await services.auth.resolve(orm.em.fork(), token) : null;
        const { socket } = ctx.extra;
        if (!principal) {
          socket.close(CloseCode.Unauthorized, 'Unauthorized');
          return false;
        }
        ctx.extra.principal = principal;
        // the firm's events also tell this connection when its access ends, on every instance
        ctx.extra.unguard = await guard.add(principal, socket);
        if (socket.readyState !== socket.OPEN) ctx.extra.unguard();
        return true;
      },
      onClose: (ctx) => ctx.extra.unguard?.(),
      context: (ctx, id): Context => {
        let em: EntityManager | null = null;
        const { socket } = ctx.extra;
        return {
          // made on first use: most subscriptions only need the per-event forks
          get em() {
            return (em ??= firmEntityManager(orm, ctx.extra.principal!.firmId));
          },
          principal: ctx.extra.principal ?? null,
          services,
          log,
          ip: '',
          subscription: {
            id,
            send: (frame) => {
              // a text frame, as graphql-ws clients expect, from bytes encoded once per event
              if (socket.readyState === socket.OPEN) socket.send(frame, { binary: false });
            },
            // a live subscription reads through per-event forks from here on
            settled: () => {
              em = null;
            },
          },
        };
      },
      onError: (_ctx, _id, _payload, errors: readonly GraphQLError[]) =>
        errors.map((error) => formatError(error.toJSON(), error)),
    },
    wss,
    KEEP_ALIVE_MS,
  );

  return {
    async close(): Promise<void> {
      for (const client of wss.clients) client.close(1001, 'Server is shutting down');
      await serverCleanup.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
