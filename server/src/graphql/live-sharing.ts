import {
  BREAK,
  getNamedType,
  isObjectType,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { Extensions, getMetadataStorage } from 'type-graphql';

/**
 * Whether live subscribers may share one execution of a field. Subscribers share only when every
 * selected field is known to give every viewer of the same firm and role the same value; anything
 * else (a viewer-dependent field, an undeclared resolver that reads the context, a field this table
 * does not know) makes the subscription per-viewer.
 */
export type FieldSharing = 'same' | 'viewer' | 'undeclared';

/** Extension keys; set them with the decorators below. */
export const VIEWER_DEPENDENT = 'viewerDependent';
export const SAME_FOR_EVERY_VIEWER = 'sameForEveryViewer';

/** The value depends on who asks (not only on the firm and role): each viewer gets an execution of their own. */
export const ViewerDependent = () => Extensions({ [VIEWER_DEPENDENT]: true });

/**
 * The resolver takes the context only for what every viewer of the firm and role shares (the
 * EntityManager, loaders, the firm's id or clock): subscribers may share its execution.
 */
export const SameForEveryViewer = () => Extensions({ [SAME_FOR_EVERY_VIEWER]: true });

/** Parameter kinds through which a resolver can read who asks; a custom decorator may read the principal. */
const VIEWER_PARAMS = new Set(['context', 'custom']);

export interface ResolverFacts {
  params?: readonly { kind: string }[];
  extensions?: Record<string, unknown> | undefined;
}

/** One field's sharing from what its declaration says and which parameters its resolver takes. */
export function sharingOf({ params = [], extensions = {} }: ResolverFacts): FieldSharing {
  if (extensions[VIEWER_DEPENDENT]) return 'viewer';
  if (extensions[SAME_FOR_EVERY_VIEWER]) return 'same';
  return params.some((p) => VIEWER_PARAMS.has(p.kind)) ? 'undeclared' : 'same';
}

/** The lesser of two answers for one field declared in two places ('viewer' < 'undeclared' < 'same'). */
function stricter(a: FieldSharing | undefined, b: FieldSharing): FieldSharing {
  if (a === 'viewer' || b === 'viewer') return 'viewer';
  if (a === 'undeclared' || b === 'undeclared') return 'undeclared';
  return 'same';
}

/**
 * Every object-type field type-graphql knows, as `Type.field` → sharing, from its metadata (built
 * by `buildSchema`): plain properties, methods of the type and resolver classes' field resolvers.
 */
export function fieldSharingTable(): Map<string, FieldSharing> {
  const storage = getMetadataStorage();
  const table = new Map<string, FieldSharing>();
  const put = (key: string, sharing: FieldSharing) => table.set(key, stricter(table.get(key), sharing));
  const paramsOf = (target: Function, methodName: string) => storage.params.filter((p) => p.target === target && p.methodName === methodName);
  const typeNames = new Map<Function, string>();
  for (const type of [...storage.objectTypes, ...storage.interfaceTypes]) {
    typeNames.set(type.target, type.name);
    // a type's fields include those its classes inherit (an `id` declared on a base class)
    for (let target = type.target; target && target !== Function.prototype; target = Object.getPrototypeOf(target)) {
      for (const field of storage.fields) {
        if (field.target !== target) continue;
        put(`${type.name}.${field.schemaName}`, sharingOf({ params: paramsOf(field.target, field.name), extensions: field.extensions }));
      }
    }
  }
  for (const resolver of storage.fieldResolvers) {
    const typeName = resolver.getObjectType && typeNames.get(resolver.getObjectType());
    if (typeName) put(`${typeName}.${resolver.schemaName}`, sharingOf({ params: paramsOf(resolver.target, resolver.methodName), extensions: resolver.extensions }));
  }
  for (const [rootType, resolvers] of [
    ['Query', storage.queries],
    ['Mutation', storage.mutations],
    ['Subscription', storage.subscriptions],
  ] as const) {
    for (const resolver of resolvers) put(`${rootType}.${resolver.schemaName}`, sharingOf({ params: paramsOf(resolver.target, resolver.methodName), extensions: resolver.extensions }));
  }
  return table;
}

/** Fields of `schema` whose resolver reads the viewer without saying whether the value depends on it. */
export function undeclaredFields(schema: GraphQLSchema, table: ReadonlyMap<string, FieldSharing>): string[] {
  const found: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !isObjectType(type)) continue;
    // the root types' own resolvers run once to set a subscription up, not per event
    if (type === schema.getQueryType() || type === schema.getMutationType()) continue;
    for (const name of Object.keys(type.getFields())) {
      if (table.get(`${type.name}.${name}`) === 'undeclared') found.push(`${type.name}.${name}`);
    }
  }
  return found;
}

/**
 * Whether every field the document selects is the same for every viewer of a firm and role.
 * A field missing from the table (not proven shareable) counts as per-viewer.
 */
export function sameForEveryViewer(schema: GraphQLSchema, document: DocumentNode, table: ReadonlyMap<string, FieldSharing>): boolean {
  const typeInfo = new TypeInfo(schema);
  let shared = true;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        if (node.name.value === '__typename') return;
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (!parent || !field || table.get(`${getNamedType(parent).name}.${field.name}`) !== 'same') {
          shared = false;
          return BREAK;
        }
      },
    }),
  );
  return shared;
}

const tables = new WeakMap<GraphQLSchema, Map<string, FieldSharing>>();
// documents come shared from the operation cache: the walk runs once per operation
const decisions = new WeakMap<DocumentNode, boolean>();

/** `sameForEveryViewer` against the metadata the schema was built from, remembered per document. */
export function sharedAcrossViewers(schema: GraphQLSchema, document: DocumentNode): boolean {
  const known = decisions.get(document);
  if (known !== undefined) return known;
  let table = tables.get(schema);
  if (!table) tables.set(schema, (table = fieldSharingTable()));
  const shared = sameForEveryViewer(schema, document, table);
  decisions.set(document, shared);
  return shared;
}
