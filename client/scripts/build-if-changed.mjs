// Builds the client unless its inputs are unchanged since the last build: `pnpm start` runs it
// every time, and an unchanged client need not take half a minute to build again.
// The inputs' hash is kept in dist/.inputs-hash (serve-static never serves dotfiles).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const clientDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(clientDir, 'dist');
const stampFile = path.join(dist, '.inputs-hash');
// everything vite reads: sources, page, config, dependencies (the lockfile pins their versions)
const inputs = ['src', 'public', 'index.html', 'vite.config.ts', 'tsconfig.json', 'package.json', '../pnpm-lock.yaml'];

function files(entry) {
  const full = path.join(clientDir, entry);
  if (!fs.existsSync(full)) return [];
  if (!fs.statSync(full).isDirectory()) return [entry];
  return fs
    .readdirSync(full)
    .sort()
    .flatMap((name) => files(path.join(entry, name)));
}

const hash = createHash('sha256');
for (const file of inputs.flatMap(files)) {
  // names too, so a renamed or deleted file counts as a change
  hash.update(`${file}\0`).update(fs.readFileSync(path.join(clientDir, file))).update('\0');
}
const current = hash.digest('hex');

const previous = fs.existsSync(stampFile) ? fs.readFileSync(stampFile, 'utf8').trim() : null;
if (previous === current && fs.existsSync(path.join(dist, 'index.html'))) {
  console.log('client is up to date (sources unchanged since the last build); not rebuilding');
  process.exit(0);
}

const vite = path.join(clientDir, 'node_modules', '.bin', 'vite');
const build = spawnSync(vite, ['build'], { cwd: clientDir, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
fs.writeFileSync(stampFile, `${current}\n`);
