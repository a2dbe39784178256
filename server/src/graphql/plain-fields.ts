import { isObjectType, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

/**
 * type-graphql wraps every field of an object type in a resolver of its own, even a plain
 * property with no middleware and no roles, where the wrapper only reads `root[name]` (one call
 * and one object per field of every row of a list). Such fields get graphql-js's default
 * resolver instead, which reads the same property; fields with a field resolver, middleware,
 * roles or a schema name other than the property keep theirs. Returns how many were unwrapped.
 */
export function resolvePlainFieldsDirectly(schema: GraphQLSchema): number {
  const storage = getMetadataStorage();
  const hasResolver = (target: Function, name: string) => storage.fieldResolvers.some((resolver) => resolver.schemaName === name && resolver.getObjectType?.() === target);
  let unwrapped = 0;
  const definitions = [...storage.objectTypes, ...storage.interfaceTypes];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const definition = storage.objectTypes.find((objectType) => objectType.name === type.name);
    if (!definition) continue;
    const fields = type.getFields();
    const seen = new Set<string>();
    // the type's own fields, then those it inherits from the classes it extends
    for (let target: Function | null = definition.target; target && target !== Function.prototype; target = Object.getPrototypeOf(target) as Function | null) {
      for (const field of definitions.find((candidate) => candidate.target === target)?.fields ?? []) {
        if (seen.has(field.schemaName)) continue;
        seen.add(field.schemaName);
        const graphqlField = fields[field.schemaName];
        if (!graphqlField?.resolve || field.schemaName !== field.name) continue;
        if (field.middlewares?.length || field.roles !== undefined || field.params?.length) continue;
        if (hasResolver(definition.target, field.schemaName)) continue;
        graphqlField.resolve = undefined;
        unwrapped += 1;
      }
    }
  }
  return unwrapped;
}
