import {
  getNamedType,
  isInputObjectType,
  isInputType,
  isListType,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app.js';
import { loadRef, loadRefs } from '../src/graphql/load.js';
import { buildSchema } from '../src/composition/schema.js';
import { firmEntityManager } from '../src/graphql/tenant-em.js';
import { User } from '../src/modules/auth/user.entity.js';
import { addMember, gql, ok, signUpFirm, startTestApp, uniqueEmail, type SignedUpFirm } from './harness.js';
import { graphql } from './gql/index.js';
import { mailMutationCases } from './mail-world.js';
import { buildDocx } from '../src/modules/contracts/documents/docx-builder.js';
import type { ClientInput, LeadInput, PricingInput } from './gql/graphql.js';

/**
 * A write that committed must never be answered with an error, or clients retry and duplicate
 * it: every mutation is run once with its whole answer selected, after a realistic setup.
 */

/** How deep below the mutation field the answer is walked, and how often a type may recur on one path. */
const DEPTH = 6;
const TYPE_REPEATS = 2;

/** Every field of `type` (recursively), leaving out fields whose required arguments have no default. */
function selectAll(type: GraphQLNamedType, depth = DEPTH, path: string[] = []): string | null {
  if (isLeafType(type)) return '';
  if (depth === 0 || path.filter((name) => name === type.name).length >= TYPE_REPEATS) return null;
  if (isUnionType(type) || isInterfaceType(type)) {
    const possible = isUnionType(type) ? type.getTypes() : [];
    const parts = possible.map((t) => selectAll(t, depth, path)).map((s, i) => (s ? `... on ${possible[i]!.name} ${s}` : ''));
    return `{ __typename ${parts.join(' ')} }`;
  }
  const object = type as GraphQLObjectType;
  const parts: string[] = [];
  for (const field of Object.values(object.getFields()) as GraphQLField<unknown, unknown>[]) {
    if (field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)) continue;
    const sub = selectAll(getNamedType(field.type), depth - 1, [...path, type.name]);
    if (sub === null) continue;
    parts.push(`${field.name}${sub ? ` ${sub}` : ''}`);
  }
  return `{ ${parts.join(' ')} }`;
}

/** `mutation { name(args) { …everything… } }` with variables for the arguments given. */
function mutationDocument(schema: GraphQLSchema, name: string, variables: Record<string, unknown>): string {
  const field = schema.getMutationType()!.getFields()[name]!;
  const args = field.args.filter((arg) => arg.name in variables);
  for (const arg of args) expect(isInputType(arg.type)).toBe(true);
  const declared = args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = selectAll(getNamedType(field.type));
  return `mutation ${name}${declared ? `(${declared})` : ''} { ${name}${passed ? `(${passed})` : ''} ${selection ?? ''} }`;
}

/** An answer's value cut down to what `type` (an input type) accepts, e.g. a definition read back to save. */
function asInput(value: unknown, type: GraphQLInputType): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (value === null || value === undefined) return value;
  if (isListType(inner)) return (value as unknown[]).map((item) => asInput(item, inner.ofType));
  if (!isInputObjectType(inner)) return value;
  const fields = inner.getFields();
  return Object.fromEntries(Object.entries(value as object).filter(([key]) => key in fields).map(([key, v]) => [key, asInput(v, fields[key]!.type)]));
}

