import { z } from 'zod';
import { defineEvents, type PayloadsOf } from '../events/catalogue.js';

const owner = { leadId: z.string().nullable(), clientId: z.string().nullable() };

/**
 * The firm's mailboxes and letters. A letter that lands on a timeline also writes the
 * correspondence area's TIMELINE_ENTRY_ADDED (kind EMAIL), which open timelines follow.
 */
export const mailEvents = defineEvents('mail', {
  MAILBOX_ADDED: { subjectType: 'Mailbox', payload: z.object({ label: z.string(), address: z.string() }) },
  // fields: which settings changed (passwords by name only)
  MAILBOX_CHANGED: { subjectType: 'Mailbox', payload: z.object({ label: z.string(), address: z.string(), fields: z.array(z.string()) }) },
  MAILBOX_REMOVED: { subjectType: 'Mailbox', payload: z.object({ label: z.string(), address: z.string() }) },
  MAIL_TEMPLATE_CHANGED: { subjectType: 'MailTemplate', payload: z.object({ code: z.string(), subject: z.string() }) },
  MAIL_SENT: { subjectType: 'MailMessage', payload: z.object({ ...owner, subject: z.string(), to: z.array(z.string()), mailboxId: z.string() }) },
  // matchedBy: THREAD, CONTACT, DOMAIN or INN; null: it waits in the triage inbox
  MAIL_RECEIVED: { subjectType: 'MailMessage', payload: z.object({ ...owner, subject: z.string(), from: z.string(), matchedBy: z.string().nullable() }) },
  MAIL_ASSIGNED: { subjectType: 'MailMessage', payload: z.object({ ...owner, subject: z.string(), from: z.string() }) },
});

export const MAIL_TOPIC = mailEvents.topic;

declare module '../events/catalogue.js' {
  interface DeclaredEvents extends PayloadsOf<typeof mailEvents> {}
}
