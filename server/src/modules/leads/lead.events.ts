import { z } from 'zod';
import { change, defineEvents, withChanges, type PayloadsOf } from '../events/catalogue.js';

/** The lead card fields whose edits are recorded as `{ from, to }`. */
export const TRACKED_LEAD_FIELDS = [
  'lastName', 'firstName', 'patronymic', 'legalForm', 'companyName', 'inn', 'taxRegime', 'okvedCode',
  'activity', 'regionCode', 'source', 'phone', 'email', 'owner', 'notes', 'extra',
] as const;

const listItemChange = z.object({ name: change, archived: change });
const leadFieldData = z.object({ key: z.string(), label: z.string(), type: z.string(), options: z.array(z.string()).nullable().optional(), archived: z.boolean() });

/** Leads, the pipeline, imports and the firm's lead lists. */
export const leadEvents = defineEvents('leads', {
  LEAD_CREATED: { subjectType: 'Lead', payload: z.object({ companyName: z.string(), stage: z.string(), imported: z.string().optional() }) },
  LEAD_UPDATED: {
    subjectType: 'Lead',
    // the company name as it is now, unless it is itself among the changes
    payload: withChanges({ companyName: z.union([z.string(), change]) }, TRACKED_LEAD_FIELDS),
    changes: TRACKED_LEAD_FIELDS,
    references: { owner: 'User', source: 'LeadSource' },
  },
  LEAD_STAGE_CHANGED: { subjectType: 'Lead', payload: z.object({ companyName: z.string(), stage: change, lostReason: z.string().optional() }), changes: ['stage'] },
  LEADS_IMPORTED: { subjectType: 'Firm', payload: z.object({ file: z.string(), imported: z.number().int(), skipped: z.number().int() }) },
  LEAD_SOURCE_ADDED: { subjectType: 'LeadSource', payload: z.object({ name: z.string() }) },
  LEAD_SOURCE_CHANGED: { subjectType: 'LeadSource', payload: listItemChange, changes: ['name', 'archived'] },
  LOST_REASON_ADDED: { subjectType: 'LostReason', payload: z.object({ name: z.string() }) },
  LOST_REASON_CHANGED: { subjectType: 'LostReason', payload: listItemChange, changes: ['name', 'archived'] },
  LEAD_FIELD_ADDED: { subjectType: 'LeadField', payload: leadFieldData },
  LEAD_FIELD_CHANGED: { subjectType: 'LeadField', payload: leadFieldData },
});

declare module '../events/catalogue.js' {
  interface DeclaredEvents extends PayloadsOf<typeof leadEvents> {}
}
