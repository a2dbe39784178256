import { Role } from '../auth/roles.js';

/**
 * Who drafts contracts and powers of attorney, records signatures and generates documents: the
 * people who sell and the heads (the contracts department's head among them). Everyone in the
 * firm reads the registry: accountants need to know a client's powers of attorney.
 */
export const CONTRACT_EDITORS: readonly Role[] = [Role.OWNER, Role.MANAGER, Role.HEAD];

/** Who sets the number patterns, the warning days and the firm's details on documents. */
export const CONTRACT_SETTINGS_EDITORS: readonly Role[] = [Role.OWNER];
