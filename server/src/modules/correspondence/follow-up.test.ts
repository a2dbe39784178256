import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { addMember, errorCode, gql, ok, signUpFirm, startTestApp, Subscriber, waitUntil, type SignedUpFirm } from '../../../test/harness.js';
import { TestClock } from '../../../test/clock.js';
import { graphql } from '../../../test/gql/index.js';
import { FOLLOW_UP_REMINDERS } from './correspondence.jobs.js';
import { leadCard } from './timeline.test-data.js';

const SOURCES = graphql(`query FollowUpLeadSources { leadSources { id } }`);
const CREATE_LEAD = graphql(`mutation FollowUpCreateLead($input: LeadInput!) { createLead(input: $input) { id } }`);
const LOG = graphql(`mutation FollowUpLog($input: LogEntryInput!) { logTimelineEntry(input: $input) { id } }`);
const CREATE = graphql(`mutation FollowUpCreate($input: CreateFollowUpInput!) { createFollowUp(input: $input) { id title dueAt state owner { id } entry { id } } }`);
const MINE = graphql(`query FollowUpMine($status: FollowUpStatus) { myFollowUps(status: $status) { id title dueAt state result viewerCanClose lead { companyName } } }`);
const CLOSE = graphql(`mutation FollowUpClose($id: ID!, $result: String!) { closeFollowUp(id: $id, result: $result) { id status state result closedBy { id } } }`);
const TIMELINE = graphql(`query FollowUpTimeline($leadId: ID!) { timeline(leadId: $leadId, first: 10) { edges { node { kind entry { summary followUp { title status } } followUp { title status } } } } }`);
const NOTIFICATIONS = graphql(`query FollowUpNotifications($unreadOnly: Boolean) { unreadNotificationCount notifications(first: 50, unreadOnly: $unreadOnly) { edges { node { id kind subjectType subjectId data readAt } } } }`);
const MARK = graphql(`mutation FollowUpMarkRead($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`);
const MARK_ALL = graphql(`mutation FollowUpMarkAllRead { markAllNotificationsRead }`);
const LIVE = graphql(`subscription FollowUpNotificationEvents($after: ID) { notificationEvents(after: $after) { id notification { kind data } readIds allRead unreadCount } }`);

// Thursday 3 December 2026, 09:00 in Moscow
const clock = new TestClock('2026-12-03T06:00:00Z');
let app: App;
let owner: SignedUpFirm;
let manager: Awaited<ReturnType<typeof addMember>>;
let accountant: Awaited<ReturnType<typeof addMember>>;
let sourceId: string;

beforeAll(async () => {
  app = await startTestApp(undefined, { clock });
  owner = await signUpFirm(app);
  manager = await addMember(app, owner.token, 'MANAGER');
  accountant = await addMember(app, owner.token, 'ACCOUNTANT', 'TAX');
  sourceId = (await ok(app, SOURCES, {}, owner.token)).leadSources[0]!.id;
});

async function leadWithCall(companyName: string) {
  const lead = (await ok(app, CREATE_LEAD, { input: leadCard(companyName, sourceId) }, manager.token)).createLead;
  const call = (await ok(app, LOG, { input: { leadId: lead.id, kind: 'CALL', direction: 'OUTGOING', summary: 'Клиент пришлёт выписки к пятнице' } }, manager.token)).logTimelineEntry;
  return { lead, call };
}

/** Runs the reminder job through the queue, as the schedule does each minute, and waits for it. */
async function runReminders(on: App = app) {
  const id = await on.jobs.send(FOLLOW_UP_REMINDERS);
  await waitUntil(() => on.jobs.finished(FOLLOW_UP_REMINDERS, id), 'the reminder job to finish');
}