const PASSWORD = 'Tg8#vQ2m-Lantern-Orbit';
const WORKED_EXAMPLE: PricingInput = {
  legalForm: 'ORGANIZATION',
  taxRegime: 'USN_INCOME_MINUS_EXPENSES',
  values: [
    { key: 'employees', number: 12 },
    { key: 'bankOperations', number: 180 },
    { key: 'activityKind', option: 'trade' },
  ],
};
const leadInput = (companyName: string, extra: Partial<LeadInput> = {}): LeadInput => ({
  lastName: 'Петров',
  firstName: 'Иван',
  patronymic: 'Сергеевич',
  legalForm: 'ORGANIZATION',
  companyName,
  taxRegime: 'USN_INCOME_MINUS_EXPENSES',
  regionCode: '77',
  okvedCode: '62.01',
  phone: '+7 916 555-12-34',
  email: 'ivan@example.com',
  notes: 'Позвонить после обеда',
  ...extra,
});
// an entrepreneur on УСН without employees: every obligation of the schedule is the taxes area's
const CLIENT_INPUT: ClientInput = {
  legalForm: 'INDIVIDUAL_ENTREPRENEUR', fullName: 'Индивидуальный предприниматель Сидоров Семён Семёнович', shortName: 'ИП Сидоров', inn: '500100732259', ogrn: '304500116000157',
  regionCode: '50', taxRegime: 'USN_INCOME', vatPayer: false, hasEmployees: false, serviceAreas: ['TAXES'], serviceStartDate: '2026-01-01',
  contacts: [{ name: 'Сидоров Семён', phone: '+79160000001' }],
};
const csv = (lines: string[]) => ({ name: 'leads.csv', contentBase64: Buffer.from(lines.join('\n')).toString('base64') });
const IMPORT_FILE = csv([
  'Фамилия;Имя;Форма;Компания;ИНН;Режим;Регион;Источник;Телефон;Email',
  'Иванов;Пётр;ООО;ООО «Ромашка»;7707083893;УСН доходы минус расходы;77;Сайт;+7 916 123-45-67;ivanov@romashka.ru',
  'Смирнов;Лев;ООО;ООО «Дубль»;7736207543;ОСНО;77;;;',
]);

type Member = Awaited<ReturnType<typeof addMember>>;
interface State {
  owner: SignedUpFirm;
  coordinator: Member;
  head: Member;
  accountant: Member;
  leadId: string;
  projectId: string;
  taskIds: string[];
  planId: string;
  templateId: string;
  [key: string]: any;
}

interface Case {
  mutation: string;
  /** The arguments, from what the setup and earlier cases left. */
  variables(s: State): Record<string, unknown> | Promise<Record<string, unknown>>;
  /** The caller; the owner unless given (null: signed out). */
  token?(s: State): string | null | Promise<string | null>;
  /** Keeps what later cases need. */
  after?(data: any, s: State): void;
}

const taskVersion = async (s: State, id: string): Promise<number> => (await ok(app, graphql(`query MutationAnswersTask($id: ID!) { task(id: $id) { version } }`), { id }, s.owner.token)).task.version;

/** A new pricing run of the main lead. */
const pricingRun = async (s: State): Promise<string> => (await ok(app, graphql(`mutation MutationAnswersPricingRun($leadId: ID!, $input: PricingInput!) { createPricingRun(leadId: $leadId, input: $input) { id } }`), { leadId: s.leadId, input: WORKED_EXAMPLE }, s.owner.token)).createPricingRun.id;

