import { IsUUID } from 'class-validator';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Mutation, Query, Resolver, Root, ObjectType, UseMiddleware } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { SameForEveryViewer } from '../../graphql/live-sharing.js';
import { requirePrincipal } from '../../graphql/auth-checker.js';
import { MoneyScalar } from '../../graphql/scalars.js';
import { loadRef } from '../../graphql/load.js';
import { User } from '../auth/user.entity.js';
import { Lead } from '../leads/lead.entity.js';
import { uuidOrNotFound } from '../../graphql/ids.js';
import { PRICING_RUN_AUTHORS, TARIFF_EDITORS } from './pricing.policy.js';
import { PricingRun } from './pricing-run.entity.js';
import { LineComparison, PriceQuote, PricingInput, PricingValue, TariffDefinitionShape } from './pricing.types.js';
import { LegalForm, TaxRegime } from '../leads/lead.enums.js';
import { fromShape, toShape } from './tariff-shape.js';
import { TariffPlan, TariffVersion } from './tariff.entity.js';
import { CostField } from './cost-visibility.js';
import { TariffDefinitionView } from './tariff-view.js';
import { VersionedIdArgs } from '../../graphql/args.js';

@ArgsType()
class CreatePricingRunArgs {
  @Field(() => ID)
  @IsUUID()
  leadId!: string;

  @Field(() => PricingInput)
  input!: PricingInput;
}

@ArgsType()
class CompareRunsArgs {
  @Field(() => ID)
  @IsUUID()
  leftId!: string;

  @Field(() => ID)
  @IsUUID()
  rightId!: string;
}

@ArgsType()
class UpdateTariffDraftArgs extends VersionedIdArgs {
  @Field(() => TariffDefinitionShape)
  definition!: TariffDefinitionShape;
}

@ObjectType({ description: 'Two pricing runs side by side' })
class PricingRunComparison {
  @Field(() => PricingRun)
  left!: PricingRun;

  @Field(() => PricingRun)
  right!: PricingRun;

  @Field(() => [LineComparison])
  lines!: LineComparison[];

  @Field(() => MoneyScalar, { description: 'right − left' })
  priceDifference!: number;

  @Field(() => MoneyScalar, { nullable: true, description: 'Null unless the caller may see cost' })
  @UseMiddleware(CostField)
  costDifference!: number;

  @Field(() => MoneyScalar, { nullable: true, description: 'Null unless the caller may see cost' })
  @UseMiddleware(CostField)
  marginDifference!: number;
}

@Resolver(() => PricingRun)
export class PricingRunResolver {
  @Authorized()
  @Query(() => PriceQuote, { description: 'Computes a price without saving it' })
  previewPrice(@Arg('input', () => PricingInput) input: PricingInput, @Ctx() ctx: Context): Promise<PriceQuote> {
    return ctx.services.pricing.preview(ctx.em, input);
  }

  @Authorized(...PRICING_RUN_AUTHORS)
  @Mutation(() => PricingRun, { description: 'Saves an immutable pricing run for the lead' })
  createPricingRun(@Args(() => CreatePricingRunArgs) { leadId, input }: CreatePricingRunArgs, @Ctx() ctx: Context): Promise<PricingRun> {
    return ctx.services.pricing.createRun(ctx.em, requirePrincipal(ctx), leadId, input);
  }

  @Authorized()
  @Query(() => [PricingRun], { description: "The lead's saved runs, newest first" })
  pricingRuns(@Arg('leadId', () => ID) leadId: string, @Ctx() ctx: Context): Promise<PricingRun[]> {
    return ctx.services.pricing.runs(ctx.em, uuidOrNotFound(leadId));
  }

