import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { OperationTypeNode } from 'graphql';
import { getToken, signOut, subscribeToToken } from '../session/session';
import { bearer } from './endpoints';
import { fetchWithFirstResponses } from './firstResponses';
import { SessionWsLink } from './wsLink';

interface AuditLogPage {
  edges: unknown[];
  pageInfo: unknown;
}

function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          // one growing list for the audit log: "load more" appends, a first page replaces
          auditLog: {
            keyArgs: false,
            merge(existing: AuditLogPage | undefined, incoming: AuditLogPage, { args }) {
              if (!existing || !args?.after) return incoming;
              return { ...incoming, edges: [...existing.edges, ...incoming.edges] };
            },
          },
        },
      },
    },
  });
}

export function createApolloClient(): ApolloClient {
  const authLink = new SetContextLink((prevContext) => {
    const token = getToken();
    return token ? { headers: { ...prevContext.headers, authorization: bearer(token) } } : {};
  });

  const signOutOnUnauthenticated = new ErrorLink(({ error }) => {
    const unauthenticated =
      CombinedGraphQLErrors.is(error) &&
      error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
    if (unauthenticated && getToken()) signOut();
  });

  const wsLink = new SessionWsLink();
  const transport = ApolloLink.split(
    (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
    wsLink,
    new HttpLink({ uri: '/graphql', fetch: fetchWithFirstResponses }),
  );

  const client = new ApolloClient({
    link: ApolloLink.from([signOutOnUnauthenticated, authLink, transport]),
    cache: createCache(),
  });

  // whoever signs in or out next must not see the previous session's data or socket
  subscribeToToken(() => {
    wsLink.reset();
    void client.clearStore();
  });

  return client;
}
