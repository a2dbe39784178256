import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { addMember, errorCode, gql, ok, signUpFirm, startTestApp, type SignedUpFirm } from '../../../test/harness.js';
import { TestClock } from '../../../test/clock.js';
import { graphql } from '../../../test/gql/index.js';

// Loading a year's production calendar: a 2027 schedule made provisionally is re-dated and
// confirmed through the reviewed diff; DONE items and notes stay.

// test fixture: 2027 in the publishers' calendar.xml format (the transfers announced for 2027)
const XML_2027 = readFileSync(new URL('../schedule/engine/testdata/calendar-2027.xml', import.meta.url), 'utf8');

graphql(`fragment CalendarLoadItem on Obligation { id version key dueDate status provisional note doneDate }`);
const CREATE = graphql(`mutation CalendarLoadCreate($input: ClientInput!) { createClient(input: $input) { id version } }`);
const ASSIGN = graphql(`mutation CalendarLoadAssign($clientId: ID!, $area: ServiceArea!, $accountantId: ID!, $fromDate: Date) { assignClientArea(clientId: $clientId, area: $area, accountantId: $accountantId, fromDate: $fromDate) { id version } }`);
const ACCEPT = graphql(`mutation CalendarLoadAccept($id: ID!, $version: Int!) { acceptClient(id: $id, version: $version) { id version } }`);
const ITEMS = graphql(`query CalendarLoadItems($id: ID!, $first: Int!) { client(id: $id) { obligations(first: $first, filter: { statuses: [PLANNED, IN_PROGRESS, DONE, NOT_REQUIRED] }) { edges { node { ...CalendarLoadItem } } } } }`);
const CHANGE = graphql(`mutation CalendarLoadChange($id: ID!, $version: Int!, $status: ObligationStatus!, $note: String) { changeObligationStatus(id: $id, version: $version, status: $status, note: $note) { ...CalendarLoadItem } }`);
const YEARS = graphql(`query CalendarLoadYears { productionCalendars { year state source workingDays calendar { year workingDays source loadedBy { id } } } }`);
const PREVIEW = graphql(`query CalendarLoadPreview($year: Int!, $content: String!, $fileName: String) { productionCalendarPreview(year: $year, content: $content, fileName: $fileName) { year source workingDays nonWorkingDays daysOff workingWeekends shortened replaces changes { date working } } }`);
const LOAD = graphql(`mutation CalendarLoad($year: Int!, $content: String!, $fileName: String) { loadProductionCalendar(year: $year, content: $content, fileName: $fileName) { id year workingDays source daysOff workingWeekends loadedBy { id } } }`);
const PENDING = graphql(`query CalendarLoadPending { pendingScheduleDiffs { client { id shortName } digest empty confirmed redated { key dueDate previousDueDate status } keptDone { key status } added { key } removed { key } } }`);
const APPLY_ALL = graphql(`mutation CalendarLoadApplyAll($diffs: [ScheduleDiffRef!]!) { applyClientScheduleDiffs(diffs: $diffs) { client { id } confirmed redated { key } } }`);
const CALENDAR = graphql(`query CalendarLoadMonth($from: Date!, $to: Date!, $filter: ObligationFilter) { myObligationCalendar(from: $from, to: $to, filter: $filter) { ...CalendarLoadItem } }`);
const PREVIEW_SCHEDULE = graphql(`query CalendarLoadSchedulePreview($profile: TaxProfileInput!, $year: Int!) { schedulePreview(profile: $profile, year: $year) { code period dueDate provisional } }`);

// Wednesday 2 December 2026 in Moscow: firms accepting clients now get 2027 provisionally
const clock = new TestClock('2026-12-02T07:00:00Z');
let app: App;
let owner: SignedUpFirm;
let other: SignedUpFirm;
let taxHead: { userId: string; token: string };
let payroll: { userId: string; token: string };
let clientId: string;

const fieldCode = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  (result.errors?.[0]?.extensions?.fields as { code?: string }[] | undefined)?.[0]?.code;

async function acceptClient(app: App, firm: SignedUpFirm, name: string, accountants: { taxes: string; payroll: string; primary: string }) {
  const created = (await ok(app, CREATE, { input: { legalForm: 'ORGANIZATION', fullName: name, shortName: name, taxRegime: 'USN_INCOME', vatPayer: false, hasEmployees: true, serviceStartDate: '2026-10-01' } }, firm.token)).createClient;
  await ok(app, ASSIGN, { clientId: created.id, area: 'TAXES', accountantId: accountants.taxes, fromDate: '2026-10-01' }, firm.token);
  await ok(app, ASSIGN, { clientId: created.id, area: 'PAYROLL', accountantId: accountants.payroll, fromDate: '2026-10-01' }, firm.token);
  const assigned = (await ok(app, ASSIGN, { clientId: created.id, area: 'PRIMARY_DOCUMENTS', accountantId: accountants.primary, fromDate: '2026-10-01' }, firm.token)).assignClientArea;
  return (await ok(app, ACCEPT, { id: created.id, version: assigned.version }, firm.token)).acceptClient.id;
}

