import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { addMember, errorCode, gql, ok, signUpFirm, startTestApp, type SignedUpFirm } from '../../../test/harness.js';
import { TestClock } from '../../../test/clock.js';
import { statementsOf } from '../../../test/statements.js';
import { graphql } from '../../../test/gql/index.js';
import type { ClientInput } from '../../../test/gql/graphql.js';
import { generateSchedule } from '../schedule/engine.js';

graphql(`fragment ClientTestObligation on Obligation { id version key code kind area dueDate status overdue provisional note doneDate owner { id } client { id } viewerCanChangeStatus }`);
const CREATE = graphql(`mutation ClientCreate($input: ClientInput!) { createClient(input: $input) { id version status shortName profitAdvances serviceAreas } }`);
const FROM_LEAD = graphql(`mutation ClientFromLead($leadId: ID!, $leadVersion: Int!) { createClientFromLead(leadId: $leadId, leadVersion: $leadVersion) { id version legalForm shortName fullName inn taxRegime regionCode contacts { name phone email } lead { id stage client { id } } } }`);
const CREATE_LEAD = graphql(`mutation ClientCreateLead($input: LeadInput!) { createLead(input: $input) { id version } }`);
const UPDATE = graphql(`mutation ClientUpdate($id: ID!, $version: Int!, $input: ClientInput!) { updateClient(id: $id, version: $version, input: $input) { id version hasEmployees } }`);
const ASSIGN = graphql(`mutation ClientAssign($clientId: ID!, $area: ServiceArea!, $accountantId: ID!, $fromDate: Date) { assignClientArea(clientId: $clientId, area: $area, accountantId: $accountantId, fromDate: $fromDate) { id version areas { area accountant { id } since } assignments { area fromDate toDate accountant { id } assignedBy { id } } } }`);
const ACCEPT = graphql(`mutation ClientAccept($id: ID!, $version: Int!, $activeFrom: Date) { acceptClient(id: $id, version: $version, activeFrom: $activeFrom) { id version status statusSince serviceStartDate } }`);
const OBLIGATIONS = graphql(`query ClientObligations($id: ID!, $first: Int!) { client(id: $id) { obligations(first: $first) { totalCount edges { node { ...ClientTestObligation } } } } }`);
const MINE = graphql(`query ClientMyObligations($filter: ObligationFilter, $first: Int!, $after: String) { myObligations(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ...ClientTestObligation } } } }`);
const CHANGE = graphql(`mutation ClientChangeObligation($id: ID!, $version: Int!, $status: ObligationStatus!, $note: String, $reason: String) { changeObligationStatus(id: $id, version: $version, status: $status, note: $note, reason: $reason) { ...ClientTestObligation } }`);
const DIFF = graphql(`query ClientScheduleDiff($clientId: ID!) { clientScheduleDiff(clientId: $clientId) { digest empty added { key } removed { key removal status } redated { key dueDate previousDueDate } keptDone { key status } } }`);
const APPLY = graphql(`mutation ClientApplyDiff($clientId: ID!, $digest: String!) { applyClientScheduleDiff(clientId: $clientId, digest: $digest) { digest removed { key } } }`);
const CLIENT = graphql(`query ClientCard($id: ID!) { client(id: $id) { id status } }`);
const LIST = graphql(`query ClientList($filter: ClientFilter, $first: Int!) { clients(filter: $filter, first: $first) { totalCount edges { node { id shortName lead { id } areas { area accountant { name } } assignments { accountant { name } } } } } }`);

// Wednesday 2 December 2026, 10:00 in Moscow
const clock = new TestClock('2026-12-02T07:00:00Z');
let app: App;
let owner: SignedUpFirm;
let people: Record<'taxHead' | 'payrollHead' | 'taxAccountant' | 'taxAccountant2' | 'payrollAccountant' | 'primaryAccountant' | 'manager', { userId: string; token: string }>;

const profile = (extra: Partial<ClientInput> = {}): ClientInput => ({
  legalForm: 'ORGANIZATION', fullName: 'Общество с ограниченной ответственностью «Ромашка»', shortName: 'ООО «Ромашка»', inn: '7707083893', kpp: '773601001', ogrn: '1027700132195',
  regionCode: '77', taxRegime: 'USN_INCOME', vatPayer: false, hasEmployees: true, headcount: 12, serviceStartDate: '2026-10-01', ...extra,
});

