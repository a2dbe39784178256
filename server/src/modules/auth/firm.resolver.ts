import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { requirePrincipal } from '../../graphql/auth-checker.js';
import type { Context } from '../../graphql/context.js';
import { SameForEveryViewer } from '../../graphql/live-sharing.js';
import { DateScalar } from '../../graphql/scalars.js';
import { Firm } from './firm.entity.js';
import { FirmSettingsInput } from './firm.inputs.js';
import { FIRM_SETTINGS_EDITORS } from './team.policy.js';

@Resolver(() => Firm)
export class FirmResolver {
  @Authorized(...FIRM_SETTINGS_EDITORS)
  @Mutation(() => Firm, { description: "Changes the firm's settings (the owner only); each change is in the audit log" })
  updateFirmSettings(@Arg('input', () => FirmSettingsInput) input: FirmSettingsInput, @Ctx() ctx: Context): Promise<Firm> {
    return ctx.services.firm.updateSettings(ctx.em, requirePrincipal(ctx), input);
  }

  // the firm's day, from the server's clock: every viewer of the firm sees the same
  @SameForEveryViewer()
  @FieldResolver(() => DateScalar, { description: "Today's date in the firm's time zone (the default start of a new project)" })
  today(@Root() firm: Firm, @Ctx() ctx: Context): string {
    return ctx.services.firm.today(firm);
  }
}
