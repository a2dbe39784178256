import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { addMember, errorCode, gql, ok, signUpFirm, startTestApp, waitUntil, type SignedUpFirm } from '../../../test/harness.js';
import { TestClock } from '../../../test/clock.js';
import { graphql } from '../../../test/gql/index.js';
import { DOCUMENT_REQUEST_REMINDERS } from './correspondence.jobs.js';
import { documentsList, itemLine, renderTemplate, requestStatus, unknownPlaceholders } from './document-request-rules.js';
import { DocumentItemKind, DocumentItemStatus } from './correspondence.enums.js';
import { leadCard } from './timeline.test-data.js';

graphql(`fragment DocumentRequestTest on DocumentRequest { id version dueDate status overdue viewerCanEdit responsible { id } lead { id } client { id } items { id kind description periodFrom periodTo note status resolutionNote entry { id } resolvedBy { id } } }`);
const SOURCES = graphql(`query DocumentRequestLeadSources { leadSources { id } }`);
const CREATE_LEAD = graphql(`mutation DocumentRequestCreateLead($input: LeadInput!) { createLead(input: $input) { id } }`);
const CREATE_CLIENT = graphql(`mutation DocumentRequestCreateClient($input: ClientInput!) { createClient(input: $input) { id } }`);
const LOG = graphql(`mutation DocumentRequestLog($input: LogEntryInput!) { logTimelineEntry(input: $input) { id } }`);
const CREATE = graphql(`mutation DocumentRequestCreate($input: CreateDocumentRequestInput!) { createDocumentRequest(input: $input) { ...DocumentRequestTest } }`);
const UPDATE = graphql(`mutation DocumentRequestUpdate($id: ID!, $version: Int!, $input: DocumentRequestInput!) { updateDocumentRequest(id: $id, version: $version, input: $input) { ...DocumentRequestTest } }`);
const MARK = graphql(`mutation DocumentRequestMark($requestId: ID!, $itemId: ID!, $status: DocumentItemStatus!, $note: String, $entryId: ID) { markDocumentRequestItem(requestId: $requestId, itemId: $itemId, status: $status, note: $note, entryId: $entryId) { ...DocumentRequestTest } }`);
const MINE = graphql(`query DocumentRequestMine($open: Boolean) { myDocumentRequests(open: $open) { id status overdue client { shortName } lead { companyName } } }`);
const TEXT = graphql(`query DocumentRequestText($id: ID!) { documentRequestText(id: $id) { subject body } }`);
const SET_TEMPLATE = graphql(`mutation DocumentRequestSetTemplate($input: DocumentRequestTemplateInput!) { setDocumentRequestTemplate(input: $input) { subject body custom placeholders } }`);
const TIMELINE = graphql(`query DocumentRequestTimeline($clientId: ID, $leadId: ID) { timeline(clientId: $clientId, leadId: $leadId, first: 20) { edges { node { kind documentRequest { id status overdue } } } } }`);
const SEARCH = graphql(`query DocumentRequestSearch($text: String!) { searchCorrespondence(text: $text, first: 10) { edges { node { entry { id } documentRequest { id } fragments { text match } } } } }`);
const NOTIFICATIONS = graphql(`query DocumentRequestNotifications { notifications(first: 50) { edges { node { kind subjectId data } } } }`);

// Wednesday 2 December 2026, 10:00 in Moscow
const clock = new TestClock('2026-12-02T07:00:00Z');
let app: App;
let owner: SignedUpFirm;
let manager: Awaited<ReturnType<typeof addMember>>;
let accountant: Awaited<ReturnType<typeof addMember>>;
let sourceId: string;

beforeAll(async () => {
  app = await startTestApp(undefined, { clock });
  owner = await signUpFirm(app, 'ООО «Баланс»');
  manager = await addMember(app, owner.token, 'MANAGER');
  accountant = await addMember(app, owner.token, 'ACCOUNTANT', 'TAX');
  sourceId = (await ok(app, SOURCES, {}, owner.token)).leadSources[0]!.id;
});

async function client(shortName: string) {
  return (await ok(app, CREATE_CLIENT, { input: { legalForm: 'ORGANIZATION', fullName: shortName, shortName, taxRegime: 'USN_INCOME', vatPayer: false, hasEmployees: true, headcount: 3 } }, owner.token)).createClient;
}

const ITEMS = [
  { kind: 'BANK_STATEMENTS' as const, periodFrom: '2026-11-01', periodTo: '2026-11-30', note: 'все расчётные счета' },
  { kind: 'PRIMARY_DOCUMENTS' as const, description: 'Акты и накладные за ноябрь' },
  { kind: 'STAFF_CHANGES' as const },
];

