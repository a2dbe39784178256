/**
 * Summarises a V8 .cpuprofile (from `BENCH_CPU_PROF=<dir> pnpm bench:board`): self time by
 * function and by package, and inclusive time of the heaviest frames.
 *   tsx bench/profile-summary.ts bench/.prof/CPU…cpuprofile [top]
 */
import fs from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
  hitCount?: number;
}
const file = process.argv[2];
if (!file) throw new Error('usage: profile-summary <file.cpuprofile> [top]');
const top = Number(process.argv[3] ?? 30);
const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map<number, number>();
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const total = [...self.values()].reduce((a, b) => a + b, 0);

const where = (n: Node) => {
  const url = n.callFrame.url.replace(/^file:\/\//, '');
  const pkg = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  return pkg ?? (url.includes('/server/src/') ? `src/${url.split('/server/src/')[1]}` : url || '(native)');
};
const label = (n: Node) => `${n.callFrame.functionName || '(anonymous)'} ${where(n)}:${n.callFrame.lineNumber + 1}`;

const selfBy = (key: (n: Node) => string) => {
  const m = new Map<string, number>();
  for (const [id, t] of self) m.set(key(byId.get(id)!), (m.get(key(byId.get(id)!)) ?? 0) + t);
  return [...m].sort((a, b) => b[1] - a[1]);
};
const inclusive = new Map<string, number>();
for (const [id, t] of self) {
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const l = label(byId.get(cur)!);
    if (!seen.has(l)) inclusive.set(l, (inclusive.get(l) ?? 0) + t);
    seen.add(l);
  }
}
const show = (title: string, rows: [string, number][]) => {
  console.log(`\n${title}`);
  for (const [k, t] of rows.slice(0, top)) console.log(`${((t / total) * 100).toFixed(1).padStart(6)}%  ${(t / 1000).toFixed(0).padStart(7)} ms  ${k}`);
};
console.log(`sampled ${(total / 1e6).toFixed(1)} s`);
show('self time by package/file', selfBy(where));
show('self time by function', selfBy(label));
show('inclusive time by function', [...inclusive].sort((a, b) => b[1] - a[1]));