async function assignAll(clientId: string) {
  await ok(app, ASSIGN, { clientId, area: 'TAXES', accountantId: people.taxAccountant.userId, fromDate: '2026-10-01' }, people.taxHead.token);
  await ok(app, ASSIGN, { clientId, area: 'PAYROLL', accountantId: people.payrollAccountant.userId, fromDate: '2026-10-01' }, people.payrollHead.token);
  return ok(app, ASSIGN, { clientId, area: 'PRIMARY_DOCUMENTS', accountantId: people.primaryAccountant.userId, fromDate: '2026-10-01' }, owner.token);
}

async function acceptedClient(name: string) {
  const created = (await ok(app, CREATE, { input: profile({ shortName: name }) }, owner.token)).createClient;
  const assigned = (await assignAll(created.id)).assignClientArea;
  return (await ok(app, ACCEPT, { id: created.id, version: assigned.version }, owner.token)).acceptClient;
}

async function obligationsOf(clientId: string) {
  return (await ok(app, OBLIGATIONS, { id: clientId, first: 500 }, owner.token)).client.obligations.edges.map((e) => e.node);
}

beforeAll(async () => {
  app = await startTestApp(undefined, { clock });
  owner = await signUpFirm(app);
  people = {
    taxHead: await addMember(app, owner.token, 'HEAD', 'TAX'),
    payrollHead: await addMember(app, owner.token, 'HEAD', 'PAYROLL'),
    taxAccountant: await addMember(app, owner.token, 'ACCOUNTANT', 'TAX'),
    taxAccountant2: await addMember(app, owner.token, 'ACCOUNTANT', 'TAX'),
    payrollAccountant: await addMember(app, owner.token, 'ACCOUNTANT', 'PAYROLL'),
    primaryAccountant: await addMember(app, owner.token, 'ACCOUNTANT', 'PRIMARY_DOCUMENTS'),
    manager: await addMember(app, owner.token, 'MANAGER'),
  };
});

describe('a client', () => {
  it('comes from a lead: the card carries over, the lead is WON and links to the client', async () => {
    const lead = (await ok(app, CREATE_LEAD, { input: { lastName: 'Иванов', firstName: 'Пётр', legalForm: 'ORGANIZATION', companyName: 'ООО «Вектор»', inn: '7707083893', taxRegime: 'OSNO', regionCode: '77', phone: '+79161234567', email: 'ivanov@vector.ru' } }, people.manager.token)).createLead;
    const client = (await ok(app, FROM_LEAD, { leadId: lead.id, leadVersion: lead.version }, people.manager.token)).createClientFromLead;
    expect(client).toMatchObject({ legalForm: 'ORGANIZATION', shortName: 'ООО «Вектор»', fullName: 'ООО «Вектор»', inn: '7707083893', taxRegime: 'OSNO', regionCode: '77', contacts: [{ name: 'Иванов Пётр', phone: '+79161234567', email: 'ivanov@vector.ru' }] });
    expect(client.lead).toEqual({ id: lead.id, stage: 'WON', client: { id: client.id } });
    const again = await gql(app, FROM_LEAD, { leadId: lead.id, leadVersion: lead.version + 1 }, people.manager.token);
    expect(errorCode(again)).toBe('BAD_USER_INPUT');
    expect(again.errors?.[0]?.extensions?.fields?.[0]?.code).toBe('LEAD_ALREADY_CLIENT');
  });

  it('is created directly with checked registration numbers; OSNO organizations get quarterly profit advances', async () => {
    const bad = await gql(app, CREATE, { input: profile({ ogrn: '1027700132196', kpp: '77360100', inn: '7707083894', taxRegime: 'PSN' }) }, owner.token);
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions?.fields?.map((f) => f.code).sort()).toEqual(['INN_CHECKSUM', 'KPP_FORMAT', 'OGRN_CHECKSUM', 'PATENT_REQUIRED', 'REGIME_NOT_FOR_ORGANIZATION']);
    const osno = (await ok(app, CREATE, { input: profile({ taxRegime: 'OSNO', vatPayer: true }) }, owner.token)).createClient;
    expect(osno).toMatchObject({ status: 'ONBOARDING', profitAdvances: 'QUARTERLY', serviceAreas: ['TAXES', 'PAYROLL', 'PRIMARY_DOCUMENTS'] });
  });

  it('is created and edited by managers, heads and the owner, not by accountants', async () => {
    expect(errorCode(await gql(app, CREATE, { input: profile() }, people.taxAccountant.token))).toBe('FORBIDDEN');
    expect(errorCode(await gql(app, CREATE, { input: profile() }))).toBe('UNAUTHENTICATED');
  });
});

