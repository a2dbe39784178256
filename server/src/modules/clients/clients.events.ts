import { z } from 'zod';
import { change, defineEvents, withChanges, type PayloadsOf } from '../events/catalogue.js';

export type { PayloadsOf };

/** The profile fields whose edits are recorded as `{ from, to }`. */
export const CLIENT_CHANGES = [
  'legalForm', 'fullName', 'shortName', 'inn', 'kpp', 'ogrn', 'regionCode', 'okvedCode', 'taxRegime', 'vatPayer', 'hasEmployees',
  'headcount', 'profitAdvances', 'hasProperty', 'hasTransport', 'hasLand', 'patents', 'serviceAreas', 'serviceStartDate', 'contacts',
] as const;

const scheduleCounts = { added: z.number().int(), removed: z.number().int(), redated: z.number().int(), cancelled: z.number().int() };

/** Clients, their accountants per area and their compliance schedules. */
export const clientEvents = defineEvents('clients', {
  CLIENT_CREATED: { subjectType: 'Client', payload: z.object({ shortName: z.string(), leadId: z.string().nullable() }) },
  CLIENT_UPDATED: {
    subjectType: 'Client',
    // the short name as it is now, unless it is itself among the changes
    payload: withChanges({ shortName: z.union([z.string(), change]) }, CLIENT_CHANGES),
    changes: CLIENT_CHANGES,
  },
  CLIENT_ACCEPTED: {
    subjectType: 'Client',
    payload: z.object({ shortName: z.string(), status: change, since: z.string(), obligations: z.number().int(), provisional: z.number().int() }),
    changes: ['status'],
  },
  CLIENT_STATUS_CHANGED: { subjectType: 'Client', payload: z.object({ shortName: z.string(), status: change, since: z.string() }), changes: ['status'] },
  CLIENT_AREA_ASSIGNED: {
    subjectType: 'Client',
    // moved: open obligations of the area due from `fromDate` that went to the new accountant
    payload: z.object({ shortName: z.string(), area: z.string(), accountant: change, fromDate: z.string(), toDate: z.string().nullable(), moved: z.number().int() }),
    changes: ['accountant'],
    references: { accountant: 'User' },
  },
  CLIENT_SCHEDULE_CHANGED: {
    subjectType: 'Client',
    // cancelled: open items the new profile no longer needs that kept a note or had begun, now NOT_REQUIRED;
    // confirmed: items no longer provisional, an official production calendar dating them
    payload: z.object({ shortName: z.string(), ...scheduleCounts, confirmed: z.number().int().optional() }),
  },
  // a user's private calendar feed of their obligations: issued (rotated: in place of an earlier URL) or revoked
  OBLIGATION_FEED_ISSUED: { subjectType: 'User', payload: z.object({ rotated: z.boolean() }) },
  OBLIGATION_FEED_REVOKED: { subjectType: 'User', payload: z.object({}) },
  // how many days before a due date the user is reminded (0: no advance reminder)
  OBLIGATION_REMINDERS_SET: { subjectType: 'User', payload: z.object({ daysBefore: z.number().int() }) },
  OBLIGATION_STATUS_CHANGED: {
    subjectType: 'Obligation',
    payload: z.object({ clientId: z.string(), title: z.string(), status: change, doneDate: z.string().nullable().optional(), note: z.string().nullable().optional(), reason: z.string().nullable().optional() }),
    changes: ['status'],
  },
});

declare module '../events/catalogue.js' {
  interface DeclaredEvents extends PayloadsOf<typeof clientEvents> {}
}
