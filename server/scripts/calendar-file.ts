/**
 * Reads a production-calendar file (calendar.xml or a plain list of days) and shows what loading
 * it would change, before anyone loads it:
 *
 *   pnpm --filter @schetovod/server exec tsx scripts/calendar-file.ts path/to/calendar.xml
 *
 * Prints the year, its days off, working weekends and working days, then the due dates that move
 * against the calendar the engine uses today (the built-in one, or the provisional rule) for the
 * broadest profile: an organization on ОСНО with employees, VAT, monthly profit advances and
 * property, transport and land. Exits non-zero with the reason when the file does not read.
 */
import fs from 'node:fs';
import {
  countWorkingDays,
  diffSchedules,
  generateSchedule,
  parseCalendarFile,
  ProfitAdvanceMethod,
  ScheduleError,
  type TaxProfile,
} from '../src/modules/schedule/engine.js';

const file = process.argv[2];
if (!file) {
  console.error('usage: tsx scripts/calendar-file.ts <calendar.xml | list.txt>');
  process.exit(2);
}

const BROADEST: TaxProfile = {
  legalForm: 'ORGANIZATION',
  taxRegime: 'OSNO',
  hasEmployees: true,
  vatPayer: true,
  profitAdvances: ProfitAdvanceMethod.MONTHLY,
  hasProperty: true,
  hasTransport: true,
  hasLand: true,
};
const day = (iso: string) => iso.split('-').reverse().join('.');

try {
  const calendar = parseCalendarFile(fs.readFileSync(file, 'utf8'), file);
  console.log(`${calendar.year}: ${countWorkingDays(calendar)} working days (${calendar.source})`);
  console.log(`weekday days off: ${calendar.daysOff.map(day).join(', ') || '—'}`);
  console.log(`working weekends: ${calendar.workingWeekends.map(day).join(', ') || '—'}`);
  const before = generateSchedule(BROADEST, calendar.year);
  const after = generateSchedule(BROADEST, calendar.year, { calendars: [calendar] });
  const diff = diffSchedules(before, after);
  const wasProvisional = before.some((item) => item.provisional);
  console.log(`against the ${wasProvisional ? 'provisional' : 'built-in'} ${calendar.year} calendar, ${diff.redated.length} due dates move:`);
  for (const { before: from, after: to } of diff.redated) console.log(`  ${to.code} ${to.period}: ${day(from.dueDate)} → ${day(to.dueDate)}`);
} catch (error) {
  if (!(error instanceof ScheduleError)) throw error;
  console.error(`${error.code}: ${error.message}`);
  process.exit(1);
}
