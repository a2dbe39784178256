import { declareNotificationKinds } from '../notifications/notification-kinds.js';

/**
 * What the clients area tells people about obligations: one coming due (to its accountant, the
 * days before they chose), one gone overdue (to its accountant) and, to the head of its
 * department, one of their people's gone overdue. Each carries
 * { obligationId, clientId, clientName, title, code, dueDate, dueOn (ДД.ММ.ГГГГ), ownerName }.
 */
export const OBLIGATION_NOTICES = declareNotificationKinds('clients', ['OBLIGATION_DUE_SOON', 'OBLIGATION_OVERDUE', 'OBLIGATION_OVERDUE_IN_TEAM'] as const);
