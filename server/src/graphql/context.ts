import type { Principal } from '../modules/auth/principal.js';
import type { Scope } from './scope.js';

export type { Principal };

/**
 * The services of one server instance, shared by all requests. The composition root declares
 * their members (declaration merging), so the kernel names no area.
 */
export interface Services {}

export interface Context {
  /** The request's EntityManager, caller, clock and log; a fresh one per subscription event. */
  scope: Scope;
  services: Services;
  /** Client address, for login rate limiting. */
  ip: string;
  /**
   * On WebSocket: the subscription's id, a way to send it ready-made protocol frames, and a way to
   * say it is set up (what was loaded to set it up need not live as long as the subscription).
   */
  subscription?: {
    id: string;
    /** Sends a frame; live deliveries do not wait (a promise and a write callback per frame add up over 1,000 subscribers). */
    send(frame: Buffer): void;
    /** Resolves once the frame is handed to the network (at once if the socket is closed or closing): replays go at the reader's pace. */
    sendWritten(frame: Buffer): Promise<void>;
    settled(): void;
  };
}

export function bearerToken(header: unknown): string | null {
  if (typeof header !== 'string') return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match ? match[1]! : null;
}
