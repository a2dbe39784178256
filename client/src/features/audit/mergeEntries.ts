/** Merges lists of entries into one newest-first list (by their number in the firm's log) without duplicate ids. */
export function mergeNewestFirst<T extends { id: string; seq: number }>(...lists: readonly (readonly T[])[]): T[] {
  const byId = new Map<string, T>();
  for (const list of lists) {
    for (const entry of list) if (!byId.has(entry.id)) byId.set(entry.id, entry);
  }
  return [...byId.values()].sort((a, b) => b.seq - a.seq);
}
