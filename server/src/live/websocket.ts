import type { IncomingMessage, Server as HttpServer } from 'node:http';
import { specifiedRules, type ExecutionResult, type FormattedExecutionResult, type GraphQLError, type GraphQLFormattedError, type GraphQLSchema, type ValidationRule } from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocket, WebSocketServer } from 'ws';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../logger.js';
import { bearerToken, type Context, type Principal, type Services } from '../graphql/context.js';
import { createErrorFormatter } from '../graphql/errors.js';
import { BODY_LIMIT_BYTES } from '../graphql/http-body.js';
import { ConnectionGuard, type AccessRules } from './connection-guard.js';
import { LiveFanout } from './live-fanout.js';
import { OperationCache } from './operation-cache.js';
import { subscribeWithLiveDelivery } from './per-event-execution.js';
import { firmEntityManager } from '../graphql/tenant-em.js';
import { scopeOf, type Scope } from '../graphql/scope.js';
import type { Clock } from '../clock.js';

/**
 * Ping every socket this often (and drop it if no pong comes within as long): dead connections
 * go within a minute, proxies with the usual 60-second idle timeout keep the socket, and a server
 * holding thousands of boards spends little on it (graphql-ws's 12-second default cost about a
 * tenth of the CPU of a 1,000-subscriber board at 10 changes per second).
 */
const KEEP_ALIVE_MS = 30_000;

/** Close code for a subscriber that does not read fast enough; graphql-ws clients retry it and resume with `after`. */
export const SUBSCRIBER_TOO_SLOW = 1013;

/** setTimeout fires at once beyond about 24.8 days; sessions last longer. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** Calls `fn` at `when`; the returned function cancels. */
function at(when: Date, fn: () => void): () => void {
  let timer: NodeJS.Timeout;
  const arm = () => {
    const left = when.getTime() - Date.now();
    timer = left > MAX_TIMER_MS ? setTimeout(arm, MAX_TIMER_MS) : setTimeout(fn, Math.max(0, left));
    timer.unref();
  };
  arm();
  return () => clearTimeout(timer);
}

/** The client's address as Express gives it as `req.ip` (with `trust proxy` on: the first X-Forwarded-For entry). */
export function clientAddress(request: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const header = request.headers['x-forwarded-for'];
    const first = (Array.isArray(header) ? header[0] : header)?.split(',')[0]?.trim();
    if (first) return first;
  }
  return request.socket.remoteAddress ?? '';
}

/**
 * Sockets that close themselves once more than `maxBufferedBytes` wait to be sent: a subscriber
 * that stops reading would otherwise make the server queue every event for it. Every frame goes
 * through `send` (graphql-ws's own and the live fan-out's), so the check is in one place.
 */
function boundedSocket(maxBufferedBytes: number) {
  return class BoundedWebSocket extends WebSocket {
    override send(...args: unknown[]): void {
      (super.send as (...a: unknown[]) => void)(...args);
      if (this.bufferedAmount > maxBufferedBytes && this.readyState === this.OPEN) this.close(SUBSCRIBER_TOO_SLOW, 'Subscriber too slow');
    }
  };
}

type ConnectionExtra = {
  socket: WebSocket;
  request: IncomingMessage;
  principal?: Principal;
  /** Client address for login rate limits, taken once from the upgrade request. */
  ip?: string;
  /** Undo what onConnect set up: the access guard and the session-expiry timer. */
  release?: () => void;
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
  trustProxy: boolean;
  /** Close a connection once this much waits to be sent to it. */
  maxBufferedBytes: number;
  /** Mask graphql-js's "Did you mean" hints, which spell out the schema (on when introspection is off). */
  hideSuggestions: boolean;
  /** Which events end or change a connection's access. */
  accessRules: AccessRules;
  /** "Now" for every operation's scope. */
  clock: Clock;
}) {
  const { schema, orm, services, log, clock } = options;
  const wss = new WebSocketServer({
    server: options.httpServer,
    path: '/graphql',
    // a larger frame is refused (1009) from its header, before it is read into memory or parsed
    maxPayload: BODY_LIMIT_BYTES,
    WebSocket: boundedSocket(options.maxBufferedBytes),
  });
  const formatError = createErrorFormatter(log);
  const operations = new OperationCache(schema, [...specifiedRules, ...options.validationRules], options.maxTokens);
  const fanout = new LiveFanout(log);
  const guard = new ConnectionGuard(services.bus, options.accessRules);
  const unhint = (errors: GraphQLFormattedError[]): GraphQLFormattedError[] =>
    options.hideSuggestions ? errors.map((e) => ({ ...e, message: e.message.replace(/ ?Did you mean .+\?$/, '') })) : errors;
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
            const firmId = ctx.scope.principal!.firmId;
            // forked on first use: many live events resolve from their snapshot alone
            const scope = scopeOf({ em: () => firmEntityManager(orm, firmId), principal: ctx.scope.principal, clock, log });
            return { scope, services, ip: ctx.ip };
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
        ctx.extra.ip = clientAddress(ctx.extra.request, options.trustProxy);
        // the firm's events also tell this connection when its access ends, on every instance
        const unguard = await guard.add(principal, socket);
        // and the session's end, which no event announces
        const unexpire = principal.expiresAt ? at(principal.expiresAt, () => socket.close(CloseCode.Unauthorized, 'Session expired')) : () => undefined;
        ctx.extra.release = () => {
          unguard();
          unexpire();
        };
        if (socket.readyState !== socket.OPEN) ctx.extra.release();
        return true;
      },
      onClose: (ctx) => ctx.extra.release?.(),
      context: (ctx, id): Context => {
        let em: EntityManager | null = null;
        const { socket } = ctx.extra;
        const scope: Scope = {
          // made on first use: most subscriptions only need the per-event forks
          get em() {
            return (em ??= firmEntityManager(orm, ctx.extra.principal!.firmId));
          },
          principal: ctx.extra.principal ?? null,
          clock,
          log,
        };
        return {
          scope,
          services,
          ip: ctx.extra.ip ?? '',
          subscription: {
            id,
            send: (frame) => {
              if (socket.readyState === socket.OPEN) socket.send(frame, { binary: false });
            },
            sendWritten: (frame) =>
              new Promise<void>((resolve) => {
                // a text frame, as graphql-ws clients expect, from bytes encoded once per event
                if (socket.readyState === socket.OPEN) socket.send(frame, { binary: false }, () => resolve());
                else resolve();
              }),
            // a live subscription reads through per-event forks from here on
            settled: () => {
              em = null;
            },
          },
        };
      },
      onError: (_ctx, _id, _payload, errors: readonly GraphQLError[]) =>
        unhint(errors.map((error) => formatError(error.toJSON(), error))),
    },
    wss,
    KEEP_ALIVE_MS,
  );

  // graphql-ws prints socket errors (an oversized frame, a reset) on the console: they belong in the log
  wss.on('connection', (socket) => {
    socket.removeAllListeners('error');
    socket.on('error', (error) => {
      log.info({ err: error }, 'WebSocket error');
      socket.close(CloseCode.InternalServerError, 'Internal server error');
    });
  });

  return {
    async close(): Promise<void> {
      for (const client of wss.clients) client.close(1001, 'Server is shutting down');
      await serverCleanup.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
