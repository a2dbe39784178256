import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { requirePrincipal } from '../../graphql/auth-checker.js';
import { ChangeUserRoleInput, InviteUserInput } from './auth.inputs.js';
import { Invitation, UserIdArgs } from './auth.types.js';
import { TEAM_MANAGERS } from './team.policy.js';
import { User } from './user.entity.js';

@Resolver()
export class TeamResolver {
  @Authorized()
  @Query(() => [User], { description: "The firm's people, active first" })
  users(@Ctx() ctx: Context): Promise<User[]> {
    return ctx.services.team.list(ctx.em);
  }

  @Authorized(...TEAM_MANAGERS)
  @Mutation(() => Invitation, { description: 'Adds a user and returns a one-time invitation link' })
  inviteUser(@Arg('input', () => InviteUserInput) input: InviteUserInput, @Ctx() ctx: Context): Promise<Invitation> {
    return ctx.services.team.invite(ctx.em, requirePrincipal(ctx), input);
  }

  @Authorized(...TEAM_MANAGERS)
  @Mutation(() => Invitation, { description: 'A new one-time link for a user who has not accepted yet; the earlier link stops working' })
  renewInvitation(@Args(() => UserIdArgs) { userId }: UserIdArgs, @Ctx() ctx: Context): Promise<Invitation> {
    return ctx.services.team.renewInvitation(ctx.em, requirePrincipal(ctx), userId);
  }

  @Authorized(...TEAM_MANAGERS)
  @Mutation(() => User)
  changeUserRole(@Arg('input', () => ChangeUserRoleInput) input: ChangeUserRoleInput, @Ctx() ctx: Context): Promise<User> {
    return ctx.services.team.changeRole(ctx.em, requirePrincipal(ctx), input);
  }

  @Authorized(...TEAM_MANAGERS)
  @Mutation(() => User, { description: 'Signs the user out everywhere and blocks sign-in' })
  deactivateUser(@Args(() => UserIdArgs) { userId }: UserIdArgs, @Ctx() ctx: Context): Promise<User> {
    return ctx.services.team.deactivate(ctx.em, requirePrincipal(ctx), userId);
  }

  @Authorized(...TEAM_MANAGERS)
  @Mutation(() => User)
  reactivateUser(@Args(() => UserIdArgs) { userId }: UserIdArgs, @Ctx() ctx: Context): Promise<User> {
    return ctx.services.team.reactivate(ctx.em, requirePrincipal(ctx), userId);
  }
}