describe('assignments', () => {
  it('a head assigns only their department’s area, to people of that department', async () => {
    const client = (await ok(app, CREATE, { input: profile({ shortName: 'ООО «Отделы»' }) }, owner.token)).createClient;
    expect(errorCode(await gql(app, ASSIGN, { clientId: client.id, area: 'TAXES', accountantId: people.taxAccountant.userId }, people.payrollHead.token))).toBe('FORBIDDEN');
    expect(errorCode(await gql(app, ASSIGN, { clientId: client.id, area: 'TAXES', accountantId: people.taxAccountant.userId }, people.taxAccountant.token))).toBe('FORBIDDEN');
    const wrong = await gql(app, ASSIGN, { clientId: client.id, area: 'PAYROLL', accountantId: people.taxAccountant.userId }, people.payrollHead.token);
    expect(wrong.errors?.[0]?.extensions?.fields?.[0]?.code).toBe('ACCOUNTANT_NOT_IN_DEPARTMENT');
    const assigned = (await ok(app, ASSIGN, { clientId: client.id, area: 'TAXES', accountantId: people.taxAccountant.userId, fromDate: '2026-11-01' }, people.taxHead.token)).assignClientArea;
    expect(assigned.areas.find((a) => a.area === 'TAXES')).toEqual({ area: 'TAXES', accountant: { id: people.taxAccountant.userId }, since: '2026-11-01' });
    expect(assigned.assignments).toEqual([{ area: 'TAXES', fromDate: '2026-11-01', toDate: null, accountant: { id: people.taxAccountant.userId }, assignedBy: { id: people.taxHead.userId } }]);
  });
});

describe('acceptance', () => {
  it('needs an accountant for every served area', async () => {
    const client = (await ok(app, CREATE, { input: profile({ shortName: 'ООО «Без зарплаты»' }) }, owner.token)).createClient;
    const taxes = (await ok(app, ASSIGN, { clientId: client.id, area: 'TAXES', accountantId: people.taxAccountant.userId, fromDate: '2026-10-01' }, owner.token)).assignClientArea;
    const refused = await gql(app, ACCEPT, { id: client.id, version: taxes.version }, owner.token);
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.extensions?.fields?.map((f) => [f.field, f.code])).toEqual([['assignments.PAYROLL', 'AREA_UNASSIGNED'], ['assignments.PRIMARY_DOCUMENTS', 'AREA_UNASSIGNED']]);
    expect((await ok(app, CLIENT, { id: client.id }, owner.token)).client.status).toBe('ONBOARDING');
  });

  it('stores the schedule from the service start to the end of next year, each item on its area’s accountant', async () => {
    const accepted = await acceptedClient('ООО «График»');
    expect(accepted).toMatchObject({ status: 'ACTIVE', statusSince: '2026-10-01', serviceStartDate: '2026-10-01' });
    const items = await obligationsOf(accepted.id);
    const engine = { legalForm: 'ORGANIZATION', taxRegime: 'USN_INCOME', hasEmployees: true, vatPayer: false, region: '77', patents: [] } as const;
    const expected = [...generateSchedule(engine, 2026), ...generateSchedule(engine, 2027)].filter((i) => i.dueDate >= '2026-10-01');
    expect(items.map((i) => i.key).sort()).toEqual(expected.map((i) => i.key).sort());
    expect(items.some((i) => i.dueDate.startsWith('2027') && i.provisional)).toBe(true);
    const ownerOf = { TAXES: people.taxAccountant.userId, PAYROLL: people.payrollAccountant.userId, PRIMARY_DOCUMENTS: people.primaryAccountant.userId };
    for (const item of items) expect(item.owner?.id).toBe(ownerOf[item.area]);
    expect(new Set(items.map((i) => i.area))).toEqual(new Set(['TAXES', 'PAYROLL']));
    // open ones first, the earliest (overdue) leading
    expect(items[0]!.overdue).toBe(true);
    expect(items.filter((i) => i.overdue).every((i) => i.dueDate < '2026-12-02' && i.status === 'PLANNED')).toBe(true);
    expect(errorCode(await gql(app, ACCEPT, { id: accepted.id, version: accepted.version }, owner.token))).toBe('BAD_USER_INPUT');
  });
});

