import { ApolloLink } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient, type Client } from 'graphql-ws';
import { getToken, signOut } from '../session/session';
import { connectionEvents } from './connectionStatus';
import { bearer, wsEndpoint } from './endpoints';

// Server close codes meaning the session ended or lost its rights.
const SIGNED_OUT_CLOSE_CODES = new Set([4401, 4403]);
const NORMAL_CLOSURE = 1000;
const MAX_RETRY_DELAY_MS = 10_000;

function closeCode(event: unknown): number | undefined {
  if (typeof event === 'object' && event !== null && 'code' in event) {
    const { code } = event as { code: unknown };
    return typeof code === 'number' ? code : undefined;
  }
  return undefined;
}

function createWsClient(token: string | null): Client {
  return createClient({
    url: wsEndpoint(),
    lazy: true,
    retryAttempts: Infinity,
    // the default backoff grows without bound; cap it so a restored server is noticed soon
    retryWait: (retries) =>
      new Promise((resolve) =>
        setTimeout(resolve, Math.min(1000 * 2 ** retries, MAX_RETRY_DELAY_MS) + Math.random() * 500),
      ),
    shouldRetry: (event) => !SIGNED_OUT_CLOSE_CODES.has(closeCode(event) ?? 0),
    connectionParams: () => (token ? { authorization: bearer(token) } : {}),
    on: {
      connecting: () => connectionEvents.connecting(),
      connected: () => connectionEvents.connected(),
      closed: (event) => {
        const code = closeCode(event);
        if (code !== undefined && SIGNED_OUT_CLOSE_CODES.has(code)) {
          connectionEvents.idle();
          signOut();
        } else if (code === NORMAL_CLOSURE) {
          connectionEvents.idle();
        } else {
          connectionEvents.lost();
        }
      },
      error: () => connectionEvents.lost(),
    },
  });
}

/**
 * Routes subscriptions to a graphql-ws client bound to the current token; a new token
 * (sign-in, sign-out) disposes the old socket so the next subscription authenticates afresh.
 */
export class SessionWsLink extends ApolloLink {
  private current: { token: string | null; link: GraphQLWsLink } | null = null;

  constructor() {
    super((operation) => this.linkForCurrentToken().request(operation));
  }

  reset(): void {
    if (!this.current) return;
    void this.current.link.client.dispose();
    this.current = null;
    connectionEvents.idle();
  }

  private linkForCurrentToken(): GraphQLWsLink {
    const token = getToken();
    if (this.current?.token !== token) {
      this.reset();
      this.current = { token, link: new GraphQLWsLink(createWsClient(token)) };
    }
    return this.current!.link;
  }
}
