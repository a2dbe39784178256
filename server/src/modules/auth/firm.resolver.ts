import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { CurrentScope, SignedInScope, type Scope } from '../../graphql/scope.js';
import { SameForEveryViewer } from '../../graphql/live-sharing.js';
import { DateScalar } from '../../graphql/scalars.js';
import { Firm } from './firm.entity.js';
import { FirmSettingsInput } from './firm.inputs.js';
import { FIRM_SETTINGS_EDITORS } from './team.policy.js';

@Resolver(() => Firm)
export class FirmResolver {
  @Authorized(...FIRM_SETTINGS_EDITORS)
  @Mutation(() => Firm, { description: "Changes the firm's settings and requisites (the owner only); each change is in the audit log" })
  updateFirmSettings(@Arg('input', () => FirmSettingsInput) input: FirmSettingsInput, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<Firm> {
    return services.firm.updateSettings(scope, input);
  }

  // the firm's day, from the server's clock: every viewer of the firm sees the same
  @SameForEveryViewer()
  @FieldResolver(() => DateScalar, { description: "Today's date in the firm's time zone (the default start of a new project)" })
  today(@Root() firm: Firm, @Ctx() { services }: Context, @CurrentScope() scope: Scope): string {
    return services.firm.today(scope, firm);
  }

  @SameForEveryViewer()
  @FieldResolver(() => String, { nullable: true, description: "The firm's logo as a data: URL (PNG, JPEG or WebP), for its quotes" })
  logoUrl(@Root() firm: Firm, @Ctx() { services }: Context, @CurrentScope() scope: Scope): Promise<string | null> {
    return services.firm.logoUrl(scope, firm);
  }
}
