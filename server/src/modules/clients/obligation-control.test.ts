import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { addMember, errorCode, gql, ok, signUpFirm, startTestApp, waitUntil, type SignedUpFirm } from '../../../test/harness.js';
import { TestClock } from '../../../test/clock.js';
import { graphql } from '../../../test/gql/index.js';
import type { ClientInput } from '../../../test/gql/graphql.js';
import { firmEntityManager } from '../../graphql/tenant-em.js';
import { LegalForm, TaxRegime } from '../leads/lead.enums.js';
import { Project } from '../projects/project.entity.js';
import { TaskStatus } from '../projects/project.enums.js';
import { Task } from '../projects/task.entity.js';
import { Client } from './client.entity.js';
import { ClientStatus, ObligationStatus } from './client.enums.js';
import { OBLIGATION_REMINDERS } from './clients.jobs.js';
import { Obligation } from './obligation.entity.js';
import { ObligationKind, Recipient, ServiceArea } from './schedule-link.js';

const CREATE = graphql(`mutation ControlCreateClient($input: ClientInput!) { createClient(input: $input) { id version } }`);
const ASSIGN = graphql(`mutation ControlAssign($clientId: ID!, $area: ServiceArea!, $accountantId: ID!, $fromDate: Date) { assignClientArea(clientId: $clientId, area: $area, accountantId: $accountantId, fromDate: $fromDate) { id version } }`);
const ACCEPT = graphql(`mutation ControlAccept($id: ID!, $version: Int!) { acceptClient(id: $id, version: $version) { id version } }`);
const OBLIGATIONS = graphql(`query ControlClientObligations($id: ID!, $first: Int!) { client(id: $id) { obligations(first: $first) { edges { node { id code dueDate status provisional owner { id } } } } } }`);
const MINE = graphql(`query ControlMyObligations($first: Int!) { myObligations(first: $first) { edges { node { id status } } } }`);
const CONTROL = graphql(`
  query ControlView($accountantId: ID, $clientId: ID, $unassigned: Boolean) {
    obligationControl(accountantId: $accountantId, clientId: $clientId, unassigned: $unassigned) {
      today weekStart weekEnd overdue dueThisWeek tasksOverdue tasksDueThisWeek
      byAccountant { accountant { id name } overdue dueThisWeek tasksOverdue tasksDueThisWeek }
      byClient { client { id shortName } overdue dueThisWeek accountantCount }
      obligations { id dueDate overdue owner { id } client { id } }
      obligationsTotal
      tasks { id title dueDate assignee { id } }
    }
  }
`);
const FEED = graphql(`query ControlMyCalendarFeed { myCalendarFeed { createdAt lastUsedAt } }`);
const ROTATE = graphql(`mutation ControlRotateFeed { rotateCalendarFeed { url feed { createdAt lastUsedAt } } }`);
const REVOKE = graphql(`mutation ControlRevokeFeed { revokeCalendarFeed }`);
const REMINDERS = graphql(`query ControlReminders { myObligationReminders { daysBefore } }`);
const SET_DAYS = graphql(`mutation ControlSetReminderDays($days: Int!) { setObligationReminderDays(days: $days) { daysBefore } }`);
const NOTIFICATIONS = graphql(`query ControlNotifications { notifications(first: 200) { edges { node { kind subjectType subjectId data } } } }`);

// Wednesday 2 December 2026, 10:00 in Moscow: the week runs 30 November – 6 December
const clock = new TestClock('2026-12-02T07:00:00Z');
const TODAY = '2026-12-02';
const SUNDAY = '2026-12-06';
let app: App;
let owner: SignedUpFirm;
type Member = Awaited<ReturnType<typeof addMember>>;
let people: Record<'taxHead' | 'payrollHead' | 'taxAccountant' | 'payrollAccountant' | 'primaryAccountant' | 'manager', Member>;
let other: { owner: SignedUpFirm; accountant: Member; clientId: string };
let clientId: string;