async function request(clientId: string, dueDate = '2026-12-04', responsibleId: string = manager.userId) {
  return (await ok(app, CREATE, { input: { clientId, dueDate, responsibleId, items: ITEMS } }, manager.token)).createDocumentRequest;
}

async function runJob(on: App = app) {
  const id = await on.jobs.send(DOCUMENT_REQUEST_REMINDERS);
  await waitUntil(() => on.jobs.finished(DOCUMENT_REQUEST_REMINDERS, id), 'the document-request job to finish');
}

describe('a document request', () => {
  it('lists what is needed, shows on the timeline and in the responsible person’s list, and is checked off item by item', async () => {
    const { id: clientId } = await client('ООО «Документы»');
    const made = await request(clientId);
    expect(made).toMatchObject({ dueDate: '2026-12-04', status: 'OPEN', overdue: false, viewerCanEdit: true, responsible: { id: manager.userId }, client: { id: clientId }, lead: null });
    expect(made.items.map((i) => [i.kind, i.description, i.periodFrom, i.status])).toEqual([
      ['BANK_STATEMENTS', 'Выписки по расчётному счёту', '2026-11-01', 'PENDING'],
      ['PRIMARY_DOCUMENTS', 'Акты и накладные за ноябрь', null, 'PENDING'],
      ['STAFF_CHANGES', 'Кадровые изменения', null, 'PENDING'],
    ]);
    const onTimeline = (await ok(app, TIMELINE, { clientId }, owner.token)).timeline.edges.map((e) => e.node);
    expect(onTimeline[0]).toEqual({ kind: 'DOCUMENT_REQUEST', documentRequest: { id: made.id, status: 'OPEN', overdue: false } });
    expect((await ok(app, MINE, {}, manager.token)).myDocumentRequests.find((r) => r.id === made.id)).toMatchObject({ status: 'OPEN', client: { shortName: 'ООО «Документы»' } });

    const letter = (await ok(app, LOG, { input: { clientId, kind: 'NOTE', summary: 'Клиент прислал выписки на почту' } }, manager.token)).logTimelineEntry;
    const [bank, primary, staff] = made.items;
    const partial = (await ok(app, MARK, { requestId: made.id, itemId: bank!.id, status: 'RECEIVED', note: 'Пришли на почту', entryId: letter.id }, manager.token)).markDocumentRequestItem;
    expect(partial.status).toBe('PARTIAL');
    expect(partial.items[0]).toMatchObject({ status: 'RECEIVED', resolutionNote: 'Пришли на почту', entry: { id: letter.id }, resolvedBy: { id: manager.userId } });
    await ok(app, MARK, { requestId: made.id, itemId: staff!.id, status: 'WAIVED', note: 'Изменений не было' }, manager.token);
    const complete = (await ok(app, MARK, { requestId: made.id, itemId: primary!.id, status: 'RECEIVED' }, owner.token)).markDocumentRequestItem;
    expect(complete.status).toBe('COMPLETE');
    expect((await ok(app, MINE, {}, manager.token)).myDocumentRequests.map((r) => r.id)).not.toContain(made.id);
    expect((await ok(app, MINE, { open: false }, manager.token)).myDocumentRequests.map((r) => r.id)).toContain(made.id);

    const reopened = (await ok(app, MARK, { requestId: made.id, itemId: primary!.id, status: 'PENDING' }, manager.token)).markDocumentRequestItem;
    expect(reopened.status).toBe('PARTIAL');
    expect(reopened.items[1]).toMatchObject({ status: 'PENDING', resolutionNote: null, resolvedBy: null });
  });

  it('is edited on the version seen: items keep what came of them; a later due day is no longer overdue', async () => {
    const { id: clientId } = await client('ООО «Правка»');
    const made = await request(clientId);
    const marked = (await ok(app, MARK, { requestId: made.id, itemId: made.items[0]!.id, status: 'RECEIVED' }, manager.token)).markDocumentRequestItem;
    const input = { dueDate: '2026-12-10', responsibleId: accountant.userId, items: [{ ...ITEMS[0]!, id: made.items[0]!.id }, { kind: 'OTHER' as const, description: 'Договор аренды' }] };
    expect(errorCode(await gql(app, UPDATE, { id: made.id, version: made.version, input }, manager.token))).toBe('BAD_USER_INPUT');
    const edited = (await ok(app, UPDATE, { id: made.id, version: marked.version, input }, manager.token)).updateDocumentRequest;
    expect(edited).toMatchObject({ dueDate: '2026-12-10', status: 'PARTIAL', responsible: { id: accountant.userId } });
    expect(edited.items.map((i) => [i.description, i.status])).toEqual([['Выписки по расчётному счёту', 'RECEIVED'], ['Договор аренды', 'PENDING']]);
    const told = (await ok(app, NOTIFICATIONS, {}, accountant.token)).notifications.edges.map((e) => e.node);
    expect(told.find((n) => n.subjectId === made.id)).toMatchObject({ kind: 'DOCUMENT_REQUEST_ASSIGNED', data: expect.objectContaining({ companyName: 'ООО «Правка»', dueDate: '2026-12-10' }) });
  });

  it('refuses bank statements without a period, OTHER without words, an entry of another timeline, and another firm', async () => {
    const { id: clientId } = await client('ООО «Проверки запроса»');
    const { id: otherClientId } = await client('ООО «Другой»');
    const bad = async (items: object[]) => errorCode(await gql(app, CREATE, { input: { clientId, dueDate: '2026-12-10', items } as never }, manager.token));
    expect(await bad([{ kind: 'BANK_STATEMENTS' }])).toBe('BAD_USER_INPUT');
    expect(await bad([{ kind: 'BANK_STATEMENTS', periodFrom: '2026-12-01', periodTo: '2026-11-01' }])).toBe('BAD_USER_INPUT');
    expect(await bad([{ kind: 'OTHER' }])).toBe('BAD_USER_INPUT');
    expect(await bad([])).toBe('BAD_USER_INPUT');
    const made = await request(clientId);
    const foreign = (await ok(app, LOG, { input: { clientId: otherClientId, kind: 'NOTE', summary: 'Не тот клиент' } }, manager.token)).logTimelineEntry;
    expect(errorCode(await gql(app, MARK, { requestId: made.id, itemId: made.items[0]!.id, status: 'RECEIVED', entryId: foreign.id }, manager.token))).toBe('BAD_USER_INPUT');
    const firmB = await signUpFirm(app, 'ООО «Фирма Б»');
    expect(errorCode(await gql(app, MARK, { requestId: made.id, itemId: made.items[0]!.id, status: 'RECEIVED' }, firmB.token))).toBe('NOT_FOUND');
    expect(errorCode(await gql(app, TEXT, { id: made.id }, firmB.token))).toBe('NOT_FOUND');
    expect((await ok(app, MINE, {}, firmB.token)).myDocumentRequests).toEqual([]);
  });

  it('is found by search with the words of its items, and can be made on a lead', async () => {
    const lead = (await ok(app, CREATE_LEAD, { input: leadCard('ООО «Лид с запросом»', sourceId) }, manager.token)).createLead;
    const made = (await ok(app, CREATE, { input: { leadId: lead.id, dueDate: '2026-12-15', items: [{ kind: 'OTHER', description: 'Учредительные документы и выписка ЕГРЮЛ' }] } }, manager.token)).createDocumentRequest;
    expect(made.lead).toEqual({ id: lead.id });
    expect((await ok(app, TIMELINE, { leadId: lead.id }, manager.token)).timeline.edges[0]!.node.kind).toBe('DOCUMENT_REQUEST');
    const hits = (await ok(app, SEARCH, { text: 'учредительный' }, owner.token)).searchCorrespondence.edges.map((e) => e.node);
    expect(hits).toEqual([{ entry: null, documentRequest: { id: made.id }, fragments: [[{ text: 'Учредительные', match: true }, { text: ' документы и выписка ЕГРЮЛ', match: false }]] }]);
  });
});

