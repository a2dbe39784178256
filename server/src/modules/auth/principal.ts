import type { Actor } from '../events/event-log.js';
import type { Department, Role } from './roles.js';

/** Who is calling: a signed-in user (session) or an integration (API token). */
export interface Principal {
  firmId: string;
  userId: string;
  userName: string;
  role: Role;
  department: Department | null;
  sessionId: string | null;
  apiTokenId: string | null;
  /** When the session ends (open WebSockets close then); null for API tokens, which do not expire. */
  expiresAt: Date | null;
  /** The firm's IANA time zone: its "today" decides start dates and what is overdue. */
  timeZone: string;
}

/** The actor an event records for a change the principal makes. */
export function actorOf(principal: Principal): Actor {
  return { firmId: principal.firmId, userId: principal.userId, userName: principal.userName, apiTokenId: principal.apiTokenId };
}
