const NUMERIC = /^\d+$/;

/** Orders audit ids newest first; ids are numeric strings that grow within a firm. */
export function compareIdsNewestFirst(a: string, b: string): number {
  if (NUMERIC.test(a) && NUMERIC.test(b)) {
    const [x, y] = [BigInt(a), BigInt(b)];
    return x === y ? 0 : x > y ? -1 : 1;
  }
  return b.localeCompare(a);
}

/** Merges lists of entries into one newest-first list without duplicate ids. */
export function mergeNewestFirst<T extends { id: string }>(...lists: readonly (readonly T[])[]): T[] {
  const byId = new Map<string, T>();
  for (const list of lists) {
    for (const entry of list) if (!byId.has(entry.id)) byId.set(entry.id, entry);
  }
  return [...byId.values()].sort((a, b) => compareIdsNewestFirst(a.id, b.id));
}
