import { ReferenceKind, type EntityClass, type EntityManager, type EntityMetadata, type FilterQuery, type Platform, type QueryOrderMap } from '@mikro-orm/postgresql';
import { TENANT_FILTER } from './tenant.js';

interface RowShape {
  /** What is read: every column but lazy ones (a firm's logo, a document's file). */
  columns: string[];
  /** To-one relations: the row holds the id, answers `{ id }`. */
  references: string[];
  /** Properties whose stored value the ORM converts (bigint as number, …). */
  converted: { name: string; toJs: (value: unknown) => unknown }[];
  /** The quoted table. */
  table: string;
  /** `select "a", "b" from "table"`: the read columns by their column names. */
  selectFrom: string;
  /** Column of each property a plain condition or an order may name, and its value's conversion. */
  fieldOf: Map<string, { column: string; toDb: (value: unknown) => unknown }>;
  /** The tenant filter is the entity's only default filter (other filters take the query builder). */
  tenantOnly: boolean;
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
      table: '',
      selectFrom: '',
      fieldOf: new Map(),
      tenantOnly: false,
    };
    for (const prop of meta.props) {
      if (prop.fieldNames?.length !== 1 || prop.persist === false) continue;
      const type = prop.kind === ReferenceKind.SCALAR ? prop.customType : undefined;
      shape.fieldOf.set(prop.name, { column: platform.quoteIdentifier(prop.fieldNames[0]!), toDb: type ? (value) => type.convertToDatabaseValue(value, platform) : (value) => value });
    }
    shape.table = meta.schema && meta.schema !== '*' ? `${platform.quoteIdentifier(meta.schema)}.${platform.quoteIdentifier(meta.tableName)}` : platform.quoteIdentifier(meta.tableName);
    shape.selectFrom = `select ${shape.columns.map((name) => shape!.fieldOf.get(name)!.column).join(', ')} from ${shape.table}`;
    const filters = Object.values(meta.filters ?? {}).filter((filter) => filter.default !== false);
    shape.tenantOnly = filters.length === 1 && filters[0]!.name === TENANT_FILTER && shape.fieldOf.has('firm') && !meta.discriminatorColumn;
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
  const platform = em.getPlatform();
  const shape = shapeOf(meta, platform);
  const { columns, references, converted } = shape;
  const { prototype } = meta;
  const plain = plainSelect(em, shape, where as Record<string, unknown>, options);
  let rows: Record<string, unknown>[];
  if (plain) {
    const driver = em.getDriver();
    const raw = (await em.getConnection().execute(plain.sql, plain.params, 'all', em.getTransactionContext())) as Record<string, unknown>[];
    rows = raw.map((row) => driver.mapResult(row as never, meta) as Record<string, unknown>);
  } else {
    const qb = em.createQueryBuilder(entity).select(columns as never).where(where);
    if (options.orderBy) qb.orderBy(options.orderBy);
    if (options.limit !== undefined) qb.limit(options.limit);
    await qb.applyFilters();
    rows = (await qb.execute('all', true)) as Record<string, unknown>[];
  }
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

const DIRECTIONS: Record<string, string> = {
  asc: 'asc',
  desc: 'desc',
  'asc nulls first': 'asc nulls first',
  'asc nulls last': 'asc nulls last',
  'desc nulls first': 'desc nulls first',
  'desc nulls last': 'desc nulls last',
};

/**
 * The statement of a plain read (conditions that are equalities, `null`, `$in` or `$nin` on the
 * entity's own columns, ANDed; an order by own columns; a limit), written directly from the
 * metadata: what most lists and every batch of a request ask, without the query builder's cost
 * per statement. Anything else (`$or`, `$and`, operators, relations' columns) answers `null` and
 * takes the query builder. The tenant filter is added as the ORM adds it, and a read without a
 * firm fails as it does there.
 */
