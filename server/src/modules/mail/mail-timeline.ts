import { ContactDirection, EntryKind } from '../correspondence/correspondence.enums.js';
import { CORRESPONDENCE_TOPIC } from '../correspondence/correspondence.events.js';
import { TimelineEntry } from '../correspondence/timeline.entity.js';
import type { RecordingTransaction } from '../events/event-log.js';
import type { MailMessage } from './mail.entity.js';

export const MAIL_LINK = 'MailMessage';

/** The letter's text as a timeline entry keeps it (searchable, bounded). */
const summaryOf = (message: MailMessage) => (message.text.trim() || message.subject || '(без текста)').slice(0, 20_000);

/**
 * Puts a letter on its lead's and client's timeline as an EMAIL entry linked to the stored
 * letter, and tells open timelines (TIMELINE_ENTRY_ADDED, as every entry does).
 */
export function addEmailEntry(tx: RecordingTransaction, message: MailMessage, authorId: string | null): TimelineEntry {
  const leadId = message.lead?.id ?? null;
  const clientId = message.client?.id ?? null;
  const counterpart = message.direction === ContactDirection.INCOMING ? message.from : message.to[0];
  const entry = tx.em.create(TimelineEntry, {
    firm: message.firm.id,
    lead: leadId,
    client: clientId,
    kind: EntryKind.EMAIL,
    occurredAt: message.sentAt,
    direction: message.direction,
    contactName: (counterpart?.name || counterpart?.address || '').slice(0, 200) || null,
    subject: message.subject.slice(0, 500) || null,
    summary: summaryOf(message),
    author: authorId,
    linkType: MAIL_LINK,
    linkId: message.id,
  });
  tx.record({
    topic: CORRESPONDENCE_TOPIC,
    type: 'TIMELINE_ENTRY_ADDED',
    subjectType: 'TimelineEntry',
    subjectId: entry.id,
    data: { leadId, clientId, kind: EntryKind.EMAIL, occurredAt: entry.occurredAt.toISOString() },
  });
  return entry;
}
