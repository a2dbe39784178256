import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { getNamedType, getNullableType, isListType, isObjectType, TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app.js';
import { buildSchema } from '../src/composition/schema.js';
import { startTestApp } from './harness.js';
import { buildListWorld, type ListWorld } from './list-world.js';
import { addClients, clientsOf } from './clients-world.js';
import { addCorrespondence } from './correspondence-world.js';
import { addContracts, contractsOf } from './contracts-world.js';
import { statementsOf } from './statements.js';
import { addMail, mailOf } from './mail-world.js';
import { graphql } from './gql/index.js';
import './test-events.js';

/*
 * Every list of the schema loads in a constant number of SQL statements, whatever its number of
 * rows: each case runs one request in a world of 10 rows and in one of 200 (rows of the list and
 * of the nested collections on each row, see list-world.ts) and fails if the count grows.
 *
 * The cases must cover every list field: every Query field that answers a list or a connection,
 * and every list, connection or `…Count` field of every type a query can reach. A new list with
 * no case fails `every list field of the schema has a case`: add its request to CASES (or select
 * the new field in an existing case's document). How lists are read: README, "How lists are read".
 */

interface ListCase {
  document: TypedDocumentNode<any, any>;
  variables: (world: ListWorld) => Record<string, unknown>;
  /** The rows the list answered; they must grow with the world (unless the list is fixed in size). */
  rows?: (data: any) => number;
  /** Who asks (the owner by default: every field answers). */
  as?: 'ACCOUNTANT';
}

graphql(`
  fragment ListStatementsTask on Task {
    id title status dueDate overdue checklist { id done } dependsOnIds dependencies { id }
    project { id } assignee { id name } createdBy { id }
    commentCount comments { id body author { id name } mentions { id name } }
    history { id actor { user { id } } fieldChanges { field fromLabel toLabel } subject { title } }
    viewerCanEdit viewerCanChangeStatus viewerCanComment
  }
`);

const edges = (connection: { edges: unknown[] }) => connection.edges.length;

/** One request per list operation, keyed by the Query field it measures (variants after a space). */
const CASES: Record<string, ListCase> = {
  'Query.contracts': {
    document: graphql(`
      query ListStatementsContracts($first: Int!) {
        contracts(first: $first) {
          totalCount
          edges { node { id number status price currentPrice serviceAreas client { fullName } lead { id companyName } customer { id shortName } partyName manager { id name } pricingRun { id } viewerCanEdit viewerCanSign
            amendments { id status price contract { id } pricingRun { id } } priceHistory { from price amendment { id } } } }
        }
      }
    `),
    variables: (w) => ({ first: w.size }),
    rows: (d) => edges(d.contracts),
  },
  'Query.contract': {
    document: graphql(`
      query ListStatementsContract($id: ID!) {
        contract(id: $id) {
          id amendments { id documents { id docxUrl } } priceHistory { from amendment { id } }
          documents { id title source status docxUrl pdfUrl scanUrl scanType scanSize }
          powersOfAttorney { id status principal { name inn client { id } lead { id } } contract { id } representative { id name } replaces { id } documents { id } }
        }
      }
    `),
    variables: (w) => ({ id: contractsOf(w).contractIds[0] }),
    rows: (d) => d.contract.powersOfAttorney.length,
  },
  'Query.powersOfAttorney': {
    document: graphql(`
      query ListStatementsPowersOfAttorney($first: Int!) {
        powersOfAttorney(first: $first) {
          totalCount
          edges { node { id number status kind validUntil daysLeft expiringSoon expiredOn principal { name inn client { id shortName } lead { id companyName } } contract { id number } representative { id name } replaces { id number } reissuedAs { id number } xmlFile { fileName number } xmlMismatches { field inRecord inFile } documents { id } viewerCanEdit } }
        }
      }
    `),
    variables: (w) => ({ first: w.size }),
    rows: (d) => edges(d.powersOfAttorney),
  },
  // the world's representatives are all active: this measures the read, not the rows
  'Query.powersOfAttorneyToReissue': {
    document: graphql(`query ListStatementsPowersOfAttorneyToReissue { powersOfAttorneyToReissue { id number daysLeft principal { name inn client { id shortName } lead { id companyName } } representative { id name } reissuedAs { id status } } }`),
    variables: () => ({}),
  },
  // every declared kind, from code, and the caller's choices in one read
  'Query.notificationPreferences': {
    document: graphql(`query ListStatementsNotificationPreferences { notificationPreferences { kind area enabled } }`),
    variables: () => ({}),
  },
  'Query.clients': {
    document: graphql(`
      query ListStatementsClients($first: Int!) {
        clients(first: $first) {
          totalCount
          edges { node { id shortName serviceAreas patents { startDate } contacts { name } lead { id companyName client { id } } viewerCanEdit
            areas { area served since accountant { id name } viewerCanAssign }
            assignments { area fromDate toDate accountant { id name } assignedBy { id } } } }
        }
      }
    `),
    variables: (w) => ({ first: w.size }),
    rows: (d) => edges(d.clients),
  },
  'Query.clients contracts': {
    document: graphql(`
      query ListStatementsClientsContracts($first: Int!) {
        clients(first: $first) { edges { node { id contracts { id number status partyName currentPrice lead { id } customer { id } manager { id name } } } } }
      }
    `),
    variables: (w) => ({ first: w.size }),
    // every other contract of the world is with a client
    rows: (d) => 2 * d.clients.edges.reduce((sum: number, e: { node: { contracts: unknown[] } }) => sum + e.node.contracts.length, 0),
  },
  'Query.documentTemplates': {
    document: graphql(`
      query ListStatementsDocumentTemplates {
        documentTemplates { kind fileUrl uploaded { id fileName active placeholders unknownPlaceholders } placeholders { name list within example } }
      }
    `),
    variables: () => ({}),
  },
  'Query.client': {
    document: graphql(`
      query ListStatementsClient($id: ID!, $first: Int!) {
        client(id: $id) {
          id assignments { id accountant { id } }
          obligations(first: $first) { totalCount edges { node { id key dueDate overdue status owner { id name } client { id shortName } viewerCanChangeStatus } } }
        }
      }
    `),
    variables: (w) => ({ id: clientsOf(w).clientIds[0], first: w.size }),
    rows: (d) => d.client.obligations.edges.length,
  },
  'Query.myObligations': {
    document: graphql(`
      query ListStatementsMyObligations($first: Int!) {
        myObligations(first: $first) { totalCount edges { node { id title dueDate overdue owner { id } client { id shortName areas { area accountant { id } } } viewerCanChangeStatus } } }
      }
    `),
    variables: (w) => ({ first: w.size }),
    rows: (d) => edges(d.myObligations),
    as: 'ACCOUNTANT',
  },
  'Query.clientScheduleDiff': {
    document: graphql(`
      query ListStatementsClientScheduleDiff($id: ID!) {
        clientScheduleDiff(clientId: $id) { digest client { id } added { key } removed { key status } redated { key } keptDone { key } }
      }
    `),
    variables: (w) => ({ id: clientsOf(w).clientIds[0] }),
    rows: (d) => d.clientScheduleDiff.removed.length + d.clientScheduleDiff.keptDone.length,
  },
  'Query.pendingScheduleDiffs': {
    document: graphql(`
      query ListStatementsPendingScheduleDiffs {
        pendingScheduleDiffs { digest empty confirmed client { id shortName } added { key dueDate } removed { key status } redated { key previousDueDate } keptDone { key } }
      }
    `),
    variables: () => ({}),
    rows: (d) => d.pendingScheduleDiffs.length,
  },
  'Query.myObligationCalendar': {
    document: graphql(`
      query ListStatementsMyObligationCalendar($from: Date!, $to: Date!) {
        myObligationCalendar(from: $from, to: $to) { id title dueDate overdue provisional status client { id shortName } owner { id } viewerCanChangeStatus }
      }
    `),
    variables: () => ({ from: '2026-01-01', to: '2026-02-28' }),
    as: 'ACCOUNTANT',
  },
  // the years schedules are made for (fixed in number) and a file read, not stored
  'Query.productionCalendars': {
    document: graphql(`query ListStatementsProductionCalendars { productionCalendars { year state workingDays calendar { id daysOff workingWeekends shortened loadedBy { id } } } }`),
    variables: () => ({}),
  },
  'Query.productionCalendarPreview': {
    document: graphql(`
      query ListStatementsProductionCalendarPreview($content: String!) {
        productionCalendarPreview(year: 2027, content: $content) { workingDays daysOff workingWeekends shortened changes { date working } }
      }
    `),
    // the 2027 decree as a plain list (test data)
    variables: () => ({
      content: ['01-01', '01-04', '01-05', '01-06', '01-07', '01-08', '02-22', '02-23', '03-08', '05-03', '05-10', '06-14', '11-04', '11-05', '12-31'].map((d) => `2027-${d}`).join('\n') + '\n2027-02-20 рабочий',
    }),
  },
  'Query.projects': {
    document: graphql(`
      query ListStatementsProjects($first: Int!) {
        projects(first: $first) {
          totalCount
          edges { node { id name checklist { id } contacts { name } lead { id companyName } coordinator { id name } members { id name } viewerCanEdit tasks { ...ListStatementsTask } } }
        }
      }
    `),
    variables: (w) => ({ first: w.size }),
    rows: (d) => edges(d.projects),
  },
  'Query.projects as ACCOUNTANT': {
    document: graphql(`
      query ListStatementsProjectsOfAccountant($first: Int!) {
        projects(first: $first) { totalCount edges { node { id members { id } viewerCanEdit tasks { id assignee { id } commentCount viewerCanEdit viewerCanChangeStatus viewerCanComment } } } }
      }
    `),
    variables: (w) => ({ first: w.size }),
    rows: (d) => edges(d.projects),
    as: 'ACCOUNTANT',
  },
  'Query.project': {
    document: graphql(`query ListStatementsBoard($id: ID!) { project(id: $id) { id tasks { ...ListStatementsTask } } }`),
    variables: (w) => ({ id: w.projectIds[0] }),
    rows: (d) => d.project.tasks.length,
  },
  'Query.myTasks': {
    document: graphql(`query ListStatementsMyTasks { myTasks { ...ListStatementsTask } }`),
    variables: () => ({}),
    rows: (d) => d.myTasks.length,
  },
  'Query.leads': {
    document: graphql(`
      query ListStatementsLeads($first: Int!) {
        leads(first: $first) {
          totalCount
          edges { node {
            id companyName owner { id name } source { id name } lostReason { id name } region { code }
            duplicates { matchedOn lead { id companyName } }
            history { id actor { user { id } } fieldChanges { field from to } }
            pricingRuns { id price cost values { key } createdBy { id } tariffVersion { id plan { id } } quote { lines { key } multipliers { key } remuneration { area } } }
          } }
        }
      }
    `),
    variables: (w) => ({ first: w.size }),
    rows: (d) => edges(d.leads),
  },
  'Query.leadDuplicates': {
    document: graphql(`query ListStatementsLeadDuplicates($inn: String!) { leadDuplicates(inn: $inn) { matchedOn lead { id owner { id } source { id } } } }`),
    variables: (w) => ({ inn: w.sharedInn }),
  },
  'Query.pricingRuns': {
    document: graphql(`query ListStatementsPricingRuns($leadId: ID!) { pricingRuns(leadId: $leadId) { id price margin values { key } createdBy { id } lead { id } tariffVersion { id } quote { lines { key } } } }`),
    variables: (w) => ({ leadId: w.runsLeadId }),
    rows: (d) => d.pricingRuns.length,
  },
  'Query.comparePricingRuns': {
    document: graphql(`query ListStatementsCompareRuns($left: ID!, $right: ID!) { comparePricingRuns(leftId: $left, rightId: $right) { lines { key } left { id } right { id } } }`),
    variables: (w) => ({ left: w.runIds[0], right: w.runIds[1] }),
  },
  'Query.auditLog': {
    document: graphql(`query ListStatementsAuditLog($first: Int!) { auditLog(first: $first) { edges { node { id type actor { id user { id name } } subject { title } fieldChanges { field fromLabel toLabel } } } } }`),
    variables: (w) => ({ first: w.size }),
    rows: (d) => edges(d.auditLog),
  },
  'Query.tariffPlans': {
    document: graphql(`
      query ListStatementsTariffPlans {
        tariffPlans {
          id versions { id createdBy { id } }
          draft { id plan { id } }
          current { id createdBy { name } definition { basePrices { amount } multipliers { key factors { factor } } parameters { key options { key } priceByLegalForm { price } } remuneration { area } } }
        }
      }
    `),
    variables: () => ({}),
    rows: (d) => d.tariffPlans.length,
  },
  'Query.users': {
    document: graphql(`query ListStatementsUsers { users { id name firm { id name } } }`),
    variables: () => ({}),
    rows: (d) => d.users.length,
  },
  'Query.apiTokens': {
    document: graphql(`query ListStatementsApiTokens { apiTokens { id createdBy { id name } effectiveRole } }`),
    variables: () => ({}),
    rows: (d) => d.apiTokens.length,
  },
  'Query.leadSources': {
    document: graphql(`query ListStatementsLeadSources { leadSources { id name } }`),
    variables: () => ({}),
    rows: (d) => d.leadSources.length,
  },
  'Query.lostReasons': {
    document: graphql(`query ListStatementsLostReasons { lostReasons { id name } }`),
    variables: () => ({}),
    rows: (d) => d.lostReasons.length,
  },
  'Query.leadFields': {
    document: graphql(`query ListStatementsLeadFields { leadFields { id options } }`),
    variables: () => ({}),
    rows: (d) => d.leadFields.length,
  },
  'Query.projectTemplates': {
    document: graphql(`query ListStatementsProjectTemplates { projectTemplates { id tasks { key dependsOn } } }`),
    variables: () => ({}),
    rows: (d) => d.projectTemplates.length,
  },
  'Query.timeline': {
    document: graphql(`
      query ListStatementsTimeline($leadId: ID!, $first: Int!) {
        timeline(leadId: $leadId, first: $first) {
          edges { node {
            id kind
            entry { id author { id name } lead { id } followUp { id owner { id } } }
            followUp { id state viewerCanClose owner { id } createdBy { id } closedBy { id } lead { id } entry { id } }
            change { id actor { user { id } } subject { title } fieldChanges { field } }
          } }
        }
      }
    `),
    variables: (w) => ({ leadId: w.leadIds[0], first: w.size }),
    rows: (d) => edges(d.timeline),
  },
  'Query.timeline client': {
    document: graphql(`
      query ListStatementsClientTimeline($clientId: ID!, $first: Int!) {
        timeline(clientId: $clientId, first: $first) {
          edges { node {
            id kind
            entry { id author { id name } lead { id } client { id } }
            documentRequest { id status overdue viewerCanEdit responsible { id name } createdBy { id } client { id } lead { id } items { id status entry { id } resolvedBy { id } } }
            change { id subject { title } }
          } }
        }
      }
    `),
    variables: (w) => ({ clientId: clientsOf(w).clientIds[0], first: w.size }),
    rows: (d) => edges(d.timeline),
  },
  'Query.timeline email': {
    document: graphql(`
      query ListStatementsTimelineEmail($leadId: ID!, $first: Int!) {
        timeline(leadId: $leadId, first: $first, filter: { kinds: [EMAIL] }) {
          edges { node { id kind entry { id subject email { id subject references from { address } to { address } cc { address } html hasRemoteImages mailbox { id label } lead { id } client { id } sentBy { id } attachments { id filename size url } } } } }
        }
      }
    `),
    variables: (w) => ({ leadId: w.leadIds[0], first: w.size }),
    rows: (d) => edges(d.timeline),
  },
  'Query.mailTriage': {
    document: graphql(`query ListStatementsMailTriage($first: Int!) { mailTriage(first: $first) { totalCount edges { node { id subject from { name address } to { address } cc { address } references html(showImages: true) mailbox { id } attachments { id } lead { id } client { id } } } } }`),
    variables: (w) => ({ first: w.size }),
    rows: (d) => edges(d.mailTriage),
  },
  'Query.mailMessage': {
    document: graphql(`query ListStatementsMailMessage($id: ID!) { mailMessage(id: $id) { id references to { address } cc { address } attachments { id filename contentType size url } } }`),
    variables: (w) => ({ id: mailOf(w).emailIds[0] }),
  },
  'Query.mailboxes': {
    document: graphql(`query ListStatementsMailboxes { mailboxes { id label address smtpHost imapHost sentFolder lastFetchError } }`),
    variables: () => ({}),
  },
  'Query.mailTemplates': {
    document: graphql(`query ListStatementsMailTemplates { mailTemplates { code name subject placeholders } }`),
    variables: () => ({}),
  },
  'Query.mailDraft': {
    document: graphql(`query ListStatementsMailDraft($leadId: ID!) { mailDraft(template: DOCUMENT_REQUEST, leadId: $leadId) { subject to { name address } } }`),
    variables: (w) => ({ leadId: w.leadIds[0] }),
  },
  'Query.mailRecipients': {
    document: graphql(`query ListStatementsMailRecipients($leadId: ID!) { mailRecipients(leadId: $leadId) { name address } }`),
    variables: (w) => ({ leadId: w.leadIds[0] }),
  },
  'Query.myDocumentRequests': {
    document: graphql(`query ListStatementsMyDocumentRequests { myDocumentRequests { id status overdue viewerCanEdit responsible { id } client { id shortName } lead { id } items { id kind status entry { id } resolvedBy { id } } } }`),
    variables: () => ({}),
    rows: (d) => d.myDocumentRequests.length,
  },
  'Query.documentRequestTemplate': {
    document: graphql(`query ListStatementsDocumentRequestTemplate { documentRequestTemplate { subject custom placeholders } }`),
    variables: () => ({}),
  },
  'Query.myFollowUps': {
    document: graphql(`query ListStatementsMyFollowUps { myFollowUps { id state viewerCanClose owner { id } createdBy { id name } lead { id companyName } entry { id author { id } } } }`),
    variables: () => ({}),
    rows: (d) => d.myFollowUps.length,
  },
  'Query.searchCorrespondence': {
    document: graphql(`query ListStatementsSearch($first: Int!) { searchCorrespondence(text: "выписка", first: $first) { edges { node { fragments { text match } entry { id author { id } lead { id } client { id } } documentRequest { id client { id } items { id } } } } } }`),
    variables: (w) => ({ first: w.size }),
    rows: (d) => edges(d.searchCorrespondence),
  },
  'Query.notifications': {
    document: graphql(`query ListStatementsNotifications($first: Int!) { unreadNotificationCount notifications(first: $first) { edges { node { id kind data } } } }`),
    variables: (w) => ({ first: w.size }),
    rows: (d) => edges(d.notifications),
  },
  'Query.schedulePreview': {
    document: graphql(`query ListStatementsSchedulePreview($profile: TaxProfileInput!, $year: Int!) { schedulePreview(profile: $profile, year: $year) { key dueDate title } }`),
    variables: () => ({ profile: { legalForm: 'ORGANIZATION', taxRegime: 'USN_INCOME', hasEmployees: true, vatPayer: false }, year: 2026 }),
  },
  // fixed lists, from code: no statement at all
  'Query.regions': {
    document: graphql(`query ListStatementsRegions { regions { code name } }`),
    variables: () => ({}),
  },
  'Query.obligationControl': {
    document: graphql(`
      query ListStatementsObligationControl($first: Int!) {
        obligationControl(first: $first) {
          overdue dueThisWeek
          byAccountant { accountant { id name } overdue dueThisWeek tasksOverdue tasksDueThisWeek }
          byClient { client { id shortName } overdue dueThisWeek accountantCount }
          obligations { id title dueDate overdue owner { id name } client { id shortName } viewerCanChangeStatus }
          obligationsTotal
          tasks { id title dueDate overdue assignee { id name } project { id name } }
        }
      }
    `),
    variables: () => ({ first: 500 }),
    rows: (d) => d.obligationControl.obligations.length + d.obligationControl.tasks.length,
  },
  'Query.okvedCodes': {
    document: graphql(`query ListStatementsOkvedCodes { okvedCodes { code title } }`),
    variables: () => ({}),
  },
};

/** Every list, connection or `…Count` field of every object type a query can reach, as `Type.field`. */
function listFieldsOf(schema: GraphQLSchema): Set<string> {
  const found = new Set<string>();
  const seen = new Set<string>();
  const walk = (type: GraphQLObjectType) => {
    if (seen.has(type.name)) return;
    seen.add(type.name);
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      // a connection's edges are its rows: the connection field itself is the list
      const isEdges = type.name.endsWith('Connection') && field.name === 'edges';
      if (!isEdges && (isListType(getNullableType(field.type)) || named.name.endsWith('Connection') || field.name.endsWith('Count'))) found.add(`${type.name}.${field.name}`);
      if (isObjectType(named)) walk(named);
    }
  };
  walk(schema.getQueryType()!);
  return found;
}

