import { IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { SignedInScope } from '../../graphql/scope.js';
import { LEAD_FIELD_EDITORS, LEAD_LIST_EDITORS } from './lead.policy.js';
import { LeadField, LeadSource, LostReason } from './lead-lists.entity.js';
import { LeadFieldInput, NamedListItemInput } from './lead.inputs.js';

@ArgsType()
class UpdateListItemArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => NamedListItemInput)
  input!: NamedListItemInput;
}

@ArgsType()
class UpdateLeadFieldArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => LeadFieldInput)
  input!: LeadFieldInput;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  archived?: boolean | null;
}

@Resolver()
export class LeadListsResolver {
  @Authorized()
  @Query(() => [LeadSource], { description: 'How leads hear of the firm (firm-editable)' })
  leadSources(@Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<LeadSource[]> {
    return services.leadLists.list(scope, LeadSource);
  }

  @Authorized()
  @Query(() => [LostReason], { description: 'Why leads are lost (firm-editable)' })
  lostReasons(@Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<LostReason[]> {
    return services.leadLists.list(scope, LostReason);
  }

  @Authorized()
  @Query(() => [LeadField], { description: 'The firm extra fields every lead card shows' })
  leadFields(@Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<LeadField[]> {
    return services.leadLists.fields(scope);
  }

  @Authorized(...LEAD_LIST_EDITORS)
  @Mutation(() => LeadSource)
  createLeadSource(@Arg('input', () => NamedListItemInput) input: NamedListItemInput, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope) {
    return services.leadLists.addItem(scope, LeadSource, input);
  }

  @Authorized(...LEAD_LIST_EDITORS)
  @Mutation(() => LeadSource)
  updateLeadSource(@Args(() => UpdateListItemArgs) { id, input }: UpdateListItemArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope) {
    return services.leadLists.updateItem(scope, LeadSource, id, input);
  }

  @Authorized(...LEAD_LIST_EDITORS)
  @Mutation(() => LostReason)
  createLostReason(@Arg('input', () => NamedListItemInput) input: NamedListItemInput, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope) {
    return services.leadLists.addItem(scope, LostReason, input);
  }

  @Authorized(...LEAD_LIST_EDITORS)
  @Mutation(() => LostReason)
  updateLostReason(@Args(() => UpdateListItemArgs) { id, input }: UpdateListItemArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope) {
    return services.leadLists.updateItem(scope, LostReason, id, input);
  }

  @Authorized(...LEAD_FIELD_EDITORS)
  @Mutation(() => LeadField, { description: 'Adds an extra field to every lead card of the firm' })
  createLeadField(@Arg('input', () => LeadFieldInput) input: LeadFieldInput, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<LeadField> {
    return services.leadLists.saveField(scope, input);
  }

  @Authorized(...LEAD_FIELD_EDITORS)
  @Mutation(() => LeadField)
  updateLeadField(@Args(() => UpdateLeadFieldArgs) { id, input, archived }: UpdateLeadFieldArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<LeadField> {
    return services.leadLists.saveField(scope, input, id, archived);
  }
}