const profile = (shortName: string): ClientInput => ({
  legalForm: 'ORGANIZATION', fullName: `Общество с ограниченной ответственностью ${shortName}`, shortName, inn: '7707083893', kpp: '773601001', ogrn: '1027700132195',
  regionCode: '77', taxRegime: 'USN_INCOME', vatPayer: false, hasEmployees: true, headcount: 5, serviceStartDate: '2026-10-01',
});

/** A client accepted with taxes and payroll on these accountants (primary documents on a third). */
async function acceptedClient(firmOwner: string, shortName: string, taxes: string, payroll: string, primary: string): Promise<string> {
  const created = (await ok(app, CREATE, { input: profile(shortName) }, firmOwner)).createClient;
  await ok(app, ASSIGN, { clientId: created.id, area: 'TAXES', accountantId: taxes, fromDate: '2026-10-01' }, firmOwner);
  await ok(app, ASSIGN, { clientId: created.id, area: 'PAYROLL', accountantId: payroll, fromDate: '2026-10-01' }, firmOwner);
  const assigned = (await ok(app, ASSIGN, { clientId: created.id, area: 'PRIMARY_DOCUMENTS', accountantId: primary, fromDate: '2026-10-01' }, firmOwner)).assignClientArea;
  return (await ok(app, ACCEPT, { id: created.id, version: assigned.version }, firmOwner)).acceptClient.id;
}

const isOpen = (status: string) => status === 'PLANNED' || status === 'IN_PROGRESS';

/** What the control view should count for these items, by owner. */
function expectedCounts(items: { dueDate: string; status: string; owner?: { id: string } | null }[]) {
  const counts = new Map<string, { overdue: number; dueThisWeek: number }>();
  for (const item of items.filter((i) => isOpen(i.status) && i.dueDate <= SUNDAY)) {
    const row = counts.get(item.owner!.id) ?? { overdue: 0, dueThisWeek: 0 };
    if (item.dueDate < TODAY) row.overdue += 1;
    else row.dueThisWeek += 1;
    counts.set(item.owner!.id, row);
  }
  return counts;
}

beforeAll(async () => {
  app = await startTestApp(undefined, { clock });
  owner = await signUpFirm(app);
  people = {
    taxHead: await addMember(app, owner.token, 'HEAD', 'TAX'),
    payrollHead: await addMember(app, owner.token, 'HEAD', 'PAYROLL'),
    taxAccountant: await addMember(app, owner.token, 'ACCOUNTANT', 'TAX'),
    payrollAccountant: await addMember(app, owner.token, 'ACCOUNTANT', 'PAYROLL'),
    primaryAccountant: await addMember(app, owner.token, 'ACCOUNTANT', 'PRIMARY_DOCUMENTS'),
    manager: await addMember(app, owner.token, 'MANAGER'),
  };
  clientId = await acceptedClient(owner.token, 'ООО «Контроль»', people.taxAccountant.userId, people.payrollAccountant.userId, people.primaryAccountant.userId);
  const otherOwner = await signUpFirm(app, 'ООО «Чужая фирма»');
  const otherTax = await addMember(app, otherOwner.token, 'ACCOUNTANT', 'TAX');
  const otherPayroll = await addMember(app, otherOwner.token, 'ACCOUNTANT', 'PAYROLL');
  const otherPrimary = await addMember(app, otherOwner.token, 'ACCOUNTANT', 'PRIMARY_DOCUMENTS');
  other = { owner: otherOwner, accountant: otherTax, clientId: await acceptedClient(otherOwner.token, 'ООО «Чужой клиент»', otherTax.userId, otherPayroll.userId, otherPrimary.userId) };
});

