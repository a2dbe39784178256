import type { EntityClass, EntityManager, Ref } from '@mikro-orm/postgresql';
import { readRows } from '../db/rows.js';
import { batch, type Batch } from './batch.js';

const byEntity = new WeakMap<EntityClass<object>, Batch<string, object | null, { em: EntityManager }>>();

/** The rows of one entity by id, read together for every row of a request that asks (see `batch`). */
function rowsById<T extends { id: string }>(entity: EntityClass<T>): Batch<string, T | null, { em: EntityManager }> {
  let rows = byEntity.get(entity);
  if (!rows) {
    rows = batch({
      load: async ({ em }: { em: EntityManager }, ids: string[]) => new Map((await readRows(em, entity, { id: { $in: ids } } as never)).map((row) => [row.id, row])),
      missing: () => null,
    });
    byEntity.set(entity, rows);
  }
  return rows as Batch<string, T | null, { em: EntityManager }>;
}

/**
 * A referenced row for the answer (a task's assignee, a lead's source): read-only (`readRows`),
 * always whole and as committed, and batched per request: the rows of a list asking in one pass
 * share one statement per entity type.
 */
export function loadRef<T extends { id: string }>(em: EntityManager, entity: EntityClass<T>, ref: Ref<T> | { id: string } | string | null | undefined): Loaded<T | null> {
  if (!ref) return null;
  const id = typeof ref === 'string' ? ref : ref.id;
  const row = knownRow(em, entity, id);
  if (row) return row;
  const whole = wholeRows(em, entity);
  if (!whole) return rowsById(entity).load({ em }, id);
  return whole.read ? (whole.read.get(id) ?? null) : whole.reading.then((rows) => rows.get(id) ?? null);
}

/**
 * A value now or later: a field's row that the request has already read is answered at once,
 * which spares graphql-js a promise (and its bookkeeping) per row of a long list.
 */
export type Loaded<T> = T | Promise<T>;

/** Entities of few rows per firm that nearly every list refers to (the firm's people). */
const readWhole = new Set<EntityClass<object>>();

/**
 * A query reads such an entity once, all of the firm's rows, when it first asks for one of them:
 * a board's coordinator, its tasks' assignees and its comments' authors are then one statement
 * instead of one per level. Only for queries: a mutation's answer must never be older than its
 * write, so mutations and live executions read by id, afresh per wave.
 */
export function readWholeInQueries(entity: EntityClass<object>): void {
  readWhole.add(entity);
}

interface WholeRead<T> {
  reading: Promise<Map<string, T>>;
  /** Once read: the rows by id. */
  read?: Map<string, T>;
}

const queries = new WeakMap<EntityManager, Map<EntityClass<object>, WholeRead<object>>>();

/** Marks a request's EntityManager (filtered to the caller's firm) as answering a query. */
export function answeringQuery(em: EntityManager): void {
  if (!queries.has(em)) queries.set(em, new Map());
}

function wholeRows<T extends { id: string }>(em: EntityManager, entity: EntityClass<T>): WholeRead<T> | null {
  const reads = queries.get(em);
  if (!reads || !readWhole.has(entity as EntityClass<object>)) return null;
  let whole = reads.get(entity as EntityClass<object>) as WholeRead<T> | undefined;
  if (!whole) {
    const reading = readRows(em, entity, {} as never).then((all) => (whole!.read = new Map(all.map((row) => [row.id, row]))));
    whole = { reading };
    reads.set(entity as EntityClass<object>, whole as WholeRead<object>);
  }
  return whole;
}

function knownRow<T>(em: EntityManager, entity: EntityClass<T>, id: string): T | undefined {
  return known.get(em)?.get(entity as EntityClass<object>)?.get(id) as T | undefined;
}

const known = new WeakMap<EntityManager, Map<EntityClass<object>, Map<string, object>>>();

/**
 * Rows a write has read whole in its own request and left as they are (a new lead's owner and
 * source): the answer it is about to give takes them from here instead of reading them again.
 * Only that answer: its fields resolve before the next turn of the event loop, and then they are
 * dropped, so a later operation of the request reads afresh.
 */
export function answerWith<T extends { id: string }>(em: EntityManager, entity: EntityClass<T>, rows: readonly T[]): void {
  let byEntity = known.get(em);
  if (!byEntity) {
    known.set(em, (byEntity = new Map()));
    setImmediate(() => known.delete(em));
  }
  let byId = byEntity.get(entity);
  if (!byId) byEntity.set(entity, (byId = new Map()));
  for (const row of rows) byId.set(row.id, row);
}

/** Several referenced rows by id, in the order given (missing ones left out); batched like `loadRef`. */
export async function loadRefs<T extends { id: string }>(em: EntityManager, entity: EntityClass<T>, ids: readonly string[]): Promise<T[]> {
  const loaded = await Promise.all(ids.map((id) => loadRef(em, entity, id)));
  return loaded.filter((item): item is Awaited<T> => item !== null) as T[];
}
