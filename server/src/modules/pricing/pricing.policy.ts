import { Role } from '../auth/roles.js';
import { LEAD_EDITORS } from '../leads/lead.policy.js';

/** Who drafts and publishes tariff versions. */
export const TARIFF_EDITORS: readonly Role[] = [Role.OWNER, Role.MANAGER];

/** Saving a pricing run moves the lead on, so it takes the right to edit leads. */
export const PRICING_RUN_AUTHORS: readonly Role[] = LEAD_EDITORS;

/**
 * Who sees what the firm pays and earns: cost, margin, the accountants' remuneration and the
 * overhead. Coordinators and accountants price and read leads, but the firm's economics and
 * colleagues' pay are not theirs to read.
 */
export const COST_READERS: readonly Role[] = [Role.OWNER, Role.MANAGER, Role.HEAD];
