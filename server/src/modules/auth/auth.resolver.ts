import { Args, Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { SignedInScope, CurrentScope, type Scope } from '../../graphql/scope.js';
import { SameForEveryViewer } from '../../graphql/live-sharing.js';
import { loadRef } from '../../graphql/load.js';
import { SignUpInput } from './auth.inputs.js';
import { AcceptInviteArgs, AuthPayload, ChangePasswordArgs, LoginArgs } from './auth.types.js';
import { Firm } from './firm.entity.js';
import { User } from './user.entity.js';

@Resolver(() => User)
export class AuthResolver {
  @Mutation(() => AuthPayload, { description: 'Creates a firm with its owner and signs the owner in' })
  signUp(@Arg('input', () => SignUpInput) input: SignUpInput, @Ctx() ctx: Context, @CurrentScope() scope: Scope): Promise<AuthPayload> {
    return ctx.services.auth.signUp(scope, input, ctx.ip);
  }

  @Mutation(() => AuthPayload)
  login(@Args(() => LoginArgs) { email, password }: LoginArgs, @Ctx() ctx: Context, @CurrentScope() scope: Scope): Promise<AuthPayload> {
    return ctx.services.auth.login(scope, email, password, ctx.ip);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: "Ends the caller's session (false for API tokens)" })
  logout(@Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<boolean> {
    return services.auth.logout(scope);
  }

  @Authorized()
  @Mutation(() => User, { description: "Changes the signed-in person's password; their other sessions end" })
  changePassword(@Args(() => ChangePasswordArgs) { currentPassword, newPassword }: ChangePasswordArgs, @Ctx() ctx: Context, @SignedInScope() scope: SignedInScope): Promise<User> {
    return ctx.services.auth.changePassword(scope, currentPassword, newPassword, ctx.ip);
  }

  @Mutation(() => AuthPayload, { description: 'Sets the password of an invited user and signs them in' })
  acceptInvite(@Args(() => AcceptInviteArgs) { token, password }: AcceptInviteArgs, @Ctx() { services }: Context, @CurrentScope() scope: Scope): Promise<AuthPayload> {
    return services.team.acceptInvite(scope, token, password);
  }

  @Authorized()
  @Query(() => User, { description: 'The signed-in user (for an API token: the owner who made it)' })
  me(@SignedInScope() scope: SignedInScope): Promise<User> {
    const { principal } = scope;
    return scope.em.findOneOrFail(User, { id: principal.userId });
  }

  @SameForEveryViewer()
  @FieldResolver(() => Firm)
  async firm(@Root() user: User, @CurrentScope() scope: Scope): Promise<Firm> {
    return (await loadRef(scope.em, Firm, user.firm))!;
  }

  @FieldResolver(() => Boolean, { description: 'Invited but has not set a password yet' })
  invitationPending(@Root() user: User): boolean {
    return !user.passwordHash;
  }
}
