import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app.js';
import { errorCode, gql, ok, signUpFirm, startTestApp, type GraphQLResult, type SignedUpFirm } from './harness.js';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from './gql/index.js';
import type { LeadInput, PricingInput } from './gql/graphql.js';

/** A generated document sent with variables that are malformed on purpose (ids, lengths, characters). */
type Probe = TypedDocumentNode<unknown, any>;

// Every input is validated once at the edge (src/graphql/validation.ts), at any depth and on
// every path: these are the values that used to be stored or reach PostgreSQL.

// one selection per kind, so what a refused write left behind compares equal to what it wrote
graphql(`fragment InputValidationLead on Lead { id version lastName companyName notes source { id } owner { id } extra }`);
graphql(`fragment InputValidationProject on Project { id version name contacts { name } }`);
graphql(`fragment InputValidationTask on Task { id version title description }`);
const CREATE_LEAD = graphql(`mutation InputValidationCreateLead($input: LeadInput!) { createLead(input: $input) { ...InputValidationLead } }`);
const UPDATE_LEAD = graphql(`mutation InputValidationUpdateLead($id: ID!, $version: Int!, $input: LeadInput!) { updateLead(id: $id, version: $version, input: $input) { ...InputValidationLead } }`);
const GET_LEAD = graphql(`query InputValidationLead($id: ID!) { lead(id: $id) { ...InputValidationLead } }`);
const LEADS = graphql(`query InputValidationLeads($filter: LeadFilter) { leads(filter: $filter, first: 5) { totalCount } }`);
const EXPORT = graphql(`query InputValidationExportLeads($filter: LeadFilter) { exportLeads(filter: $filter) { filename } }`);
const CREATE_PROJECT = graphql(`mutation InputValidationCreateProject($input: CreateProjectInput!) { createProject(input: $input) { ...InputValidationProject } }`);
const UPDATE_PROJECT = graphql(`mutation InputValidationUpdateProject($id: ID!, $version: Int!, $input: UpdateProjectInput!) { updateProject(id: $id, version: $version, input: $input) { ...InputValidationProject } }`);
const GET_PROJECT = graphql(`query InputValidationProject($id: ID!) { project(id: $id) { ...InputValidationProject } }`);
const PROJECTS = graphql(`query InputValidationProjects($filter: ProjectFilter) { projects(filter: $filter) { totalCount } }`);
const CREATE_TASK = graphql(`mutation InputValidationCreateTask($input: CreateTaskInput!) { createTask(input: $input) { ...InputValidationTask } }`);
const UPDATE_TASK = graphql(`mutation InputValidationUpdateTask($id: ID!, $version: Int!, $input: UpdateTaskInput!) { updateTask(id: $id, version: $version, input: $input) { ...InputValidationTask } }`);
const GET_TASK = graphql(`query InputValidationTask($id: ID!) { task(id: $id) { ...InputValidationTask } }`);
const COMMENT = graphql(`mutation InputValidationCommentTask($id: ID!, $body: String!) { commentTask(id: $id, body: $body) { id } }`);
const CREATE_RUN = graphql(`mutation InputValidationCreatePricingRun($leadId: ID!, $input: PricingInput!) { createPricingRun(leadId: $leadId, input: $input) { id } }`);
const RUNS = graphql(`query InputValidationPricingRuns($leadId: ID!) { pricingRuns(leadId: $leadId) { id } }`);
const SOURCES = graphql(`query InputValidationLeadSources { leadSources { id name } }`);
const UPDATE_SOURCE = graphql(`mutation InputValidationUpdateLeadSource($id: ID!, $input: NamedListItemInput!) { updateLeadSource(id: $id, input: $input) { id name } }`);
const CREATE_SOURCE = graphql(`mutation InputValidationCreateLeadSource($input: NamedListItemInput!) { createLeadSource(input: $input) { id } }`);
const OKVED = graphql(`query InputValidationOkvedCodes($search: String) { okvedCodes(search: $search) { code } }`);