describe('the control view', () => {
  it('counts the whole firm’s overdue and this week’s obligations by accountant and by client for the owner, on the firm’s calendar', async () => {
    const items = (await ok(app, OBLIGATIONS, { id: clientId, first: 500 }, owner.token)).client.obligations.edges.map((e) => e.node);
    const expected = expectedCounts(items);
    expect(expected.get(people.taxAccountant.userId)?.overdue).toBeGreaterThan(0);
    const view = (await ok(app, CONTROL, {}, owner.token)).obligationControl;
    expect(view).toMatchObject({ today: TODAY, weekStart: '2026-11-30', weekEnd: SUNDAY });
    for (const [ownerId, counts] of expected) {
      expect(view.byAccountant.find((r) => r.accountant?.id === ownerId)).toMatchObject(counts);
    }
    const overdue = [...expected.values()].reduce((n, c) => n + c.overdue, 0);
    const due = [...expected.values()].reduce((n, c) => n + c.dueThisWeek, 0);
    expect(view).toMatchObject({ overdue, dueThisWeek: due, obligationsTotal: overdue + due });
    // the other firm's client is not there
    expect(view.byClient).toEqual([{ client: { id: clientId, shortName: 'ООО «Контроль»' }, overdue, dueThisWeek: due, accountantCount: expected.size }]);
    expect(view.obligations).toHaveLength(overdue + due);
    expect(view.obligations.every((o) => o.client.id === clientId && o.dueDate <= SUNDAY)).toBe(true);
    expect(view.obligations.filter((o) => o.overdue)).toHaveLength(overdue);
    const dates = view.obligations.map((o) => o.dueDate);
    expect(dates).toEqual([...dates].sort());
    // most overdue first
    const urgency = view.byAccountant.map((r) => r.overdue);
    expect(urgency).toEqual([...urgency].sort((a, b) => b - a));
  });

  it('narrows the items to one accountant or one client, and counts open tasks due', async () => {
    const em = firmEntityManager(app.orm, owner.firmId);
    const project = em.create(Project, { firm: owner.firmId, name: 'Приём ООО «Контроль»', startDate: '2026-11-20', coordinator: owner.userId, checklist: [], contacts: [] });
    const task = (title: string, dueDate: string, status = TaskStatus.TODO) =>
      em.create(Task, { firm: owner.firmId, project, title, position: `a${title.length}${dueDate}`, status, assignee: people.payrollAccountant.userId, createdBy: owner.userId, dueDate, checklist: [], dependsOn: [] });
    task('Сверить табель', '2026-12-01');
    task('Проверить расчёт отпускных', '2026-12-04');
    task('Закрыто', '2026-12-01', TaskStatus.DONE);
    task('Потом', '2026-12-20');
    await em.flush();

    const mine = (await ok(app, CONTROL, { accountantId: people.taxAccountant.userId }, owner.token)).obligationControl;
    const row = mine.byAccountant.find((r) => r.accountant?.id === people.taxAccountant.userId)!;
    expect(mine.obligations.every((o) => o.owner?.id === people.taxAccountant.userId)).toBe(true);
    expect(mine.obligations).toHaveLength(row.overdue + row.dueThisWeek);
    expect(mine.obligationsTotal).toBe(row.overdue + row.dueThisWeek);
    expect(mine.tasks).toEqual([]);

    const payroll = (await ok(app, CONTROL, { accountantId: people.payrollAccountant.userId }, owner.token)).obligationControl;
    expect(payroll.byAccountant.find((r) => r.accountant?.id === people.payrollAccountant.userId)).toMatchObject({ tasksOverdue: 1, tasksDueThisWeek: 1 });
    expect(payroll.tasks.map((t) => [t.title, t.dueDate, t.assignee?.id])).toEqual([['Сверить табель', '2026-12-01', people.payrollAccountant.userId], ['Проверить расчёт отпускных', '2026-12-04', people.payrollAccountant.userId]]);
    expect(payroll).toMatchObject({ tasksOverdue: 1, tasksDueThisWeek: 1 });

    const byClient = (await ok(app, CONTROL, { clientId: other.clientId }, owner.token)).obligationControl;
    expect(byClient.obligations).toEqual([]);
    expect((await ok(app, CONTROL, { unassigned: true }, owner.token)).obligationControl.obligations).toEqual([]);
  });

  it('shows a head their department’s people only; accountants and managers are refused', async () => {
    const view = (await ok(app, CONTROL, {}, people.taxHead.token)).obligationControl;
    expect(view.byAccountant.map((r) => r.accountant?.id)).toEqual([people.taxAccountant.userId]);
    expect(view.obligations.every((o) => o.owner?.id === people.taxAccountant.userId)).toBe(true);
    expect(view.tasks).toEqual([]);
    expect(view.tasksOverdue).toBe(0);
    const payroll = (await ok(app, CONTROL, {}, people.payrollHead.token)).obligationControl;
    expect(payroll.byAccountant.map((r) => r.accountant?.id)).toEqual([people.payrollAccountant.userId]);
    expect(payroll.tasksOverdue).toBe(1);
    // another department's accountant asked for by name: nothing of theirs
    expect((await ok(app, CONTROL, { accountantId: people.payrollAccountant.userId }, people.taxHead.token)).obligationControl).toMatchObject({ obligations: [], tasks: [], obligationsTotal: 0 });
    expect(errorCode(await gql(app, CONTROL, {}, people.taxAccountant.token))).toBe('FORBIDDEN');
    expect(errorCode(await gql(app, CONTROL, {}, people.manager.token))).toBe('FORBIDDEN');
    expect(errorCode(await gql(app, CONTROL, {}))).toBe('UNAUTHENTICATED');
  });

  it('turns the week over at midnight in the firm’s time zone, not in UTC', async () => {
    // Sunday 6 December 21:30 UTC is Monday 7 December 00:30 in Moscow
    clock.set('2026-12-06T21:30:00Z');
    try {
      const view = (await ok(app, CONTROL, {}, owner.token)).obligationControl;
      expect(view).toMatchObject({ today: '2026-12-07', weekStart: '2026-12-07', weekEnd: '2026-12-13' });
    } finally {
      clock.set('2026-12-02T07:00:00Z');
    }
  });

  it('of another firm sees nothing of this one', async () => {
    const view = (await ok(app, CONTROL, {}, other.owner.token)).obligationControl;
    expect(view.byClient.map((r) => r.client.id)).toEqual([other.clientId]);
    expect(view.byAccountant.every((r) => r.accountant?.name !== undefined)).toBe(true);
    expect((await ok(app, CONTROL, { clientId }, other.owner.token)).obligationControl.obligations).toEqual([]);
  });
});

