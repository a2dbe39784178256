import { z } from 'zod';
import { defineEvents, type PayloadsOf } from '../events/catalogue.js';

/**
 * Timeline entries and follow-ups. Each event carries its lead and what a timeline needs to place
 * the item (kind, moment), so an open timeline filters and orders it without a query.
 */
export const correspondenceEvents = defineEvents('correspondence', {
  TIMELINE_ENTRY_ADDED: { subjectType: 'TimelineEntry', payload: z.object({ leadId: z.string(), kind: z.string(), occurredAt: z.string() }) },
  FOLLOW_UP_CREATED: {
    subjectType: 'FollowUp',
    payload: z.object({ leadId: z.string(), title: z.string(), ownerId: z.string(), dueAt: z.string(), entryId: z.string().nullable(), createdAt: z.string() }),
  },
  // resultEntryId: the FOLLOW_UP_RESULT entry that puts the result on the timeline
  FOLLOW_UP_CLOSED: { subjectType: 'FollowUp', payload: z.object({ leadId: z.string(), title: z.string(), resultEntryId: z.string(), occurredAt: z.string() }) },
});

export const CORRESPONDENCE_TOPIC = correspondenceEvents.topic;

/** The lead's key changes a timeline shows read-only, from the event log. */
export const LEAD_KEY_CHANGES: readonly string[] = ['LEAD_CREATED', 'LEAD_STAGE_CHANGED', 'PRICING_RUN_CREATED'];

declare module '../events/catalogue.js' {
  interface DeclaredEvents extends PayloadsOf<typeof correspondenceEvents> {}
}
