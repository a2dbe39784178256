import type { EntityManager } from '@mikro-orm/postgresql';
import type { Scope } from './scope.js';

/**
 * What every row of a list asks for (its tasks, its comment count, its history), loaded for all
 * the rows of a request at once: graphql-js calls a list's field resolvers in one pass, so the
 * keys asked before the next turn of the event loop go out in one `load` (per request: the
 * request's EntityManager). Nothing is kept after that: a later ask reads afresh, so the answers
 * of a mutation's result are never older than the mutation.
 */
export interface Batch<K, V, S extends Scope = Scope> {
  load(scope: S, key: K): Promise<V>;
}

interface Pending<K, V> {
  keys: Map<string, K>;
  answers: Promise<Map<string, V>>;
}

/**
 * A batch: `load` answers many keys in a constant number of statements, by key id (`idOf`,
 * the key itself for strings); a key it leaves out gets `missing()`.
 */
export function batch<K, V, S extends Scope = Scope>(options: {
  load: (scope: S, keys: K[]) => Promise<Map<string, V>>;
  missing: () => V;
  idOf?: (key: K) => string;
}): Batch<K, V, S> {
  const { load, missing, idOf = (key: K) => String(key) } = options;
  const pending = new WeakMap<EntityManager, Pending<K, V>>();
  return {
    load(scope, key) {
      const { em } = scope;
      let gathering = pending.get(em);
      if (!gathering) {
        const keys = new Map<string, K>();
        // setImmediate: every row of the list (and of lists resolved in the same pass) asks first
        const answers = new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
          pending.delete(em);
          return load(scope, [...keys.values()]);
        });
        pending.set(em, (gathering = { keys, answers }));
      }
      const id = idOf(key);
      gathering.keys.set(id, key);
      return gathering.answers.then((answers) => (answers.has(id) ? answers.get(id)! : missing()));
    },
  };
}

/** Groups rows by a key, keeping their order: the usual answer of a collection's `load`. */
export function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}
