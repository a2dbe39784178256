import { useMutation } from '@apollo/client/react';
import { ApiTokensSectionCreateApiTokenDocument, ApiTokensSectionQueryDocument } from '../../gql/graphql';

/** Creates an API token and lists it at once; the secret lives only in the mutation result. */
export function useCreateApiToken() {
  return useMutation(ApiTokensSectionCreateApiTokenDocument, {
    update(cache, { data }) {
      if (!data) return;
      const created = data.createApiToken.apiToken;
      cache.updateQuery({ query: ApiTokensSectionQueryDocument }, (list) =>
        list && !list.apiTokens.some((token) => token.id === created.id)
          ? { ...list, apiTokens: [...list.apiTokens, created] }
          : list,
      );
    },
  });
}
