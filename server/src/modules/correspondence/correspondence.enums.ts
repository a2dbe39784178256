import { registerEnumType } from 'type-graphql';

/** What a person writes on a timeline; a follow-up's result is written when it is closed. */
export enum EntryKind {
  CALL = 'CALL',
  MEETING = 'MEETING',
  NOTE = 'NOTE',
  FOLLOW_UP_RESULT = 'FOLLOW_UP_RESULT',
}

/** What a timeline shows: written entries, promised follow-ups and key changes from the event log. */
export enum TimelineKind {
  CALL = 'CALL',
  MEETING = 'MEETING',
  NOTE = 'NOTE',
  FOLLOW_UP = 'FOLLOW_UP',
  FOLLOW_UP_RESULT = 'FOLLOW_UP_RESULT',
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

registerEnumType(EntryKind, { name: 'EntryKind', description: 'A call, a meeting, a note, or the result a follow-up was closed with' });
registerEnumType(TimelineKind, { name: 'TimelineKind', description: 'What a timeline item is; CHANGE items come read-only from the event log' });
registerEnumType(ContactDirection, { name: 'ContactDirection', description: 'Who started the contact: the client (INCOMING) or the firm (OUTGOING)' });
registerEnumType(FollowUpStatus, { name: 'FollowUpStatus' });