/** One case per mutation, run in this order (later ones use what earlier ones made). */
const CASES: Case[] = [
  { mutation: 'signUp', token: () => null, variables: () => ({ input: { firmName: 'ООО «Новая»', name: 'Ольга Новикова', email: uniqueEmail('signup'), password: PASSWORD } }) },
  { mutation: 'login', token: () => null, variables: (s) => ({ email: s.owner.email, password: s.owner.password }) },
  {
    mutation: 'logout',
    variables: () => ({}),
    token: async (s) => (await ok(app, graphql(`mutation MutationAnswersLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`), { email: s.owner.email, password: s.owner.password })).login.token,
  },
  {
    mutation: 'inviteUser',
    variables: () => ({ input: { email: uniqueEmail('invited'), name: 'Приглашённый Бухгалтер', role: 'ACCOUNTANT', department: 'PAYROLL' } }),
    after: (data, s) => {
      s.invitedId = data.user.id;
      s.invitationSecret = (data.invitationLink as string).split('/invite/')[1];
    },
  },
  {
    mutation: 'renewInvitation',
    variables: (s) => ({ userId: s.invitedId }),
    after: (data, s) => (s.invitationSecret = (data.invitationLink as string).split('/invite/')[1]),
  },
  { mutation: 'acceptInvite', token: () => null, variables: (s) => ({ token: s.invitationSecret, password: PASSWORD }) },
  { mutation: 'changeUserRole', variables: (s) => ({ input: { userId: s.invitedId, role: 'HEAD', department: 'PAYROLL' } }) },
  { mutation: 'deactivateUser', variables: (s) => ({ userId: s.invitedId }) },
  { mutation: 'reactivateUser', variables: (s) => ({ userId: s.invitedId }) },
  { mutation: 'createApiToken', variables: () => ({ input: { name: 'Интеграция 1С', role: 'MANAGER' } }), after: (data, s) => (s.apiTokenId = data.apiToken.id) },
  { mutation: 'revokeApiToken', variables: (s) => ({ id: s.apiTokenId }) },
  { mutation: 'createLeadSource', variables: () => ({ input: { name: 'Выставка' } }), after: (data, s) => (s.sourceId = data.id) },
  { mutation: 'updateLeadSource', variables: (s) => ({ id: s.sourceId, input: { name: 'Выставка 2026' } }) },
  { mutation: 'createLostReason', variables: () => ({ input: { name: 'Ушёл к конкуренту' } }), after: (data, s) => (s.lostReasonId = data.id) },
  { mutation: 'updateLostReason', variables: (s) => ({ id: s.lostReasonId, input: { name: 'Выбрал другую фирму' } }) },
  { mutation: 'createLeadField', variables: () => ({ input: { key: 'marketplace', label: 'Маркетплейс', type: 'CHOICE', options: ['Ozon', 'Wildberries'] } }), after: (data, s) => (s.fieldId = data.id) },
  { mutation: 'updateLeadField', variables: (s) => ({ id: s.fieldId, archived: false, input: { key: 'marketplace', label: 'Площадка', type: 'CHOICE', options: ['Ozon', 'Wildberries', 'Яндекс Маркет'] } }) },
  {
    mutation: 'createLead',
    variables: (s) => ({ input: leadInput('ООО «Вектор»', { inn: '7707083893', sourceId: s.sourceId, ownerId: s.coordinator.userId, extra: { marketplace: 'Ozon' } }) }),
    after: (data, s) => (s.newLead = { id: data.id, version: data.version }),
  },
  {
    mutation: 'updateLead',
    variables: (s) => ({ id: s.newLead.id, version: s.newLead.version, input: leadInput('ООО «Вектор плюс»', { sourceId: s.sourceId, ownerId: s.head.userId }) }),
    after: (data, s) => (s.newLead.version = data.version),
  },
  { mutation: 'moveLeadStage', variables: (s) => ({ id: s.newLead.id, version: s.newLead.version, stage: 'LOST', lostReasonId: s.lostReasonId }) },
  { mutation: 'previewLeadImport', variables: () => ({ file: IMPORT_FILE }) },
  { mutation: 'importLeads', variables: () => ({ file: IMPORT_FILE }) },
  { mutation: 'createPricingRun', variables: (s) => ({ leadId: s.leadId, input: WORKED_EXAMPLE }) },
  { mutation: 'createTariffDraft', variables: (s) => ({ planId: s.planId }), after: (data, s) => (s.draft = { id: data.id, version: data.version, definition: data.definition }) },
  { mutation: 'updateTariffDraft', variables: (s) => ({ id: s.draft.id, version: s.draft.version, definition: asInput(s.draft.definition, schema.getType('TariffDefinitionInput') as GraphQLInputType) }), after: (data, s) => (s.draft.version = data.version) },
  { mutation: 'publishTariffVersion', variables: (s) => ({ id: s.draft.id, version: s.draft.version }) },
  {
    mutation: 'createProjectTemplate',
    variables: () => ({
      input: {
        name: 'Короткий приём',
        description: 'Два шага',
        tasks: [
          { key: 'docs', title: 'Собрать документы', assigneeRole: 'COORDINATOR', dueInWorkingDays: 2 },
          { key: 'tax', title: 'Проверить налоги', assigneeRole: 'ACCOUNTANT', department: 'TAX', dueInWorkingDays: 5, dependsOn: ['docs'] },
        ],
      },
    }),
    after: (data, s) => (s.newTemplate = { id: data.id, version: data.version }),
  },
  {
    mutation: 'updateProjectTemplate',
    variables: (s) => ({
      id: s.newTemplate.id,
      version: s.newTemplate.version,
      input: { name: 'Короткий приём', tasks: [{ key: 'docs', title: 'Собрать документы', assigneeRole: 'COORDINATOR', dueInWorkingDays: 3 }] },
    }),
  },
  {
    // the caller coordinates and is checked as an active user before the write (issue 8)
    mutation: 'createProject',
    variables: (s) => ({
      input: { name: 'P2', coordinatorId: s.owner.userId, memberIds: [s.accountant.userId, s.head.userId], leadId: s.leadId, templateId: s.templateId, specifics: 'Оптовая торговля' },
    }),
    after: (data, s) => (s.newProject = { id: data.id, version: data.version }),
  },
  {
    mutation: 'updateProject',
    variables: (s) => ({
      id: s.newProject.id,
      version: s.newProject.version,
      input: {
        coordinatorId: s.coordinator.userId,
        memberIds: [s.accountant.userId, s.owner.userId],
        contacts: [{ name: 'Мария Иванова', position: 'Директор', phone: '+79160000000', decides: 'Договор' }],
        infobase: { handedOver: true, configuration: '1С:Бухгалтерия 3.0', mode: 'CLOUD' },
        checklist: [{ text: 'Получена доверенность', done: true }],
      },
    }),
  },
  {
    mutation: 'createTask',
    variables: (s) => ({ input: { projectId: s.projectId, title: 'Сверить остатки', assigneeId: s.accountant.userId, department: 'TAX', dueDate: '2026-03-02', checklist: [{ text: 'Банк', done: false }] } }),
    after: (data, s) => (s.newTask = data.id),
  },
  { mutation: 'updateTask', variables: async (s) => ({ id: s.newTask, version: await taskVersion(s, s.newTask), input: { title: 'Сверить остатки на 1 января', priority: 'HIGH' } }) },
  { mutation: 'assignTask', variables: async (s) => ({ id: s.newTask, version: await taskVersion(s, s.newTask), assigneeId: s.head.userId }) },
  { mutation: 'changeTaskStatus', variables: async (s) => ({ id: s.newTask, version: await taskVersion(s, s.newTask), status: 'IN_PROGRESS' }) },
  { mutation: 'moveTask', variables: async (s) => ({ id: s.newTask, version: await taskVersion(s, s.newTask), status: 'TODO', index: 0 }) },
  {
    // the author mentions themselves and two others
    mutation: 'commentTask',
    variables: (s) => ({ id: s.taskIds[0], body: '@Анна @Бухгалтер проверьте, пожалуйста', mentionIds: [s.owner.userId, s.accountant.userId, s.head.userId] }),
  },
  { mutation: 'deleteTask', variables: async (s) => ({ id: s.newTask, version: await taskVersion(s, s.newTask) }) },
  {
    mutation: 'createClient',
    variables: () => ({ input: CLIENT_INPUT }),
    after: (data, s) => (s.client = { id: data.id, version: data.version }),
  },
  { mutation: 'updateClient', variables: (s) => ({ id: s.client.id, version: s.client.version, input: { ...CLIENT_INPUT, shortName: 'ИП Сидоров С. С.' } }), after: (data, s) => (s.client.version = data.version) },
  { mutation: 'assignClientArea', variables: (s) => ({ clientId: s.client.id, area: 'TAXES', accountantId: s.accountant.userId, fromDate: '2026-01-01' }), token: (s) => s.head.token },
  { mutation: 'acceptClient', variables: (s) => ({ id: s.client.id, version: s.client.version, activeFrom: '2026-01-01' }), after: (data, s) => (s.client.version = data.version) },
  {
    mutation: 'changeObligationStatus',
    variables: async (s) => {
      const first = (await ok(app, graphql(`query MutationAnswersClientObligation($id: ID!) { client(id: $id) { obligations(first: 1) { edges { node { id version } } } } }`), { id: s.client.id }, s.owner.token)).client.obligations.edges[0]!.node;
      return { id: first.id, version: first.version, status: 'DONE', note: 'Квитанция № 1' };
    },
    token: (s) => s.accountant.token,
  },
  {
    mutation: 'applyClientScheduleDiff',
    variables: async (s) => ({ clientId: s.client.id, digest: (await ok(app, graphql(`query MutationAnswersScheduleDigest($id: ID!) { clientScheduleDiff(clientId: $id) { digest } }`), { id: s.client.id }, s.owner.token)).clientScheduleDiff.digest }),
  },
  // test fixture: the 2027 production calendar in the publishers' calendar.xml format
  { mutation: 'loadProductionCalendar', variables: () => ({ year: 2027, content: readFileSync(new URL('../src/modules/schedule/engine/testdata/calendar-2027.xml', import.meta.url), 'utf8'), fileName: 'calendar.xml' }) },
  {
    mutation: 'applyClientScheduleDiffs',
    variables: async (s) => ({ diffs: [{ clientId: s.client.id, digest: (await ok(app, graphql(`query MutationAnswersCalendarDigest($id: ID!) { clientScheduleDiff(clientId: $id) { digest } }`), { id: s.client.id }, s.owner.token)).clientScheduleDiff.digest }] }),
  },
  { mutation: 'changeClientStatus', variables: (s) => ({ id: s.client.id, version: s.client.version, status: 'SUSPENDED', since: '2026-06-01' }) },
  {
    mutation: 'createClientFromLead',
    variables: async (s) => ({ leadId: s.leadId, leadVersion: (await ok(app, graphql(`query MutationAnswersLeadVersion($id: ID!) { lead(id: $id) { version } }`), { id: s.leadId }, s.owner.token)).lead.version }),
  },
  {
    mutation: 'updateContractSettings',
    variables: async (s) => ({
      version: (await ok(app, graphql(`query MutationAnswersContractSettings { contractSettings { version } }`), {}, s.owner.token)).contractSettings.version,
      input: { city: 'Москва', contractNumberPattern: 'Д-{YYYY}-{NNN}', poaWarningDays: 20, vatClause: 'НДС не облагается (УСН)' },
    }),
  },
  {
    mutation: 'createContract',
    variables: async (s) => ({ input: { leadId: s.leadId, pricingRunId: await pricingRun(s), startDate: '2027-01-01', serviceAreas: ['TAXES', 'PAYROLL'], managerId: s.coordinator.userId, paymentTerms: 'до 5 числа', client: { kpp: '773601001', signerName: 'Петров Иван Сергеевич' } } }),
    after: (data, s) => (s.contract = { id: data.id, version: data.version }),
  },
  { mutation: 'updateContract', variables: (s) => ({ id: s.contract.id, version: s.contract.version, input: { paymentTerms: 'до 10 числа', serviceAreas: ['TAXES'] } }), after: (data, s) => (s.contract.version = data.version) },
  { mutation: 'sendContract', variables: (s) => ({ id: s.contract.id, version: s.contract.version }), after: (data, s) => (s.contract.version = data.version) },
  {
    // the client signed first; the firm's signature makes it SIGNED_BOTH
    mutation: 'signContract',
    variables: async (s) => {
      const signed = (await ok(app, graphql(`mutation MutationAnswersSignContract($id: ID!, $version: Int!, $input: SignatureInput!) { signContract(id: $id, version: $version, input: $input) { version } }`), { id: s.contract.id, version: s.contract.version, input: { party: 'CLIENT', signer: 'Петров И. С.', channel: 'PAPER' } }, s.owner.token)).signContract;
      return { id: s.contract.id, version: signed.version, input: { party: 'FIRM', signer: 'Соколова А. В.' } };
    },
    after: (data, s) => (s.contract.version = data.version),
  },
  { mutation: 'recordContractOriginal', variables: (s) => ({ id: s.contract.id, version: s.contract.version }), after: (data, s) => (s.contract.version = data.version) },
  {
    mutation: 'createContractAmendment',
    variables: async (s) => ({ input: { contractId: s.contract.id, pricingRunId: await pricingRun(s), effectiveFrom: '2027-03-01' } }),
    after: (data, s) => (s.amendment = { id: data.id, version: data.version }),
  },
  { mutation: 'sendContractAmendment', variables: (s) => ({ id: s.amendment.id, version: s.amendment.version }), after: (data, s) => (s.amendment.version = data.version) },
  {
    // signed by both, its price joins the price history
    mutation: 'signContractAmendment',
    variables: async (s) => {
      const signed = (await ok(app, graphql(`mutation MutationAnswersSignAmendment($id: ID!, $version: Int!, $input: SignatureInput!) { signContractAmendment(id: $id, version: $version, input: $input) { version } }`), { id: s.amendment.id, version: s.amendment.version, input: { party: 'CLIENT', signer: 'Петров И. С.' } }, s.owner.token)).signContractAmendment;
      return { id: s.amendment.id, version: signed.version, input: { party: 'FIRM', signer: 'Соколова А. В.' } };
    },
  },
  {
    mutation: 'createPowerOfAttorney',
    variables: (s) => ({ input: { contractId: s.contract.id, kind: 'TAX', representativeKind: 'EMPLOYEE', representativeId: s.accountant.userId } }),
    after: (data, s) => (s.poa = { id: data.id, version: data.version }),
  },
  { mutation: 'updatePowerOfAttorney', variables: (s) => ({ id: s.poa.id, version: s.poa.version, input: { validUntil: '2027-12-31', machineReadable: true } }), after: (data, s) => (s.poa.version = data.version) },
  {
    mutation: 'uploadPowerOfAttorneyXml',
    variables: (s) => ({ id: s.poa.id, version: s.poa.version, fileName: 'mchd.xml', contentBase64: readFileSync(new URL('../src/modules/contracts/testdata/mchd/ON_EMCHD_20260310_7f3c2a10-5b1e-4c8e-9d2a-0e6b1f4a9c21.xml', import.meta.url)).toString('base64') }),
    after: (data, s) => (s.poa.version = data.version),
  },
  { mutation: 'issuePowerOfAttorney', variables: (s) => ({ id: s.poa.id, version: s.poa.version }), after: (data, s) => (s.poa.version = data.version) },
  { mutation: 'reissuePowerOfAttorney', variables: (s) => ({ id: s.poa.id, input: { validUntil: '2028-12-31' } }) },
  { mutation: 'revokePowerOfAttorney', variables: (s) => ({ id: s.poa.id, version: s.poa.version, reason: 'Сотрудник уволен' }) },
  { mutation: 'generateDocument', variables: (s) => ({ ownerType: 'CONTRACT', ownerId: s.contract.id }) },
  {
    // a template with a placeholder the data lacks waits for the owner's confirmation
    mutation: 'activateDocumentTemplate',
    variables: async (s) => {
      const body = buildDocx([{ text: 'Доверенность {{poa.number}} {{poa.seal}}' }]);
      const response = await fetch(`${app.url}/document-templates/POA_TAX?name=poa.docx`, { method: 'POST', headers: { authorization: `Bearer ${s.owner.token}` }, body });
      expect(response.status).toBe(201);
      return { kind: 'POA_TAX' };
    },
  },
  { mutation: 'resetDocumentTemplate', variables: () => ({ kind: 'POA_TAX' }) },
  { mutation: 'terminateContract', variables: (s) => ({ id: s.contract.id, version: s.contract.version, on: '2027-06-30', reason: 'Клиент закрывает бизнес' }) },
  {
    mutation: 'logTimelineEntry',
    variables: (s) => ({
      input: { leadId: s.leadId, kind: 'CALL', direction: 'OUTGOING', contactName: 'Петров Иван', summary: 'Клиент пришлёт выписки', result: 'Договорились', followUp: { title: 'Напомнить о выписках', dueDate: '2026-12-30', dueTime: '10:00' } },
    }),
    after: (data, s) => (s.entryId = data.id),
  },
  {
    // given to another person, who is notified
    mutation: 'createFollowUp',
    variables: (s) => ({ input: { entryId: s.entryId, title: 'Перезвонить насчёт выписок', ownerId: s.accountant.userId, dueDate: '2026-12-30', dueTime: '12:00' } }),
    after: (data, s) => (s.followUpId = data.id),
  },
  { mutation: 'closeFollowUp', variables: (s) => ({ id: s.followUpId, result: 'Выписки получены' }) },
  ...mailMutationCases(() => app),
  {
    // on the client's timeline, owed by the accountant (who is notified)
    mutation: 'createDocumentRequest',
    variables: (s) => ({
      input: { clientId: s.client.id, dueDate: '2026-12-30', responsibleId: s.accountant.userId, items: [{ kind: 'BANK_STATEMENTS', periodFrom: '2026-11-01', periodTo: '2026-11-30', note: 'все счета' }, { kind: 'STAFF_CHANGES' }] },
    }),
    after: (data, s) => (s.documentRequest = { id: data.id, version: data.version, itemIds: data.items.map((i: { id: string }) => i.id) }),
  },
  {
    mutation: 'updateDocumentRequest',
    variables: (s) => ({
      id: s.documentRequest.id,
      version: s.documentRequest.version,
      input: { dueDate: '2027-01-15', responsibleId: s.accountant.userId, items: [{ id: s.documentRequest.itemIds[0], kind: 'BANK_STATEMENTS', periodFrom: '2026-11-01', periodTo: '2026-12-31' }, { kind: 'OTHER', description: 'Договор аренды' }] },
    }),
  },
  {
    mutation: 'markDocumentRequestItem',
    variables: (s) => ({ requestId: s.documentRequest.id, itemId: s.documentRequest.itemIds[0], status: 'RECEIVED', note: 'Пришли по почте' }),
  },
  { mutation: 'setDocumentRequestTemplate', variables: () => ({ input: { subject: 'Документы для {{компания}}', body: 'Пришлите до {{срок}}:\n{{документы}}\n{{фирма}}' } }) },
  {
    mutation: 'markNotificationsRead',
    variables: async (s) => {
      // the accountant was mentioned and given a follow-up
      const ids = (await ok(app, graphql(`query MutationAnswersNotifications { notifications(first: 1, unreadOnly: true) { edges { node { id } } } }`), {}, s.accountant.token)).notifications.edges.map((e) => e.node.id);
      expect(ids).toHaveLength(1);
      return { ids };
    },
    token: (s) => s.accountant.token,
  },
  { mutation: 'markAllNotificationsRead', variables: () => ({}), token: (s) => s.accountant.token },
  { mutation: 'rotateCalendarFeed', variables: () => ({}), token: (s) => s.accountant.token },
  { mutation: 'revokeCalendarFeed', variables: () => ({}), token: (s) => s.accountant.token },
  { mutation: 'setObligationReminderDays', variables: () => ({ days: 5 }), token: (s) => s.accountant.token },
  { mutation: 'setNotificationPreferences', variables: () => ({ changes: [{ kind: 'POA_EXPIRING', enabled: false }, { kind: 'FOLLOW_UP_DUE', enabled: true }] }), token: (s) => s.accountant.token },
  { mutation: 'updateFirmSettings', variables: () => ({ input: { timeZone: 'Asia/Vladivostok' } }) },
  // last: it ends the owner's other sessions (the calling one stays)
  {
    mutation: 'changePassword',
    variables: (s) => ({ currentPassword: s.owner.password, newPassword: 'новый надёжный пароль 2026' }),
    after: (_data, s) => (s.owner.password = 'новый надёжный пароль 2026'),
  },
];

