import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { Box } from '@mantine/core';
import { GraphiQL } from 'graphiql';
import { useMemo } from 'react';
import { bearer, httpEndpoint, wsEndpoint } from '../../kernel/apollo/endpoints';
import { useToken } from '../../kernel/session/session';
import { explorerFetcher } from './explorerFetcher';

/** GraphiQL against this server, signed in as the current user; subscriptions run over graphql-ws. */
export default function ExplorerPage() {
  const token = useToken();
  const fetcher = useMemo(() => {
    const authorization = token ? bearer(token) : undefined;
    return explorerFetcher({
      url: httpEndpoint(),
      subscriptionUrl: wsEndpoint(),
      headers: authorization ? { authorization } : undefined,
      wsConnectionParams: authorization ? { authorization } : undefined,
    });
  }, [token]);

  return (
    <Box
      data-testid="explorer"
      h="calc(100dvh - var(--app-shell-header-height) - 2 * var(--mantine-spacing-md))"
    >
      <GraphiQL fetcher={fetcher} />
    </Box>
  );
}
