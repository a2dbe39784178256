import { Authorized, Query, Resolver } from 'type-graphql';
import type { Principal } from '../auth/principal.js';
import { CurrentPrincipal } from '../../graphql/scope.js';
import { ViewerDependent } from '../../graphql/live-sharing.js';
import { capabilitiesOf, ViewerCapabilities } from './viewer-capabilities.js';

@Resolver()
export class ViewerResolver {
  // the principal's role, not the user's: an API token may be capped below its creator
  @Authorized()
  @ViewerDependent()
  @Query(() => ViewerCapabilities, { description: 'What the caller may do across the firm, from the rules the API enforces' })
  viewerCan(@CurrentPrincipal() principal: Principal): ViewerCapabilities {
    return capabilitiesOf(principal.role);
  }
}
