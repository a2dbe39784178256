import { declareNotificationKinds } from '../notifications/notification-kinds.js';

/**
 * What correspondence tells people: a follow-up given to them by someone else, one that has come
 * due, and one still open after its day. Each carries { followUpId, title, leadId, clientId, companyName, dueAt }.
 */
export const FOLLOW_UP_NOTICES = declareNotificationKinds('correspondence', ['FOLLOW_UP_ASSIGNED', 'FOLLOW_UP_DUE', 'FOLLOW_UP_OVERDUE'] as const);

/**
 * A document request made their responsibility by someone else, and one still awaiting documents
 * after its due day. Each carries { documentRequestId, leadId, clientId, companyName, dueDate, dueOn (ДД.ММ.ГГГГ), pending }.
 */
export const DOCUMENT_REQUEST_NOTICES = declareNotificationKinds('correspondence', ['DOCUMENT_REQUEST_ASSIGNED', 'DOCUMENT_REQUEST_OVERDUE'] as const);
