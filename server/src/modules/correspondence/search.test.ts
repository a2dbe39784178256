import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.js';
import { addMember, errorCode, gql, ok, signUpFirm, startTestApp, type SignedUpFirm } from '../../../test/harness.js';
import { graphql } from '../../../test/gql/index.js';
import { highlightParts } from './search.service.js';
import { leadCard } from './timeline.test-data.js';

const SOURCES = graphql(`query SearchLeadSources { leadSources { id } }`);
const CREATE_LEAD = graphql(`mutation SearchCreateLead($input: LeadInput!) { createLead(input: $input) { id } }`);
const LOG = graphql(`mutation SearchLog($input: LogEntryInput!) { logTimelineEntry(input: $input) { id } }`);
const SEARCH = graphql(`
  query SearchCorrespondence($text: String!, $leadId: ID, $first: Int!, $after: String) {
    searchCorrespondence(text: $text, leadId: $leadId, first: $first, after: $after) {
      edges { cursor node { entry { id summary lead { companyName } } fragments { text match } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

let app: App;
let owner: SignedUpFirm;
let accountant: Awaited<ReturnType<typeof addMember>>;
let sourceId: string;

beforeAll(async () => {
  app = await startTestApp();
  owner = await signUpFirm(app);
  accountant = await addMember(app, owner.token, 'ACCOUNTANT', 'TAX');
  sourceId = (await ok(app, SOURCES, {}, owner.token)).leadSources[0]!.id;
});

async function leadWith(companyName: string, summaries: string[], token = owner.token) {
  const lead = (await ok(app, CREATE_LEAD, { input: leadCard(companyName, sourceId) }, token)).createLead;
  for (const summary of summaries) await ok(app, LOG, { input: { leadId: lead.id, kind: 'NOTE', summary } }, token);
  return lead;
}

const summaries = (hits: { node: { entry: { summary: string } | null } }[]) => hits.map((h) => h.node.entry?.summary);

describe('searching the firm’s correspondence in Russian', () => {
  it('finds every form of a word, highlights the matches, and pages newest first', async () => {
    const lead = await leadWith('ООО «Выписки»', [
      'Клиент обещал прислать выписки за ноябрь',
      'Выписка из ЕГРЮЛ получена',
      'Про банк ничего не сказали',
      'С выпиской за октябрь всё в порядке',
    ]);
    const found = (await ok(app, SEARCH, { text: 'выписка', first: 10 }, accountant.token)).searchCorrespondence;
    expect(summaries(found.edges)).toEqual(['С выпиской за октябрь всё в порядке', 'Выписка из ЕГРЮЛ получена', 'Клиент обещал прислать выписки за ноябрь']);
    expect(found.edges[2]!.node.fragments).toEqual([[
      { text: 'Клиент обещал прислать ', match: false },
      { text: 'выписки', match: true },
      { text: ' за ноябрь', match: false },
    ]]);
    expect(found.edges[0]!.node.entry!.lead!.companyName).toBe('ООО «Выписки»');

    const first = (await ok(app, SEARCH, { text: 'выписка', first: 2, leadId: lead.id }, owner.token)).searchCorrespondence;
    const rest = (await ok(app, SEARCH, { text: 'выписка', first: 2, leadId: lead.id, after: first.pageInfo.endCursor }, owner.token)).searchCorrespondence;
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    expect([...summaries(first.edges), ...summaries(rest.edges)]).toEqual(summaries(found.edges));
  });

  it('takes phrases and exclusions, and refuses an empty search', async () => {
    await leadWith('ООО «Фразы»', ['Договор подписан директором', 'Договор не подписан, ждём директора']);
    const phrase = (await ok(app, SEARCH, { text: '"договор подписан"', first: 10 }, owner.token)).searchCorrespondence;
    expect(summaries(phrase.edges)).toEqual(['Договор подписан директором']);
    const without = (await ok(app, SEARCH, { text: 'договор -ждём', first: 10 }, owner.token)).searchCorrespondence;
    expect(summaries(without.edges)).toEqual(['Договор подписан директором']);
    expect(errorCode(await gql(app, SEARCH, { text: '   ', first: 10 }, owner.token))).toBe('BAD_USER_INPUT');
  });

  it('never shows another firm’s correspondence', async () => {
    await leadWith('ООО «Тайна»', ['Уникальное слово зеркальце']);
    const other = await signUpFirm(app, 'ООО «Фирма Б»');
    expect((await ok(app, SEARCH, { text: 'зеркальце', first: 10 }, other.token)).searchCorrespondence.edges).toEqual([]);
    expect((await ok(app, SEARCH, { text: 'зеркальце', first: 10 }, owner.token)).searchCorrespondence.edges).toHaveLength(1);
  });
});

describe('highlighted fragments', () => {
  it.each([
    ['plain', [[{ text: 'plain', match: false }]]],
    ['\u0001a\u0002', [[{ text: 'a', match: true }]]],
    ['x \u0001a\u0002 y\u0003\u0001b\u0002', [[{ text: 'x ', match: false }, { text: 'a', match: true }, { text: ' y', match: false }], [{ text: 'b', match: true }]]],
    ['', []],
  ])('%j', (headline, parts) => {
    expect(highlightParts(headline)).toEqual(parts);
  });
});
