import { randomUUID } from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import type { App } from '../src/app.js';
import { requestScope } from '../src/logger.js';
import { waitUntil, type GraphQLResult } from './harness.js';
import { graphql } from './gql/index.js';

/** The cheapest operation there is: it touches no table, only the caller's session. */
const TYPENAME = graphql(`query StatementsTypename { __typename }`);

interface QueryEvent {
  sql: string;
}

interface QueryEmitter {
  on(event: 'query', listener: (query: QueryEvent) => void): unknown;
  off(event: 'query', listener: (query: QueryEvent) => void): unknown;
}

/**
 * One request over HTTP and the statements made for it alone, by its request id (which the
 * server carries through every async call of the request): background work on the same pool,
 * such as scheduled jobs, runs whenever it runs and is not counted.
 */
async function requestStatements<R>(app: Pick<App, 'orm' | 'url'>, document: TypedDocumentNode<R, any>, variables: unknown, token?: string | null): Promise<{ result: GraphQLResult<R>; statements: string[] }> {
  const requestId = `statements-${randomUUID()}`;
  const client = app.orm.em.getConnection().getKnex().client as unknown as QueryEmitter;
  const statements: string[] = [];
  const listener = (query: QueryEvent) => {
    if (requestScope.getStore()?.requestId === requestId) statements.push(query.sql);
  };
  client.on('query', listener);
  try {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': requestId, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: print(document), variables }),
    });
    return { result: (await response.json()) as GraphQLResult<R>, statements };
  } finally {
    client.off('query', listener);
  }
}

/**
 * Sends a token until a request with it runs no statement: its principal is then cached (for up
 * to 30 s), so a measured request counts what the operation runs, not whether the session
 * lookup happened to be cached.
 */
async function warmPrincipal(app: Pick<App, 'orm' | 'url'>, token: string): Promise<void> {
  await waitUntil(async () => (await requestStatements(app, TYPENAME, {}, token)).statements.length === 0, 'the principal of this token to be cached');
}

/**
 * One GraphQL request over HTTP and the SQL statements the operation ran (the caller's session
 * lookup left out, see `warmPrincipal`; only this request's, see `requestStatements`); fails the
 * test on any error.
 */
export async function statementsOf<R, V>(app: Pick<App, 'orm' | 'url'>, document: TypedDocumentNode<R, V>, variables: V, token?: string | null): Promise<{ data: R; statements: string[] }> {
  if (token) await warmPrincipal(app, token);
  const { result, statements } = await requestStatements(app, document, variables, token);
  if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  return { data: result.data, statements };
}
