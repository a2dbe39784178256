import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../src/db/embedded.js';
import { createLogger } from '../src/logger.js';

declare module 'vitest' {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
  }
}

let embedded: EmbeddedDatabase | null = null;
let dataDir: string | null = null;

/**
 * Tests run against TEST_DATABASE_URL when given (CI points it at the machine's PostgreSQL);
 * otherwise against an embedded PostgreSQL started once for the run.
 */
export async function setup(project: TestProject) {
  let url = process.env.TEST_DATABASE_URL;
  if (!url) {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'schetovod-test-'));
    fs.chmodSync(dataDir, 0o755);
    embedded = await startEmbeddedDatabase(dataDir, createLogger('warn'), 'postgres');
    url = embedded.url;
  }
  project.provide('adminDatabaseUrl', url);
}

export async function teardown() {
  await embedded?.stop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
}