describe('a follow-up promised in a call', () => {
  it('is due on the firm’s clock, in its owner’s list, and tells them when due and when overdue', async () => {
    const { lead, call } = await leadWithCall('ООО «Перезвон»');
    const live = new Subscriber(app, manager.token, LIVE);
    const followUp = (await ok(app, CREATE, { input: { entryId: call.id, title: 'Перезвонить насчёт выписок', dueDate: '2026-12-04', dueTime: '10:00' } }, manager.token)).createFollowUp;
    // 10:00 in Moscow is 07:00 UTC
    expect(followUp).toMatchObject({ dueAt: '2026-12-04T07:00:00.000Z', state: 'UPCOMING', owner: { id: manager.userId }, entry: { id: call.id } });
    const mine = (await ok(app, MINE, {}, manager.token)).myFollowUps;
    expect(mine.map((f) => f.title)).toContain('Перезвонить насчёт выписок');
    expect(mine.find((f) => f.id === followUp.id)).toMatchObject({ viewerCanClose: true, lead: { companyName: 'ООО «Перезвон»' } });

    await runReminders();
    expect(live.received).toHaveLength(0);

    clock.set('2026-12-04T07:00:00Z');
    await runReminders();
    const [due] = await live.waitFor(1);
    expect(due!.notificationEvents.notification).toEqual({ kind: 'FOLLOW_UP_DUE', data: expect.objectContaining({ followUpId: followUp.id, title: 'Перезвонить насчёт выписок', leadId: lead.id, companyName: 'ООО «Перезвон»' }) });
    expect(due!.notificationEvents.unreadCount).toBe(1);
    expect((await ok(app, MINE, {}, manager.token)).myFollowUps.find((f) => f.id === followUp.id)!.state).toBe('DUE');

    // the same minute again, and the end of the day: nothing new
    await runReminders();
    clock.set('2026-12-04T20:59:00Z');
    await runReminders();
    // midnight in Moscow: its day has ended
    clock.set('2026-12-04T21:00:00Z');
    await runReminders();
    const events = await live.waitFor(2);
    expect(events[1]!.notificationEvents.notification?.kind).toBe('FOLLOW_UP_OVERDUE');
    expect((await ok(app, MINE, {}, manager.token)).myFollowUps.find((f) => f.id === followUp.id)!.state).toBe('OVERDUE');
    await runReminders();
    const notices = (await ok(app, NOTIFICATIONS, {}, manager.token)).notifications.edges.filter((e) => e.node.subjectId === followUp.id);
    expect(notices.map((e) => e.node.kind)).toEqual(['FOLLOW_UP_OVERDUE', 'FOLLOW_UP_DUE']);
    expect(live.received).toHaveLength(2);
    await live.dispose();
  });

  it('closed with a result, puts the result on the timeline and leaves the owner’s open list', async () => {
    const { lead, call } = await leadWithCall('ООО «Итог»');
    const followUp = (await ok(app, CREATE, { input: { entryId: call.id, title: 'Узнать про выписки', dueDate: '2026-12-10', dueTime: '12:00' } }, manager.token)).createFollowUp;
    expect(errorCode(await gql(app, CLOSE, { id: followUp.id, result: 'Чужой итог' }, accountant.token))).toBe('FORBIDDEN');
    // the clock stands still in tests: the result comes a minute after the call
    clock.set(new Date(clock.now().getTime() + 60_000).toISOString());
    const closed = (await ok(app, CLOSE, { id: followUp.id, result: 'Выписки получены, всё в порядке' }, manager.token)).closeFollowUp;
    expect(closed).toMatchObject({ status: 'DONE', state: 'DONE', result: 'Выписки получены, всё в порядке', closedBy: { id: manager.userId } });
    expect(errorCode(await gql(app, CLOSE, { id: followUp.id, result: 'Ещё раз' }, manager.token))).toBe('CONFLICT');

    const items = (await ok(app, TIMELINE, { leadId: lead.id }, owner.token)).timeline.edges.map((e) => e.node);
    expect(items[0]).toEqual({ kind: 'FOLLOW_UP_RESULT', entry: { summary: 'Выписки получены, всё в порядке', followUp: { title: 'Узнать про выписки', status: 'DONE' } }, followUp: null });
    expect(items.find((i) => i.kind === 'FOLLOW_UP')!.followUp).toEqual({ title: 'Узнать про выписки', status: 'DONE' });
    expect((await ok(app, MINE, {}, manager.token)).myFollowUps.map((f) => f.id)).not.toContain(followUp.id);
    expect((await ok(app, MINE, { status: 'DONE' }, manager.token)).myFollowUps.map((f) => f.id)).toContain(followUp.id);
  });

  it('given to someone else, tells them at once; a closed one is never reminded of', async () => {
    const { call } = await leadWithCall('ООО «Поручение»');
    const before = (await ok(app, NOTIFICATIONS, {}, owner.token)).unreadNotificationCount;
    const given = (await ok(app, CREATE, { input: { entryId: call.id, title: 'Подготовить договор', ownerId: owner.userId, dueDate: '2026-12-01', dueTime: '09:00' } }, manager.token)).createFollowUp;
    const after = await ok(app, NOTIFICATIONS, {}, owner.token);
    expect(after.unreadNotificationCount).toBe(before + 1);
    expect(after.notifications.edges[0]!.node).toMatchObject({ kind: 'FOLLOW_UP_ASSIGNED', subjectType: 'FollowUp', subjectId: given.id });
    await ok(app, CLOSE, { id: given.id, result: 'Готово' }, owner.token);
    await runReminders();
    const notices = (await ok(app, NOTIFICATIONS, {}, owner.token)).notifications.edges.filter((e) => e.node.subjectId === given.id);
    expect(notices.map((e) => e.node.kind)).toEqual(['FOLLOW_UP_ASSIGNED']);
  });

  it('refuses a time that is not HH:MM, an owner from another firm and an entry of another firm', async () => {
    const { call } = await leadWithCall('ООО «Проверка»');
    expect(errorCode(await gql(app, CREATE, { input: { entryId: call.id, title: 'x', dueDate: '2026-12-10', dueTime: '25:00' } }, manager.token))).toBe('BAD_USER_INPUT');
    const other = await signUpFirm(app, 'ООО «Фирма Б»');
    expect(errorCode(await gql(app, CREATE, { input: { entryId: call.id, title: 'x', ownerId: other.userId, dueDate: '2026-12-10', dueTime: '10:00' } }, manager.token))).toBe('BAD_USER_INPUT');
    expect(errorCode(await gql(app, CREATE, { input: { entryId: call.id, title: 'x', dueDate: '2026-12-10', dueTime: '10:00' } }, other.token))).toBe('NOT_FOUND');
  });
});

