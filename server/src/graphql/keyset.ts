import { raw } from '@mikro-orm/core';
import { fieldError } from './errors.js';

/**
 * Keyset paging on (sort key, id): a cursor holds the last row's sort value and id, so rows
 * inserted or removed ahead of it shift nothing (an offset would repeat or skip rows).
 * Ties and the id go ascending; nulls sort as PostgreSQL puts them (last ascending, first
 * descending). Timestamps compare at millisecond precision, the precision a cursor can carry.
 */
export interface SortKey {
  /** Column name in the table. */
  column: string;
  kind: 'timestamp' | 'text';
  direction: 'asc' | 'desc';
}

export interface Keyset {
  value: string | null;
  id: string;
}

const expression = (key: SortKey, alias: string) =>
  key.kind === 'timestamp' ? `date_trunc('milliseconds', ${alias}.${key.column})` : `${alias}.${key.column}`;

const param = (key: SortKey) => (key.kind === 'timestamp' ? '?::timestamptz' : '?');

/** The ORDER BY of a keyset list: the sort key, then the id. */
export function keysetOrder(key: SortKey): Record<string, 'asc' | 'desc'>[] {
  return [{ [raw((alias) => expression(key, alias))]: key.direction }, { id: 'asc' }];
}

/** The WHERE condition for the rows after `cursor` in that order. */
export function keysetAfter(key: SortKey, cursor: Keyset): Record<string, []> {
  const sql = (alias: string) => {
    const expr = expression(key, alias);
    const id = `${alias}.id`;
    if (cursor.value === null) {
      // nulls are last ascending: only later nulls follow; first descending: then every non-null
      return key.direction === 'asc' ? `(${expr} is null and ${id} > ?)` : `((${expr} is null and ${id} > ?) or ${expr} is not null)`;
    }
    const beyond = key.direction === 'asc' ? `${expr} > ${param(key)} or ${expr} is null` : `${expr} < ${param(key)}`;
    return `(${beyond} or (${expr} = ${param(key)} and ${id} > ?))`;
  };
  const params = cursor.value === null ? [cursor.id] : [cursor.value, cursor.value, cursor.id];
  return { [raw((alias) => sql(alias), params) as unknown as string]: [] };
}

/** The cursor's value of a row's sort key. */
export function keyValue(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return value instanceof Date ? value.toISOString() : String(value);
}

/** An opaque cursor for one list (`scope` names the list and its order, so cursors do not cross). */
export function encodeKeyset(scope: string, keyset: Keyset): string {
  return Buffer.from(JSON.stringify([scope, keyset.value, keyset.id])).toString('base64url');
}

/** A cursor carries its row's sort value (a company name may be 300 characters), base64url JSON. */
export const MAX_CURSOR_LENGTH = 2048;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads a cursor of this list and order; anything else is BAD_USER_INPUT on `after`. */
export function decodeKeyset(scope: string, key: SortKey, cursor: string): Keyset {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  const [s, value, id] = Array.isArray(parsed) && parsed.length === 3 ? parsed : [];
  const valid =
    s === scope &&
    typeof id === 'string' &&
    UUID.test(id) &&
    (value === null || (typeof value === 'string' && (key.kind !== 'timestamp' || !Number.isNaN(Date.parse(value)))));
  if (!valid) throw fieldError('after', 'after must be a cursor from this list in the same order');
  return { value: value as string | null, id: id as string };
}
