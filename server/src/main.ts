import { createApp, type App } from './app.js';
import { loadConfig } from './config.js';
import { EmbeddedDatabaseError } from './db/embedded.js';
import { createLogger } from './logger.js';

// start: config → database → app → listen; stop gracefully on SIGTERM/SIGINT
const config = loadConfig();
const log = createLogger(config.logLevel);

// the handlers come first: a Ctrl-C during the start (or right after the address is printed)
// must still stop the embedded PostgreSQL, which runs in a session of its own
let started: Promise<App> | null = null;
let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping || !started) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    started
      .then((app) => app.close())
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  });
}

started = createApp(config, log);
const app = await started.catch((error: unknown) => {
  // a database that cannot start is the user's to fix: one paragraph, no stack trace
  if (error instanceof EmbeddedDatabaseError) process.stderr.write(`\nSchetovod could not start. ${error.message}\n\n`);
  else log.fatal({ err: error }, 'start failed');
  process.exit(1);
});

// the JSON log is for machines; a person starting the server wants the address
if (!stopping) process.stdout.write(`\nSchetovod is running at ${app.url} (Ctrl-C stops it)\n\n`);
