import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { addMember, errorCode, gql, ok, signUpFirm, startTestApp, type SignedUpFirm } from '../../../test/harness.js';
import { graphql } from '../../../test/gql/index.js';
import { statementsOf } from '../../../test/statements.js';
import type { LeadInput, LeadLeadsQuery } from '../../../test/gql/graphql.js';

// the fields every lead answer here reads, shared by the create and update documents
graphql(`fragment LeadTestFields on Lead { id version lastName firstName patronymic legalForm companyName inn taxRegime okvedCode activity regionCode region { name }
  source { id name } phone email owner { id } notes extra stage lostReason { name } duplicates { lead { id } matchedOn } }`);
const CREATE = graphql(`mutation LeadCreateLead($input: LeadInput!) { createLead(input: $input) { ...LeadTestFields } }`);
const UPDATE = graphql(`mutation LeadUpdateLead($id: ID!, $version: Int!, $input: LeadInput!) { updateLead(id: $id, version: $version, input: $input) { ...LeadTestFields } }`);
const SOURCES = graphql(`query LeadLeadSources { leadSources { id name } }`);
const MOVE = graphql(`mutation LeadMoveLeadStage($id: ID!, $version: Int!, $stage: LeadStage!, $lostReasonId: ID) { moveLeadStage(id: $id, version: $version, stage: $stage, lostReasonId: $lostReasonId) { id version stage lostReason { name } } }`);
const LIST = graphql(`query LeadLeads($filter: LeadFilter, $orderBy: LeadOrder, $first: Int!, $after: String) { leads(filter: $filter, orderBy: $orderBy, first: $first, after: $after) { totalCount edges { cursor node { id companyName } } pageInfo { hasNextPage endCursor } } }`);

const ORG_INN = '7707083893';
const IE_INN = '500100732259';

let app: App;
let owner: SignedUpFirm;
let sources: { id: string; name: string }[];

function card(overrides: Partial<LeadInput> = {}): LeadInput {
  return {
    lastName: 'Иванов',
    firstName: 'Пётр',
    patronymic: 'Сергеевич',
    legalForm: 'ORGANIZATION',
    companyName: 'ООО «Ромашка»',
    taxRegime: 'USN_INCOME_MINUS_EXPENSES',
    okvedCode: '47.91',
    activity: 'Интернет-магазин',
    regionCode: '77',
    sourceId: sources[0]!.id,
    ...overrides,
  };
}

beforeAll(async () => {
  app = await startTestApp();
  owner = await signUpFirm(app);
  sources = (await ok(app, SOURCES, {}, owner.token)).leadSources;
});

