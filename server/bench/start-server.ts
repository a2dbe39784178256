/**
 * Starts the real Schetovod server (production mode) on a random loopback port against
 * DATABASE_URL and prints `BENCH_READY {"url":…}`. Run by bench/board.ts as its own process.
 *
 * With BENCH_COMPILED=1 it runs the compiled server (dist/, built by `tsc -b tsconfig.build.json`)
 * instead of src/ through tsx.
 *
 * With BENCH_PROFILE_DIR set, SIGUSR2 starts a CPU profile and the next SIGUSR2 writes it there
 * (so a profile covers just one load step, not start-up and subscribing).
 */
import fs from 'node:fs';
import path from 'node:path';
import { Session } from 'node:inspector/promises';
import type * as AppModule from '../src/app.js';
import type * as ConfigModule from '../src/config.js';
import { announce, onShutdown, requireEnv } from './lib/child.js';

const databaseUrl = requireEnv('DATABASE_URL');
const root = process.env.BENCH_COMPILED ? '../dist' : '../src';
const { createApp } = (await import(`${root}/app.js`)) as typeof AppModule;
const { loadConfig } = (await import(`${root}/config.js`)) as typeof ConfigModule;
const app = await createApp(
  loadConfig(process.env, { port: 0, host: '127.0.0.1', databaseUrl, seedDemo: false, logLevel: 'warn' }),
);
onShutdown(() => app.close());

const profileDir = process.env.BENCH_PROFILE_DIR;
if (profileDir) {
  let session: Session | null = null;
  let count = 0;
  process.on('SIGUSR2', () => {
    void (async () => {
      if (!session) {
        session = new Session();
        session.connect();
        await session.post('Profiler.enable');
        await session.post('Profiler.setSamplingInterval', { interval: 200 });
        await session.post('Profiler.start');
        return;
      }
      const current = session;
      session = null;
      const { profile } = await current.post('Profiler.stop');
      current.disconnect();
      fs.mkdirSync(profileDir, { recursive: true });
      const file = path.join(profileDir, `ours-${process.pid}-${++count}.cpuprofile`);
      fs.writeFileSync(file, JSON.stringify(profile));
      process.stderr.write(`profile written: ${file}\n`);
    })();
  });
}
announce({ url: app.url });
