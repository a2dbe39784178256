import { declareNotificationKinds } from '../notifications/notification-kinds.js';

/**
 * What correspondence tells people: a follow-up given to them by someone else, one that has come
 * due, and one still open after its day. Each carries { followUpId, title, leadId, companyName, dueAt }.
 */
export const FOLLOW_UP_NOTICES = declareNotificationKinds('correspondence', ['FOLLOW_UP_ASSIGNED', 'FOLLOW_UP_DUE', 'FOLLOW_UP_OVERDUE'] as const);
