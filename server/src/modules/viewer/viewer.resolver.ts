import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { requirePrincipal } from '../../graphql/auth-checker.js';
import type { Context } from '../../graphql/context.js';
import { ViewerDependent } from '../../graphql/live-sharing.js';
import { capabilitiesOf, ViewerCapabilities } from './viewer-capabilities.js';

@Resolver()
export class ViewerResolver {
  // the principal's role, not the user's: an API token may be capped below its creator
  @Authorized()
  @ViewerDependent()
  @Query(() => ViewerCapabilities, { description: 'What the caller may do across the firm, from the rules the API enforces' })
  viewerCan(@Ctx() ctx: Context): ViewerCapabilities {
    return capabilitiesOf(requirePrincipal(ctx).role);
  }
}
