import { GraphQLJSONObject } from 'graphql-scalars';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Arg, Args, ArgsType, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Field } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { SignedInScope, CurrentScope, type Scope } from '../../graphql/scope.js';
import { SameForEveryViewer } from '../../graphql/live-sharing.js';
import { loadRef, type Loaded } from '../../graphql/load.js';
import { historyBatch } from '../audit/audit.service.js';
import { eventDataFor } from '../pricing/cost-visibility.js';
import { AuditEntry } from '../audit/audit.types.js';
import { User } from '../auth/user.entity.js';
import { normaliseEmail, normalisePhone, validateInn, OKVED_COMMON, RUSSIAN_REGIONS, findRegion, searchOkvedCommon } from './rules/index.js';
import { Lead } from './lead.entity.js';
import { LeadSource, LostReason } from './lead-lists.entity.js';
import { LeadInput, LeadsArgs, MoveLeadStageArgs } from './lead.inputs.js';
import { LeadConnection, LeadDuplicate, OkvedCode, Region, type DuplicateMatch } from './lead.types.js';
import { LegalForm } from './lead.enums.js';
import { LEAD_EDITORS } from './lead.policy.js';
import { uuidOrNotFound } from '../../graphql/ids.js';
import { VersionedIdArgs } from '../../graphql/args.js';

@ArgsType()
class UpdateLeadArgs extends VersionedIdArgs {
  @Field(() => LeadInput)
  input!: LeadInput;
}

@ArgsType()
class DuplicateProbeArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  inn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(254)
  email?: string | null;

  @Field(() => ID, { nullable: true, description: 'The lead being edited, left out of the matches' })
  @IsOptional()
  @IsUUID()
  excludeId?: string | null;
}

// margins in the history only for those who may see cost
const leadHistory = historyBatch('Lead', (scope, data) => eventDataFor(scope.principal, data));

@Resolver(() => Lead)
export class LeadResolver {
  @Authorized(...LEAD_EDITORS)
  @Mutation(() => Lead, { description: 'Creates a lead card; see `duplicates` on the result for matches' })
  createLead(@Arg('input', () => LeadInput) input: LeadInput, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<Lead> {
    return services.leads.create(scope, input);
  }

  @Authorized(...LEAD_EDITORS)
  @Mutation(() => Lead, { description: 'Saves the card; a stale `version` is refused with CONFLICT' })
  updateLead(@Args(() => UpdateLeadArgs) { id, version, input }: UpdateLeadArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<Lead> {
    return services.leads.update(scope, id, version, input);
  }

  @Authorized(...LEAD_EDITORS)
  @Mutation(() => Lead)
  moveLeadStage(@Args(() => MoveLeadStageArgs) args: MoveLeadStageArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<Lead> {
    return services.leads.moveStage(scope, args);
  }

  @Authorized()
  @Query(() => Lead)
  lead(@Arg('id', () => ID) id: string, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<Lead> {
    return services.leads.get(scope, uuidOrNotFound(id));
  }

  @Authorized()
  @Query(() => LeadConnection)
  leads(@Args(() => LeadsArgs) { filter, orderBy, first, after }: LeadsArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<LeadConnection> {
    return services.leads.list(scope, filter, orderBy, first, after);
  }

  @Authorized()
  @Query(() => [LeadDuplicate], { description: 'Leads that match what is being typed (INN, phone, e-mail), for a live warning' })
  async leadDuplicates(@Args(() => DuplicateProbeArgs) probe: DuplicateProbeArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<LeadDuplicate[]> {
    const inn = probe.inn ? [validateInn(probe.inn, LegalForm.ORGANIZATION), validateInn(probe.inn, LegalForm.INDIVIDUAL_ENTREPRENEUR)].find((r) => r.ok) : undefined;
    const phone = probe.phone ? normalisePhone(probe.phone) : undefined;
    const email = probe.email ? normaliseEmail(probe.email) : undefined;
    const found = await services.leads.duplicates(scope, {
      inn: inn?.ok ? inn.inn : null,
      phone: phone?.ok ? phone.phone : null,
      email: email?.ok ? email.email : null,
      excludeId: probe.excludeId,
    });
    return found.map((d) => ({ lead: d.lead, matchedOn: d.matchedOn as DuplicateMatch[] }));
  }

  @Query(() => [Region], { description: 'The subjects of the Russian Federation with their codes' })
  regions(): Region[] {
    return [...RUSSIAN_REGIONS];
  }

  @Query(() => [OkvedCode], { description: 'Common ОКВЭД 2 codes matching the search, for autocomplete' })
  okvedCodes(@Arg('search', () => String, { nullable: true }) search?: string): OkvedCode[] {
    return search?.trim() ? searchOkvedCommon(search.slice(0, 100), 20) : [...OKVED_COMMON];
  }

  @SameForEveryViewer()
  @FieldResolver(() => LeadSource, { nullable: true })
  source(@Root() lead: Lead, @CurrentScope() scope: Scope): Loaded<LeadSource | null> {
    return loadRef(scope.em, LeadSource, lead.source);
  }

  @SameForEveryViewer()
  @FieldResolver(() => User, { nullable: true })
  owner(@Root() lead: Lead, @CurrentScope() scope: Scope): Loaded<User | null> {
    return loadRef(scope.em, User, lead.owner);
  }

  @SameForEveryViewer()
  @FieldResolver(() => LostReason, { nullable: true })
  lostReason(@Root() lead: Lead, @CurrentScope() scope: Scope): Loaded<LostReason | null> {
    return loadRef(scope.em, LostReason, lead.lostReason);
  }

  @FieldResolver(() => Region, { nullable: true })
  region(@Root() lead: Lead): Region | null {
    return lead.regionCode ? (findRegion(lead.regionCode) ?? null) : null;
  }

  @FieldResolver(() => GraphQLJSONObject, { description: 'Values of the firm extra fields by key' })
  extra(@Root() lead: Lead): Record<string, unknown> {
    return lead.extra;
  }

  @SameForEveryViewer()
  @FieldResolver(() => [LeadDuplicate], { description: 'Other leads with the same INN, phone or e-mail' })
  async duplicates(@Root() lead: Lead, @Ctx() { services }: Context, @CurrentScope() scope: Scope): Promise<LeadDuplicate[]> {
    const found = await services.leads.duplicatesOfLead(scope, lead);
    return found.map((d) => ({ lead: d.lead, matchedOn: d.matchedOn as DuplicateMatch[] }));
  }

  @SameForEveryViewer()
  @FieldResolver(() => [AuditEntry], { description: 'Every recorded change of this lead, oldest first' })
  history(@Root() lead: Lead, @SignedInScope() scope: SignedInScope): Promise<AuditEntry[]> {
    return leadHistory.load(scope, lead.id);
  }
}