const itemsOf = async (id: string, token = owner.token) => (await ok(app, ITEMS, { id, first: 500 }, token)).client.obligations.edges.map((e) => e.node);
const byKey = async (id: string, key: string) => (await itemsOf(id)).find((i) => i.key === key)!;

beforeAll(async () => {
  app = await startTestApp(undefined, { clock });
  owner = await signUpFirm(app, 'ООО «Календарь»');
  other = await signUpFirm(app, 'ООО «Соседи»');
  taxHead = await addMember(app, owner.token, 'HEAD', 'TAX');
  payroll = await addMember(app, owner.token, 'ACCOUNTANT', 'PAYROLL');
  const primary = await addMember(app, owner.token, 'ACCOUNTANT', 'PRIMARY_DOCUMENTS');
  clientId = await acceptClient(app, owner, 'ООО «Предварительный»', { taxes: taxHead.userId, payroll: payroll.userId, primary: primary.userId });
});

describe('before the 2027 calendar is loaded', () => {
  it('2027 is provisional: every 2027 item of the schedule is marked, the calendars say so', async () => {
    const items = await itemsOf(clientId);
    const of2027 = items.filter((i) => i.dueDate.startsWith('2027'));
    expect(of2027.length).toBeGreaterThan(50);
    expect(of2027.every((i) => i.provisional)).toBe(true);
    expect(await byKey(clientId, 'NDFL_AGENT_PAY_23_END:2027-10')).toMatchObject({ dueDate: '2027-11-05', provisional: true });
    const years = (await ok(app, YEARS, {}, payroll.token)).productionCalendars;
    expect(years.map((y) => [y.year, y.state, y.workingDays])).toEqual([[2025, 'BUILT_IN', 247], [2026, 'BUILT_IN', 247], [2027, 'PROVISIONAL', 249]]);
    expect(await ok(app, PENDING, {}, owner.token)).toEqual({ pendingScheduleDiffs: [] });
  });
});

describe('a calendar file', () => {
  it('is summarised before it is loaded: working days, days off and what changes against the provisional year', async () => {
    const preview = (await ok(app, PREVIEW, { year: 2027, content: XML_2027, fileName: 'calendar.xml' }, owner.token)).productionCalendarPreview;
    expect(preview).toMatchObject({ year: 2027, source: 'calendar.xml (2026.09.02)', workingDays: 247, nonWorkingDays: 118, replaces: 'PROVISIONAL', workingWeekends: ['2027-02-20'] });
    expect(preview.daysOff).toContain('2027-11-05');
    expect(preview.changes).toEqual([
      { date: '2027-02-20', working: true }, { date: '2027-02-22', working: false }, { date: '2027-11-05', working: false }, { date: '2027-12-31', working: false },
    ]);
    // nothing was written
    expect((await ok(app, YEARS, {}, owner.token)).productionCalendars[2]!.state).toBe('PROVISIONAL');
  });

  it.each([
    ['malformed XML', 2027, '<calendar year="2027"><days><day d="01.01" t="1"></days></calendar>', 'content', 'CALENDAR_FILE_INVALID'],
    ['not a calendar', 2027, '<html><body>Производственный календарь</body></html>', 'content', 'CALENDAR_FILE_INVALID'],
    ['a list with a bad line', 2027, '2027-01-01\n2027-02-30 выходной', 'content', 'CALENDAR_FILE_INVALID'],
    ['a file of another year', 2026, XML_2027, 'year', 'CALENDAR_YEAR_MISMATCH'],
    ['a year before 2025', 2024, XML_2027.replace('year="2027"', 'year="2024"'), 'year', 'SCHEDULE_YEAR_NOT_SUPPORTED'],
    ['implausibly many days off', 2027, Array.from({ length: 60 }, (_, i) => `2027-03-${String((i % 31) + 1).padStart(2, '0')}`).join('\n').replace(/2027-03-(29|30|31)\n/g, '') + '\n2027-04-01\n2027-04-02\n2027-04-05\n2027-04-06\n2027-04-07\n2027-04-08\n2027-04-09\n2027-04-12', 'content', 'CALENDAR_IMPLAUSIBLE'],
  ])('is refused: %s', async (_what, year, content, field, code) => {
    for (const document of [PREVIEW, LOAD] as const) {
      const result = await gql(app, document as typeof LOAD, { year, content }, owner.token);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field, code })]);
    }
    expect((await ok(app, YEARS, {}, owner.token)).productionCalendars.map((y) => y.state)).toEqual(['BUILT_IN', 'BUILT_IN', 'PROVISIONAL']);
  });

  it('is loaded by the owner only', async () => {
    expect(errorCode(await gql(app, LOAD, { year: 2027, content: XML_2027 }, taxHead.token))).toBe('FORBIDDEN');
    expect(errorCode(await gql(app, PREVIEW, { year: 2027, content: XML_2027 }, payroll.token))).toBe('FORBIDDEN');
  });
});