  @Authorized()
  @Query(() => PricingRun)
  pricingRun(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<PricingRun> {
    return ctx.services.pricing.run(ctx.em, uuidOrNotFound(id));
  }

  @Authorized()
  @Query(() => PricingRunComparison, { description: 'Two runs line by line' })
  async comparePricingRuns(@Args(() => CompareRunsArgs) { leftId, rightId }: CompareRunsArgs, @Ctx() ctx: Context): Promise<PricingRunComparison> {
    const [left, right] = await Promise.all([ctx.services.pricing.run(ctx.em, leftId), ctx.services.pricing.run(ctx.em, rightId)]);
    return {
      left,
      right,
      lines: ctx.services.pricing.compare(left, right),
      priceDifference: right.price - left.price,
      costDifference: right.cost - left.cost,
      marginDifference: right.margin - left.margin,
    };
  }

  @SameForEveryViewer()
  @FieldResolver(() => PriceQuote)
  quote(@Root() run: PricingRun, @Ctx() ctx: Context): PriceQuote {
    return ctx.services.pricing.quote(run);
  }

  @FieldResolver(() => LegalForm)
  legalForm(@Root() run: PricingRun): LegalForm {
    return run.input.legalForm as LegalForm;
  }

  @FieldResolver(() => TaxRegime)
  taxRegime(@Root() run: PricingRun): TaxRegime {
    return run.input.taxRegime as TaxRegime;
  }

  @FieldResolver(() => [PricingValue], { description: 'The inputs as given' })
  values(@Root() run: PricingRun): PricingValue[] {
    return run.input.values;
  }

  @SameForEveryViewer()
  @FieldResolver(() => TariffVersion)
  async tariffVersion(@Root() run: PricingRun, @Ctx() ctx: Context): Promise<TariffVersion> {
    return (await loadRef(ctx.em, TariffVersion, run.tariffVersion))!;
  }

  @SameForEveryViewer()
  @FieldResolver(() => Lead)
  async lead(@Root() run: PricingRun, @Ctx() ctx: Context): Promise<Lead> {
    return (await loadRef(ctx.em, Lead, run.lead))!;
  }

  @SameForEveryViewer()
  @FieldResolver(() => User, { nullable: true })
  createdBy(@Root() run: PricingRun, @Ctx() ctx: Context): Promise<User | null> {
    return loadRef(ctx.em, User, run.createdBy);
  }
}

@Resolver(() => Lead)
export class LeadPricingResolver {
  @SameForEveryViewer()
  @FieldResolver(() => [PricingRun], { description: 'Saved pricing runs, newest first' })
  pricingRuns(@Root() lead: Lead, @Ctx() ctx: Context): Promise<PricingRun[]> {
    return ctx.services.pricing.runs(ctx.em, lead.id);
  }
}

@Resolver(() => TariffPlan)
export class TariffResolver {
  @Authorized()
  @Query(() => [TariffPlan])
  tariffPlans(@Ctx() ctx: Context): Promise<TariffPlan[]> {
    return ctx.services.pricing.plans(ctx.em);
  }

  @Authorized()
  @Query(() => TariffVersion)
  tariffVersion(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<TariffVersion> {
    return ctx.services.pricing.version(ctx.em, uuidOrNotFound(id));
  }

  @Authorized(...TARIFF_EDITORS)
  @Mutation(() => TariffVersion, { description: "The plan's open draft, or a new one copied from its newest version" })
  createTariffDraft(@Arg('planId', () => ID) planId: string, @Ctx() ctx: Context): Promise<TariffVersion> {
    return ctx.services.pricing.draft(ctx.em, requirePrincipal(ctx), uuidOrNotFound(planId));
  }

  @Authorized(...TARIFF_EDITORS)
  @Mutation(() => TariffVersion, { description: 'Replaces the rules of a draft' })
  updateTariffDraft(@Args(() => UpdateTariffDraftArgs) { id, version, definition }: UpdateTariffDraftArgs, @Ctx() ctx: Context): Promise<TariffVersion> {
    return ctx.services.pricing.updateDraft(ctx.em, requirePrincipal(ctx), id, version, fromShape(definition));
  }

  @Authorized(...TARIFF_EDITORS)
  @Mutation(() => TariffVersion, { description: 'Makes the draft the current version of its plan' })
  publishTariffVersion(@Args(() => VersionedIdArgs) { id, version }: VersionedIdArgs, @Ctx() ctx: Context): Promise<TariffVersion> {
    return ctx.services.pricing.publish(ctx.em, requirePrincipal(ctx), id, version);
  }

  @SameForEveryViewer()
  @FieldResolver(() => [TariffVersion], { description: 'Newest first' })
  versions(@Root() plan: TariffPlan, @Ctx() ctx: Context): Promise<TariffVersion[]> {
    return ctx.services.pricing.versionsOfPlan(ctx.em, plan.id);
  }

  @SameForEveryViewer()
  @FieldResolver(() => TariffVersion, { nullable: true, description: 'The published version new calculations use' })
  async current(@Root() plan: TariffPlan, @Ctx() ctx: Context): Promise<TariffVersion | null> {
    const versions = await ctx.services.pricing.versionsOfPlan(ctx.em, plan.id);
    return versions.find((v) => v.status === 'PUBLISHED') ?? null;
  }

  @SameForEveryViewer()
  @FieldResolver(() => TariffVersion, { nullable: true, description: 'The open draft, if any' })
  async draft(@Root() plan: TariffPlan, @Ctx() ctx: Context): Promise<TariffVersion | null> {
    const versions = await ctx.services.pricing.versionsOfPlan(ctx.em, plan.id);
    return versions.find((v) => v.status === 'DRAFT') ?? null;
  }
}

@Resolver(() => TariffVersion)
export class TariffVersionResolver {
  @FieldResolver(() => TariffDefinitionView)
  definition(@Root() version: TariffVersion): TariffDefinitionShape {
    return toShape(version.definition);
  }

  @SameForEveryViewer()
  @FieldResolver(() => TariffPlan)
  async plan(@Root() version: TariffVersion, @Ctx() ctx: Context): Promise<TariffPlan> {
    return (await loadRef(ctx.em, TariffPlan, version.plan))!;
  }

  @SameForEveryViewer()
  @FieldResolver(() => User, { nullable: true })
  createdBy(@Root() version: TariffVersion, @Ctx() ctx: Context): Promise<User | null> {
    return loadRef(ctx.em, User, version.createdBy);
  }
}
