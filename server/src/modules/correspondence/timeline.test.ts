import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { addMember, errorCode, gql, ok, signUpFirm, startTestApp, Subscriber, type SignedUpFirm } from '../../../test/harness.js';
import { statementsOf } from '../../../test/statements.js';
import { graphql } from '../../../test/gql/index.js';
import { leadCard } from './timeline.test-data.js';

const SOURCES = graphql(`query TimelineLeadSources { leadSources { id } }`);
const CREATE_LEAD = graphql(`mutation TimelineCreateLead($input: LeadInput!) { createLead(input: $input) { id version } }`);
const MOVE = graphql(`mutation TimelineMoveLead($id: ID!, $version: Int!, $stage: LeadStage!) { moveLeadStage(id: $id, version: $version, stage: $stage) { id version } }`);
const LOG = graphql(`mutation TimelineLog($input: LogEntryInput!) { logTimelineEntry(input: $input) { id kind summary direction contactName result occurredAt author { id } } }`);
const TIMELINE = graphql(`
  query TimelinePage($leadId: ID!, $filter: TimelineFilter, $first: Int!, $after: String) {
    timeline(leadId: $leadId, filter: $filter, first: $first, after: $after) {
      edges { cursor node { id kind at entry { id summary author { name } } followUp { id title owner { name } } change { type actor { name } } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);
const LIVE = graphql(`
  subscription TimelineLive($leadId: ID!, $after: ID) {
    timelineEvents(leadId: $leadId, after: $after) { id item { id kind entry { summary author { name } } followUp { title } change { type } } }
  }
`);

const LAST_EVENT = graphql(`query TimelineLastEvent { auditLog(first: 1) { edges { node { id } } } }`);

let app: App;
let owner: SignedUpFirm;
let manager: Awaited<ReturnType<typeof addMember>>;
let accountant: Awaited<ReturnType<typeof addMember>>;
let sourceId: string;

beforeAll(async () => {
  app = await startTestApp();
  owner = await signUpFirm(app);
  manager = await addMember(app, owner.token, 'MANAGER');
  accountant = await addMember(app, owner.token, 'ACCOUNTANT', 'TAX');
  sourceId = (await ok(app, SOURCES, {}, owner.token)).leadSources[0]!.id;
});

async function newLead(companyName: string, token = manager.token) {
  return (await ok(app, CREATE_LEAD, { input: leadCard(companyName, sourceId) }, token)).createLead;
}

const at = (iso: string) => new Date(iso).toISOString();

describe('a lead’s timeline', () => {
  it('shows calls, meetings, notes and the lead’s key changes newest first, a page at a time', async () => {
    const lead = await newLead('ООО «Хронология»');
    const call = (await ok(app, LOG, { input: { leadId: lead.id, kind: 'CALL', direction: 'INCOMING', contactName: 'Пётр Иванов', summary: 'Спросил про цены на УСН', result: 'Отправим расчёт', occurredAt: at('2026-11-20T09:00:00Z') } }, manager.token)).logTimelineEntry;
    expect(call).toMatchObject({ kind: 'CALL', direction: 'INCOMING', contactName: 'Пётр Иванов', result: 'Отправим расчёт', author: { id: manager.userId } });
    await ok(app, LOG, { input: { leadId: lead.id, kind: 'MEETING', direction: 'OUTGOING', summary: 'Встреча в офисе клиента', occurredAt: at('2026-11-25T12:00:00Z') } }, manager.token);
    await ok(app, LOG, { input: { leadId: lead.id, kind: 'NOTE', summary: 'Директор предпочитает почту' } }, owner.token);
    await ok(app, MOVE, { id: lead.id, version: lead.version, stage: 'CONTACTED' }, manager.token);

    const all = (await ok(app, TIMELINE, { leadId: lead.id, first: 50 }, accountant.token)).timeline;
    expect(all.edges.map((e) => e.node.kind)).toEqual(['CHANGE', 'NOTE', 'CHANGE', 'MEETING', 'CALL']);
    expect(all.edges.map((e) => e.node.change?.type ?? e.node.entry?.summary)).toEqual([
      'LEAD_STAGE_CHANGED', 'Директор предпочитает почту', 'LEAD_CREATED', 'Встреча в офисе клиента', 'Спросил про цены на УСН',
    ]);
    const times = all.edges.map((e) => e.node.at);
    expect([...times].sort().reverse()).toEqual(times);

    const first = (await ok(app, TIMELINE, { leadId: lead.id, first: 2 }, accountant.token)).timeline;
    const second = (await ok(app, TIMELINE, { leadId: lead.id, first: 2, after: first.pageInfo.endCursor }, accountant.token)).timeline;
    const third = (await ok(app, TIMELINE, { leadId: lead.id, first: 2, after: second.pageInfo.endCursor }, accountant.token)).timeline;
    expect([first, second].map((p) => p.pageInfo.hasNextPage)).toEqual([true, true]);
    expect(third.pageInfo.hasNextPage).toBe(false);
    expect([...first.edges, ...second.edges, ...third.edges].map((e) => e.node.id)).toEqual(all.edges.map((e) => e.node.id));
  });

  it('filters by kind and by person', async () => {
    const lead = await newLead('ООО «Фильтр»');
    await ok(app, LOG, { input: { leadId: lead.id, kind: 'CALL', direction: 'OUTGOING', summary: 'Звонок менеджера' } }, manager.token);
    await ok(app, LOG, { input: { leadId: lead.id, kind: 'NOTE', summary: 'Заметка менеджера' } }, manager.token);
    await ok(app, LOG, { input: { leadId: lead.id, kind: 'CALL', direction: 'INCOMING', summary: 'Звонок владельца' } }, owner.token);
    const summaries = async (filter: object) =>
      (await ok(app, TIMELINE, { leadId: lead.id, first: 50, filter }, manager.token)).timeline.edges.map((e) => e.node.entry?.summary ?? e.node.change?.type);
    expect(await summaries({ kinds: ['CALL'] })).toEqual(['Звонок владельца', 'Звонок менеджера']);
    expect(await summaries({ personIds: [manager.userId] })).toEqual(['Заметка менеджера', 'Звонок менеджера', 'LEAD_CREATED']);
    expect(await summaries({ kinds: ['CALL'], personIds: [owner.userId] })).toEqual(['Звонок владельца']);
    expect(await summaries({ kinds: ['CHANGE'] })).toEqual(['LEAD_CREATED']);
  });

  it('refuses a cursor of another list, a result logged by hand, a note with a direction and a contact ahead of time', async () => {
    const lead = await newLead('ООО «Проверки»');
    expect(errorCode(await gql(app, TIMELINE, { leadId: lead.id, first: 5, after: 'bm9wZQ' }, manager.token))).toBe('BAD_USER_INPUT');
    expect(errorCode(await gql(app, LOG, { input: { leadId: lead.id, kind: 'FOLLOW_UP_RESULT', summary: 'Итог' } }, manager.token))).toBe('BAD_USER_INPUT');
    expect(errorCode(await gql(app, LOG, { input: { leadId: lead.id, kind: 'NOTE', direction: 'INCOMING', summary: 'Заметка' } }, manager.token))).toBe('BAD_USER_INPUT');
    expect(errorCode(await gql(app, LOG, { input: { leadId: lead.id, kind: 'CALL', summary: 'Из будущего', occurredAt: at('2099-01-01T00:00:00Z') } }, manager.token))).toBe('BAD_USER_INPUT');
    expect(errorCode(await gql(app, LOG, { input: { leadId: lead.id, kind: 'NOTE', summary: '   ' } }, manager.token))).toBe('BAD_USER_INPUT');
  });

  it('loads a page of 49 items in as many statements as a page of 6', async () => {
    const lead = await newLead('ООО «Много записей»');
    for (let i = 0; i < 40; i += 1) {
      const author = i % 2 ? owner : manager;
      await ok(app, LOG, { input: { leadId: lead.id, kind: i % 3 ? 'CALL' : 'NOTE', ...(i % 3 ? { direction: 'OUTGOING' as const } : {}), summary: `Запись ${i}`, ...(i % 5 === 0 ? { followUp: { title: `Перезвонить ${i}`, dueDate: '2026-12-10', dueTime: '10:00' } } : {}) } }, author.token);
    }
    const many = await statementsOf(app, TIMELINE, { leadId: lead.id, first: 50, after: null }, manager.token);
    expect(many.data.timeline.edges).toHaveLength(49);
    // the oldest six: the lead's creation, entries and a follow-up, by both people
    const few = await statementsOf(app, TIMELINE, { leadId: lead.id, first: 6, after: many.data.timeline.edges.at(-7)!.cursor }, manager.token);
    expect(few.data.timeline.edges.map((e) => e.node.kind)).toEqual(expect.arrayContaining(['NOTE', 'CALL', 'FOLLOW_UP', 'CHANGE']));
    expect(many.statements).toHaveLength(few.statements.length);
  });
});

describe('who sees and writes a timeline', () => {
  it('an accountant reads a lead’s timeline (everyone reads leads) but does not write on it', async () => {
    const lead = await newLead('ООО «Только чтение»');
    await ok(app, LOG, { input: { leadId: lead.id, kind: 'NOTE', summary: 'Видно всем в фирме' } }, manager.token);
    const seen = (await ok(app, TIMELINE, { leadId: lead.id, first: 5, filter: { kinds: ['NOTE'] } }, accountant.token)).timeline;
    expect(seen.edges.map((e) => e.node.entry?.summary)).toEqual(['Видно всем в фирме']);
    expect(errorCode(await gql(app, LOG, { input: { leadId: lead.id, kind: 'NOTE', summary: 'Бухгалтер пишет' } }, accountant.token))).toBe('FORBIDDEN');
  });

  it('another firm sees nothing of it: not the timeline, not its live stream, and cannot write on it', async () => {
    const lead = await newLead('ООО «Чужая фирма»');
    await ok(app, LOG, { input: { leadId: lead.id, kind: 'NOTE', summary: 'Секрет фирмы А' } }, manager.token);
    const other = await signUpFirm(app, 'ООО «Фирма Б»');
    expect(errorCode(await gql(app, TIMELINE, { leadId: lead.id, first: 5 }, other.token))).toBe('NOT_FOUND');
    expect(errorCode(await gql(app, LOG, { input: { leadId: lead.id, kind: 'NOTE', summary: 'Чужая запись' } }, other.token))).toBe('NOT_FOUND');
    const live = new Subscriber(app, other.token, LIVE, { leadId: lead.id });
    await live.waitForEnd();
    expect(JSON.stringify(live.errors)).toMatch(/NOT_FOUND|not found/);
    await live.dispose();
  });
});

describe('a live timeline', () => {
  it('shows a new entry to everyone who has it open, and replays what a reconnecting one missed', async () => {
    const lead = await newLead('ООО «Живая лента»');
    // from a cursor: what commits before the socket has subscribed still arrives
    const start = (await ok(app, LAST_EVENT, {}, owner.token)).auditLog.edges[0]!.node.id;
    const watcher = new Subscriber(app, accountant.token, LIVE, { leadId: lead.id, after: start });
    const note = (await ok(app, LOG, { input: { leadId: lead.id, kind: 'CALL', direction: 'INCOMING', summary: 'Клиент перезвонил сам' } }, manager.token)).logTimelineEntry;
    const [first] = await watcher.waitFor(1);
    expect(first!.timelineEvents.item).toEqual({ id: note.id, kind: 'CALL', entry: { summary: 'Клиент перезвонил сам', author: { name: 'Сотрудник MANAGER' } }, followUp: null, change: null });

    await ok(app, MOVE, { id: lead.id, version: lead.version, stage: 'CONTACTED' }, manager.token);
    await ok(app, LOG, { input: { leadId: lead.id, kind: 'NOTE', summary: 'Обещали выписки', followUp: { title: 'Напомнить про выписки', dueDate: '2026-12-10', dueTime: '10:00' } } }, manager.token);
    const events = await watcher.waitFor(4);
    expect(events.slice(1).map((e) => e.timelineEvents.item.kind)).toEqual(['CHANGE', 'NOTE', 'FOLLOW_UP']);
    expect(events[3]!.timelineEvents.item.followUp).toEqual({ title: 'Напомнить про выписки' });
    await watcher.dispose();

    // notes on another lead are not on this timeline
    const elsewhere = await newLead('ООО «Другая лента»');
    await ok(app, LOG, { input: { leadId: elsewhere.id, kind: 'NOTE', summary: 'Не сюда' } }, manager.token);
    const resumed = new Subscriber(app, accountant.token, LIVE, { leadId: lead.id, after: first!.timelineEvents.id });
    const replayed = await resumed.waitFor(3);
    expect(replayed.map((e) => e.timelineEvents.item.kind)).toEqual(['CHANGE', 'NOTE', 'FOLLOW_UP']);
    await ok(app, LOG, { input: { leadId: lead.id, kind: 'MEETING', summary: 'Встретились' } }, owner.token);
    expect((await resumed.waitFor(4))[3]!.timelineEvents.item.entry?.summary).toBe('Встретились');
    expect(resumed.received).toHaveLength(4);
    await resumed.dispose();
  });
});