let app: App;
let owner: SignedUpFirm;
let sources: { id: string; name: string }[];

const card = (overrides: Partial<LeadInput> = {}): LeadInput => ({
  lastName: 'Иванов',
  firstName: 'Пётр',
  legalForm: 'ORGANIZATION',
  companyName: 'ООО «Ромашка»',
  taxRegime: 'USN_INCOME',
  ...overrides,
});

function refusedFields(result: GraphQLResult): string[] {
  expect(errorCode(result), JSON.stringify(result.errors)).toBe('BAD_USER_INPUT');
  return result.errors![0]!.extensions!.fields!.map((f) => f.field);
}

async function newLead() {
  return (await ok(app, CREATE_LEAD, { input: card({ notes: 'Первый звонок' }) }, owner.token)).createLead;
}

async function newProject() {
  return (await ok(app, CREATE_PROJECT, { input: { name: 'Приём ООО «Ромашка»' } }, owner.token)).createProject;
}

async function newTask() {
  const project = await newProject();
  return (await ok(app, CREATE_TASK, { input: { projectId: project.id, title: 'Принять базу 1С', description: 'Коротко' } }, owner.token)).createTask;
}

beforeAll(async () => {
  app = await startTestApp();
  owner = await signUpFirm(app);
  sources = (await ok(app, SOURCES, {}, owner.token)).leadSources;
});

describe('update paths keep the limits of the create paths and change nothing when refused', () => {
  it('lead notes over 10,000 characters', async () => {
    const lead = await newLead();
    const result = await gql(app, UPDATE_LEAD, { id: lead.id, version: lead.version, input: card({ notes: 'н'.repeat(100_000) }) }, owner.token);
    expect(refusedFields(result)).toEqual(['input.notes']);
    expect((await ok(app, GET_LEAD, { id: lead.id }, owner.token)).lead).toEqual(lead);
  });

  it('task description over 20,000 characters', async () => {
    const task = await newTask();
    const result = await gql(app, UPDATE_TASK, { id: task.id, version: task.version, input: { description: 'о'.repeat(100_000) } }, owner.token);
    expect(refusedFields(result)).toEqual(['input.description']);
    expect((await ok(app, GET_TASK, { id: task.id }, owner.token)).task).toEqual(task);
  });

  it('a task title of blanks', async () => {
    const task = await newTask();
    const result = await gql(app, UPDATE_TASK, { id: task.id, version: task.version, input: { title: ' ' } }, owner.token);
    expect(refusedFields(result)).toEqual(['input.title']);
    expect(result.errors![0]!.extensions!.fields![0]).toMatchObject({ code: 'REQUIRED' });
    expect((await ok(app, GET_TASK, { id: task.id }, owner.token)).task).toEqual(task);
  });

  it('2,000 project contacts, and a nested contact error named by its path', async () => {
    const project = await newProject();
    const many = Array.from({ length: 2000 }, (_, i) => ({ name: `Контакт ${i}` }));
    const tooMany = await gql(app, UPDATE_PROJECT, { id: project.id, version: project.version, input: { contacts: many } }, owner.token);
    expect(refusedFields(tooMany)).toEqual(['input.contacts']);
    const contacts = [{ name: 'А' }, { name: 'Б' }, { name: 'В' }, { name: 'Г'.repeat(201) }];
    const nested = await gql(app, UPDATE_PROJECT, { id: project.id, version: project.version, input: { contacts } }, owner.token);
    expect(nested.errors![0]!.extensions!.fields).toEqual([{ field: 'input.contacts[3].name', code: 'isLength', message: expect.any(String) }]);
    expect((await ok(app, GET_PROJECT, { id: project.id }, owner.token)).project).toEqual(project);
  });

  it('over-long names on update', async () => {
    const project = await newProject();
    expect(refusedFields(await gql(app, UPDATE_PROJECT, { id: project.id, version: project.version, input: { name: 'П'.repeat(201) } }, owner.token))).toEqual(['input.name']);
    expect((await ok(app, GET_PROJECT, { id: project.id }, owner.token)).project).toEqual(project);
    const source = sources[0]!;
    expect(refusedFields(await gql(app, UPDATE_SOURCE, { id: source.id, input: { name: 'И'.repeat(101) } }, owner.token))).toEqual(['input.name']);
    const lead = await newLead();
    expect(refusedFields(await gql(app, UPDATE_LEAD, { id: lead.id, version: lead.version, input: card({ companyName: 'К'.repeat(301) }) }, owner.token))).toEqual(['input.companyName']);
    expect((await ok(app, SOURCES, {}, owner.token)).leadSources).toEqual(sources);
    expect((await ok(app, GET_LEAD, { id: lead.id }, owner.token)).lead).toEqual(lead);
  });
});

