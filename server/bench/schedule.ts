/**
 * The schedule engine for 1,000 clients × one year, beside two baselines in the same process:
 *
 *   npx tsx bench/schedule.ts
 *
 * - engine: `generateSchedule` for BENCH_CLIENTS (1,000) varied profiles (every regime and legal
 *   form, employees on and off, VAT, property, patents, four regions) for BENCH_YEAR (2026);
 *   calendars already built, as in a running server.
 * - cold: the same with a fresh set of calendars (every year and region built again on first use).
 * - copy: a trivial loop making the same number of plain objects of the same shape (copying the
 *   engine's output) — the floor any generator that returns these objects pays.
 * BENCH_ROUNDS (7) rounds after one warm-up; medians are printed.
 */
import { performance } from 'node:perf_hooks';
import { generateSchedule, ProfitAdvanceMethod, type ScheduledObligation, type TaxProfile } from '../src/modules/schedule/engine.js';

const clients = Number(process.env.BENCH_CLIENTS || 1000);
const year = Number(process.env.BENCH_YEAR || 2026);
const rounds = Number(process.env.BENCH_ROUNDS || 7);

const SHAPES: TaxProfile[] = [
  { legalForm: 'ORGANIZATION', taxRegime: 'OSNO', hasEmployees: true, vatPayer: true, profitAdvances: ProfitAdvanceMethod.MONTHLY, hasProperty: true, hasTransport: true },
  { legalForm: 'ORGANIZATION', taxRegime: 'OSNO', hasEmployees: true, vatPayer: true },
  { legalForm: 'ORGANIZATION', taxRegime: 'USN_INCOME_MINUS_EXPENSES', hasEmployees: true, vatPayer: false, hasLand: true },
  { legalForm: 'ORGANIZATION', taxRegime: 'USN_INCOME', hasEmployees: false, vatPayer: false, priorYearIncome: 2_500_000_000 },
  { legalForm: 'ORGANIZATION', taxRegime: 'ESHN', hasEmployees: true, vatPayer: true },
  { legalForm: 'ORGANIZATION', taxRegime: 'AUSN_INCOME', hasEmployees: true, vatPayer: false },
  { legalForm: 'INDIVIDUAL_ENTREPRENEUR', taxRegime: 'USN_INCOME', hasEmployees: false, vatPayer: false },
  { legalForm: 'INDIVIDUAL_ENTREPRENEUR', taxRegime: 'USN_INCOME', hasEmployees: true, vatPayer: false },
  { legalForm: 'INDIVIDUAL_ENTREPRENEUR', taxRegime: 'OSNO', hasEmployees: false, vatPayer: true },
  { legalForm: 'INDIVIDUAL_ENTREPRENEUR', taxRegime: 'PSN', hasEmployees: true, vatPayer: false, patents: [{ start: `${year}-01-01`, end: `${year}-12-31` }, { start: `${year - 1}-07-01`, end: `${year - 1}-12-31` }] },
  { legalForm: 'INDIVIDUAL_ENTREPRENEUR', taxRegime: 'NPD', hasEmployees: false, vatPayer: false },
];
const REGIONS = [null, '77', '02', '16'];
const profiles = Array.from({ length: clients }, (_, i) => ({ ...SHAPES[i % SHAPES.length]!, region: REGIONS[i % REGIONS.length]! }));

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function timed(run: () => number): { ms: number; items: number } {
  const start = performance.now();
  const items = run();
  return { ms: performance.now() - start, items };
}

let outputs: ScheduledObligation[][] = [];
const engine = () => {
  outputs = profiles.map((profile) => generateSchedule(profile, year));
  return outputs.reduce((sum, list) => sum + list.length, 0);
};
// a new options object is a new set of calendars: built again on first use
const coldBook = () => {
  const options = { regionalDaysOff: { '99': [] as string[] } };
  return profiles.reduce((sum, profile) => sum + generateSchedule(profile, year, options).length, 0);
};
const copy = () => {
  let items = 0;
  const copies: ScheduledObligation[][] = [];
  for (const list of outputs) {
    const out: ScheduledObligation[] = new Array(list.length);
    for (let i = 0; i < list.length; i += 1) {
      const it = list[i]!;
      out[i] = { key: it.key, code: it.code, kind: it.kind, recipient: it.recipient, period: it.period, part: it.part, nominalDate: it.nominalDate, dueDate: it.dueDate, area: it.area, title: it.title, provisional: it.provisional, unverified: it.unverified };
    }
    copies.push(out);
    items += out.length;
  }
  return items;
};

engine();
copy();
coldBook();
const results = { engine: [] as number[], cold: [] as number[], copy: [] as number[] };
let items = 0;
for (let round = 0; round < rounds; round += 1) {
  const e = timed(engine);
  items = e.items;
  results.engine.push(e.ms);
  results.cold.push(timed(coldBook).ms);
  results.copy.push(timed(copy).ms);
}

const engineMs = median(results.engine);
const copyMs = median(results.copy);
console.log(`schedule engine: ${clients} clients × ${year}, ${items} items, median of ${rounds} rounds`);
console.log(`  engine (calendars built)  ${engineMs.toFixed(1)} ms  (${((engineMs * 1000) / clients).toFixed(1)} µs per client)`);
console.log(`  engine (calendars cold)   ${median(results.cold).toFixed(1)} ms`);
console.log(`  copy loop (baseline)      ${copyMs.toFixed(1)} ms  → engine = ${(engineMs / copyMs).toFixed(1)}× the bare object copy`);
