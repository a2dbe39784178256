import type { EntityClass, EntityManager, Ref } from '@mikro-orm/postgresql';

/**
 * Loads a relation through the request's EntityManager, batched per tick: the entity that
 * holds the reference may come from a transaction that has already committed.
 */
export async function loadRef<T extends { id: string }>(em: EntityManager, entity: EntityClass<T>, ref: Ref<T> | null | undefined): Promise<T | null> {
  if (!ref) return null;
  const loaded = await em.getReference(entity, ref.id as never, { wrapped: true }).load({ dataloader: true });
  return (loaded as T | null) ?? null;
}
