import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS entry for every dependency; vite would give our own files the
    // .mjs one, and two copies of graphql refuse each other's schema objects
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    // CI reads the counts from a JSON report; people read the default one
    reporters: process.env.VITEST_JSON_REPORT_DIR
      ? ['default', ['json', { outputFile: `${process.env.VITEST_JSON_REPORT_DIR}/server.json` }]]
      : ['default'],
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    pool: 'forks',
    // browser suites drive Chromium beside the server on two cores: give them room
    testTimeout: 90_000,
    hookTimeout: 60_000,
    // each file gets its own database; two cores, so keep parallelism modest
    maxWorkers: 3,
  },
});
