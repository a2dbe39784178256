import { CombinedGraphQLErrors } from '@apollo/client';
import type { TFunction } from 'i18next';
import i18n from 'i18next';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'INTERNAL_SERVER_ERROR';

const KNOWN_CODES: readonly string[] = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'INTERNAL_SERVER_ERROR',
];

export interface ServerFieldError {
  field: string;
  /** The server's own words (English, specific). */
  message: string;
  /** A stable reason such as INN_CHECKSUM or isEmail, translated under `validation.*`. */
  code?: string;
}

function isFieldError(value: unknown): value is ServerFieldError {
  if (typeof value !== 'object' || value === null) return false;
  const { field, message } = value as Record<string, unknown>;
  return typeof field === 'string' && typeof message === 'string';
}

/** The `extensions.code` of the first GraphQL error, if it is one we know. */
export function errorCode(error: unknown): ErrorCode | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const code = error.errors[0]?.extensions?.code;
  return typeof code === 'string' && KNOWN_CODES.includes(code) ? (code as ErrorCode) : undefined;
}

/** Every field problem of BAD_USER_INPUT errors (`extensions.fields`). */
export function serverFieldErrors(error: unknown): ServerFieldError[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((graphQLError) => {
    const fields = graphQLError.extensions?.fields;
    return Array.isArray(fields) ? fields.filter(isFieldError) : [];
  });
}

/**
 * The message for the user: in English the server's specific words; in another language the
 * translation of its code, when there is one.
 */
export function fieldMessage(entry: ServerFieldError): string {
  const key = `validation.${entry.code}`;
  if (!entry.code || i18n.language === 'en' || !i18n.exists(key)) return entry.message;
  return i18n.t(key);
}

/** Field messages keyed by the field path the caller's form uses (first message of a field wins). */
export function fieldErrorsBy(error: unknown, keyOf: (field: string) => string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const entry of serverFieldErrors(error)) result[keyOf(entry.field)] ??= fieldMessage(entry);
  return result;
}

/** Field messages keyed by input name: inputs arrive as `input.email` or `email`, forms know the last segment. */
export function fieldErrors(error: unknown): Record<string, string> {
  return fieldErrorsBy(error, (field) => field.split('.').pop()!);
}

/** A sentence for the user; field-level details are shown beside the fields instead. */
export function errorMessage(error: unknown, t: TFunction): string {
  if (!CombinedGraphQLErrors.is(error)) return t('errors.network');
  const code = errorCode(error);
  const retryAfter = error.errors[0]?.extensions?.retryAfterSeconds;
  if (code === 'TOO_MANY_REQUESTS' && typeof retryAfter === 'number') {
    return t('errors.TOO_MANY_REQUESTS_RETRY', { seconds: Math.ceil(retryAfter) });
  }
  if (code && code !== 'BAD_USER_INPUT') return t(`errors.${code}`);
  return error.errors[0]?.message ?? t('errors.INTERNAL_SERVER_ERROR');
}
