import { IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { requirePrincipal } from '../../graphql/auth-checker.js';
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
  leadSources(@Ctx() ctx: Context): Promise<LeadSource[]> {
    return ctx.services.leadLists.list(ctx.em, LeadSource);
  }

  @Authorized()
  @Query(() => [LostReason], { description: 'Why leads are lost (firm-editable)' })
  lostReasons(@Ctx() ctx: Context): Promise<LostReason[]> {
    return ctx.services.leadLists.list(ctx.em, LostReason);
  }

  @Authorized()
  @Query(() => [LeadField], { description: 'The firm extra fields every lead card shows' })
  leadFields(@Ctx() ctx: Context): Promise<LeadField[]> {
    return ctx.services.leadLists.fields(ctx.em);
  }

  @Authorized(...LEAD_LIST_EDITORS)
  @Mutation(() => LeadSource)
  createLeadSource(@Arg('input', () => NamedListItemInput) input: NamedListItemInput, @Ctx() ctx: Context) {
    return ctx.services.leadLists.addItem(ctx.em, requirePrincipal(ctx), LeadSource, input);
  }

  @Authorized(...LEAD_LIST_EDITORS)
  @Mutation(() => LeadSource)
  updateLeadSource(@Args(() => UpdateListItemArgs) { id, input }: UpdateListItemArgs, @Ctx() ctx: Context) {
    return ctx.services.leadLists.updateItem(ctx.em, requirePrincipal(ctx), LeadSource, id, input);
  }

  @Authorized(...LEAD_LIST_EDITORS)
  @Mutation(() => LostReason)
  createLostReason(@Arg('input', () => NamedListItemInput) input: NamedListItemInput, @Ctx() ctx: Context) {
    return ctx.services.leadLists.addItem(ctx.em, requirePrincipal(ctx), LostReason, input);
  }

  @Authorized(...LEAD_LIST_EDITORS)
  @Mutation(() => LostReason)
  updateLostReason(@Args(() => UpdateListItemArgs) { id, input }: UpdateListItemArgs, @Ctx() ctx: Context) {
    return ctx.services.leadLists.updateItem(ctx.em, requirePrincipal(ctx), LostReason, id, input);
  }

  @Authorized(...LEAD_FIELD_EDITORS)
  @Mutation(() => LeadField, { description: 'Adds an extra field to every lead card of the firm' })
  createLeadField(@Arg('input', () => LeadFieldInput) input: LeadFieldInput, @Ctx() ctx: Context): Promise<LeadField> {
    return ctx.services.leadLists.saveField(ctx.em, requirePrincipal(ctx), input);
  }

  @Authorized(...LEAD_FIELD_EDITORS)
  @Mutation(() => LeadField)
  updateLeadField(@Args(() => UpdateLeadFieldArgs) { id, input, archived }: UpdateLeadFieldArgs, @Ctx() ctx: Context): Promise<LeadField> {
    return ctx.services.leadLists.saveField(ctx.em, requirePrincipal(ctx), input, id, archived);
  }
}