describe('loading 2027', () => {
  it('re-dates and confirms the provisional items through the reviewed diff; DONE items and notes stay', async () => {
    // what people did before the calendar came: one item done that the calendar moves, one it does not, a note on one it moves
    const moved = await byKey(clientId, 'NDFL_AGENT_PAY_23_END:2027-10');
    await ok(app, CHANGE, { id: moved.id, version: moved.version, status: 'DONE', note: 'п/п 512' }, owner.token);
    const steady = await byKey(clientId, 'INS_PAY_MONTH:2027-01');
    await ok(app, CHANGE, { id: steady.id, version: steady.version, status: 'DONE' }, owner.token);
    const december = await byKey(clientId, 'NDFL_AGENT_PAY_DEC:2027');
    expect(december.dueDate).toBe('2027-12-31');
    await ok(app, CHANGE, { id: december.id, version: december.version, status: 'IN_PROGRESS', note: 'Согласовать с клиентом' }, owner.token);

    const loaded = (await ok(app, LOAD, { year: 2027, content: XML_2027, fileName: 'calendar.xml' }, owner.token)).loadProductionCalendar;
    expect(loaded).toMatchObject({ year: 2027, workingDays: 247, source: 'calendar.xml (2026.09.02)', workingWeekends: ['2027-02-20'], loadedBy: { id: owner.userId } });
    expect((await ok(app, YEARS, {}, owner.token)).productionCalendars[2]).toMatchObject({ year: 2027, state: 'LOADED', workingDays: 247, calendar: { year: 2027 } });
    // the lead card's preview computes by the firm's calendar too
    const profile = { legalForm: 'ORGANIZATION', taxRegime: 'USN_INCOME', hasEmployees: true, vatPayer: false } as const;
    const preview = (await ok(app, PREVIEW_SCHEDULE, { profile, year: 2027 }, owner.token)).schedulePreview;
    expect(preview.every((i) => !i.provisional)).toBe(true);
    expect(preview.find((i) => i.code === 'NDFL_AGENT_PAY_23_END' && i.period === '2027-10')?.dueDate).toBe('2027-11-08');

    // the stored schedule is untouched until the diff is applied
    expect((await itemsOf(clientId)).some((i) => i.provisional)).toBe(true);
    const [pending, ...rest] = (await ok(app, PENDING, {}, owner.token)).pendingScheduleDiffs;
    expect(rest).toEqual([]);
    expect(pending!.client).toEqual({ id: clientId, shortName: 'ООО «Предварительный»' });
    expect(pending!.added).toEqual([]);
    expect(pending!.removed).toEqual([]);
    expect(pending!.redated).toEqual([
      { key: 'NDFL_AGENT_NOTIF_DEC:2027', dueDate: '2027-12-30', previousDueDate: '2027-12-31', status: 'PLANNED' },
      { key: 'NDFL_AGENT_PAY_DEC:2027', dueDate: '2027-12-30', previousDueDate: '2027-12-31', status: 'IN_PROGRESS' },
    ].sort((a, b) => a.key.localeCompare(b.key)).sort((a, b) => a.dueDate.localeCompare(b.dueDate)));
    expect(pending!.keptDone).toEqual([{ key: 'NDFL_AGENT_PAY_23_END:2027-10', status: 'DONE' }]);
    const provisionalBefore = (await itemsOf(clientId)).filter((i) => i.provisional).length;
    expect(pending!.confirmed).toBe(provisionalBefore);

    // a stale digest is refused and nothing is written
    const stale = await gql(app, APPLY_ALL, { diffs: [{ clientId, digest: 'x'.repeat(32) }] }, owner.token);
    expect(errorCode(stale)).toBe('CONFLICT');
    expect((await itemsOf(clientId)).filter((i) => i.provisional).length).toBe(provisionalBefore);

    const applied = (await ok(app, APPLY_ALL, { diffs: [{ clientId, digest: pending!.digest }] }, owner.token)).applyClientScheduleDiffs;
    expect(applied).toEqual([{ client: { id: clientId }, confirmed: provisionalBefore, redated: [{ key: 'NDFL_AGENT_NOTIF_DEC:2027' }, { key: 'NDFL_AGENT_PAY_DEC:2027' }] }]);

    const after = await itemsOf(clientId);
    expect(after.filter((i) => i.provisional)).toEqual([]);
    expect(after.find((i) => i.key === 'NDFL_AGENT_PAY_23_END:2027-10')).toMatchObject({ status: 'DONE', dueDate: '2027-11-05', note: 'п/п 512', doneDate: '2026-12-02' });
    expect(after.find((i) => i.key === 'INS_PAY_MONTH:2027-01')).toMatchObject({ status: 'DONE', dueDate: steady.dueDate });
    expect(after.find((i) => i.key === 'NDFL_AGENT_PAY_DEC:2027')).toMatchObject({ status: 'IN_PROGRESS', dueDate: '2027-12-30', note: 'Согласовать с клиентом' });
    expect(after.length).toBe((await itemsOf(clientId)).length);
    expect((await ok(app, PENDING, {}, owner.token)).pendingScheduleDiffs).toEqual([]);
  });

  it('a client accepted after the load gets final dates at once', async () => {
    const members = { taxes: taxHead.userId, payroll: payroll.userId, primary: (await addMember(app, owner.token, 'ACCOUNTANT', 'PRIMARY_DOCUMENTS')).userId };
    const id = await acceptClient(app, owner, 'ООО «После календаря»', members);
    const items = await itemsOf(id);
    expect(items.filter((i) => i.provisional)).toEqual([]);
    expect(items.find((i) => i.key === 'NDFL_AGENT_PAY_23_END:2027-10')?.dueDate).toBe('2027-11-08');
  });
});

