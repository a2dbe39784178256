import { ReferenceKind, type EntityClass, type EntityManager, type FilterQuery, type QueryOrderMap } from '@mikro-orm/postgresql';

/**
 * Rows to read and answer, never to change: plain objects with the entity's properties, and its
 * to-one relations as bare `{ id }` references (what `loadRef` and the field resolvers take).
 * No entity is built and nothing enters the identity map or its change tracking, which is most
 * of what reading a list through `em.find` costs. The tenant filter applies as in `em.find`
 * (a query without a firm still fails).
 */
export async function readRows<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: FilterQuery<NoInfer<T>>,
  options: { orderBy?: QueryOrderMap<NoInfer<T>> | QueryOrderMap<NoInfer<T>>[]; limit?: number } = {},
): Promise<T[]> {
  const qb = em.createQueryBuilder(entity).select('*').where(where);
  if (options.orderBy) qb.orderBy(options.orderBy);
  if (options.limit !== undefined) qb.limit(options.limit);
  await qb.applyFilters();
  const rows = (await qb.execute('all', true)) as Record<string, unknown>[];
  const references = em
    .getMetadata(entity)
    .relations.filter((prop) => prop.kind === ReferenceKind.MANY_TO_ONE || (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner))
    .map((prop) => prop.name);
  for (const row of rows) {
    for (const name of references) {
      const value = row[name];
      if (value !== undefined && (value === null || typeof value !== 'object')) row[name] = value === null ? null : { id: value };
    }
  }
  return rows as T[];
}
