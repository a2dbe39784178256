import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import type { Config } from './config.js';
import type { EmbeddedDatabase } from './db/embedded.js';
import { openDatabase } from './db/orm.js';
import { accessRules } from './composition/access-rules.js';
import { seedDemo } from './composition/demo-seed.js';
import { bearerToken, type Context, type Services } from './graphql/context.js';
import { createErrorFormatter } from './graphql/errors.js';
import { EventBus } from './modules/events/event-bus.js';
import { graphqlBody, graphqlHttpErrors } from './graphql/http-body.js';
import { refuseHttpSubscriptions } from './graphql/http-subscriptions.js';
import { readWholeInQueries } from './graphql/load.js';
import { markQueries } from './graphql/query-reads.js';
import { User } from './modules/auth/user.entity.js';
import { LeadSource, LostReason } from './modules/leads/lead-lists.entity.js';
import { queryLimits } from './graphql/query-limits.js';
import { buildSchema } from './composition/schema.js';
import { createServices } from './composition/services.js';
import { scheduledJobs } from './composition/jobs.js';
import { JobQueue } from './jobs/job-queue.js';
import { firmEntityManager } from './graphql/tenant-em.js';
import { attachWebSocket } from './live/websocket.js';
import { serveClient } from './http/client-assets.js';
import { DOCUMENTS_JOB } from './modules/contracts/contract-document.service.js';
import { serveContractDocuments } from './modules/contracts/contract-document.http.js';
import { serveCalendarFeeds } from './modules/clients/calendar-feed.http.js';
import { createLogger, requestScope, type Logger } from './logger.js';
import { LoginRateLimit } from './modules/auth/login-rate-limit.js';
import { serveMailAttachments } from './modules/mail/mail.http.js';

export interface App {
  /** Base URL, e.g. http://localhost:4000 (on every interface) or http://127.0.0.1:4000 */
  url: string;
  port: number;
  orm: MikroORM;
  services: Services;
  log: Logger;
  databaseUrl: string;
  jobs: JobQueue;
  close(): Promise<void>;
}

/** Builds and starts the whole server from a config: database, schema, HTTP and WebSocket. */
export async function createApp(config: Config, log: Logger = createLogger(config.logLevel)): Promise<App> {
  // database: the given one, or an embedded PostgreSQL with its data on disk
  let embedded: EmbeddedDatabase | null = null;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    // loaded only when used: the package installs exit hooks of its own on import
    const { startEmbeddedDatabase } = await import('./db/embedded.js');
    embedded = await startEmbeddedDatabase(config.dataDir, log);
    databaseUrl = embedded.url;
  }
  const orm = await openDatabase(databaseUrl, log);

  const bus = new EventBus(databaseUrl, orm.em, log);
  await bus.start();
  const services = createServices(config, bus, new LoginRateLimit(orm.em.getConnection().getKnex(), config.loginRateLimit, config.signUpRateLimit));
  if (config.seedDemo) await seedDemo(orm.em.fork(), services, log);
  const jobs = new JobQueue(databaseUrl, log);
  await jobs.start(scheduledJobs(services, orm, config.clock));
  services.contractDocuments.useQueue(() => jobs.send(DOCUMENTS_JOB), log);
  const schema = await buildSchema();

  const app = express();
  app.disable('x-powered-by');
  if (config.trustProxy) app.set('trust proxy', true);
  const httpServer = http.createServer(app);

  // a request id on the response and in every log line of the request
  app.use((req, res, next) => {
    const header = req.get('x-request-id');
    const requestId = header && /^[\w.-]{1,100}$/.test(header) ? header : randomUUID();
    res.setHeader('x-request-id', requestId);
    requestScope.run({ requestId }, next);
  });

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await orm.em.getConnection().execute('select 1');
      res.json({ status: 'ready' });
    } catch (error) {
      log.warn({ err: error }, 'database not reachable');
      res.status(503).json({ status: 'database unreachable' });
    }
  });

  const armor = queryLimits(config);

  const ws = attachWebSocket({
    httpServer,
    schema,
    orm,
    services,
    log,
    validationRules: armor.validationRules,
    maxTokens: config.limits.maxTokens,
    trustProxy: config.trustProxy,
    maxBufferedBytes: config.wsMaxBufferedBytes,
    hideSuggestions: !config.introspection,
    accessRules,
    clock: config.clock,
  });

  // a firm's people and its lead sources and loss reasons are few, and nearly every list names some of them
  for (const entity of [User, LeadSource, LostReason]) readWholeInQueries(entity);
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: config.introspection,
    csrfPrevention: true,
    parseOptions: { maxTokens: config.limits.maxTokens },
    // close() stops Apollo in order; its own signal handler would race the drain
    stopOnTerminationSignals: false,
    validationRules: armor.validationRules,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    plugins: [
      // graphql-armor types its plugins against Apollo's CommonJS build; they are the same at run time
      ...(armor.plugins as unknown as ApolloServerPlugin<Context>[]),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      refuseHttpSubscriptions<Context>(),
      markQueries<Context>(),
      ApolloServerPluginLandingPageDisabled(),
      // no cache hints are used; Apollo's default cache-control plugin would wrap every field's resolver
      ApolloServerPluginCacheControlDisabled(),
    ],
    formatError: createErrorFormatter(log),
    logger: {
      debug: (m) => log.debug(m),
      info: (m) => log.info(m),
      warn: (m) => log.warn(m),
      error: (m) => log.error(m),
    },
  });
  await apollo.start();

  app.use(
    '/graphql',
    ...graphqlBody(schema, config.limits.maxTokens),
    expressMiddleware(apollo, {
      context: async ({ req }): Promise<Context> => {
        const token = bearerToken(req.headers.authorization);
        const principal = token ? await services.auth.resolve(orm.em.fork(), token) : null;
        const em = principal ? firmEntityManager(orm, principal.firmId) : orm.em.fork();
        return { scope: { em, principal, clock: config.clock, log }, services, ip: req.ip ?? req.socket.remoteAddress ?? '' };
      },
    }),
    graphqlHttpErrors(log),
  );

  // generated contract documents, for the caller's firm only
  serveContractDocuments(app, orm, services, config.clock);

  // each user's private calendar feed: the token in the path is the key
  serveCalendarFeeds(app, orm, services.calendarFeeds, config.clock);

  // letters' attachments, for those who may read the letter
  serveMailAttachments(app, orm, services.auth, services.mailInbox, config.clock, log);

  // the built client, with client-side routes falling back to index.html
  if (fs.existsSync(path.join(config.clientDist, 'index.html'))) serveClient(app, config.clientDist, config.explorer);

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const port = (httpServer.address() as { port: number }).port;
  // on every interface, localhost is the address a person on this machine opens (as the README says)
  const url = `http://${['0.0.0.0', '::'].includes(config.host) ? 'localhost' : config.host}:${port}`;
  log.info({ url }, 'Schetovod is listening');

  let closing: Promise<void> | null = null;
  return {
    url,
    port,
    orm,
    services,
    log,
    databaseUrl,
    jobs,
    close() {
      // stop accepting, drain HTTP and WebSocket, then close the database
      closing ??= (async () => {
        await ws.close();
        await apollo.stop();
        await jobs.stop();
        services.auth.close();
        await bus.stop();
        await orm.close(true);
        if (embedded) await embedded.stop();
      })();
      return closing;
    },
  };
}
