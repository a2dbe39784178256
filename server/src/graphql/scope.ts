import type { EntityManager } from '@mikro-orm/postgresql';
import { createParameterDecorator } from 'type-graphql';
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import type { Principal } from '../modules/auth/principal.js';
import { unauthenticated } from './errors.js';

/**
 * What one request works in: built once per HTTP request and per WebSocket operation (and per
 * live event, with a fresh EntityManager), then handed to services as their first argument.
 */
export interface Scope {
  /** Filtered to the caller's firm; made on first use where building it may be wasted (live events). */
  readonly em: EntityManager;
  readonly principal: Principal | null;
  /** One "now" for the whole request. */
  readonly clock: Clock;
  readonly log: Logger;
}

/** A scope with a signed-in caller: what every service method that acts for someone takes. */
export interface SignedInScope extends Scope {
  readonly principal: Principal;
}

export function requireSignedIn(scope: Scope): SignedInScope {
  if (!scope.principal) throw unauthenticated();
  return scope as SignedInScope;
}

/** The signed-in caller; UNAUTHENTICATED without one. */
export function CurrentPrincipal() {
  return createParameterDecorator<{ scope: Scope }>(({ context }) => requireSignedIn(context.scope).principal);
}

/** The request's scope, signed in or not. */
export function CurrentScope() {
  return createParameterDecorator<{ scope: Scope }>(({ context }) => context.scope);
}

/** The request's scope with its caller; UNAUTHENTICATED without one. */
export function SignedInScope() {
  return createParameterDecorator<{ scope: Scope }>(({ context }) => requireSignedIn(context.scope));
}

/** A scope from its parts; `em` may be a getter's function, called on first use and remembered. */
export function scopeOf(parts: { em: EntityManager | (() => EntityManager); principal: Principal | null; clock: Clock; log: Logger }): Scope {
  const { em, principal, clock, log } = parts;
  if (typeof em !== 'function') return { em, principal, clock, log };
  let made: EntityManager | null = null;
  return {
    get em() {
      return (made ??= em());
    },
    principal,
    clock,
    log,
  };
}