/** Fetches a feed over HTTP as a calendar app would (no credentials but the URL). */
async function fetchFeed(url: string) {
  const response = await fetch(`${app.url}${new URL(url).pathname}`);
  return { status: response.status, type: response.headers.get('content-type'), text: response.status === 200 ? await response.text() : '' };
}

function events(text: string) {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((event) => {
    const start = event.getFirstPropertyValue('dtstart') as ICAL.Time;
    return {
      uid: String(event.getFirstPropertyValue('uid')),
      start: start.toString(),
      allDay: start.isDate,
      summary: String(event.getFirstPropertyValue('summary')),
      description: String(event.getFirstPropertyValue('description')),
    };
  });
}

describe('the calendar feed', () => {
  it('is issued with a private URL that serves exactly the user’s obligations as all-day events', async () => {
    expect((await ok(app, FEED, {}, people.taxAccountant.token)).myCalendarFeed).toBeNull();
    const issued = (await ok(app, ROTATE, {}, people.taxAccountant.token)).rotateCalendarFeed;
    expect(issued.url).toMatch(/\/calendar\/cal_[A-Za-z0-9_-]{43}\.ics$/);
    const feed = await fetchFeed(issued.url);
    expect(feed.status).toBe(200);
    expect(feed.type).toBe('text/calendar; charset=utf-8');

    const mine = (await ok(app, MINE, { first: 200 }, people.taxAccountant.token)).myObligations.edges.map((e) => e.node).filter((o) => o.status !== 'NOT_REQUIRED');
    const all = (await ok(app, OBLIGATIONS, { id: clientId, first: 500 }, owner.token)).client.obligations.edges.map((e) => e.node);
    const parsed = events(feed.text);
    expect(parsed.map((e) => e.uid).sort()).toEqual(mine.map((o) => `${o.id}@schetovod`).sort());
    expect(parsed.length).toBeGreaterThan(0);
    for (const event of parsed) {
      const item = all.find((o) => `${o.id}@schetovod` === event.uid)!;
      expect(item.owner?.id).toBe(people.taxAccountant.userId);
      expect(event).toMatchObject({ start: item.dueDate, allDay: true, summary: `${item.code} — ООО «Контроль»${item.provisional ? ' (предварительно)' : ''}` });
      expect(event.description).toContain('Период: ');
      expect(event.description).toContain('Статус: ');
    }
    expect(parsed.some((e) => e.summary.endsWith('(предварительно)'))).toBe(true);
    // the same items keep their UIDs on the next fetch
    expect(events((await fetchFeed(issued.url)).text).map((e) => e.uid)).toEqual(parsed.map((e) => e.uid));
    expect((await ok(app, FEED, {}, people.taxAccountant.token)).myCalendarFeed?.lastUsedAt).not.toBeNull();
  });

  it('of another user or another firm holds none of these items', async () => {
    const taxes = events((await fetchFeed((await ok(app, ROTATE, {}, people.taxAccountant.token)).rotateCalendarFeed.url)).text).map((e) => e.uid);
    const payroll = events((await fetchFeed((await ok(app, ROTATE, {}, people.payrollAccountant.token)).rotateCalendarFeed.url)).text).map((e) => e.uid);
    const foreign = events((await fetchFeed((await ok(app, ROTATE, {}, other.accountant.token)).rotateCalendarFeed.url)).text).map((e) => e.uid);
    expect(payroll.length).toBeGreaterThan(0);
    expect(foreign.length).toBeGreaterThan(0);
    expect(payroll.filter((uid) => taxes.includes(uid))).toEqual([]);
    const ours = (await ok(app, OBLIGATIONS, { id: clientId, first: 500 }, owner.token)).client.obligations.edges.map((e) => `${e.node.id}@schetovod`);
    expect(foreign.filter((uid) => ours.includes(uid))).toEqual([]);
    const theirs = (await ok(app, OBLIGATIONS, { id: other.clientId, first: 500 }, other.owner.token)).client.obligations.edges.filter((e) => e.node.owner?.id === other.accountant.userId).map((e) => `${e.node.id}@schetovod`);
    expect(foreign.sort()).toEqual(theirs.sort());
  });

  it('answers 404 once rotated away or revoked, and for tokens nobody was given', async () => {
    const first = (await ok(app, ROTATE, {}, people.primaryAccountant.token)).rotateCalendarFeed.url;
    const second = (await ok(app, ROTATE, {}, people.primaryAccountant.token)).rotateCalendarFeed.url;
    expect(second).not.toBe(first);
    expect((await fetchFeed(first)).status).toBe(404);
    expect((await fetchFeed(second)).status).toBe(200);
    expect((await ok(app, REVOKE, {}, people.primaryAccountant.token)).revokeCalendarFeed).toBe(true);
    expect((await fetchFeed(second)).status).toBe(404);
    expect((await ok(app, FEED, {}, people.primaryAccountant.token)).myCalendarFeed).toBeNull();
    expect((await ok(app, REVOKE, {}, people.primaryAccountant.token)).revokeCalendarFeed).toBe(false);
    expect((await fetch(`${app.url}/calendar/cal_${'x'.repeat(43)}.ics`)).status).toBe(404);
    expect((await fetch(`${app.url}/calendar/nothing.ics`)).status).toBe(404);
    expect(errorCode(await gql(app, ROTATE, {}))).toBe('UNAUTHENTICATED');
  });
});

