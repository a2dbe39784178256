import { getMetadataStorage as validatorStorage, validate, ValidateBy, ValidationError, type ValidatorOptions } from 'class-validator';
import { GraphQLID, getNamedType, isScalarType, type GraphQLInputType } from 'graphql';
import { GraphQLJSON, GraphQLJSONObject } from 'graphql-scalars';
import { ArgumentValidationError, getMetadataStorage, type ResolverData, type ValidatorFn } from 'type-graphql';
import { AppError, type FieldError } from './errors.js';

/**
 * Every argument is checked here, once, before any resolver runs: the class-validator rules of
 * an @InputType/@ArgsType class and of every input object nested in it at any depth (found
 * through type-graphql's metadata, so no @ValidateNested is needed or used), plus rules that
 * hold for every string: no NUL and no unpaired UTF-16 surrogate (PostgreSQL refuses both),
 * not blank where a minimum length is declared (services trim). Plain scalar arguments get the
 * same character check, a length cap, and ids a UUID check.
 */

type ValidationMetadata = ReturnType<ReturnType<typeof validatorStorage>['getTargetValidationMetadatas']>[number];
type TypeValue = Parameters<ValidatorFn>[1];

const VALIDATOR_OPTIONS: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false };

/** Longest plain String argument (`okvedCodes(search)`); inputs declare their own limits. */
export const SCALAR_STRING_MAX = 200;
/** Opaque cursor ids (`after`) are event numbers, checked by their resolvers; everything else named ID is a UUID. */
export const CURSOR_ARG = 'after';
/** Limits for free-form JSON inputs (a lead's extra fields). */
export const JSON_LIMITS = { depth: 4, entries: 100, string: 10_000 } as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const BAD_CHARACTERS = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Marks a required string that may be empty on purpose (an empty file is answered by the service
 * with its own reason); the schema test accepts it in place of a minimum length.
 */
export const AllowBlank = () => ValidateBy({ name: 'allowBlank', validator: { validate: () => true } });

export const hasBadCharacters = (text: string): boolean => BAD_CHARACTERS.test(text);

export type InputFieldKind = 'input' | 'json' | 'other';

export interface InputFieldInfo {
  name: string;
  kind: InputFieldKind;
  /** The input class, for kind 'input'. */
  target?: Function;
  /** The declared type: an input class, a scalar, String, an enum. */
  type: unknown;
  list: boolean;
  /** Non-null without a default: the caller must give it. */
  required: boolean;
  /** Trimmed-blank strings are refused: the field declares a minimum length of at least 1. */
  notBlank: boolean;
}

const JSON_SCALARS: unknown[] = [GraphQLJSON, GraphQLJSONObject];
const fieldsCache = new Map<Function, InputFieldInfo[] | null>();

function classFields(target: Function): { fields: ReturnType<typeof getMetadataStorage>['fields'] } | null {
  const storage = getMetadataStorage();
  const own = storage.inputTypes.find((t) => t.target === target) ?? storage.argumentTypes.find((t) => t.target === target);
  if (!own) return null;
  // type-graphql keeps inherited fields on the parent class (e.g. UpdateTaskArgs extends TaskVersionArgs)
  const fields = storage.fields.filter((f) => {
    for (let c: Function | null = target; c && c !== Function.prototype; c = Object.getPrototypeOf(c)) if (f.target === c) return true;
    return false;
  });
  const seen = new Set<string>();
  return { fields: fields.filter((f) => (seen.has(f.name) ? false : (seen.add(f.name), true))) };
}

/** Minimum length a string property declares (Length, MinLength), 0 when none. */
export function declaredMinLength(metadata: ValidationMetadata[]): number {
  let min = 0;
  for (const m of metadata) {
    if (m.name === 'isLength' || m.name === 'minLength') min = Math.max(min, Number(m.constraints?.[0] ?? 0));
  }
  return min;
}

export function validationMetadataOf(target: Function, property: string): ValidationMetadata[] {
  return validatorStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .filter((m) => m.propertyName === property);
}

/** The fields of an @InputType or @ArgsType class (with inherited ones), or null for anything else. */
export function inputFieldsOf(target: unknown): InputFieldInfo[] | null {
  if (typeof target !== 'function') return null;
  if (fieldsCache.has(target)) return fieldsCache.get(target)!;
  const found = classFields(target);
  const result = found
    ? found.fields.map((field): InputFieldInfo => {
        const type = field.getType();
        const nested = typeof type === 'function' && (getMetadataStorage().inputTypes.some((t) => t.target === type));
        return {
          name: field.name,
          kind: nested ? 'input' : JSON_SCALARS.includes(type) ? 'json' : 'other',
          target: nested ? (type as Function) : undefined,
          type,
          list: Boolean(field.typeOptions.array),
          required: !field.typeOptions.nullable && field.typeOptions.defaultValue === undefined,
          notBlank: declaredMinLength(validationMetadataOf(target, field.name)) >= 1,
        };
      })
    : null;
  fieldsCache.set(target, result);
  return result;
}

interface Problem {
  path: string;
  code: string;
  message: string;
}

const join = (path: string, name: string) => (path ? `${path}.${name}` : name);

function checkString(value: string, path: string, notBlank: boolean, problems: Problem[]): void {
  if (hasBadCharacters(value)) {
    problems.push({ path, code: 'INVALID_CHARACTERS', message: `${path || 'value'} contains a NUL character or a broken UTF-16 surrogate` });
  } else if (notBlank && value.trim() === '') {
    problems.push({ path, code: 'REQUIRED', message: `${path || 'value'} must not be blank` });
  }
}

