import { registerEnumType } from 'type-graphql';
import { declaredChangedFields, declaredEventTypes } from './catalogue.js';

/**
 * GraphQL enums of what the catalogues declare: `EventType` (every event type) and `ChangedField`
 * (every field an event records as `{ from, to }`). They are filled from the catalogues just before
 * the schema is built, when every area has declared its events.
 */
export const EventTypeEnum: Record<string, string> = {};
export const ChangedFieldEnum: Record<string, string> = {};

registerEnumType(EventTypeEnum, { name: 'EventType', description: "What happened; declared in each area's event catalogue" });
registerEnumType(ChangedFieldEnum, { name: 'ChangedField', description: 'A field whose change an event records as { from, to }' });

/** Fills the enums from the catalogues; call once every area's `*.events.ts` is loaded. */
export function fillEventEnums(): void {
  for (const type of declaredEventTypes()) EventTypeEnum[type] = type;
  // enum names in UPPER_SNAKE (`companyName` → COMPANY_NAME); values stay the payload's keys
  for (const field of declaredChangedFields()) ChangedFieldEnum[field.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()] = field;
}
