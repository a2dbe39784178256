import { InMemoryCache, type ApolloClient, type DocumentNode } from '@apollo/client';
import { print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { preloadLeadsPage } from '../features/leads';
import { CurrentUserQueryDocument } from '../gql/graphql';
import type { FirstRequest } from '../kernel/apollo/firstResponses';
import { TOKEN_KEY } from '../kernel/session/session';

/** The requests a page's preload makes, as Apollo will send them. */
function requestsOf(preload: (client: ApolloClient) => void): FirstRequest[] {
  const cache = new InMemoryCache();
  const asked: FirstRequest[] = [];
  const ask = ({ query, variables }: { query: DocumentNode; variables?: Record<string, unknown> }) => {
    const operation = query.definitions.find((definition) => definition.kind === 'OperationDefinition');
    asked.push({ operationName: operation?.name?.value ?? '', query: print(cache.transformDocument(query)), variables: variables ?? {} });
    return Promise.resolve();
  };
  preload({ query: ask } as unknown as ApolloClient);
  return asked;
}

describe("the first requests inlined in index.html (vite.config.ts's firstRequests plugin)", () => {
  it('are the signed-in user and what /leads preloads, exactly as Apollo sends them; `vitest -u` writes them anew after a change', async () => {
    const firstRequests = {
      tokenKey: TOKEN_KEY,
      byPath: {
        '/leads': [...requestsOf((client) => client.query({ query: CurrentUserQueryDocument })), ...requestsOf((client) => preloadLeadsPage(client, ''))],
      },
    };
    // a stale file costs only the head start: Apollo's fetch takes an early answer only for the same query
    await expect(`${JSON.stringify(firstRequests, null, 2)}\n`).toMatchFileSnapshot('./firstRequests.json');
  });
});
