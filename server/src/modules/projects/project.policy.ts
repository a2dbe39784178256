import { Role } from '../auth/roles.js';

/** Who opens projects. Who sees and edits one project is decided per project in project-access.ts. */
export const PROJECT_OPENERS: readonly Role[] = [Role.OWNER, Role.MANAGER, Role.COORDINATOR, Role.HEAD];

/** Who creates and edits project templates. */
export const TEMPLATE_EDITORS: readonly Role[] = [Role.OWNER, Role.COORDINATOR, Role.HEAD];