let app: App;
let schema: GraphQLSchema;
const state = {} as State;

beforeAll(async () => {
  // the whole answer is far deeper and costlier than a client would ask; these limits are not under test
  app = await startTestApp(undefined, { limits: { maxDepth: 50, maxAliases: 15, maxCost: 10_000_000, maxTokens: 1_000_000 } });
  schema = await buildSchema();
  const owner = await signUpFirm(app);
  state.owner = owner;
  state.coordinator = await addMember(app, owner.token, 'COORDINATOR');
  state.head = await addMember(app, owner.token, 'HEAD', 'TAX');
  state.accountant = await addMember(app, owner.token, 'ACCOUNTANT', 'TAX');
  const setup = await ok(app, graphql(`query MutationAnswersProjectTemplates { projectTemplates { id } tariffPlans { id } }`), {}, owner.token);
  state.templateId = setup.projectTemplates[0]!.id;
  state.planId = setup.tariffPlans[0]!.id;
  state.leadId = (await ok(app, graphql(`mutation MutationAnswersCreateLead($input: LeadInput!) { createLead(input: $input) { id } }`), { input: leadInput('ООО «Торговый дом»') }, owner.token)).createLead.id;
  await ok(app, graphql(`mutation MutationAnswersCreatePricingRun($leadId: ID!, $input: PricingInput!) { createPricingRun(leadId: $leadId, input: $input) { id } }`), { leadId: state.leadId, input: WORKED_EXAMPLE }, owner.token);
  const project = await ok(
    app,
    graphql(`mutation MutationAnswersCreateProject($input: CreateProjectInput!) { createProject(input: $input) { id tasks { id } } }`),
    { input: { name: 'Приём ООО «Торговый дом»', leadId: state.leadId, templateId: state.templateId, coordinatorId: state.coordinator.userId, memberIds: [state.accountant.userId] } },
    owner.token,
  );
  state.projectId = project.createProject.id;
  state.taskIds = project.createProject.tasks.map((t) => t.id);
  await ok(app, graphql(`mutation MutationAnswersCommentTask($id: ID!, $mentionIds: [ID!]) { commentTask(id: $id, body: "Начинаем", mentionIds: $mentionIds) { id } }`), { id: state.taskIds[0], mentionIds: [state.accountant.userId] }, owner.token);
});

