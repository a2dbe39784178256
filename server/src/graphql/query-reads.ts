import type { ApolloServerPlugin } from '@apollo/server';
import { answeringQuery } from './load.js';
import type { Scope } from './scope.js';

/** Tells the loaders which requests answer a query of a signed-in caller (see `readWholeInQueries`). */
export function markQueries<T extends { scope: Scope }>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation === 'query' && contextValue.scope.principal) answeringQuery(contextValue.scope.em);
        },
      };
    },
  };
}