describe('malformed ids are BAD_USER_INPUT, never a database error', () => {
  it.each<[string, Probe, Record<string, unknown>, string]>([
    ['leads sourceIds', LEADS, { filter: { sourceIds: ['not-a-uuid'] } }, 'filter.sourceIds'],
    ['leads ownerIds', LEADS, { filter: { ownerIds: ['1'] } }, 'filter.ownerIds'],
    ['exportLeads sourceIds', EXPORT, { filter: { sourceIds: ['not-a-uuid'] } }, 'filter.sourceIds'],
    ['exportLeads ownerIds', EXPORT, { filter: { ownerIds: ['1'] } }, 'filter.ownerIds'],
    ['projects coordinatorId', PROJECTS, { filter: { coordinatorId: 'x' } }, 'filter.coordinatorId'],
    ['projects leadId', PROJECTS, { filter: { leadId: 'x' } }, 'filter.leadId'],
  ])('%s', async (_label, query, variables, field) => {
    expect(refusedFields(await gql(app, query, variables, owner.token))).toEqual([field]);
  });

  it('createPricingRun with a malformed tariffVersionId saves nothing', async () => {
    const lead = await newLead();
    const input: PricingInput = { tariffVersionId: 'v1', legalForm: 'ORGANIZATION', taxRegime: 'USN_INCOME', values: [] };
    expect(refusedFields(await gql(app, CREATE_RUN, { leadId: lead.id, input }, owner.token))).toEqual(['input.tariffVersionId']);
    expect((await ok(app, RUNS, { leadId: lead.id }, owner.token)).pricingRuns).toEqual([]);
  });

  it('updateLead with a malformed sourceId or ownerId changes nothing', async () => {
    const lead = await newLead();
    const result = await gql(app, UPDATE_LEAD, { id: lead.id, version: lead.version, input: card({ sourceId: 'web', ownerId: 'me' }) }, owner.token);
    expect(refusedFields(result).sort()).toEqual(['input.ownerId', 'input.sourceId']);
    expect((await ok(app, GET_LEAD, { id: lead.id }, owner.token)).lead).toEqual(lead);
  });
});

