import type { ApolloClient } from '@apollo/client';
import { LeadOptionsQueryDocument, LeadsPageQueryDocument } from '../../gql/graphql';
import { tableStateFromQuery, toLeadFilter, toLeadOrder } from './leadTableQuery';
import { PAGE_SIZE } from './LeadsPage';

/**
 * Asks for the leads page's data before the page is shown, in parallel with the signed-in user:
 * otherwise the page's queries start only once `me` has answered, a second round trip on the
 * first open. The variables are the page's own for its first page, so its `useQuery` joins the
 * request in flight (Apollo deduplicates it) or finds the answer in the cache.
 */
export function preloadLeadsPage(client: ApolloClient, search: string): void {
  const state = tableStateFromQuery(new URLSearchParams(search));
  const variables = { filter: toLeadFilter(state), orderBy: toLeadOrder(state), first: PAGE_SIZE, after: null };
  // errors are the page's to show when it asks again
  client.query({ query: LeadsPageQueryDocument, variables }).catch(() => undefined);
  client.query({ query: LeadOptionsQueryDocument }).catch(() => undefined);
}
