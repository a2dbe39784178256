/**
 * Starts the real Schetovod server (production mode) on a random loopback port against
 * DATABASE_URL and prints `BENCH_READY {"url":…}`. Run by bench/board.ts as its own process.
 */
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { announce, onShutdown, requireEnv } from './lib/child.js';

const databaseUrl = requireEnv('DATABASE_URL');
const app = await createApp(
  loadConfig(process.env, { port: 0, host: '127.0.0.1', databaseUrl, seedDemo: false, logLevel: 'warn' }),
);
onShutdown(() => app.close());
announce({ url: app.url });
