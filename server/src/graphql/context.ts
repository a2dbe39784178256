import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '../logger.js';
import type { Department, Role } from '../modules/auth/roles.js';
import type { Services } from './services.js';

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

export interface Context {
  /** Forked per request (and per subscription event); filtered to the caller's firm. */
  em: EntityManager;
  principal: Principal | null;
  services: Services;
  log: Logger;
  /** Client address, for login rate limiting. */
  ip: string;
  /**
   * On WebSocket: the subscription's id, a way to send it ready-made protocol frames, and a way to
   * say it is set up (what was loaded to set it up need not live as long as the subscription).
   */
  subscription?: {
    id: string;
    /** Resolves once the frame is handed to the network (at once if the socket is closed or closing). */
    send(frame: Buffer): Promise<void>;
    settled(): void;
  };
}

export function bearerToken(header: unknown): string | null {
  if (typeof header !== 'string') return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match ? match[1]! : null;
}