describe('a manager records a lead at the first contact', () => {
  it('stores a normalised card owned by its creator', async () => {
    const manager = await addMember(app, owner.token, 'MANAGER');
    const lead = (await ok(app, CREATE, { input: card({ inn: ' 7707 083 893 ', phone: '8 (916) 123-45-67', email: ' Ivanov@Romashka.RU ', notes: 'Звонил сам' }) }, manager.token)).createLead;
    expect(lead).toMatchObject({
      legalForm: 'ORGANIZATION',
      inn: ORG_INN,
      phone: '+79161234567',
      email: 'ivanov@romashka.ru',
      region: { name: 'г. Москва' },
      source: { name: sources[0]!.name },
      owner: { id: manager.userId },
      stage: 'NEW',
      version: 1,
    });
  });

  it.each<[string, Partial<LeadInput>, string]>([
    ['an organization INN with a wrong checksum', { inn: '7707083894' }, 'inn'],
    ['an organization INN of 12 digits', { inn: IE_INN }, 'inn'],
    ['an entrepreneur INN with a wrong checksum', { legalForm: 'INDIVIDUAL_ENTREPRENEUR', taxRegime: 'PSN', inn: '500100732258' }, 'inn'],
    ['an entrepreneur INN of 10 digits', { legalForm: 'INDIVIDUAL_ENTREPRENEUR', inn: ORG_INN }, 'inn'],
    ['a patent for an organization', { taxRegime: 'PSN' }, 'taxRegime'],
    ['a malformed ОКВЭД code', { okvedCode: '4791x' }, 'okvedCode'],
    ['an unknown region', { regionCode: '00' }, 'regionCode'],
    ['a bad phone', { phone: '12' }, 'phone'],
    ['a bad e-mail', { email: 'not-mail' }, 'email'],
    ['an empty company name', { companyName: '' }, 'companyName'],
    ['an unknown source', { sourceId: '00000000-0000-4000-8000-000000000000' }, 'sourceId'],
  ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_label, change, field) => {
    const before = (await ok(app, LIST, { first: 1 }, owner.token)).leads.totalCount;
    const result = await gql(app, CREATE, { input: card(change) }, owner.token);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.extensions!.fields!.map((f) => f.field)).toContain(field);
    expect((await ok(app, LIST, { first: 1 }, owner.token)).leads.totalCount).toBe(before);
  });

  it('names the reason of each refusal with a code the client translates', async () => {
    const result = await gql(app, CREATE, { input: card({ inn: '7707083894', phone: '12', taxRegime: 'NPD' }) }, owner.token);
    const codes = Object.fromEntries(result.errors![0]!.extensions!.fields!.map((f) => [f.field, f.code]));
    expect(codes).toEqual({ inn: 'INN_CHECKSUM', phone: 'PHONE_INVALID', taxRegime: 'REGIME_NOT_FOR_ORGANIZATION' });
  });

  it('accepts a valid entrepreneur with a 12-digit INN', async () => {
    const lead = (await ok(app, CREATE, { input: card({ legalForm: 'INDIVIDUAL_ENTREPRENEUR', taxRegime: 'PSN', inn: IE_INN, companyName: 'ИП Сидоров' }) }, owner.token)).createLead;
    expect(lead.inn).toBe(IE_INN);
  });

  it('an accountant may read leads but not create them', async () => {
    const accountant = await addMember(app, owner.token, 'ACCOUNTANT', 'TAX');
    expect(errorCode(await gql(app, CREATE, { input: card() }, accountant.token))).toBe('FORBIDDEN');
    const created = (await ok(app, CREATE, { input: card({ companyName: 'ООО «Видно бухгалтеру»' }) }, owner.token)).createLead;
    const seen = (await ok(app, LIST, { first: 5, filter: { search: 'Видно бухгалтеру' } }, accountant.token)).leads;
    expect(seen.totalCount).toBe(1);
    expect(seen.edges.map((e) => e.node.id)).toEqual([created.id]);
  });
});

describe('duplicates are flagged, never merged or refused', () => {
  it('links a new lead to the earlier ones with the same INN, phone or e-mail', async () => {
    const first = (await ok(app, CREATE, { input: card({ inn: '7736207543', phone: '+7 495 739-70-00', email: 'office@yandex-like.ru' }) }, owner.token)).createLead;
    const second = (await ok(app, CREATE, { input: card({ companyName: 'ООО «Яндекс-2»', inn: '7736207543', email: 'OFFICE@yandex-like.ru' }) }, owner.token)).createLead;
    expect(second.duplicates).toEqual([{ lead: { id: first.id }, matchedOn: ['INN', 'EMAIL'] }]);
    const probe = await ok(app, graphql(`query LeadLeadDuplicates { leadDuplicates(phone: "8 495 739 70 00") { lead { id } matchedOn } }`), {}, owner.token);
    expect(probe.leadDuplicates).toEqual([{ lead: { id: first.id }, matchedOn: ['PHONE'] }]);
  });
});