describe('the letter of a request', () => {
  it('is rendered from the built-in template, then from the firm’s own; unknown placeholders are refused', async () => {
    const { id: clientId } = await client('ООО «Письмо»');
    const made = await request(clientId, '2026-12-09');
    const letter = (await ok(app, TEXT, { id: made.id }, manager.token)).documentRequestText;
    expect(letter.subject).toBe('Запрос документов: ООО «Письмо»');
    expect(letter.body).toContain('Для ведения учёта ООО «Письмо» просим прислать до 09.12.2026 следующие документы:');
    expect(letter.body).toContain('1. Выписки по расчётному счёту за период с 01.11.2026 по 30.11.2026 (все расчётные счета)\n2. Акты и накладные за ноябрь\n3. Кадровые изменения');
    expect(letter.body).toContain('Сотрудник MANAGER\nООО «Баланс»');

    expect(errorCode(await gql(app, SET_TEMPLATE, { input: { subject: 'Документы', body: 'Пришлите {{documents}}' } }, owner.token))).toBe('BAD_USER_INPUT');
    expect(errorCode(await gql(app, SET_TEMPLATE, { input: { subject: 'Документы', body: '{{документы}}' } }, accountant.token))).toBe('FORBIDDEN');
    const saved = (await ok(app, SET_TEMPLATE, { input: { subject: '{{компания}}: документы к {{срок}}', body: 'Ждём:\n{{документы}}\n{{фирма}}' } }, owner.token)).setDocumentRequestTemplate;
    expect(saved).toMatchObject({ custom: true, placeholders: ['компания', 'документы', 'срок', 'сотрудник', 'фирма'] });
    await ok(app, MARK, { requestId: made.id, itemId: made.items[0]!.id, status: 'RECEIVED' }, manager.token);
    // what is still awaited
    expect((await ok(app, TEXT, { id: made.id }, manager.token)).documentRequestText).toEqual({
      subject: 'ООО «Письмо»: документы к 09.12.2026',
      body: 'Ждём:\n1. Акты и накладные за ноябрь\n2. Кадровые изменения\nООО «Баланс»',
    });
  });
});