describe('reminders', () => {
  let firm: SignedUpFirm;
  let head: Member;
  let accountant: Member;
  let payroll: Member;
  let ids: Record<string, string>;

  /** A client with items on fixed dates (written directly: the schedule's own dates are the engine's business). */
  async function clientWith(firmId: string, items: { name: string; dueDate: string; owner: string; area?: ServiceArea; status?: ObligationStatus }[], status = ClientStatus.ACTIVE) {
    const em = firmEntityManager(app.orm, firmId);
    const client = em.create(Client, {
      firm: firmId, legalForm: LegalForm.ORGANIZATION, fullName: 'ООО «Напоминания»', shortName: 'ООО «Напоминания»', taxRegime: TaxRegime.USN_INCOME,
      hasEmployees: true, serviceStartDate: '2026-01-01', status, statusSince: '2026-01-01', contacts: [],
    });
    const created = items.map((item) => [item.name, em.create(Obligation, {
      firm: firmId, client, key: `${item.name}:2026`, code: 'USN_ADV_PAY', kind: ObligationKind.PAYMENT, recipient: Recipient.FNS, period: '2026', nominalDate: item.dueDate, dueDate: item.dueDate,
      area: item.area ?? ServiceArea.TAXES, title: `Аванс ${item.name}`, owner: item.owner, status: item.status ?? ObligationStatus.PLANNED,
    }).id] as const);
    await em.flush();
    return Object.fromEntries(created);
  }

  const noticesOf = async (token: string, subjects: string[]) =>
    (await ok(app, NOTIFICATIONS, {}, token)).notifications.edges.map((e) => e.node).filter((n) => subjects.includes(n.subjectId!)).map((n) => [n.kind, n.subjectId, n.data.dueDate]).sort();

  beforeAll(async () => {
    firm = await signUpFirm(app, 'ООО «Сроки»');
    head = await addMember(app, firm.token, 'HEAD', 'TAX');
    accountant = await addMember(app, firm.token, 'ACCOUNTANT', 'TAX');
    payroll = await addMember(app, firm.token, 'ACCOUNTANT', 'PAYROLL');
    ids = await clientWith(firm.firmId, [
      { name: 'soon', dueDate: '2026-12-04', owner: accountant.userId },
      { name: 'today', dueDate: '2026-12-02', owner: accountant.userId },
      { name: 'later', dueDate: '2026-12-10', owner: accountant.userId },
      { name: 'yesterday', dueDate: '2026-12-01', owner: accountant.userId },
      { name: 'long-ago', dueDate: '2026-11-20', owner: accountant.userId },
      { name: 'done', dueDate: '2026-12-03', owner: accountant.userId, status: ObligationStatus.DONE },
      { name: 'payroll-soon', dueDate: '2026-12-09', owner: payroll.userId, area: ServiceArea.PAYROLL },
      { name: 'payroll-late', dueDate: '2026-12-01', owner: payroll.userId, area: ServiceArea.PAYROLL },
    ]);
  });

  it('are set per user: 3 days unless changed, 0 to 30', async () => {
    expect((await ok(app, REMINDERS, {}, payroll.token)).myObligationReminders.daysBefore).toBe(3);
    expect((await ok(app, SET_DAYS, { days: 7 }, payroll.token)).setObligationReminderDays.daysBefore).toBe(7);
    expect((await ok(app, REMINDERS, {}, payroll.token)).myObligationReminders.daysBefore).toBe(7);
    expect((await ok(app, REMINDERS, {}, accountant.token)).myObligationReminders.daysBefore).toBe(3);
    expect(errorCode(await gql(app, SET_DAYS, { days: 31 }, payroll.token))).toBe('BAD_USER_INPUT');
    expect(errorCode(await gql(app, SET_DAYS, { days: -1 }, payroll.token))).toBe('BAD_USER_INPUT');
    expect(errorCode(await gql(app, SET_DAYS, { days: 5 }))).toBe('UNAUTHENTICATED');
  });

  it('tell the accountant N days ahead and on the day it is overdue, the head too; once each, with two instances at the same moment', async () => {
    const second = await startTestApp(app.databaseUrl, { clock });
    const run = async (on: App) => {
      const job = await on.jobs.send(OBLIGATION_REMINDERS);
      await waitUntil(() => on.jobs.finished(OBLIGATION_REMINDERS, job), 'the reminder job to finish');
    };
    await Promise.all([app.services.obligationReminders.remind(app.orm, clock), second.services.obligationReminders.remind(second.orm, clock), run(app), run(second)]);
    await Promise.all([app.services.obligationReminders.remind(app.orm, clock), second.services.obligationReminders.remind(second.orm, clock)]);
    const all = Object.values(ids);
    expect(await noticesOf(accountant.token, all)).toEqual([
      ['OBLIGATION_DUE_SOON', ids.soon, '2026-12-04'],
      ['OBLIGATION_DUE_SOON', ids.today, '2026-12-02'],
      ['OBLIGATION_OVERDUE', ids.yesterday, '2026-12-01'],
    ].sort());
    // 7 days ahead (set above) reaches 9 December
    expect(await noticesOf(payroll.token, all)).toEqual([
      ['OBLIGATION_DUE_SOON', ids['payroll-soon'], '2026-12-09'],
      ['OBLIGATION_OVERDUE', ids['payroll-late'], '2026-12-01'],
    ].sort());
    // the head of taxes hears of the taxes item gone overdue, not of payroll's
    expect(await noticesOf(head.token, all)).toEqual([['OBLIGATION_OVERDUE_IN_TEAM', ids.yesterday, '2026-12-01']]);
    const notice = (await ok(app, NOTIFICATIONS, {}, head.token)).notifications.edges[0]!.node;
    expect(notice).toMatchObject({ subjectType: 'Obligation', data: { clientId: expect.any(String), clientName: 'ООО «Напоминания»', title: 'Аванс yesterday', ownerName: expect.stringContaining('Сотрудник'), code: 'USN_ADV_PAY' } });
    // nothing of this reached the firm's owner or another firm
    expect(await noticesOf(firm.token, all)).toEqual([]);
    expect(await noticesOf(other.accountant.token, all)).toEqual([]);
  });

  it('come again for a new due date, and the next day for what has gone overdue since', async () => {
    const em = firmEntityManager(app.orm, firm.firmId);
    await em.nativeUpdate(Obligation, { id: ids.later }, { dueDate: '2026-12-05' });
    await app.services.obligationReminders.remind(app.orm, clock);
    expect((await noticesOf(accountant.token, [ids.later!])).map((n) => n[2])).toEqual(['2026-12-05']);
    // Thursday 3 December: 2 December's item has gone overdue
    clock.set('2026-12-03T07:00:00Z');
    try {
      await app.services.obligationReminders.remind(app.orm, clock);
      expect(await noticesOf(accountant.token, [ids.today!])).toEqual([['OBLIGATION_DUE_SOON', ids.today, '2026-12-02'], ['OBLIGATION_OVERDUE', ids.today, '2026-12-02']]);
      expect(await noticesOf(head.token, [ids.today!])).toEqual([['OBLIGATION_OVERDUE_IN_TEAM', ids.today, '2026-12-02']]);
    } finally {
      clock.set('2026-12-02T07:00:00Z');
    }
  });

  it('are not sent for clients no longer served', async () => {
    const suspended = await clientWith(firm.firmId, [{ name: 'paused', dueDate: '2026-12-03', owner: accountant.userId }], ClientStatus.SUSPENDED);
    await app.services.obligationReminders.remind(app.orm, clock);
    expect(await noticesOf(accountant.token, Object.values(suspended))).toEqual([]);
  });
});
