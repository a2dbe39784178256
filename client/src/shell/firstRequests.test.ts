import { type ApolloClient, type DocumentNode } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { preloadLeadsPage } from '../features/leads';
import { CurrentUserQueryDocument, LeadOptionsQueryDocument, LeadsPageQueryDocument } from '../gql/graphql';
import { firstRequestsByPath } from './firstRequests';

describe("the first requests built into index.html (vite.config.ts's firstRequests plugin)", () => {
  it('on /leads are the signed-in user and what the page preloads, with the same variables', () => {
    const asked: { query: DocumentNode; variables?: unknown }[] = [];
    preloadLeadsPage({ query: (options: { query: DocumentNode; variables?: unknown }) => (asked.push(options), Promise.resolve()) } as unknown as ApolloClient, '');
    expect(asked.map((options) => options.query)).toEqual([LeadsPageQueryDocument, LeadOptionsQueryDocument]);
    const first = firstRequestsByPath()['/leads']!;
    expect(first.map((request) => request.operationName)).toEqual(['CurrentUserQuery', 'LeadsPageQuery', 'LeadOptionsQuery']);
    expect(first[1]!.variables).toEqual(asked[0]!.variables);
    expect(first[2]!.variables).toEqual(asked[1]!.variables ?? {});
    expect(CurrentUserQueryDocument.definitions.length).toBeGreaterThan(0);
  });

  it('carry the queries as Apollo prints them, with __typename added by the cache', () => {
    const [me] = firstRequestsByPath()['/leads']!;
    expect(me!.query).toMatch(/^query CurrentUserQuery \{/);
    expect(me!.query).toContain('__typename');
  });
});
