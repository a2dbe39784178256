import { z } from 'zod';
import { change, defineEvents, type PayloadsOf } from '../events/catalogue.js';

/** Whose timeline an item is on: a lead's, a client's, or both (written after acceptance). */
const owner = { leadId: z.string().nullable(), clientId: z.string().nullable().optional() };

/**
 * Timeline entries, follow-ups and document requests. Each event carries its lead and client and
 * what a timeline needs to place the item (kind, moment), so an open timeline filters and orders
 * it without a query.
 */
export const correspondenceEvents = defineEvents('correspondence', {
  TIMELINE_ENTRY_ADDED: { subjectType: 'TimelineEntry', payload: z.object({ ...owner, kind: z.string(), occurredAt: z.string() }) },
  FOLLOW_UP_CREATED: {
    subjectType: 'FollowUp',
    payload: z.object({ ...owner, title: z.string(), ownerId: z.string(), dueAt: z.string(), entryId: z.string().nullable(), createdAt: z.string() }),
  },
  // resultEntryId: the FOLLOW_UP_RESULT entry that puts the result on the timeline
  FOLLOW_UP_CLOSED: { subjectType: 'FollowUp', payload: z.object({ ...owner, title: z.string(), resultEntryId: z.string(), occurredAt: z.string() }) },
  DOCUMENT_REQUEST_CREATED: {
    subjectType: 'DocumentRequest',
    payload: z.object({ ...owner, dueDate: z.string(), responsibleId: z.string(), items: z.array(z.string()), createdAt: z.string() }),
  },
  // assignee: the person responsible; documents: the items' descriptions, when the list changed
  DOCUMENT_REQUEST_UPDATED: {
    subjectType: 'DocumentRequest',
    payload: z.object({ ...owner, dueDate: change.optional(), assignee: change.optional(), documents: change.optional() }),
    changes: ['dueDate', 'assignee', 'documents'],
    references: { assignee: 'User' },
  },
  DOCUMENT_REQUEST_ITEM_MARKED: {
    subjectType: 'DocumentRequest',
    payload: z.object({ ...owner, item: z.string(), status: change, note: z.string().nullable(), entryId: z.string().nullable(), requestStatus: z.string() }),
    changes: ['status'],
  },
});

export const CORRESPONDENCE_TOPIC = correspondenceEvents.topic;

/** The lead's key changes a timeline shows read-only, from the event log. */
export const LEAD_KEY_CHANGES: readonly string[] = ['LEAD_CREATED', 'LEAD_STAGE_CHANGED', 'PRICING_RUN_CREATED'];

/** The client's key changes: created (from the lead or directly), accepted, its status. */
export const CLIENT_KEY_CHANGES: readonly string[] = ['CLIENT_CREATED', 'CLIENT_ACCEPTED', 'CLIENT_STATUS_CHANGED'];

/** What of the lead's contracts a timeline shows: signatures and termination. */
export const CONTRACT_KEY_CHANGES: readonly string[] = ['CONTRACT_SIGNED_BY_FIRM', 'CONTRACT_SIGNED_BY_CLIENT', 'CONTRACT_TERMINATED'];

declare module '../events/catalogue.js' {
  interface DeclaredEvents extends PayloadsOf<typeof correspondenceEvents> {}
}