describe('relations are loaded whole even when the request holds a partial copy', () => {
  it('loadRef and loadRefs complete users loaded with only their id, in one statement', async () => {
    const em = firmEntityManager(app.orm, state.owner.firmId);
    const ids = [state.coordinator.userId, state.head.userId];
    await em.find(User, { id: { $in: ids } }, { fields: ['id'] });
    // a full find does not fill in what MikroORM leaves out of snapshots: the version
    expect((await em.find(User, { id: { $in: ids } })).map((u) => u.version)).toEqual([undefined, undefined]);
    const statements: string[] = [];
    const logger = em.config.getLogger() as unknown as { logQuery(context: { query: string }): void };
    const logQuery = logger.logQuery.bind(logger);
    logger.logQuery = (context) => {
      statements.push(context.query);
      logQuery(context);
    };
    try {
      const [one, many] = await Promise.all([loadRef(em, User, { id: state.coordinator.userId }), loadRefs(em, User, ids)]);
      expect(one).toMatchObject({ email: state.coordinator.email, version: expect.any(Number) });
      expect(many.map((u) => [u.email, typeof u.version])).toEqual([[state.coordinator.email, 'number'], [state.head.email, 'number']]);
    } finally {
      logger.logQuery = logQuery;
    }
    expect(statements.filter((q) => /from "app_user"/.test(q))).toHaveLength(1);
  });
});

describe('every mutation answers its whole selectable answer without errors after its write', () => {
  it('has a case for every mutation of the schema', () => {
    const mutations = Object.keys(schema.getMutationType()!.getFields()).sort();
    expect(CASES.map((c) => c.mutation).sort()).toEqual(mutations);
  });

  it('selects far enough to reach the relations of relations', () => {
    const project = selectAll(schema.getType('Project')!)!;
    expect(project).toContain('coordinator { ');
    expect(project).toMatch(/tasks \{ .*assignee \{ .*version/);
  });

  // sequential: later cases use what earlier ones made
  it.each(CASES.map((c) => [c.mutation, c] as const))('%s', async (name, c) => {
    const variables = await c.variables(state);
    const token = c.token ? await c.token(state) : state.owner.token;
    const result = await gql(app, mutationDocument(schema, name, variables), variables, token);
    expect((result.errors ?? []).map((e) => `${e.path?.join('.')}: ${e.message}`)).toEqual([]);
    expect(result.data?.[name]).toBeDefined();
    c.after?.(result.data![name], state);
  });
});
