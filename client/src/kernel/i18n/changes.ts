/** One line of a change history, in words, ready to show. */
export interface ChangeLine {
  key: string;
  text: string;
}

/** How events record a changed field: `{ from, to }`. */
export interface Transition {
  from?: unknown;
  to?: unknown;
}

export function isTransition(value: unknown): value is Transition {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => key === 'from' || key === 'to');
}
