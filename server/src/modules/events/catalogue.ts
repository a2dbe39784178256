import { z } from 'zod';

/**
 * The event catalogue: every area declares its events once (`<area>.events.ts`) with their topic,
 * subject and payload schema. The writer, the readers and the tests use that one definition, and
 * an event of an undeclared type, or whose payload fails its schema, is refused when written.
 */

/** A `{ from, to }` pair: one field's change. */
export const change = z.object({ from: z.unknown(), to: z.unknown() });

/**
 * A payload with `base` fields plus `{ from, to }` changes of the named fields beside them (as
 * `{ name, ...changes }` writes it); any other key is refused.
 */
export function withChanges<T extends z.ZodRawShape>(base: T, fields: readonly string[]) {
  const allowed = new Set([...Object.keys(base), ...fields]);
  return z.looseObject(base).superRefine((value, ctx) => {
    for (const [key, item] of Object.entries(value)) {
      if (!allowed.has(key)) ctx.addIssue({ code: 'custom', path: [key], message: 'not a field of this event' });
      else if (!(key in base) && !change.safeParse(item).success) ctx.addIssue({ code: 'custom', path: [key], message: 'expected { from, to }' });
    }
  });
}

export interface EventSpec<P extends z.ZodType = z.ZodType> {
  /** What the event is about (`Lead`, `Task`, …); its id is the event's subjectId. */
  subjectType: string;
  payload: P;
  /** Payload keys whose values are `{ from, to }` changes; the GraphQL `ChangedField` enum is made of them. */
  changes?: readonly string[];
  /** Payload or change keys whose values are amounts in integer kopecks (shown as ₽). */
  money?: readonly string[];
  /** Change keys whose values are ids of another record (or lists of them), shown by its name. */
  references?: Readonly<Record<string, ReferenceKind>>;
}

/** What a reference field points at: the audit log names it from that table. */
export type ReferenceKind = 'User' | 'LeadSource';

/** How a reader shows a field's value. */
export type FieldKind = 'VALUE' | 'MONEY' | 'REFERENCE';

export interface Catalogue<T extends Record<string, EventSpec>> {
  topic: string;
  events: T;
}

/**
 * Each area merges its events into this interface (type → payload as written), which types every
 * writer: `declare module '../events/catalogue.js' { interface DeclaredEvents extends PayloadsOf<typeof x> {} }`.
 */
export interface DeclaredEvents {}

export type PayloadsOf<C extends Catalogue<Record<string, EventSpec>>> = {
  [K in keyof C['events']]: z.input<C['events'][K]['payload']>;
};

export type EventType = Extract<keyof DeclaredEvents, string>;

interface Declared {
  type: string;
  topic: string;
  spec: EventSpec;
}

const declared = new Map<string, Declared>();

/** Declares an area's events; a type declared by two areas is a programming error. */
export function defineEvents<const T extends Record<string, EventSpec>>(topic: string, events: T): Catalogue<T> {
  for (const [type, spec] of Object.entries(events)) {
    const known = declared.get(type);
    if (known && known.spec !== spec) throw new Error(`Event type ${type} is declared twice (${known.topic}, ${topic})`);
    declared.set(type, { type, topic, spec });
  }
  return { topic, events };
}

export class UndeclaredEventError extends Error {
  override name = 'UndeclaredEventError';
}

/** The declaration of a type, or an error naming what is wrong. */
export function declarationOf(type: string): Declared {
  const found = declared.get(type);
  if (!found) throw new UndeclaredEventError(`Event type ${type} is not declared in any area's event catalogue (<area>.events.ts)`);
  return found;
}

/** Checks an event about to be written: declared type, matching topic and subject, payload that fits. */
export function checkEvent(event: { topic?: string; type: string; subjectType?: string | null; data?: unknown }): { topic: string } {
  const { topic, spec } = declarationOf(event.type);
  if (event.topic !== undefined && event.topic !== topic) throw new UndeclaredEventError(`Event type ${event.type} belongs to topic ${topic}, not ${event.topic}`);
  if (event.subjectType && event.subjectType !== spec.subjectType) {
    throw new UndeclaredEventError(`Event type ${event.type} is about ${spec.subjectType}, not ${event.subjectType}`);
  }
  const parsed = spec.payload.safeParse(event.data ?? {});
  if (!parsed.success) throw new UndeclaredEventError(`Event ${event.type} has a payload that fails its schema: ${z.prettifyError(parsed.error)}`);
  return { topic };
}

/** Every declared event type, sorted: the GraphQL `EventType` enum. */
export function declaredEventTypes(): string[] {
  return [...declared.keys()].sort();
}

/** Every payload key any event declares as a change: the GraphQL `ChangedField` enum. */
export function declaredChangedFields(): string[] {
  return [...new Set([...declared.values()].flatMap((d) => d.spec.changes ?? []))].sort();
}

/** The change keys an event type declares. */
export function changedFieldsOf(type: string): readonly string[] {
  return declared.get(type)?.spec.changes ?? [];
}

/** The topic an event type belongs to. */
export function topicOf(type: string): string {
  return declarationOf(type).topic;
}

/** How an event type's field is shown: an amount, a reference by name, or its value as it is. */
export function fieldKindOf(type: string, field: string): FieldKind {
  const spec = declared.get(type)?.spec;
  if (spec?.money?.includes(field)) return 'MONEY';
  if (spec?.references?.[field]) return 'REFERENCE';
  return 'VALUE';
}

/** What a reference field of an event type points at, if it is one. */
export function referenceKindOf(type: string, field: string): ReferenceKind | null {
  return declared.get(type)?.spec.references?.[field] ?? null;
}

/** The payload keys an event type declares as money. */
export function moneyFieldsOf(type: string): readonly string[] {
  return declared.get(type)?.spec.money ?? [];
}