function checkJson(value: unknown, path: string, depth: number, problems: Problem[]): void {
  if (typeof value === 'string') {
    checkString(value, path, false, problems);
    if (value.length > JSON_LIMITS.string) problems.push({ path, code: 'maxLength', message: `${path} must be shorter than or equal to ${JSON_LIMITS.string} characters` });
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const entries = Array.isArray(value) ? value.map((item, i) => [`[${i}]`, item] as const) : Object.entries(value);
  if (depth >= JSON_LIMITS.depth || entries.length > JSON_LIMITS.entries) {
    problems.push({ path, code: 'JSON_TOO_LARGE', message: `${path} may nest ${JSON_LIMITS.depth} levels and hold ${JSON_LIMITS.entries} entries at most` });
    return;
  }
  for (const [key, item] of entries) {
    const itemPath = Array.isArray(value) ? `${path}${key}` : join(path, key);
    if (!Array.isArray(value) && hasBadCharacters(key)) problems.push({ path: itemPath, code: 'INVALID_CHARACTERS', message: `${path} has a key with a NUL character or a broken UTF-16 surrogate` });
    checkJson(item, itemPath, depth + 1, problems);
  }
}

async function checkObject(value: object, fields: InputFieldInfo[], path: string, problems: Problem[]): Promise<void> {
  const errors = await validate(value, VALIDATOR_OPTIONS);
  for (const error of errors) {
    // nesting is walked below, so class-validator's own children are not read
    for (const [code, message] of Object.entries(error.constraints ?? {})) problems.push({ path: join(path, error.property), code, message });
  }
  const record = value as Record<string, unknown>;
  await Promise.all(
    fields.map(async (field) => {
      const fieldValue = record[field.name];
      if (fieldValue === null || fieldValue === undefined) return;
      const fieldPath = join(path, field.name);
      const items: [string, unknown][] = field.list && Array.isArray(fieldValue) ? fieldValue.map((item, i) => [`${fieldPath}[${i}]`, item]) : [[fieldPath, fieldValue]];
      for (const [itemPath, item] of items) {
        if (item === null || item === undefined) continue;
        if (field.kind === 'input' && typeof item === 'object') await checkObject(item, inputFieldsOf(field.target)!, itemPath, problems);
        else if (field.kind === 'json') checkJson(item, itemPath, 0, problems);
        else if (typeof item === 'string') checkString(item, itemPath, field.notBlank, problems);
      }
    }),
  );
}

/** The GraphQL arguments of the running field that hold this scalar value, with their types. */
function scalarArgsHolding(value: unknown, data: ResolverData): { name: string; type: GraphQLInputType }[] {
  const field = data.info.parentType.getFields()[data.info.fieldName];
  return (field?.args ?? []).filter((arg) => data.args[arg.name] === value).map((arg) => ({ name: arg.name, type: arg.type }));
}

function checkScalarArg(name: string, type: GraphQLInputType, value: unknown, problems: Problem[]): void {
  const named = getNamedType(type);
  const values = Array.isArray(value) ? value : [value];
  for (const item of values) {
    if (typeof item !== 'string') continue;
    const before = problems.length;
    checkString(item, name, false, problems);
    const max = named === GraphQLID ? 100 : SCALAR_STRING_MAX;
    if (item.length > max) problems.push({ path: name, code: 'maxLength', message: `${name} must be shorter than or equal to ${max} characters` });
    // a malformed id names nothing that exists: NOT_FOUND, as the API answers for unknown ids
    if (named === GraphQLID && name !== CURSOR_ARG && problems.length === before && !UUID.test(item)) throw new AppError('NOT_FOUND', `${name} not found`);
  }
}

function refuse(problems: Problem[]): never {
  const seen = new Set<string>();
  const errors = problems
    .filter((p) => (seen.has(`${p.path}\n${p.code}`) ? false : (seen.add(`${p.path}\n${p.code}`), true)))
    .map((p) => Object.assign(new ValidationError(), { property: p.path, constraints: { [p.code]: p.message }, children: [] }));
  throw new ArgumentValidationError(errors);
}

/**
 * The edge's rules for a value that arrives another way than as a GraphQL argument (a row of an
 * imported file): the field problems, empty when it would pass.
 */
export async function inputErrors<T extends object>(target: new () => T, value: Partial<T>): Promise<FieldError[]> {
  const problems: Problem[] = [];
  await checkObject(Object.assign(new target(), value), inputFieldsOf(target) ?? [], '', problems);
  return problems.map((p) => ({ field: p.path, message: p.message, code: p.code }));
}

/** type-graphql's `validateFn`: called once per argument (@Arg) or argument class (@Args). */
export async function validateArgument(value: unknown, type: TypeValue, data: ResolverData): Promise<void> {
  if (value === null || value === undefined) return;
  const problems: Problem[] = [];
  const fields = inputFieldsOf(type);
  if (fields) {
    const objects = Array.isArray(value) ? value.map((item, i) => [`[${i}]`, item] as const) : [['', value] as const];
    for (const [path, item] of objects) if (item && typeof item === 'object') await checkObject(item, fields, path, problems);
  } else if (JSON_SCALARS.includes(type)) {
    checkJson(value, '', 0, problems);
  } else if (isScalarType(type) || type === String) {
    for (const arg of scalarArgsHolding(value, data)) checkScalarArg(arg.name, arg.type, value, problems);
  }
  if (problems.length) refuse(problems);
}
