import type { AuthCheckerInterface, ResolverData } from 'type-graphql';
import type { Context, Principal } from './context.js';
import { forbidden } from './errors.js';
import { requireSignedIn } from './scope.js';

/** `@Authorized()` needs a signed-in caller; `@Authorized(Role.X, …)` also one of those roles. */
export class AuthChecker implements AuthCheckerInterface<Context> {
  check({ context }: ResolverData<Context>, roles: string[]): boolean {
    const principal = requirePrincipal(context);
    if (roles.length && !roles.includes(principal.role)) throw forbidden();
    return true;
  }
}

export function requirePrincipal(ctx: Context): Principal {
  return requireSignedIn(ctx.scope).principal;
}