describe('reminders with several instances', () => {
  it('are sent once each when two instances run the job at the same moment', async () => {
    const second = await startTestApp(app.databaseUrl, { clock });
    const leads = await Promise.all([1, 2, 3].map((i) => leadWithCall(`ООО «Два сервера ${i}»`)));
    const ids: string[] = [];
    for (const { call } of leads) ids.push((await ok(app, CREATE, { input: { entryId: call.id, title: 'Перезвонить', dueDate: '2026-12-20', dueTime: '10:00' } }, manager.token)).createFollowUp.id);
    clock.set('2026-12-20T07:30:00Z');
    await Promise.all([app.services.followUps.remind(app.orm, clock), second.services.followUps.remind(second.orm, clock), runReminders(app), runReminders(second)]);
    const notices = (await ok(app, NOTIFICATIONS, {}, manager.token)).notifications.edges.filter((e) => ids.includes(e.node.subjectId!));
    expect(notices.map((e) => e.node.kind)).toEqual(['FOLLOW_UP_DUE', 'FOLLOW_UP_DUE', 'FOLLOW_UP_DUE']);
  });
});

describe('notifications', () => {
  it('are the user’s own: counted, marked read one by one or all at once, live on every open tab', async () => {
    const reader = await addMember(app, owner.token, 'MANAGER');
    const { call } = await leadWithCall('ООО «Уведомления»');
    for (const title of ['Первое', 'Второе', 'Третье']) {
      await ok(app, CREATE, { input: { entryId: call.id, title, ownerId: reader.userId, dueDate: '2026-12-30', dueTime: '10:00' } }, manager.token);
    }
    const tab = new Subscriber(app, reader.token, LIVE);
    const someoneElse = new Subscriber(app, accountant.token, LIVE);
    const list = await ok(app, NOTIFICATIONS, { unreadOnly: true }, reader.token);
    expect(list.unreadNotificationCount).toBe(3);
    expect(list.notifications.edges.map((e) => e.node.data.title)).toEqual(['Третье', 'Второе', 'Первое']);

    expect((await ok(app, MARK, { ids: [list.notifications.edges[0]!.node.id] }, reader.token)).markNotificationsRead).toBe(1);
    // another user's ids change nothing of theirs
    expect((await ok(app, MARK, { ids: [list.notifications.edges[1]!.node.id] }, accountant.token)).markNotificationsRead).toBe(0);
    const [one] = await tab.waitFor(1);
    expect(one!.notificationEvents).toMatchObject({ readIds: [list.notifications.edges[0]!.node.id], allRead: false, unreadCount: 2 });

    expect((await ok(app, MARK_ALL, {}, reader.token)).markAllNotificationsRead).toBe(2);
    const events = await tab.waitFor(2);
    expect(events[1]!.notificationEvents).toMatchObject({ readIds: null, allRead: true, unreadCount: 0 });
    expect((await ok(app, NOTIFICATIONS, { unreadOnly: true }, reader.token)).notifications.edges).toEqual([]);
    expect((await ok(app, MARK_ALL, {}, reader.token)).markAllNotificationsRead).toBe(0);

    // the other user's stream carried none of it: their next event is their own
    await ok(app, CREATE, { input: { entryId: call.id, title: 'Бухгалтеру', ownerId: accountant.userId, dueDate: '2026-12-30', dueTime: '10:00' } }, manager.token);
    const [theirs] = await someoneElse.waitFor(1);
    expect(theirs!.notificationEvents.notification?.data.title).toBe('Бухгалтеру');
    await tab.dispose();
    await someoneElse.dispose();
  });
});