describe('the accountant’s obligations', () => {
  it('lists only their own, overdue first, pages on, and marks one done in one call', async () => {
    const client = await acceptedClient('ООО «Мои дела»');
    const mine = (await ok(app, MINE, { filter: { clientIds: [client.id], statuses: ['PLANNED', 'IN_PROGRESS'] }, first: 5 }, people.payrollAccountant.token)).myObligations;
    expect(mine.edges.every((e) => e.node.area === 'PAYROLL' && e.node.owner?.id === people.payrollAccountant.userId)).toBe(true);
    const dates = mine.edges.map((e) => e.node.dueDate);
    expect(dates).toEqual([...dates].sort());
    const next = (await ok(app, MINE, { filter: { clientIds: [client.id], statuses: ['PLANNED', 'IN_PROGRESS'] }, first: 200, after: mine.pageInfo.endCursor }, people.payrollAccountant.token)).myObligations;
    expect(mine.edges.length + next.edges.length).toBe(mine.totalCount);
    expect(next.edges[0]!.node.dueDate >= dates.at(-1)!).toBe(true);

    const overdue = (await ok(app, MINE, { filter: { clientIds: [client.id], overdueOnly: true }, first: 50 }, people.payrollAccountant.token)).myObligations.edges.map((e) => e.node);
    expect(overdue.length).toBeGreaterThan(0);
    const first = overdue[0]!;
    expect(errorCode(await gql(app, CHANGE, { id: first.id, version: first.version, status: 'DONE' }, people.taxAccountant.token))).toBe('FORBIDDEN');
    const done = (await ok(app, CHANGE, { id: first.id, version: first.version, status: 'DONE', note: 'Квитанция № 77' }, people.payrollAccountant.token)).changeObligationStatus;
    expect(done).toMatchObject({ status: 'DONE', doneDate: '2026-12-02', note: 'Квитанция № 77', overdue: false });
    const stale = await gql(app, CHANGE, { id: first.id, version: first.version, status: 'PLANNED' }, people.payrollAccountant.token);
    expect(errorCode(stale)).toBe('CONFLICT');
    const noReason = await gql(app, CHANGE, { id: overdue[1]!.id, version: overdue[1]!.version, status: 'NOT_REQUIRED' }, people.payrollHead.token);
    expect(noReason.errors?.[0]?.extensions?.fields?.[0]?.code).toBe('REASON_REQUIRED');
  });
});

describe('a profile change', () => {
  it('shows the diff first; applying it never removes or reopens DONE items and keeps notes', async () => {
    const client = await acceptedClient('ООО «Перемены»');
    const before = await obligationsOf(client.id);
    const payroll = before.filter((i) => i.area === 'PAYROLL' && i.status === 'PLANNED');
    const doneOne = payroll[0]!;
    const notedOne = payroll.find((i) => i.dueDate > '2026-12-02')!;
    await ok(app, CHANGE, { id: doneOne.id, version: doneOne.version, status: 'DONE', note: 'Сдано' }, people.payrollAccountant.token);
    await ok(app, CHANGE, { id: notedOne.id, version: notedOne.version, status: 'PLANNED', note: 'Ждём табель' }, people.payrollAccountant.token);

    const current = (await ok(app, CLIENT, { id: client.id }, owner.token)).client;
    expect(current.status).toBe('ACTIVE');
    const fresh = (await ok(app, DIFF, { clientId: client.id }, owner.token)).clientScheduleDiff;
    expect(fresh.empty).toBe(true);

    const updated = (await ok(app, UPDATE, { id: client.id, version: client.version, input: profile({ shortName: 'ООО «Перемены»', hasEmployees: false, headcount: null }) }, owner.token)).updateClient;
    expect(updated.hasEmployees).toBe(false);
    // nothing changes in the schedule until the diff is applied
    expect((await obligationsOf(client.id)).length).toBe(before.length);

    const diff = (await ok(app, DIFF, { clientId: client.id }, owner.token)).clientScheduleDiff;
    expect(diff.empty).toBe(false);
    expect(diff.keptDone).toContainEqual({ key: doneOne.key, status: 'DONE' });
    expect(diff.removed).toContainEqual({ key: notedOne.key, removal: 'NOT_REQUIRED', status: 'PLANNED' });
    expect(diff.removed.find((r) => r.key === doneOne.key)).toBeUndefined();

    expect(errorCode(await gql(app, APPLY, { clientId: client.id, digest: 'stale' }, owner.token))).toBe('CONFLICT');
    expect(errorCode(await gql(app, APPLY, { clientId: client.id, digest: diff.digest }, people.taxAccountant.token))).toBe('FORBIDDEN');
    await ok(app, APPLY, { clientId: client.id, digest: diff.digest }, owner.token);

    const after = await obligationsOf(client.id);
    const byKey = new Map(after.map((i) => [i.key, i]));
    expect(byKey.get(doneOne.key)).toMatchObject({ status: 'DONE', note: 'Сдано' });
    expect(byKey.get(notedOne.key)).toMatchObject({ status: 'NOT_REQUIRED', note: 'Ждём табель' });
    const deleted = diff.removed.filter((r) => r.removal === 'DELETE').map((r) => r.key);
    expect(deleted.length).toBeGreaterThan(0);
    for (const key of deleted) expect(byKey.has(key)).toBe(false);
    expect((await ok(app, DIFF, { clientId: client.id }, owner.token)).clientScheduleDiff.empty).toBe(true);
  });
});

