import { accessChangedBy } from '../modules/auth/access-events.js';
import { visibilityChangedBy } from '../modules/projects/project-access.js';
import type { AccessRules } from '../live/connection-guard.js';

/** The areas' rules on which events end or change an open connection's access. */
export const accessRules: AccessRules = { accessChangedBy, visibilityChangedBy };
