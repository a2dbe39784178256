import { Role } from '../auth/roles.js';
import { everyoneReadsCorrespondence } from '../correspondence/correspondence.policy.js';

/** Who connects, changes and removes the firm's mailboxes, and edits its letter templates. */
export const MAILBOX_ADMINS: readonly Role[] = [Role.OWNER];

/**
 * Who reads and sorts the triage inbox: those who read every client's correspondence (an unsorted
 * letter may be any client's, so not accountants, who read only their own clients').
 */
export const mayTriage = (role: Role): boolean => everyoneReadsCorrespondence(role);

/** Limits: one attachment, all attachments of a letter sent from here. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_LETTER_ATTACHMENTS_BYTES = 20 * 1024 * 1024;
