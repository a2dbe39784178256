/**
 * The kinds of notification: each area declares its own with `declareNotificationKinds`, and
 * `notify` refuses a kind nobody declared (the client words each declared kind in ru and en).
 */
const declared = new Map<string, string>();

export function declareNotificationKinds<const K extends readonly string[]>(area: string, kinds: K): K {
  for (const kind of kinds) {
    const owner = declared.get(kind);
    if (owner && owner !== area) throw new Error(`Notification kind ${kind} is declared by ${owner} and ${area}`);
    declared.set(kind, area);
  }
  return kinds;
}

export function isDeclaredNotificationKind(kind: string): boolean {
  return declared.has(kind);
}

/** Every declared kind, sorted (the client's translations are checked against this list). */
export function declaredNotificationKinds(): string[] {
  return [...declared.keys()].sort();
}

/** The area that declared a kind (for grouping the kinds on the preferences page). */
export function areaOfNotificationKind(kind: string): string | undefined {
  return declared.get(kind);
}
