import type { EntityManager } from '@mikro-orm/postgresql';
import type { Scope } from './scope.js';

/**
 * What every row of a list asks for (its tasks, its comment count, its assignee), loaded for all
 * the rows of a request at once (per request: the request's EntityManager). graphql-js calls a
 * list's field resolvers in one pass; the keys asked go out together in waves: a wave starts once
 * the request has no batch load in flight, so everything that the rows of one level ask, however
 * their parents' loads interleave, shares one statement per batch. The number of statements of
 * a request is then the number of levels its answer has, not its number of rows.
 *
 * Nothing is kept after a wave: a later ask reads afresh, so the answers of a mutation's result
 * are never older than the mutation. A batch's `load` must not wait on another batch.
 */
export interface Batch<K, V, S extends Pick<Scope, 'em'> = Scope> {
  load(scope: S, key: K): Promise<V>;
}

interface Gathering<K> {
  keys: Map<string, K>;
  /** Starts the load of the keys gathered so far. */
  start(): void;
}

/** One request's batches: those gathering keys, and how many loads are in flight. */
interface RequestWaves {
  gathering: Set<Gathering<unknown>>;
  inFlight: number;
  scheduled: boolean;
}

const requests = new WeakMap<EntityManager, RequestWaves>();

function wavesOf(em: EntityManager): RequestWaves {
  let waves = requests.get(em);
  if (!waves) requests.set(em, (waves = { gathering: new Set(), inFlight: 0, scheduled: false }));
  return waves;
}

/** The next wave, after every row that is resolving now has asked (setImmediate: after the microtasks). */
function schedule(waves: RequestWaves): void {
  if (waves.scheduled) return;
  waves.scheduled = true;
  setImmediate(() => {
    waves.scheduled = false;
    if (waves.inFlight > 0) return;
    const starting = [...waves.gathering];
    waves.gathering.clear();
    for (const gathering of starting) gathering.start();
  });
}

/**
 * A batch: `load` answers many keys in a constant number of statements, by key id (`idOf`,
 * the key itself for strings); a key it leaves out gets `missing()`.
 */
export function batch<K, V, S extends Pick<Scope, 'em'> = Scope>(options: {
  load: (scope: S, keys: K[]) => Promise<Map<string, V>>;
  missing: () => V;
  idOf?: (key: K) => string;
}): Batch<K, V, S> {
  const { load, missing, idOf = (key: K) => String(key) } = options;
  const pending = new WeakMap<EntityManager, { gathering: Gathering<K>; answers: Promise<Map<string, V>>; byId: Map<string, Promise<V>> }>();
  return {
    load(scope, key) {
      const { em } = scope;
      const waves = wavesOf(em);
      let current = pending.get(em);
      if (!current) {
        const keys = new Map<string, K>();
        let start!: () => void;
        const answers = new Promise<void>((resolve) => (start = resolve)).then(async () => {
          pending.delete(em);
          waves.inFlight += 1;
          try {
            return await load(scope, [...keys.values()]);
          } finally {
            waves.inFlight -= 1;
            if (waves.inFlight === 0 && waves.gathering.size) schedule(waves);
          }
        });
        current = { gathering: { keys, start }, answers, byId: new Map() };
        pending.set(em, current);
        waves.gathering.add(current.gathering as Gathering<unknown>);
        schedule(waves);
      }
      const id = idOf(key);
      // the rows that ask the same key (the tasks of one assignee) share its answer
      let answer = current.byId.get(id);
      if (!answer) {
        current.gathering.keys.set(id, key);
        answer = current.answers.then((answers) => (answers.has(id) ? answers.get(id)! : missing()));
        current.byId.set(id, answer);
      }
      return answer;
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