describe('reassigning an area', () => {
  it('moves the open items due from that day to the new accountant; earlier and DONE ones stay', async () => {
    const client = await acceptedClient('ООО «Передача»');
    const taxes = (await obligationsOf(client.id)).filter((i) => i.area === 'TAXES');
    const doneLater = taxes.find((i) => i.dueDate >= '2027-01-01')!;
    await ok(app, CHANGE, { id: doneLater.id, version: doneLater.version, status: 'DONE' }, people.taxAccountant.token);
    const moved = (await ok(app, ASSIGN, { clientId: client.id, area: 'TAXES', accountantId: people.taxAccountant2.userId, fromDate: '2027-01-01' }, people.taxHead.token)).assignClientArea;
    expect(moved.assignments.filter((a) => a.area === 'TAXES').map((a) => [a.accountant.id, a.fromDate, a.toDate])).toEqual([
      [people.taxAccountant2.userId, '2027-01-01', null],
      [people.taxAccountant.userId, '2026-10-01', '2026-12-31'],
    ]);
    for (const item of (await obligationsOf(client.id)).filter((i) => i.area === 'TAXES')) {
      const expected = item.dueDate >= '2027-01-01' && item.id !== doneLater.id ? people.taxAccountant2.userId : people.taxAccountant.userId;
      expect([item.key, item.owner?.id]).toEqual([item.key, expected]);
    }
  });
});

describe('tenancy', () => {
  it('another firm neither sees nor touches the clients and obligations', async () => {
    const client = await acceptedClient('ООО «Чужое»');
    const item = (await obligationsOf(client.id))[0]!;
    const stranger = await signUpFirm(app, 'ООО «Другие»');
    expect(errorCode(await gql(app, CLIENT, { id: client.id }, stranger.token))).toBe('NOT_FOUND');
    expect(errorCode(await gql(app, CHANGE, { id: item.id, version: item.version, status: 'DONE' }, stranger.token))).toBe('NOT_FOUND');
    expect(errorCode(await gql(app, DIFF, { clientId: client.id }, stranger.token))).toBe('NOT_FOUND');
    expect((await ok(app, LIST, { first: 50 }, stranger.token)).clients.totalCount).toBe(0);
    expect((await ok(app, MINE, { first: 50 }, stranger.token)).myObligations.totalCount).toBe(0);
  });
});

describe('lists load in a constant number of statements', () => {
  it('clients with their lead, areas and assignment history', async () => {
    const few = await statementsOf(app, LIST, { first: 50 }, owner.token);
    for (let i = 0; i < 4; i += 1) await acceptedClient(`ООО «Партия ${i}»`);
    const many = await statementsOf(app, LIST, { first: 50 }, owner.token);
    expect(many.data.clients.edges.length).toBe(few.data.clients.edges.length + 4);
    expect(many.data.clients.edges.some((e) => e.node.lead)).toBe(true);
    expect(many.statements).toHaveLength(few.statements.length);
  });

  it('my obligations with their client and owner', async () => {
    const few = await statementsOf(app, MINE, { first: 3 }, people.taxAccountant.token);
    const many = await statementsOf(app, MINE, { first: 200 }, people.taxAccountant.token);
    expect(many.data.myObligations.edges.length).toBeGreaterThan(50);
    expect(many.statements).toHaveLength(few.statements.length);
  });
});
