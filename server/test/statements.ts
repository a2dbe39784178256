import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { App } from '../src/app.js';
import { gql, waitUntil } from './harness.js';
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
 * Every SQL statement the app's connection pool runs while `work` runs: ORM queries, raw knex
 * queries and transaction statements alike (knex re-emits a transaction's queries on its
 * client). Tests in one file run one at a time, so nothing else shares the window.
 */
export async function countStatements<T>(app: Pick<App, 'orm'>, work: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const client = app.orm.em.getConnection().getKnex().client as unknown as QueryEmitter;
  const statements: string[] = [];
  const listener = (query: QueryEvent) => void statements.push(query.sql);
  client.on('query', listener);
  try {
    const result = await work();
    return { result, statements };
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
  await waitUntil(async () => (await countStatements(app, () => gql(app, TYPENAME, {}, token))).statements.length === 0, 'the principal of this token to be cached');
}

/**
 * One GraphQL request over HTTP and the SQL statements the operation ran (the caller's session
 * lookup left out, see `warmPrincipal`); fails the test on any error.
 */
export async function statementsOf<R, V>(app: Pick<App, 'orm' | 'url'>, document: TypedDocumentNode<R, V>, variables: V, token?: string | null): Promise<{ data: R; statements: string[] }> {
  if (token) await warmPrincipal(app, token);
  const { result, statements } = await countStatements(app, () => gql(app, document as TypedDocumentNode<R, Record<string, unknown>>, variables as Record<string, unknown>, token));
  if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  return { data: result.data, statements };
}