describe('a NUL character or an unpaired surrogate in any string is BAD_USER_INPUT and changes nothing', () => {
  const BAD = ['a\u0000b', 'a\uD800b', 'a\uDC00', '\uD83D'];

  it.each(BAD.map((bad) => [JSON.stringify(bad), bad]))('%s', async (_label, bad) => {
    const lead = await newLead();
    const project = await newProject();
    const task = await newTask();
    const leadsBefore = (await ok(app, LEADS, {}, owner.token)).leads.totalCount;
    const projectsBefore = (await ok(app, PROJECTS, {}, owner.token)).projects.totalCount;
    const cases: [string, Probe, Record<string, unknown>, string][] = [
      ['createLead', CREATE_LEAD, { input: card({ lastName: bad }) }, 'lastName'],
      ['createLead extra (JSON)', CREATE_LEAD, { input: card({ extra: { note: bad } }) }, 'extra.note'],
      ['createLead extra key (JSON)', CREATE_LEAD, { input: card({ extra: { [bad]: 'x' } }) }, `extra.${bad}`],
      ['updateLead', UPDATE_LEAD, { id: lead.id, version: lead.version, input: card({ notes: bad }) }, 'input.notes'],
      ['leads search', LEADS, { filter: { search: bad } }, 'filter.search'],
      ['leads regionCodes', LEADS, { filter: { regionCodes: [bad.slice(0, 2)] } }, 'filter.regionCodes[0]'],
      ['exportLeads search', EXPORT, { filter: { search: bad } }, 'filter.search'],
      ['createProject', CREATE_PROJECT, { input: { name: bad } }, 'name'],
      ['updateProject contact', UPDATE_PROJECT, { id: project.id, version: project.version, input: { contacts: [{ name: 'Ок' }, { name: bad }] } }, 'input.contacts[1].name'],
      ['projects search', PROJECTS, { filter: { search: bad } }, 'filter.search'],
      ['updateTask', UPDATE_TASK, { id: task.id, version: task.version, input: { title: bad } }, 'input.title'],
      ['commentTask', COMMENT, { id: task.id, body: bad }, 'body'],
      ['createLeadSource', CREATE_SOURCE, { input: { name: bad } }, 'name'],
      ['okvedCodes search (plain argument)', OKVED, { search: bad }, 'search'],
    ];
    for (const [label, query, variables, field] of cases) {
      const result = await gql(app, query, variables, owner.token);
      expect(errorCode(result), label).toBe('BAD_USER_INPUT');
      expect(result.errors![0]!.extensions!.fields, label).toContainEqual({ field, code: 'INVALID_CHARACTERS', message: expect.any(String) });
    }
    expect((await ok(app, GET_LEAD, { id: lead.id }, owner.token)).lead).toEqual(lead);
    expect((await ok(app, GET_PROJECT, { id: project.id }, owner.token)).project).toEqual(project);
    expect((await ok(app, GET_TASK, { id: task.id }, owner.token)).task).toEqual(task);
    expect((await ok(app, LEADS, {}, owner.token)).leads.totalCount).toBe(leadsBefore);
    expect((await ok(app, PROJECTS, {}, owner.token)).projects.totalCount).toBe(projectsBefore);
    expect((await ok(app, SOURCES, {}, owner.token)).leadSources).toEqual(sources);
  });

  it('imported file rows get the same checks: a bad cell is a row error, not a database error', async () => {
    const PREVIEW = graphql(`mutation InputValidationPreviewLeadImport($file: UploadedFileInput!) { previewLeadImport(file: $file) { validCount rows { rowNumber errors { field } } } }`);
    const IMPORT = graphql(`mutation InputValidationImportLeads($file: UploadedFileInput!) { importLeads(file: $file) { imported } }`);
    const lines = [
      'Фамилия;Имя;Форма;Компания;Режим;Заметки',
      'Ив\u0000анов;Пётр;ООО;ООО «Первая»;ОСНО;',
      'Петров;Олег;ООО;ООО «Вторая»;ОСНО;' + 'з'.repeat(10_001),
    ];
    const file = { name: 'leads.csv', contentBase64: Buffer.from(lines.join('\n')).toString('base64') };
    const before = (await ok(app, LEADS, {}, owner.token)).leads.totalCount;
    const preview = (await ok(app, PREVIEW, { file }, owner.token)).previewLeadImport;
    expect(preview.validCount).toBe(0);
    expect(preview.rows.map((r) => r.errors.map((e) => e.field))).toEqual([['lastName'], ['notes']]);
    const result = await gql(app, IMPORT, { file }, owner.token);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect((await ok(app, LEADS, {}, owner.token)).leads.totalCount).toBe(before);
  });

  it('paired surrogates (emoji) are ordinary text', async () => {
    const lead = (await ok(app, CREATE_LEAD, { input: card({ notes: 'Клиент 👍' }) }, owner.token)).createLead;
    expect(lead.notes).toBe('Клиент 👍');
  });
});