describe('editing is safe when two people edit at once', () => {
  it('refuses a stale version with CONFLICT and keeps the winner', async () => {
    const lead = (await ok(app, CREATE, { input: card({ companyName: 'ООО «Версия»' }) }, owner.token)).createLead;
    const results = await Promise.all([
      gql(app, UPDATE, { id: lead.id, version: 1, input: card({ companyName: 'ООО «Первый»' }) }, owner.token),
      gql(app, UPDATE, { id: lead.id, version: 1, input: card({ companyName: 'ООО «Второй»' }) }, owner.token),
    ]);
    const winners = results.filter((r) => !r.errors);
    const losers = results.filter((r) => r.errors);
    expect(winners).toHaveLength(1);
    expect(errorCode(losers[0]!)).toBe('CONFLICT');
    expect(losers[0]!.errors![0]!.extensions!.currentVersion).toBe(2);
    const now = await ok(app, graphql(`query LeadLead($id: ID!) { lead(id: $id) { companyName version } }`), { id: lead.id }, owner.token);
    expect(now.lead).toEqual({ companyName: winners[0]!.data!.updateLead.companyName, version: 2 });
  });
});

describe('a card is written in two statements', () => {
  it('one reads the lead with the source and owner the card names, one writes it with its event; the answer reads them no more', async () => {
    const manager = await addMember(app, owner.token, 'MANAGER');
    const created = await statementsOf(app, CREATE, { input: card({ ownerId: manager.userId }) }, owner.token);
    const updated = await statementsOf(app, UPDATE, { id: created.data.createLead.id, version: 1, input: card({ ownerId: manager.userId, notes: 'Перезвонить' }) }, owner.token);
    expect(created.data.createLead).toMatchObject({ owner: { id: manager.userId }, source: { name: sources[0]!.name }, version: 1 });
    expect(updated.data.updateLead).toMatchObject({ owner: { id: manager.userId }, source: { name: sources[0]!.name }, notes: 'Перезвонить', version: 2 });
    for (const [{ statements }, write] of [[created, 'insert into lead'], [updated, 'update lead']] as const) {
      expect(statements).toHaveLength(2);
      expect(statements[0]).toContain('as card_owner');
      expect(statements[1]).toContain(`with change as (${write}`);
      expect(statements[1]).toContain('insert into firm_event');
    }
  });
});

describe('the pipeline', () => {
  it('moves through stages, needs a reason to lose, and keeps who moved it when in the history', async () => {
    const lead = (await ok(app, CREATE, { input: card({ companyName: 'ООО «Путь»' }) }, owner.token)).createLead;
    const contacted = (await ok(app, MOVE, { id: lead.id, version: 1, stage: 'CONTACTED' }, owner.token)).moveLeadStage;
    const noReason = await gql(app, MOVE, { id: lead.id, version: contacted.version, stage: 'LOST' }, owner.token);
    expect(errorCode(noReason)).toBe('BAD_USER_INPUT');
    const reasons = (await ok(app, graphql(`query LeadLostReasons { lostReasons { id name } }`), {}, owner.token)).lostReasons;
    const lost = (await ok(app, MOVE, { id: lead.id, version: contacted.version, stage: 'LOST', lostReasonId: reasons[0].id }, owner.token)).moveLeadStage;
    expect(lost).toMatchObject({ stage: 'LOST', lostReason: { name: reasons[0].name } });
    const back = (await ok(app, MOVE, { id: lead.id, version: lost.version, stage: 'NEGOTIATION' }, owner.token)).moveLeadStage;
    expect(back.lostReason).toBeNull();

    const history = (await ok(app, graphql(`query LeadLead2($id: ID!) { lead(id: $id) { history { type actor { id } at changes } } }`), { id: lead.id }, owner.token)).lead.history;
    expect(history.map((h: { type: string }) => h.type)).toEqual(['LEAD_CREATED', 'LEAD_STAGE_CHANGED', 'LEAD_STAGE_CHANGED', 'LEAD_STAGE_CHANGED']);
    expect(history[1]).toMatchObject({ actor: { id: owner.userId }, changes: { stage: { from: 'NEW', to: 'CONTACTED' } } });
    expect(history[2].changes).toMatchObject({ stage: { from: 'CONTACTED', to: 'LOST' }, lostReason: reasons[0].name });
  });
});

