import { IsBoolean, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { Args, ArgsType, Authorized, Ctx, Field, ID, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { SignedInScope } from '../../graphql/scope.js';
import { CONTROL_READERS } from './client.policy.js';
import { ObligationControl } from './obligation-control.types.js';

@ArgsType()
class ObligationControlArgs {
  @Field(() => ID, { nullable: true, description: 'Only this accountant’s items' }) @IsOptional() @IsUUID('all') accountantId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only the items nobody holds' }) @IsOptional() @IsBoolean() unassigned?: boolean | null;
  @Field(() => ID, { nullable: true, description: 'Only this client’s items' }) @IsOptional() @IsUUID('all') clientId?: string | null;
  @Field(() => Int, { defaultValue: 200, description: 'At most this many items (and tasks)' }) @IsInt() @Min(1) @Max(500) first: number = 200;
}

@Resolver(() => ObligationControl)
export class ObligationControlResolver {
  @Authorized(...CONTROL_READERS)
  @Query(() => ObligationControl, {
    description: 'For the owner (the whole firm) and heads (their department’s people): open obligations of active clients and open tasks overdue or due by Sunday, by accountant and by client, on the firm’s calendar. Accountants use `myObligations`',
  })
  obligationControl(@Args(() => ObligationControlArgs) args: ObligationControlArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<ObligationControl> {
    return services.obligationControl.view(scope, args);
  }
}
