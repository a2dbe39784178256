import { describe, expect, it } from 'vitest';
import { GraphQLID, getNamedType, isInputObjectType, isObjectType, type GraphQLArgument, type GraphQLSchema } from 'graphql';
import { GraphQLJSON, GraphQLJSONObject } from 'graphql-scalars';
import { getMetadataStorage } from 'type-graphql';
import { buildSchema } from '../composition/schema.js';
import { inputFieldsOf, validationMetadataOf } from './validation.js';

/**
 * Every argument of every operation and of every field below the roots, and every field of every
 * input object reachable from one,
 * must be held by a rule the edge enforces (graphql/validation.ts): a string has a maximum
 * length (and a required one refuses blanks), an id is a UUID, a list has a maximum size, and a
 * nested input object is an input class the walker descends into.
 */
async function unvalidatedInputs(): Promise<string[]> {
  const schema: GraphQLSchema = await buildSchema();
  const storage = getMetadataStorage();
  const problems: string[] = [];
  const checked = new Set<Function>();

  const checkClass = (target: Function, where: string) => {
    if (checked.has(target)) return;
    checked.add(target);
    const fields = inputFieldsOf(target);
    if (!fields) return void problems.push(`${where}: ${target.name} is not an input or args class the walker knows`);
    for (const field of fields) {
      const at = `${where} → ${target.name}.${field.name}`;
      const type = field.type;
      const rules = validationMetadataOf(target, field.name);
      const has = (name: string, each = field.list) => rules.some((r) => r.name === name && (!each || r.each));
      if (field.list && !has('arrayMaxSize', false)) problems.push(`${at}: a list without @ArrayMaxSize`);
      if (field.kind === 'input') {
        checkClass(field.target!, at);
        continue;
      }
      if (type === GraphQLJSON || type === GraphQLJSONObject) continue; // walked with JSON_LIMITS
      if (type === String) {
        const bounded = has('maxLength') || rules.some((r) => r.name === 'isLength' && r.constraints?.[1] !== undefined && (!field.list || r.each));
        if (!bounded) problems.push(`${at}: a string without a maximum length`);
        const required = field.required && !field.list;
        if (required && !field.notBlank && !has('isEmail') && !has('allowBlank')) problems.push(`${at}: a required string that accepts blanks (declare a minimum length)`);
      }
      if (type === GraphQLID && !has('isUuid')) problems.push(`${at}: an id without @IsUUID`);
    }
  };

  type Param = NonNullable<(typeof storage.queries)[number]['params']>[number];
  const checkParams = (where: string, all: readonly Param[], args: readonly GraphQLArgument[]) => {
    const params = all.filter((p): p is Extract<Param, { kind: 'arg' | 'args' }> => p.kind === 'arg' || p.kind === 'args');
    const covered = new Set<string>();
    for (const param of params) {
      const type = param.getType();
      if (param.kind === 'args') {
        inputFieldsOf(type)?.forEach((f) => covered.add(f.name));
        checked.delete(type as Function); // args classes are re-reported per operation
        checkClass(type as Function, where);
      } else {
        covered.add(param.name);
        if (inputFieldsOf(type)) checkClass(type as Function, `${where}(${param.name})`);
        else if (param.typeOptions.array && !inputFieldsOf(type)) problems.push(`${where}(${param.name}): a plain list argument has no size limit`);
        // plain String and ID arguments: length, characters and UUID (or cursor) rules of validateArgument
      }
    }
    for (const arg of args) {
      if (!covered.has(arg.name)) problems.push(`${where}(${arg.name}): not declared through @Arg/@Args`);
      if (isInputObjectType(getNamedType(arg.type)) && !params.length) problems.push(`${where}(${arg.name}): an input object outside the walker`);
    }
  };

  const operations = [
    ['Query', storage.queries],
    ['Mutation', storage.mutations],
    ['Subscription', storage.subscriptions],
  ] as const;
  for (const [rootName, handlers] of operations) {
    const root = schema.getType(rootName);
    if (!root || !('getFields' in root)) continue;
    for (const [name, field] of Object.entries(root.getFields())) {
      const handler = handlers.find((h) => h.schemaName === name);
      if (!handler) {
        problems.push(`${rootName}.${name}: no resolver metadata`);
        continue;
      }
      checkParams(`${rootName}.${name}`, handler.params ?? [], field.args);
    }
  }
  // arguments of fields below the roots (Client.obligations): reached from an operation too
  const typeNames = new Map<Function, string>([...storage.objectTypes, ...storage.interfaceTypes].map((t) => [t.target, t.name]));
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || ['Query', 'Mutation', 'Subscription'].includes(type.name)) continue;
    for (const [name, field] of Object.entries(type.getFields())) {
      if (!field.args.length) continue;
      const handler = storage.fieldResolvers.find((r) => r.schemaName === name && r.getObjectType && typeNames.get(r.getObjectType()) === type.name);
      if (!handler) {
        problems.push(`${type.name}.${name}: arguments without field-resolver metadata`);
        continue;
      }
      checkParams(`${type.name}.${name}`, handler.params ?? [], field.args);
    }
  }
  return problems;
}

describe('every input reachable from an operation is validated at the edge', () => {
  it('has a rule for every string, id, list and nested input object', async () => {
    expect(await unvalidatedInputs()).toEqual([]);
  });
});