describe('tenancy', () => {
  it('a calendar one firm loads is not another’s; neither are its clients’ diffs', async () => {
    expect((await ok(app, YEARS, {}, other.token)).productionCalendars[2]).toMatchObject({ year: 2027, state: 'PROVISIONAL', calendar: null });
    const head = await addMember(app, other.token, 'HEAD', 'TAX');
    const pay = await addMember(app, other.token, 'HEAD', 'PAYROLL');
    const prim = await addMember(app, other.token, 'ACCOUNTANT', 'PRIMARY_DOCUMENTS');
    const theirs = await acceptClient(app, other, 'ООО «Чужой»', { taxes: head.userId, payroll: pay.userId, primary: prim.userId });
    expect((await itemsOf(theirs, other.token)).find((i) => i.key === 'NDFL_AGENT_PAY_23_END:2027-10')).toMatchObject({ dueDate: '2027-11-05', provisional: true });
    expect((await ok(app, PENDING, {}, other.token)).pendingScheduleDiffs).toEqual([]);
    expect(errorCode(await gql(app, APPLY_ALL, { diffs: [{ clientId, digest: 'x'.repeat(32) }] }, other.token))).toBe('NOT_FOUND');
  });
});

describe('the accountant’s calendar', () => {
  it('shows their items due in a month, with the list’s filter; a span over two months is refused', async () => {
    const month = (await ok(app, CALENDAR, { from: '2027-01-01', to: '2027-01-31' }, payroll.token)).myObligationCalendar;
    expect(month.length).toBeGreaterThan(3);
    expect(month.every((i) => i.dueDate >= '2027-01-01' && i.dueDate <= '2027-01-31')).toBe(true);
    expect(month.map((i) => i.dueDate)).toEqual(month.map((i) => i.dueDate).sort());
    const done = (await ok(app, CALENDAR, { from: '2027-02-01', to: '2027-03-14', filter: { statuses: ['DONE'] } }, payroll.token)).myObligationCalendar;
    expect(done.map((i) => i.key)).toEqual(['INS_PAY_MONTH:2027-01']);
    expect((await ok(app, CALENDAR, { from: '2027-01-01', to: '2027-01-31' }, taxHead.token)).myObligationCalendar.every((i) => !i.key.startsWith('NDFL'))).toBe(true);
    const long = await gql(app, CALENDAR, { from: '2027-01-01', to: '2027-04-01' }, payroll.token);
    expect(fieldCode(long)).toBe('RANGE_TOO_LONG');
    expect(fieldCode(await gql(app, CALENDAR, { from: '2027-02-01', to: '2027-01-01' }, payroll.token))).toBe('TO_BEFORE_FROM');
  });
});
