import { Role } from './roles.js';

/** Who invites people, changes roles and (de)activates users. */
export const TEAM_MANAGERS: readonly Role[] = [Role.OWNER];

/** Who creates, lists and revokes API tokens. */
export const API_TOKEN_MANAGERS: readonly Role[] = [Role.OWNER];

/** Who changes the firm's settings. */
export const FIRM_SETTINGS_EDITORS: readonly Role[] = [Role.OWNER];
