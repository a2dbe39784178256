import { createGraphiQLFetcher, type Fetcher } from '@graphiql/toolkit';
import { parse, type DocumentNode } from 'graphql';

function parsedOrUndefined(query: string): DocumentNode | undefined {
  try {
    return parse(query);
  } catch {
    return undefined;
  }
}

/**
 * GraphiQL's fetcher, given the document of the query actually sent: the toolkit sends an
 * operation over the WebSocket only when that document shows a subscription, and the document
 * GraphiQL passes can lag behind the editor, which sent subscriptions over HTTP.
 */
export function explorerFetcher(options: Parameters<typeof createGraphiQLFetcher>[0]): Fetcher {
  const fetcher = createGraphiQLFetcher(options);
  return (params, opts) => fetcher(params, { ...opts, documentAST: parsedOrUndefined(params.query) ?? opts?.documentAST });
}
