import { IsUUID } from 'class-validator';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Mutation, Query, Resolver, Root, ObjectType, UseMiddleware } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { SignedInScope, CurrentScope, type Scope } from '../../graphql/scope.js';
import { SameForEveryViewer } from '../../graphql/live-sharing.js';
import { MoneyScalar } from '../../graphql/scalars.js';
import { loadRef, type Loaded } from '../../graphql/load.js';
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
  previewPrice(@Arg('input', () => PricingInput) input: PricingInput, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<PriceQuote> {
    return services.pricing.preview(scope, input);
  }

  @Authorized(...PRICING_RUN_AUTHORS)
  @Mutation(() => PricingRun, { description: 'Saves an immutable pricing run for the lead' })
  createPricingRun(@Args(() => CreatePricingRunArgs) { leadId, input }: CreatePricingRunArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<PricingRun> {
    return services.pricing.createRun(scope, leadId, input);
  }

  @Authorized()
  @Query(() => [PricingRun], { description: "The lead's saved runs, newest first" })
  pricingRuns(@Arg('leadId', () => ID) leadId: string, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<PricingRun[]> {
    return services.pricing.runs(scope, uuidOrNotFound(leadId));
  }

  @Authorized()
  @Query(() => PricingRun)
  pricingRun(@Arg('id', () => ID) id: string, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<PricingRun> {
    return services.pricing.run(scope, uuidOrNotFound(id));
  }

  @Authorized()
  @Query(() => PricingRunComparison, { description: 'Two runs line by line' })
  async comparePricingRuns(@Args(() => CompareRunsArgs) { leftId, rightId }: CompareRunsArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<PricingRunComparison> {
    const [left, right] = await Promise.all([services.pricing.run(scope, leftId), services.pricing.run(scope, rightId)]);
    return {
      left,
      right,
      lines: services.pricing.compare(left, right),
      priceDifference: right.price - left.price,
      costDifference: right.cost - left.cost,
      marginDifference: right.margin - left.margin,
    };
  }

  @SameForEveryViewer()
  @FieldResolver(() => PriceQuote)
  quote(@Root() run: PricingRun, @Ctx() { services }: Context): PriceQuote {
    return services.pricing.quote(run);
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
  async tariffVersion(@Root() run: PricingRun, @CurrentScope() scope: Scope): Promise<TariffVersion> {
    return (await loadRef(scope.em, TariffVersion, run.tariffVersion))!;
  }

  @SameForEveryViewer()
  @FieldResolver(() => Lead)
  async lead(@Root() run: PricingRun, @CurrentScope() scope: Scope): Promise<Lead> {
    return (await loadRef(scope.em, Lead, run.lead))!;
  }

  @SameForEveryViewer()
  @FieldResolver(() => User, { nullable: true })
  createdBy(@Root() run: PricingRun, @CurrentScope() scope: Scope): Loaded<User | null> {
    return loadRef(scope.em, User, run.createdBy);
  }
}

@Resolver(() => Lead)
export class LeadPricingResolver {
  @SameForEveryViewer()
  @FieldResolver(() => [PricingRun], { description: 'Saved pricing runs, newest first' })
  pricingRuns(@Root() lead: Lead, @Ctx() { services }: Context, @CurrentScope() scope: Scope): Promise<PricingRun[]> {
    return services.pricing.runs(scope, lead.id);
  }
}

@Resolver(() => TariffPlan)
export class TariffResolver {
  @Authorized()
  @Query(() => [TariffPlan])
  tariffPlans(@Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<TariffPlan[]> {
    return services.pricing.plans(scope);
  }

  @Authorized()
  @Query(() => TariffVersion)
  tariffVersion(@Arg('id', () => ID) id: string, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<TariffVersion> {
    return services.pricing.version(scope, uuidOrNotFound(id));
  }

  @Authorized(...TARIFF_EDITORS)
  @Mutation(() => TariffVersion, { description: "The plan's open draft, or a new one copied from its newest version" })
  createTariffDraft(@Arg('planId', () => ID) planId: string, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<TariffVersion> {
    return services.pricing.draft(scope, uuidOrNotFound(planId));
  }

  @Authorized(...TARIFF_EDITORS)
  @Mutation(() => TariffVersion, { description: 'Replaces the rules of a draft' })
  updateTariffDraft(@Args(() => UpdateTariffDraftArgs) { id, version, definition }: UpdateTariffDraftArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<TariffVersion> {
    return services.pricing.updateDraft(scope, id, version, fromShape(definition));
  }

  @Authorized(...TARIFF_EDITORS)
  @Mutation(() => TariffVersion, { description: 'Makes the draft the current version of its plan' })
  publishTariffVersion(@Args(() => VersionedIdArgs) { id, version }: VersionedIdArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<TariffVersion> {
    return services.pricing.publish(scope, id, version);
  }

  @SameForEveryViewer()
  @FieldResolver(() => [TariffVersion], { description: 'Newest first' })
  versions(@Root() plan: TariffPlan, @Ctx() { services }: Context, @CurrentScope() scope: Scope): Promise<TariffVersion[]> {
    return services.pricing.versionsOfPlan(scope, plan.id);
  }

  @SameForEveryViewer()
  @FieldResolver(() => TariffVersion, { nullable: true, description: 'The published version new calculations use' })
  async current(@Root() plan: TariffPlan, @Ctx() { services }: Context, @CurrentScope() scope: Scope): Promise<TariffVersion | null> {
    const versions = await services.pricing.versionsOfPlan(scope, plan.id);
    return versions.find((v) => v.status === 'PUBLISHED') ?? null;
  }

  @SameForEveryViewer()
  @FieldResolver(() => TariffVersion, { nullable: true, description: 'The open draft, if any' })
  async draft(@Root() plan: TariffPlan, @Ctx() { services }: Context, @CurrentScope() scope: Scope): Promise<TariffVersion | null> {
    const versions = await services.pricing.versionsOfPlan(scope, plan.id);
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
  async plan(@Root() version: TariffVersion, @CurrentScope() scope: Scope): Promise<TariffPlan> {
    return (await loadRef(scope.em, TariffPlan, version.plan))!;
  }

  @SameForEveryViewer()
  @FieldResolver(() => User, { nullable: true })
  createdBy(@Root() version: TariffVersion, @CurrentScope() scope: Scope): Loaded<User | null> {
    return loadRef(scope.em, User, version.createdBy);
  }
}
