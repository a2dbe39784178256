import { declareNotificationKinds } from '../notifications/notification-kinds.js';

/**
 * What the contracts area tells the responsible manager: a power of attorney ends within the firm's
 * warning days or has expired ({ poaId, number, companyName, leadId, clientId, validUntil }); a
 * contract the client has not signed for the firm's number of days ({ contractId, number,
 * companyName, sentOn, days }); an employee named as representative was deactivated ({ poaId,
 * number, companyName, leadId, clientId, representativeName }). A power of attorney's companyName
 * is its principal's: the client's short name where there is a client, else the lead's company.
 */
export const CONTRACT_NOTICES = declareNotificationKinds('contracts', ['POA_EXPIRING', 'POA_EXPIRED', 'CONTRACT_UNSIGNED', 'POA_REPRESENTATIVE_DEACTIVATED'] as const);
