import type { Principal } from '../../graphql/context.js';
import type { StoredEvent } from '../events/event-log.js';

export interface AccessChange {
  /** The principals (sessions, tokens) the event concerns. */
  affects(principal: Principal): boolean;
  /** They lose access altogether; otherwise only their rights change. */
  signedOut: boolean;
}

/** What of an event tells whose access it changes (a stored event, or one just recorded). */
export type AccessEvent = Pick<StoredEvent, 'type'> & { subjectId?: string | null; data?: Record<string, unknown> | null };

/** Whose access a committed event ends or changes: open WebSockets and cached principals follow it. */
export function accessChangedBy(event: AccessEvent): AccessChange | null {
  switch (event.type) {
    case 'USER_DEACTIVATED':
      return { affects: (p) => p.userId === event.subjectId, signedOut: true };
    // the other sessions of the user end; this one and the user's API tokens stay
    case 'PASSWORD_CHANGED':
      return { affects: (p) => p.userId === event.subjectId && !!p.sessionId && p.sessionId !== event.data?.keptSessionId, signedOut: true };
    case 'LOGGED_OUT':
      return { affects: (p) => p.sessionId === event.data?.sessionId, signedOut: true };
    case 'API_TOKEN_REVOKED':
      return { affects: (p) => p.apiTokenId === event.subjectId, signedOut: true };
    case 'USER_ROLE_CHANGED':
      return { affects: (p) => p.userId === event.subjectId, signedOut: false };
    // every principal of the firm carries its time zone; live boards reconnect to take the new one
    case 'FIRM_SETTINGS_CHANGED':
      return { affects: (p) => p.firmId === event.subjectId, signedOut: false };
    default:
      return null;
  }
}
