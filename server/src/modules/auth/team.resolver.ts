import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { SignedInScope } from '../../graphql/scope.js';
import { ChangeUserRoleInput, InviteUserInput } from './auth.inputs.js';
import { Invitation, UserIdArgs } from './auth.types.js';
import { TEAM_MANAGERS } from './team.policy.js';
import { User } from './user.entity.js';

@Resolver()
export class TeamResolver {
  @Authorized()
  @Query(() => [User], { description: "The firm's people, active first" })
  users(@Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<User[]> {
    return services.team.list(scope);
  }

  @Authorized(...TEAM_MANAGERS)
  @Mutation(() => Invitation, { description: 'Adds a user and returns a one-time invitation link' })
  inviteUser(@Arg('input', () => InviteUserInput) input: InviteUserInput, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<Invitation> {
    return services.team.invite(scope, input);
  }

  @Authorized(...TEAM_MANAGERS)
  @Mutation(() => Invitation, { description: 'A new one-time link for a user who has not accepted yet; the earlier link stops working' })
  renewInvitation(@Args(() => UserIdArgs) { userId }: UserIdArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<Invitation> {
    return services.team.renewInvitation(scope, userId);
  }

  @Authorized(...TEAM_MANAGERS)
  @Mutation(() => User)
  changeUserRole(@Arg('input', () => ChangeUserRoleInput) input: ChangeUserRoleInput, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<User> {
    return services.team.changeRole(scope, input);
  }

  @Authorized(...TEAM_MANAGERS)
  @Mutation(() => User, { description: 'Signs the user out everywhere and blocks sign-in' })
  deactivateUser(@Args(() => UserIdArgs) { userId }: UserIdArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<User> {
    return services.team.deactivate(scope, userId);
  }

  @Authorized(...TEAM_MANAGERS)
  @Mutation(() => User)
  reactivateUser(@Args(() => UserIdArgs) { userId }: UserIdArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<User> {
    return services.team.reactivate(scope, userId);
  }
}
