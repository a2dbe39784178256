import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { errorCode, gql, ok, signUpFirm, startTestApp, type SignedUpFirm } from '../../../test/harness.js';
import { graphql } from '../../../test/gql/index.js';

const CREATE = graphql(`mutation LeadPagingCreateLead($input: LeadInput!) { createLead(input: $input) { id version } }`);
const MOVE = graphql(`mutation LeadPagingMoveLeadStage($id: ID!, $version: Int!, $stage: LeadStage!) { moveLeadStage(id: $id, version: $version, stage: $stage) { id } }`);
const LEADS = graphql(`query LeadPagingLeads($filter: LeadFilter, $orderBy: LeadOrder, $after: String) { leads(filter: $filter, orderBy: $orderBy, first: 10, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`);
const CREATE_PROJECT = graphql(`mutation LeadPagingCreateProject($input: CreateProjectInput!) { createProject(input: $input) { id } }`);
const PROJECTS = graphql(`query LeadPagingProjects($search: String, $after: String) { projects(filter: { search: $search }, first: 10, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`);

let app: App;
let owner: SignedUpFirm;

beforeAll(async () => {
  app = await startTestApp();
  owner = await signUpFirm(app);
});

async function newLead(companyName: string, lastName: string) {
  return (await ok(app, CREATE, { input: { lastName, firstName: 'Пётр', legalForm: 'ORGANIZATION', companyName } }, owner.token)).createLead as { id: string; version: number };
}

type Page = { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

/**
 * Pages 10 at a time; after each page `between` inserts rows (ahead of and behind the cursor).
 * Returns every id seen, in order.
 */
async function pageThrough(read: (after: string | null) => Promise<Page>, between: (page: number) => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  let after: string | null = null;
  for (let n = 0; n < 20; n++) {
    const page = await read(after);
    seen.push(...page.edges.map((e) => e.node.id));
    if (!page.pageInfo.hasNextPage) return seen;
    after = page.pageInfo.endCursor;
    await between(n);
  }
  throw new Error('the list did not end');
}

describe('leads page by keyset', () => {
  const tag = `Ключ${Date.now()}`;
  const initial: string[] = [];

  beforeAll(async () => {
    // equal names and stages on purpose: ties must page by id without repeats
    for (let i = 0; i < 25; i++) {
      const lead = await newLead(`ООО ${tag} ${'МНО'[i % 3]}`, `Фамилия${i % 4}`);
      if (i % 5 === 0) await ok(app, MOVE, { id: lead.id, version: lead.version, stage: 'CONTACTED' }, owner.token);
      initial.push(lead.id);
    }
  });

  for (const field of ['CREATED_AT', 'UPDATED_AT', 'COMPANY_NAME', 'LAST_NAME', 'STAGE'] as const) {
    for (const direction of ['ASC', 'DESC'] as const) {
      it(`by ${field} ${direction}: rows inserted meanwhile cause no duplicates and no skips`, async () => {
        const read = async (after: string | null) => (await ok(app, LEADS, { filter: { search: tag }, orderBy: { field, direction }, after }, owner.token)).leads as Page;
        const seen = await pageThrough(read, async (n) => {
          // one sorts before every existing row, one after (by name, surname and time)
          await newLead(`ААА ${tag} ${field}${direction}${n}`, 'Аааев');
          await newLead(`ЯЯЯ ${tag} ${field}${direction}${n}`, 'Яяяев');
        });
        expect(new Set(seen).size).toBe(seen.length);
        expect(initial.filter((id) => !seen.includes(id))).toEqual([]);
      });
    }
  }

  it('a malformed cursor or one of another order is BAD_USER_INPUT on `after`', async () => {
    const first = (await ok(app, LEADS, { filter: { search: tag }, orderBy: { field: 'COMPANY_NAME', direction: 'ASC' } }, owner.token)).leads as Page;
    for (const [after, orderBy] of [
      ['not a cursor', null],
      [Buffer.from('["lead:CREATED_AT:desc","yesterday","x"]').toString('base64url'), null],
      [Buffer.from('lead:10').toString('base64url'), null],
      [first.pageInfo.endCursor, { field: 'LAST_NAME', direction: 'ASC' }],
    ] as const) {
      const result = await gql(app, LEADS, { filter: { search: tag }, orderBy, after }, owner.token);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('after');
    }
  });
});

describe('projects page by keyset', () => {
  it('projects created while a client pages cause no duplicates and no skips', async () => {
    const tag = `Проекты${Date.now()}`;
    const initial: string[] = [];
    for (let i = 0; i < 23; i++) initial.push((await ok(app, CREATE_PROJECT, { input: { name: `${tag} ${i}` } }, owner.token)).createProject.id);
    const read = async (after: string | null) => (await ok(app, PROJECTS, { search: tag, after }, owner.token)).projects as Page;
    const seen = await pageThrough(read, async (n) => {
      await ok(app, CREATE_PROJECT, { input: { name: `${tag} новый ${n}` } }, owner.token);
    });
    expect(new Set(seen).size).toBe(seen.length);
    expect(initial.filter((id) => !seen.includes(id))).toEqual([]);
    const malformed = await gql(app, PROJECTS, { search: tag, after: 'bm90IGEgY3Vyc29y' }, owner.token);
    expect(errorCode(malformed)).toBe('BAD_USER_INPUT');
  });
});