/** Every `Type.field` a document selects. */
function selectedFields(schema: GraphQLSchema, document: DocumentNode): Set<string> {
  const selected = new Set<string>();
  const typeInfo = new TypeInfo(schema);
  visit(document, visitWithTypeInfo(typeInfo, {
    Field() {
      const parent = typeInfo.getParentType();
      const field = typeInfo.getFieldDef();
      if (parent && field) selected.add(`${parent.name}.${field.name}`);
    },
  }));
  return selected;
}

/** The statements run most often, for the message of a failure. */
function mostRun(statements: string[]): string {
  const counts = new Map<string, number>();
  for (const sql of statements) counts.set(sql.slice(0, 160), (counts.get(sql.slice(0, 160)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([sql, count]) => `${count} × ${sql}`).join('\n');
}

let app: App;
let schema: GraphQLSchema;
let few: ListWorld;
let many: ListWorld;

beforeAll(async () => {
  app = await startTestApp();
  schema = await buildSchema();
  few = await buildListWorld(app, 10);
  many = await buildListWorld(app, 200);
  await addClients(app, few);
  await addClients(app, many);
  await addCorrespondence(app, few);
  await addCorrespondence(app, many);
  await addMail(app, few);
  await addMail(app, many);
  await addContracts(app, few);
  await addContracts(app, many);
}, 120_000);

describe('every list loads in a constant number of statements', () => {
  it('every list field of the schema has a case', () => {
    const covered = new Set(Object.values(CASES).flatMap((c) => [...selectedFields(schema, c.document as DocumentNode)]));
    const missing = [...listFieldsOf(schema)].filter((field) => !covered.has(field)).sort();
    expect(missing, 'list fields no case of test/list-statements.test.ts selects: add a case (or select them in one)').toEqual([]);
    for (const [key, listCase] of Object.entries(CASES)) expect(selectedFields(schema, listCase.document as DocumentNode), key).toContain(key.split(' ')[0]);
  });

  it("a query reads the firm's people once, however many levels of its answer name them", async () => {
    // a board names its coordinator, its tasks' assignees and creators, its comments' authors and mentions
    const { data, statements } = await statementsOf(app, graphql(`query ListStatementsBoardPeople($id: ID!) { project(id: $id) { id coordinator { id name } tasks { ...ListStatementsTask } } }`), { id: many.projectIds[0]! }, many.owner.token);
    expect(data.project!.tasks.some((task) => task.comments.length > 0)).toBe(true);
    expect(statements.filter((sql) => /from "app_user"/.test(sql))).toHaveLength(1);
  });

  it.each(Object.keys(CASES))('%s: no more statements for 200 rows than for 10', async (key) => {
    const listCase = CASES[key]!;
    const run = (world: ListWorld) => statementsOf(app, listCase.document, listCase.variables(world), listCase.as ? world.accountant.token : world.owner.token);
    const small = await run(few);
    const large = await run(many);
    if (listCase.rows) {
      expect(listCase.rows(small.data)).toBeGreaterThanOrEqual(10);
      expect(listCase.rows(large.data)).toBeGreaterThanOrEqual(200);
    }
    // fewer is fine: rows that share a referenced row (a user, a source) may find it already read
    expect(large.statements.length, `${key}: ${small.statements.length} statements at 10 rows, ${large.statements.length} at 200:\n${mostRun(large.statements)}`).toBeLessThanOrEqual(small.statements.length);
  });
});
