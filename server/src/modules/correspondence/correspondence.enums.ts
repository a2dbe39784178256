import { registerEnumType } from 'type-graphql';

/**
 * What a timeline entry is; a follow-up's result is written when it is closed. Another channel
 * (e.g. e-mail) adds its kind here and the same name to TimelineKind.
 */
export enum EntryKind {
  CALL = 'CALL',
  MEETING = 'MEETING',
  NOTE = 'NOTE',
  FOLLOW_UP_RESULT = 'FOLLOW_UP_RESULT',
  /** A letter sent or received over the firm's mailbox (written by the mail area, linked to the letter). */
  EMAIL = 'EMAIL',
}

/** What a timeline shows: written entries, promised follow-ups and key changes from the event log. */
export enum TimelineKind {
  CALL = 'CALL',
  MEETING = 'MEETING',
  NOTE = 'NOTE',
  FOLLOW_UP = 'FOLLOW_UP',
  FOLLOW_UP_RESULT = 'FOLLOW_UP_RESULT',
  EMAIL = 'EMAIL',
  DOCUMENT_REQUEST = 'DOCUMENT_REQUEST',
  CHANGE = 'CHANGE',
}

export enum ContactDirection {
  INCOMING = 'INCOMING',
  OUTGOING = 'OUTGOING',
}

export enum FollowUpStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
}

/** What a document request asks for, item by item. */
export enum DocumentItemKind {
  BANK_STATEMENTS = 'BANK_STATEMENTS',
  PRIMARY_DOCUMENTS = 'PRIMARY_DOCUMENTS',
  STAFF_CHANGES = 'STAFF_CHANGES',
  OTHER = 'OTHER',
}

export enum DocumentItemStatus {
  PENDING = 'PENDING',
  RECEIVED = 'RECEIVED',
  WAIVED = 'WAIVED',
}

/** A request as a whole: nothing settled yet, some items settled, every item received or waived. */
export enum DocumentRequestStatus {
  OPEN = 'OPEN',
  PARTIAL = 'PARTIAL',
  COMPLETE = 'COMPLETE',
}

registerEnumType(EntryKind, { name: 'EntryKind', description: 'A call, a meeting, a note, the result a follow-up was closed with, or an e-mail' });
registerEnumType(TimelineKind, { name: 'TimelineKind', description: 'What a timeline item is; entry kinds have the same names; CHANGE items come read-only from the event log' });
registerEnumType(ContactDirection, { name: 'ContactDirection', description: 'Who started the contact: the client (INCOMING) or the firm (OUTGOING)' });
registerEnumType(FollowUpStatus, { name: 'FollowUpStatus' });
registerEnumType(DocumentItemKind, { name: 'DocumentItemKind', description: 'Bank statements (for a period), primary documents, staff changes, or anything else' });
registerEnumType(DocumentItemStatus, { name: 'DocumentItemStatus', description: 'Still awaited, received (with a note or the entry that brought it), or waived' });
registerEnumType(DocumentRequestStatus, { name: 'DocumentRequestStatus', description: 'Derived from the items: OPEN (none settled), PARTIAL, COMPLETE (every item received or waived)' });
