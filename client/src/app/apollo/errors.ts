import { CombinedGraphQLErrors } from '@apollo/client';
import type { TFunction } from 'i18next';

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

interface FieldError {
  field: string;
  message: string;
}

function isFieldError(value: unknown): value is FieldError {
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

/** Field messages from BAD_USER_INPUT errors (`extensions.fields`), keyed by input field name. */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!CombinedGraphQLErrors.is(error)) return {};
  const result: Record<string, string> = {};
  for (const graphQLError of error.errors) {
    const fields = graphQLError.extensions?.fields;
    if (!Array.isArray(fields)) continue;
    for (const entry of fields) {
      // inputs arrive as `input.email` or `email`; forms know the last segment
      if (isFieldError(entry)) result[entry.field.split('.').pop()!] ??= entry.message;
    }
  }
  return result;
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
