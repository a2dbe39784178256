import { useQuery } from '@apollo/client/react';
import { ServerInfoDocument } from '../../gql/graphql';

/** Whether the API explorer is on; `undefined` until the server has answered. */
export function useExplorerEnabled(): boolean | undefined {
  const { data } = useQuery(ServerInfoDocument);
  return data?.serverInfo.explorerEnabled;
}
