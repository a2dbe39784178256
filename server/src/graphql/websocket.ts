import type { Server as HttpServer } from 'node:http';
import { specifiedRules, validate, type GraphQLError, type GraphQLSchema, type ValidationRule } from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../logger.js';
import type { StoredEvent } from '../modules/events/event-log.js';
import { bearerToken, type Context, type Principal } from './context.js';
import { createErrorFormatter } from './errors.js';
import type { Services } from './services.js';
import { SharedExecutions, subscribeWithFreshContext } from './per-event-execution.js';
import { firmEntityManager } from './tenant-em.js';

/** Close code that tells the client its permissions changed: it reconnects and signs in again. */
export const PERMISSIONS_CHANGED = 4100;

/** Whether an event ends what this connection may do: its user, session or token was cut off. */
function endsConnection(event: StoredEvent, principal: Principal): number | null {
  switch (event.type) {
    case 'USER_DEACTIVATED':
      return event.subjectId === principal.userId ? CloseCode.Unauthorized : null;
    case 'LOGGED_OUT':
      return event.data?.sessionId === principal.sessionId ? CloseCode.Unauthorized : null;
    case 'API_TOKEN_REVOKED':
      return event.subjectId === principal.apiTokenId ? CloseCode.Unauthorized : null;
    case 'USER_ROLE_CHANGED':
      return event.subjectId === principal.userId ? PERMISSIONS_CHANGED : null;
    default:
      return null;
  }
}

type ConnectionExtra = {
  principal?: Principal;
  closeWatch?: () => void;
} & Record<PropertyKey, unknown>;

/** graphql-ws on the HTTP server's `/graphql`: the same token, limits and error masking as HTTP. */
export function attachWebSocket(options: {
  httpServer: HttpServer;
  schema: GraphQLSchema;
  orm: MikroORM;
  services: Services;
  log: Logger;
  validationRules: ValidationRule[];
}) {
  const { schema, orm, services, log } = options;
  const wss = new WebSocketServer({ server: options.httpServer, path: '/graphql' });
  const formatError = createErrorFormatter(log);
  const rules = [...specifiedRules, ...options.validationRules];
  const shared = new SharedExecutions();

  const serverCleanup = useServer<Record<string, unknown>, ConnectionExtra>(
    {
      schema,
      validate: (s, document) => validate(s, document, rules),
      subscribe: (args) =>
        subscribeWithFreshContext(args, (ctx) => ({ ...ctx, em: firmEntityManager(orm, ctx.principal!.firmId) }), shared),
      onConnect: async (ctx) => {
        const token = bearerToken(ctx.connectionParams?.authorization);
        const principal = token ? await services.auth.resolve(orm.em.fork(), token) : null;
        if (!principal) {
          (ctx.extra as unknown as { socket: WebSocket }).socket.close(CloseCode.Unauthorized, 'Unauthorized');
          return false;
        }
        ctx.extra.principal = principal;
        const socket = (ctx.extra as unknown as { socket: WebSocket }).socket;
        // the firm's events also tell this connection when its access ends, on every instance
        const watch = await services.bus.watch(principal.firmId, (event) => {
          const code = endsConnection(event, principal);
          if (code) socket.close(code, code === CloseCode.Unauthorized ? 'Unauthorized' : 'Permissions changed');
        });
        ctx.extra.closeWatch = () => watch.close();
        if (socket.readyState !== socket.OPEN) watch.close();
        return true;
      },
      onClose: (ctx) => ctx.extra.closeWatch?.(),
      context: (ctx): Context => ({
        em: firmEntityManager(orm, ctx.extra.principal!.firmId),
        principal: ctx.extra.principal ?? null,
        services,
        log,
        ip: '',
      }),
      onError: (_ctx, _id, _payload, errors: readonly GraphQLError[]) =>
        errors.map((error) => formatError(error.toJSON(), error)),
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error)) } : undefined,
    },
    wss,
  );

  return {
    async close(): Promise<void> {
      for (const client of wss.clients) client.close(1001, 'Server is shutting down');
      await serverCleanup.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
