import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Config } from '../config.js';

/**
 * The limits every operation is checked against, over HTTP and WebSocket alike: depth, aliases
 * and cost. Depth counts fields, not fragment spreads: a client that names its selections as
 * fragments (as ours does) asks for no more than one that writes them inline.
 */
export function queryLimits(config: Pick<Config, 'limits' | 'introspection'>) {
  return new ApolloArmor({
    maxDepth: { n: config.limits.maxDepth, flattenFragments: true },
    maxAliases: { n: config.limits.maxAliases },
    costLimit: { maxCost: config.limits.maxCost },
    // armor's token check runs in a plugin that turns every syntax error into a 500; Apollo's own
    // parser takes the same limit (parseOptions in app.ts) and answers 400 GRAPHQL_PARSE_FAILED
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: !config.introspection },
  }).protect();
}
