import { helper, ReferenceKind, type EntityClass, type EntityManager, type Ref } from '@mikro-orm/postgresql';

/**
 * Whether the identity map holds only some of the entity's columns (loaded with `fields`, or a
 * bare reference). MikroORM neither refreshes nor merges the `version` property into such an
 * entity (it is not part of its snapshots), so a later full `find` can still leave it undefined,
 * and GraphQL would fail a non-null field after the write has committed.
 */
export function isPartial(entity: object): boolean {
  const wrapped = helper(entity);
  if (!wrapped.isInitialized()) return true;
  const meta = wrapped.__meta;
  const values = entity as Record<string, unknown>;
  if (meta.versionProperty && values[meta.versionProperty] === undefined) return true;
  return meta.comparableProps.some(
    (prop) => !prop.lazy && !(prop.kind === ReferenceKind.EMBEDDED && !prop.object) && !wrapped.__loadedProperties.has(prop.name) && values[prop.name] === undefined,
  );
}

/**
 * Loads a relation through the request's EntityManager, batched per tick (one statement per
 * entity type, however many rows ask), and always whole: the entity that holds the reference
 * may come from a transaction that has already committed, and the identity map may hold a
 * partial copy of the target.
 */
export async function loadRef<T extends { id: string }>(em: EntityManager, entity: EntityClass<T>, ref: Ref<T> | { id: string } | string | null | undefined): Promise<T | null> {
  if (!ref) return null;
  const id = typeof ref === 'string' ? ref : ref.id;
  const answered = known.get(em)?.get(entity)?.get(id) as T | undefined;
  if (answered) return answered;
  const reference = em.getReference(entity, id as never, { wrapped: true });
  const refresh = reference.isInitialized() && isPartial(reference.unwrap());
  const loaded = await reference.load({ dataloader: true, ...(refresh ? { refresh: true } : {}) });
  return (loaded as T | null) ?? null;
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

/** Several entities by id, whole, in the order given (missing ones left out); batched like `loadRef`. */
export async function loadRefs<T extends { id: string }>(em: EntityManager, entity: EntityClass<T>, ids: readonly string[]): Promise<T[]> {
  const loaded = await Promise.all(ids.map((id) => loadRef(em, entity, id)));
  return loaded.filter((item): item is Awaited<T> => item !== null) as T[];
}