function plainSelect(
  em: EntityManager,
  shape: RowShape,
  where: Record<string, unknown>,
  options: { orderBy?: unknown; limit?: number },
  head = shape.selectFrom,
): { sql: string; params: unknown[] } | null {
  if (!shape.tenantOnly || where === null || typeof where !== 'object' || Array.isArray(where)) return null;
  const conditions: string[] = [];
  const params: unknown[] = [];
  const plainValue = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value);
  const condition = (name: string, value: unknown): boolean => {
    const field = shape.fieldOf.get(name);
    if (field === undefined) return false;
    const { column: col, toDb } = field;
    if (value === null) {
      conditions.push(`${col} is null`);
      return true;
    }
    if (plainValue(value)) {
      conditions.push(`${col} = ?`);
      params.push(toDb(value));
      return true;
    }
    if (typeof value !== 'object' || Array.isArray(value) || value instanceof Date) return false;
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length !== 1) return false;
    const [operator, list] = entries[0]!;
    if ((operator !== '$in' && operator !== '$nin') || !Array.isArray(list) || list.length === 0 || !list.every((item) => item !== null && plainValue(item))) return false;
    conditions.push(`${col} ${operator === '$in' ? 'in' : 'not in'} (${list.map(() => '?').join(', ')})`);
    params.push(...list.map(toDb));
    return true;
  };
  const firmId = (em.getFilterParams(TENANT_FILTER) as { firmId?: string } | undefined)?.firmId;
  if (!firmId) return null;
  condition('firm', firmId);
  for (const [name, value] of Object.entries(where)) if (name === 'firm' || name.startsWith('$') || !condition(name, value)) return null;
  let sql = `${head} where ${conditions.join(' and ')}`;
  if (options.orderBy) {
    const orders = (Array.isArray(options.orderBy) ? options.orderBy : [options.orderBy]) as Record<string, unknown>[];
    const parts: string[] = [];
    for (const order of orders) {
      for (const [name, direction] of Object.entries(order)) {
        const field = shape.fieldOf.get(name);
        const dir = typeof direction === 'string' ? DIRECTIONS[direction.toLowerCase()] : undefined;
        if (field === undefined || dir === undefined) return null;
        parts.push(`${field.column} ${dir}`);
      }
    }
    if (parts.length) sql += ` order by ${parts.join(', ')}`;
  }
  if (options.limit !== undefined) {
    sql += ' limit ?';
    params.push(options.limit);
  }
  return { sql, params };
}

/**
 * How many rows match (a list's `totalCount`): the plain statement where the conditions are plain
 * (see `plainSelect`), else the ORM's count; under the tenant filter either way.
 */
export async function countRows<T extends object>(em: EntityManager, entity: EntityClass<T>, where: FilterQuery<NoInfer<T>>): Promise<number> {
  const shape = shapeOf(em.getMetadata(entity), em.getPlatform());
  const plain = plainSelect(em, shape, where as Record<string, unknown>, {}, `select count(*)::int as count from ${shape.table}`);
  if (!plain) return em.count(entity, where);
  const [row] = (await em.getConnection().execute(plain.sql, plain.params, 'all', em.getTransactionContext())) as { count: number }[];
  return Number(row!.count);
}

/**
 * How many rows of an entity each key has (a task's comments): one statement for all the keys,
 * confined to the caller's firm like every read; keys without rows are left out.
 */
export async function countRowsBy<T extends object>(em: EntityManager, entity: EntityClass<T>, property: keyof T & string, keys: readonly string[]): Promise<Map<string, number>> {
  const meta = em.getMetadata(entity);
  const shape = shapeOf(meta, em.getPlatform());
  const field = shape.fieldOf.get(property);
  const firm = shape.fieldOf.get('firm');
  const firmId = (em.getFilterParams(TENANT_FILTER) as { firmId?: string } | undefined)?.firmId;
  if (!field || !firm || !firmId) throw new Error(`countRowsBy: ${meta.className}.${property} is not a firm's column`);
  if (!keys.length) return new Map();
  const rows = (await em.getConnection().execute(
    `select ${field.column} as key, count(*)::int as count from ${shape.table} where ${firm.column} = ? and ${field.column} in (${keys.map(() => '?').join(', ')}) group by ${field.column}`,
    [firmId, ...keys],
    'all',
    em.getTransactionContext(),
  )) as { key: string; count: number }[];
  return new Map(rows.map((row) => [String(row.key), Number(row.count)]));
}
