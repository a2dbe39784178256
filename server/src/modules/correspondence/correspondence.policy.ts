import { Role } from '../auth/roles.js';
import { LEAD_EDITORS } from '../leads/lead.policy.js';

/**
 * Who writes on a lead's timeline: those who work the lead (the leads area's editors). Everyone in
 * the firm reads leads, so everyone reads their timelines.
 */
export const LEAD_TIMELINE_WRITERS: readonly Role[] = LEAD_EDITORS;

/** Besides its owner, who may close anyone's follow-up. */
export const FOLLOW_UP_CLOSERS: readonly Role[] = [Role.OWNER, Role.MANAGER, Role.COORDINATOR, Role.HEAD];
