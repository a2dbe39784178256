import type { ApolloClient } from '@apollo/client';
import { preloadLeadsPage } from '../features/leads';
import { getToken } from '../kernel/session/session';

/**
 * Starts the opened page's data at once, beside the signed-in user, instead of after it: the
 * page itself mounts only once `me` has answered.
 */
export function preloadRouteData(client: ApolloClient, { pathname, search }: Pick<Location, 'pathname' | 'search'>): void {
  if (!getToken()) return;
  if (pathname.replace(/\/$/, '') === '/leads') preloadLeadsPage(client, search);
}
