import { Role } from '../auth/roles.js';

/** Who may create, edit, move and import leads; accountants read them. */
export const LEAD_EDITORS: readonly Role[] = [Role.OWNER, Role.MANAGER, Role.COORDINATOR, Role.HEAD];

/** Who edits the firm's lead sources and loss reasons. */
export const LEAD_LIST_EDITORS: readonly Role[] = [Role.OWNER, Role.MANAGER];

/** Who adds and changes the extra fields every lead card shows. */
export const LEAD_FIELD_EDITORS: readonly Role[] = [Role.OWNER];
