import { ReferenceKind, type EntityClass, type EntityManager, type EntityMetadata, type FilterQuery, type Platform, type QueryOrderMap } from '@mikro-orm/postgresql';

interface RowShape {
  /** What is read: every column but lazy ones (a firm's logo, a document's file). */
  columns: string[];
  /** To-one relations: the row holds the id, answers `{ id }`. */
  references: string[];
  /** Properties whose stored value the ORM converts (bigint as number, …). */
  converted: { name: string; toJs: (value: unknown) => unknown }[];
}

const shapes = new WeakMap<EntityMetadata, RowShape>();

function shapeOf(meta: EntityMetadata, platform: Platform): RowShape {
  let shape = shapes.get(meta);
  if (!shape) {
    shape = {
      columns: meta.props
        .filter((prop) => !prop.lazy && prop.persist !== false && (prop.kind === ReferenceKind.SCALAR || prop.kind === ReferenceKind.MANY_TO_ONE || (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner)))
        .map((prop) => prop.name),
      references: meta.relations.filter((prop) => prop.kind === ReferenceKind.MANY_TO_ONE || (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner)).map((prop) => prop.name),
      converted: meta.props
        .filter((prop) => prop.kind === ReferenceKind.SCALAR && prop.customType)
        .map((prop) => ({ name: prop.name, toJs: (value: unknown) => prop.customType!.convertToJSValue(value, platform) })),
    };
    shapes.set(meta, shape);
  }
  return shape;
}

/**
 * Rows to read and answer, never to change: plain objects with the entity's properties (values
 * converted as the ORM would), and its to-one relations as bare `{ id }` references (what
 * `loadRef` and the field resolvers take). No entity is built and nothing enters the identity map
 * or its change tracking, which is most of what reading a list through `em.find` costs. The
 * tenant filter applies as in `em.find` (a query without a firm still fails).
 */
export async function readRows<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: FilterQuery<NoInfer<T>>,
  options: { orderBy?: QueryOrderMap<NoInfer<T>> | QueryOrderMap<NoInfer<T>>[]; limit?: number } = {},
): Promise<T[]> {
  const meta = em.getMetadata(entity);
  const { columns, references, converted } = shapeOf(meta, em.getPlatform());
  const { prototype } = meta;
  const qb = em.createQueryBuilder(entity).select(columns as never).where(where);
  if (options.orderBy) qb.orderBy(options.orderBy);
  if (options.limit !== undefined) qb.limit(options.limit);
  await qb.applyFilters();
  const rows = (await qb.execute('all', true)) as Record<string, unknown>[];
  for (const row of rows) {
    for (const name of references) {
      const value = row[name];
      if (value !== undefined && value !== null && typeof value !== 'object') row[name] = { id: value };
    }
    for (const { name, toJs } of converted) if (row[name] !== null && row[name] !== undefined) row[name] = toJs(row[name]);
    // an instance of its class (own values shadow the ORM's accessors), so type-graphql takes it as
    // the type it is instead of copying it into a new entity for every field resolver
    Object.setPrototypeOf(row, prototype);
  }
  return rows as T[];
}
