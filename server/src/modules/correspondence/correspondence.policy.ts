import { Role } from '../auth/roles.js';
import { LEAD_EDITORS } from '../leads/lead.policy.js';

/**
 * Who writes on a lead's timeline: those who work the lead (the leads area's editors). Everyone in
 * the firm reads leads, so everyone reads their timelines.
 */
export const LEAD_TIMELINE_WRITERS: readonly Role[] = LEAD_EDITORS;

/** Besides its owner, who may close anyone's follow-up. */
export const FOLLOW_UP_CLOSERS: readonly Role[] = [Role.OWNER, Role.MANAGER, Role.COORDINATOR, Role.HEAD];

/**
 * Who reads every client's correspondence. Accountants read that of the clients they serve (an
 * assignment current or to come) and of leads not yet clients.
 */
export const everyoneReadsCorrespondence = (role: Role): boolean => role !== Role.ACCOUNTANT;

/** Who edits the firm's letters (templates), and edits or checks off anyone's document request on a lead. */
export const TEMPLATE_EDITORS: readonly Role[] = [Role.OWNER, Role.MANAGER, Role.COORDINATOR, Role.HEAD];

/**
 * Who edits a document request and checks its items off: the person responsible, those who
 * manage the work, and — on a client's timeline — whoever reads it (the client's accountants).
 */
export const mayEditDocumentRequest = (principal: { userId: string; role: Role }, request: { responsible: { id: string }; client?: { id: string } | null }): boolean =>
  request.responsible.id === principal.userId || TEMPLATE_EDITORS.includes(principal.role) || !!request.client;
