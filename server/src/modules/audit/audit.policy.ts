import { Role } from '../auth/roles.js';

/** Who reads the firm's audit trail. */
export const AUDIT_READERS: readonly Role[] = [Role.OWNER];
