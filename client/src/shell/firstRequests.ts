import { InMemoryCache, type DocumentNode } from '@apollo/client';
import { print } from 'graphql';
import { CurrentUserQueryDocument, LeadOptionsQueryDocument, LeadsPageQueryDocument } from '../gql/graphql';
import type { FirstRequest } from '../kernel/apollo/firstResponses';

/** The leads page's first page in its default view (firstRequests.test.ts checks it against the page's preload). */
export const FIRST_LEADS_VARIABLES = { filter: {}, orderBy: { field: 'CREATED_AT', direction: 'DESC' }, first: 25, after: null };

/** A request as Apollo's HttpLink sends it: the document with the cache's additions, printed. */
function asSent(cache: InMemoryCache, document: DocumentNode, variables: Record<string, unknown> = {}): FirstRequest {
  const operation = document.definitions.find((definition) => definition.kind === 'OperationDefinition');
  return { operationName: operation?.name?.value ?? '', query: print(cache.transformDocument(document)), variables };
}

/**
 * What a first open asks before the app has loaded, by path: on /leads, where owners and managers
 * land, the signed-in user, the first rows and the lists. Built into index.html by vite.config.ts
 * from the current documents; the app itself does not import this.
 */
export function firstRequestsByPath(): Record<string, FirstRequest[]> {
  const cache = new InMemoryCache();
  return {
    '/leads': [asSent(cache, CurrentUserQueryDocument), asSent(cache, LeadsPageQueryDocument, FIRST_LEADS_VARIABLES), asSent(cache, LeadOptionsQueryDocument)],
  };
}