describe('an overdue request', () => {
  it('shows as overdue and tells the responsible person once, when its due day has ended on the firm’s clock', async () => {
    const { id: clientId } = await client('ООО «Просрочка»');
    const made = await request(clientId, '2026-12-04');
    const notices = async () => (await ok(app, NOTIFICATIONS, {}, manager.token)).notifications.edges.filter((e) => e.node.subjectId === made.id).map((e) => e.node);
    await runJob();
    clock.set('2026-12-04T20:59:00Z');
    await runJob();
    expect(await notices()).toEqual([]);
    expect((await ok(app, TIMELINE, { clientId }, owner.token)).timeline.edges[0]!.node.documentRequest?.overdue).toBe(false);
    // midnight in Moscow: the 4th has ended
    clock.set('2026-12-04T21:00:00Z');
    await runJob();
    await runJob();
    expect(await notices()).toEqual([{ kind: 'DOCUMENT_REQUEST_OVERDUE', subjectId: made.id, data: expect.objectContaining({ documentRequestId: made.id, clientId, companyName: 'ООО «Просрочка»', dueDate: '2026-12-04', pending: 3 }) }]);
    expect((await ok(app, TIMELINE, { clientId }, owner.token)).timeline.edges[0]!.node.documentRequest).toMatchObject({ status: 'OPEN', overdue: true });
    expect((await ok(app, MINE, {}, manager.token)).myDocumentRequests.find((r) => r.id === made.id)?.overdue).toBe(true);
  });

  it('is announced once when two instances run the job at the same moment; a complete one never', async () => {
    clock.set('2026-12-10T07:00:00Z');
    const { id: clientId } = await client('ООО «Два сервера»');
    const requests = [await request(clientId, '2026-12-11'), await request(clientId, '2026-12-11'), await request(clientId, '2026-12-11')];
    const done = await request(clientId, '2026-12-11');
    for (const item of done.items) await ok(app, MARK, { requestId: done.id, itemId: item.id, status: 'WAIVED' }, manager.token);
    const second = await startTestApp(app.databaseUrl, { clock });
    clock.set('2026-12-12T07:00:00Z');
    await Promise.all([app.services.documentRequests.remindOverdue(app.orm, clock), second.services.documentRequests.remindOverdue(second.orm, clock), runJob(app), runJob(second)]);
    const ids = [...requests.map((r) => r.id), done.id];
    const sent = (await ok(app, NOTIFICATIONS, {}, manager.token)).notifications.edges.filter((e) => ids.includes(e.node.subjectId!));
    expect(sent.map((e) => e.node.kind)).toEqual(['DOCUMENT_REQUEST_OVERDUE', 'DOCUMENT_REQUEST_OVERDUE', 'DOCUMENT_REQUEST_OVERDUE']);
    expect(sent.map((e) => e.node.subjectId).sort()).toEqual(requests.map((r) => r.id).sort());
  });
});

describe('request rules', () => {
  it.each([
    [[], 'OPEN'],
    [['PENDING', 'PENDING'], 'OPEN'],
    [['RECEIVED', 'PENDING'], 'PARTIAL'],
    [['WAIVED', 'RECEIVED'], 'COMPLETE'],
  ] as const)('%j is %s', (statuses, status) => {
    expect(requestStatus(statuses.map((s) => ({ status: s as DocumentItemStatus })))).toBe(status);
  });

  it('writes the list and fills placeholders', () => {
    const item = { kind: DocumentItemKind.BANK_STATEMENTS, description: 'Выписки', periodFrom: '2026-10-01', periodTo: '2026-12-31', note: null, status: DocumentItemStatus.PENDING };
    expect(itemLine(item)).toBe('Выписки за период с 01.10.2026 по 31.12.2026');
    expect(documentsList([{ ...item, status: DocumentItemStatus.RECEIVED }])).toBe('1. Выписки за период с 01.10.2026 по 31.12.2026');
    expect(unknownPlaceholders('{{компания}} {{ Срок }} {{client}}')).toEqual(['client']);
    expect(renderTemplate('{{ Компания }} — {{фирма}}', { компания: 'А', документы: '', срок: '', сотрудник: '', фирма: 'Б' })).toBe('А — Б');
  });
});
