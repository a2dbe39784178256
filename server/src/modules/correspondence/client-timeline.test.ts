import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { addMember, errorCode, gql, ok, signUpFirm, startTestApp, Subscriber, type SignedUpFirm } from '../../../test/harness.js';
import { graphql } from '../../../test/gql/index.js';
import type { ClientInput } from '../../../test/gql/graphql.js';
import { leadCard } from './timeline.test-data.js';

const SOURCES = graphql(`query ClientTimelineLeadSources { leadSources { id } }`);
const CREATE_LEAD = graphql(`mutation ClientTimelineCreateLead($input: LeadInput!) { createLead(input: $input) { id version } }`);
const MOVE = graphql(`mutation ClientTimelineMoveLead($id: ID!, $version: Int!, $stage: LeadStage!) { moveLeadStage(id: $id, version: $version, stage: $stage) { id version } }`);
const FROM_LEAD = graphql(`mutation ClientTimelineFromLead($leadId: ID!, $leadVersion: Int!) { createClientFromLead(leadId: $leadId, leadVersion: $leadVersion) { id version } }`);
const CREATE_CLIENT = graphql(`mutation ClientTimelineCreateClient($input: ClientInput!) { createClient(input: $input) { id version } }`);
const ASSIGN = graphql(`mutation ClientTimelineAssign($clientId: ID!, $area: ServiceArea!, $accountantId: ID!, $fromDate: Date) { assignClientArea(clientId: $clientId, area: $area, accountantId: $accountantId, fromDate: $fromDate) { id version } }`);
const LOG = graphql(`mutation ClientTimelineLog($input: LogEntryInput!) { logTimelineEntry(input: $input) { id lead { id } client { id } } }`);
const TIMELINE = graphql(`
  query ClientTimelinePage($leadId: ID, $clientId: ID, $filter: TimelineFilter, $first: Int!, $after: String) {
    timeline(leadId: $leadId, clientId: $clientId, filter: $filter, first: $first, after: $after) {
      edges { cursor node { id kind at entry { id summary author { id } } followUp { title } change { type } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);
const LIVE = graphql(`
  subscription ClientTimelineLive($leadId: ID, $clientId: ID, $after: ID) {
    timelineEvents(leadId: $leadId, clientId: $clientId, after: $after) { id item { id kind entry { summary } change { type } } }
  }
`);
const SEARCH = graphql(`
  query ClientTimelineSearch($text: String!, $clientId: ID, $first: Int!) {
    searchCorrespondence(text: $text, clientId: $clientId, first: $first) {
      edges { node { entry { summary client { shortName } lead { companyName } } fragments { text match } } }
    }
  }
`);
const LAST_EVENT = graphql(`query ClientTimelineLastEvent { auditLog(first: 1) { edges { node { id } } } }`);

let app: App;
let owner: SignedUpFirm;
let manager: Awaited<ReturnType<typeof addMember>>;
let ours: Awaited<ReturnType<typeof addMember>>;
let other: Awaited<ReturnType<typeof addMember>>;
let sourceId: string;

const profile = (shortName: string): ClientInput => ({
  legalForm: 'ORGANIZATION', fullName: `Общество с ограниченной ответственностью ${shortName}`, shortName, inn: '7707083893', regionCode: '77', taxRegime: 'USN_INCOME', vatPayer: false, hasEmployees: false,
});

beforeAll(async () => {
  app = await startTestApp();
  owner = await signUpFirm(app);
  manager = await addMember(app, owner.token, 'MANAGER');
  ours = await addMember(app, owner.token, 'ACCOUNTANT', 'TAX');
  other = await addMember(app, owner.token, 'ACCOUNTANT', 'TAX');
  sourceId = (await ok(app, SOURCES, {}, owner.token)).leadSources[0]!.id;
});

/** A lead with a call and a stage change, accepted as a client served by `ours`. */
async function acceptedLead(companyName: string) {
  const lead = (await ok(app, CREATE_LEAD, { input: { ...leadCard(companyName, sourceId), inn: '7707083893' } }, manager.token)).createLead;
  await ok(app, LOG, { input: { leadId: lead.id, kind: 'CALL', direction: 'INCOMING', summary: 'Первый звонок лида' } }, manager.token);
  const moved = (await ok(app, MOVE, { id: lead.id, version: lead.version, stage: 'CONTACTED' }, manager.token)).moveLeadStage;
  await ok(app, LOG, { input: { leadId: lead.id, kind: 'NOTE', summary: 'Лид просит договор' } }, manager.token);
  const client = (await ok(app, FROM_LEAD, { leadId: lead.id, leadVersion: moved.version }, manager.token)).createClientFromLead;
  await ok(app, ASSIGN, { clientId: client.id, area: 'TAXES', accountantId: ours.userId, fromDate: '2026-01-01' }, owner.token);
  return { lead, client };
}

async function directClient(shortName: string) {
  const client = (await ok(app, CREATE_CLIENT, { input: profile(shortName) }, owner.token)).createClient;
  await ok(app, ASSIGN, { clientId: client.id, area: 'TAXES', accountantId: ours.userId, fromDate: '2026-01-01' }, owner.token);
  return client;
}

const describeItem = (node: { kind: string; entry?: { summary: string } | null; change?: { type: string } | null }) => node.change?.type ?? node.entry?.summary ?? node.kind;

describe('a client’s timeline', () => {
  it('carries the lead’s whole history over, newest first, a page at a time; the lead’s card shows the same', async () => {
    const { lead, client } = await acceptedLead('ООО «Перенос истории»');
    const written = (await ok(app, LOG, { input: { clientId: client.id, kind: 'MEETING', direction: 'OUTGOING', summary: 'Встреча после принятия' } }, ours.token)).logTimelineEntry;
    // written after acceptance, it names both
    expect(written).toMatchObject({ lead: { id: lead.id }, client: { id: client.id } });

    const all = (await ok(app, TIMELINE, { clientId: client.id, first: 50 }, ours.token)).timeline;
    const described = all.edges.map((e) => describeItem(e.node));
    // acceptance makes the client and wins the lead in one transaction: the two stand together
    expect([described[0], described.slice(1, 3).sort(), ...described.slice(3)]).toEqual([
      'Встреча после принятия', ['CLIENT_CREATED', 'LEAD_STAGE_CHANGED'], 'Лид просит договор', 'LEAD_STAGE_CHANGED', 'Первый звонок лида', 'LEAD_CREATED',
    ]);
    const times = all.edges.map((e) => e.node.at);
    expect([...times].sort().reverse()).toEqual(times);

    const pages: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 4; i += 1) {
      const page: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor?: string | null } } = (await ok(app, TIMELINE, { clientId: client.id, first: 2, after }, ours.token)).timeline;
      pages.push(...page.edges.map((e) => e.node.id));
      expect(page.pageInfo.hasNextPage).toBe(i < 3);
      after = page.pageInfo.endCursor ?? null;
    }
    expect(pages).toEqual(all.edges.map((e) => e.node.id));

    const fromLead = (await ok(app, TIMELINE, { leadId: lead.id, first: 50 }, manager.token)).timeline;
    expect(fromLead.edges.map((e) => e.node.id)).toEqual(all.edges.map((e) => e.node.id));
  });

  it('of a direct client is its own, filtered by kind and person', async () => {
    const client = await directClient('ООО «Прямой клиент»');
    const elsewhere = await directClient('ООО «Соседний клиент»');
    await ok(app, LOG, { input: { clientId: client.id, kind: 'CALL', direction: 'OUTGOING', summary: 'Звонок бухгалтера' } }, ours.token);
    await ok(app, LOG, { input: { clientId: client.id, kind: 'NOTE', summary: 'Заметка менеджера' } }, manager.token);
    await ok(app, LOG, { input: { clientId: elsewhere.id, kind: 'NOTE', summary: 'Не этот клиент' } }, manager.token);
    const items = async (filter: object | null) => (await ok(app, TIMELINE, { clientId: client.id, first: 50, filter }, owner.token)).timeline.edges.map((e) => describeItem(e.node));
    expect(await items(null)).toEqual(['Заметка менеджера', 'Звонок бухгалтера', 'CLIENT_CREATED']);
    expect(await items({ kinds: ['CALL', 'NOTE'] })).toEqual(['Заметка менеджера', 'Звонок бухгалтера']);
    expect(await items({ personIds: [ours.userId] })).toEqual(['Звонок бухгалтера']);
    expect(await items({ kinds: ['CHANGE'], personIds: [owner.userId] })).toEqual(['CLIENT_CREATED']);
    expect(errorCode(await gql(app, TIMELINE, { first: 5 }, owner.token))).toBe('BAD_USER_INPUT');
    expect(errorCode(await gql(app, TIMELINE, { clientId: client.id, leadId: client.id, first: 5 }, owner.token))).toBe('BAD_USER_INPUT');
  });
});

describe('a live client timeline', () => {
  it('delivers a new entry to a second user, from a cursor, including what is written on the lead’s card', async () => {
    const { lead, client } = await acceptedLead('ООО «Живой клиент»');
    const start = (await ok(app, LAST_EVENT, {}, owner.token)).auditLog.edges[0]!.node.id;
    const watcher = new Subscriber(app, ours.token, LIVE, { clientId: client.id, after: start });
    await ok(app, LOG, { input: { clientId: client.id, kind: 'CALL', direction: 'INCOMING', summary: 'Клиент позвонил сам' } }, manager.token);
    await ok(app, LOG, { input: { leadId: lead.id, kind: 'NOTE', summary: 'Записано на карточке лида' } }, manager.token);
    const elsewhere = await directClient('ООО «Чужая лента»');
    await ok(app, LOG, { input: { clientId: elsewhere.id, kind: 'NOTE', summary: 'Не сюда' } }, manager.token);
    await ok(app, LOG, { input: { clientId: client.id, kind: 'NOTE', summary: 'Последняя' } }, ours.token);
    const events = await watcher.waitFor(3);
    expect(events.map((e) => e.timelineEvents.item.entry?.summary)).toEqual(['Клиент позвонил сам', 'Записано на карточке лида', 'Последняя']);
    expect(watcher.received).toHaveLength(3);
    await watcher.dispose();
  });
});

describe('who sees a client’s correspondence', () => {
  it('its accountants read and write it; another accountant gets FORBIDDEN on the timeline, its live stream and its search hits', async () => {
    const client = await directClient('ООО «Только свои»');
    await ok(app, LOG, { input: { clientId: client.id, kind: 'NOTE', summary: 'Клиент пришлёт выписки за ноябрь' } }, ours.token);
    expect((await ok(app, TIMELINE, { clientId: client.id, first: 5, filter: { kinds: ['NOTE'] } }, ours.token)).timeline.edges).toHaveLength(1);
    expect(errorCode(await gql(app, TIMELINE, { clientId: client.id, first: 5 }, other.token))).toBe('FORBIDDEN');
    expect(errorCode(await gql(app, LOG, { input: { clientId: client.id, kind: 'NOTE', summary: 'Чужой бухгалтер' } }, other.token))).toBe('FORBIDDEN');
    const live = new Subscriber(app, other.token, LIVE, { clientId: client.id });
    await live.waitForEnd();
    expect(JSON.stringify(live.errors)).toMatch(/FORBIDDEN|accountants/);
    await live.dispose();

    // a lead's correspondence everyone reads; once it is a client, only the client's accountants
    const { lead } = await acceptedLead('ООО «Бывший лид»');
    expect(errorCode(await gql(app, TIMELINE, { leadId: lead.id, first: 5 }, other.token))).toBe('FORBIDDEN');
    const notYet = (await ok(app, CREATE_LEAD, { input: leadCard('ООО «Ещё лид»', sourceId) }, manager.token)).createLead;
    await ok(app, LOG, { input: { leadId: notYet.id, kind: 'NOTE', summary: 'Лид спросил про выписку' } }, manager.token);

    const seen = async (token: string) => (await ok(app, SEARCH, { text: 'выписка', first: 50 }, token)).searchCorrespondence.edges.map((e) => e.node.entry?.summary);
    expect(await seen(ours.token)).toEqual(expect.arrayContaining(['Клиент пришлёт выписки за ноябрь', 'Лид спросил про выписку']));
    expect(await seen(other.token)).toContain('Лид спросил про выписку');
    expect(await seen(other.token)).not.toContain('Клиент пришлёт выписки за ноябрь');
    expect(errorCode(await gql(app, SEARCH, { text: 'выписка', clientId: client.id, first: 5 }, other.token))).toBe('FORBIDDEN');
    expect(await seen(manager.token)).toEqual(expect.arrayContaining(['Клиент пришлёт выписки за ноябрь', 'Лид спросил про выписку']));
  });

  it('search finds «выписки» for «выписка» on a client’s entry, highlighted', async () => {
    const client = await directClient('ООО «Поиск клиента»');
    await ok(app, LOG, { input: { clientId: client.id, kind: 'CALL', direction: 'OUTGOING', summary: 'Попросили выписки по второму счёту' } }, ours.token);
    const hits = (await ok(app, SEARCH, { text: 'выписка', clientId: client.id, first: 10 }, ours.token)).searchCorrespondence.edges;
    expect(hits).toHaveLength(1);
    expect(hits[0]!.node.entry).toEqual({ summary: 'Попросили выписки по второму счёту', client: { shortName: 'ООО «Поиск клиента»' }, lead: null });
    expect(hits[0]!.node.fragments).toEqual([[{ text: 'Попросили ', match: false }, { text: 'выписки', match: true }, { text: ' по второму счёту', match: false }]]);
  });

  it('another firm sees none of it', async () => {
    const client = await directClient('ООО «Тайна клиента»');
    await ok(app, LOG, { input: { clientId: client.id, kind: 'NOTE', summary: 'Секретная выписка клиента' } }, ours.token);
    const firmB = await signUpFirm(app, 'ООО «Фирма Б»');
    expect(errorCode(await gql(app, TIMELINE, { clientId: client.id, first: 5 }, firmB.token))).toBe('NOT_FOUND');
    expect(errorCode(await gql(app, LOG, { input: { clientId: client.id, kind: 'NOTE', summary: 'Чужая' } }, firmB.token))).toBe('NOT_FOUND');
    expect((await ok(app, SEARCH, { text: 'секретная выписка', first: 10 }, firmB.token)).searchCorrespondence.edges).toEqual([]);
    const live = new Subscriber(app, firmB.token, LIVE, { clientId: client.id });
    await live.waitForEnd();
    expect(JSON.stringify(live.errors)).toMatch(/NOT_FOUND|not found/);
    await live.dispose();
  });
});