describe('firm-defined extra fields', () => {
  it('the owner adds fields once and every card carries checked values', async () => {
    await ok(app, graphql(`mutation LeadCreateLeadField { createLeadField(input: { key: "cashRegister", label: "Онлайн-касса", type: BOOLEAN }) { id } }`), {}, owner.token);
    await ok(app, graphql(`mutation LeadCreateLeadField2 { createLeadField(input: { key: "marketplace", label: "Маркетплейс", type: CHOICE, options: ["Ozon", "Wildberries"] }) { id } }`), {}, owner.token);
    const lead = (await ok(app, CREATE, { input: card({ extra: { cashRegister: true, marketplace: 'Ozon' } }) }, owner.token)).createLead;
    expect(lead.extra).toEqual({ cashRegister: true, marketplace: 'Ozon' });
    const bad = await gql(app, CREATE, { input: card({ extra: { marketplace: 'eBay', unknown: 1 } }) }, owner.token);
    expect(bad.errors![0]!.extensions!.fields!.map((f) => f.field).sort()).toEqual(['extra.marketplace', 'extra.unknown']);
    const manager = await addMember(app, owner.token, 'MANAGER');
    expect(errorCode(await gql(app, graphql(`mutation LeadCreateLeadField3 { createLeadField(input: { key: "x", label: "X", type: TEXT }) { id } }`), {}, manager.token))).toBe('FORBIDDEN');
  });
});

describe('filters, search and paging', () => {
  it('filters by stage, regime, legal form, region, source and owner, searches text, and pages without overlap', async () => {
    const firm = await signUpFirm(app, 'ООО «Фильтры»');
    const own = (await ok(app, SOURCES, {}, firm.token)).leadSources;
    const make = (i: number, extra: Record<string, unknown>) =>
      ok(app, CREATE, { input: { ...card({ sourceId: own[i % 2]!.id }), companyName: `Компания ${i}`, ...extra } }, firm.token);
    for (let i = 0; i < 7; i += 1) await make(i, { regionCode: i < 3 ? '78' : '77', taxRegime: i % 2 ? 'OSNO' : 'USN_INCOME' });
    await make(7, { legalForm: 'INDIVIDUAL_ENTREPRENEUR', taxRegime: 'PSN', inn: IE_INN, phone: '+7 916 000-11-22', lastName: 'Уникальнов' });

    const count = async (filter: Record<string, unknown>) => (await ok(app, LIST, { filter, first: 50 }, firm.token)).leads.totalCount;
    expect(await count({})).toBe(8);
    expect(await count({ regionCodes: ['78'] })).toBe(3);
    expect(await count({ taxRegimes: ['OSNO'] })).toBe(3);
    expect(await count({ legalForm: 'INDIVIDUAL_ENTREPRENEUR' })).toBe(1);
    expect(await count({ sourceIds: [own[0]!.id] })).toBe(4);
    expect(await count({ ownerIds: [firm.userId] })).toBe(8);
    expect(await count({ stages: ['WON'] })).toBe(0);
    expect(await count({ search: 'уникальн' })).toBe(1);
    expect(await count({ search: IE_INN.slice(0, 6) })).toBe(1);
    expect(await count({ search: '9160001122' })).toBe(1);

    const names: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: LeadLeadsQuery['leads'] = (await ok(app, LIST, { first: 3, after, orderBy: { field: 'COMPANY_NAME', direction: 'ASC' } }, firm.token)).leads;
      names.push(...page.edges.map((e) => e.node.companyName));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'ru')));
    expect(new Set(names).size).toBe(8);
  });

  it('another firm sees none of these leads', async () => {
    const other = await signUpFirm(app, 'ООО «Чужие»');
    expect((await ok(app, LIST, { first: 5 }, other.token)).leads.totalCount).toBe(0);
    const someLead = (await ok(app, LIST, { first: 1 }, owner.token)).leads.edges[0].node.id;
    expect(errorCode(await gql(app, graphql(`query LeadLead3($id: ID!) { lead(id: $id) { id } }`), { id: someLead }, other.token))).toBe('NOT_FOUND');
    expect(errorCode(await gql(app, MOVE, { id: someLead, version: 1, stage: 'WON' }, other.token))).toBe('NOT_FOUND');
  });
});
