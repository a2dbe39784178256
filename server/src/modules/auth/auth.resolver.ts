import { Args, Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { SameForEveryViewer } from '../../graphql/live-sharing.js';
import { requirePrincipal } from '../../graphql/auth-checker.js';
import { SignUpInput } from './auth.inputs.js';
import { AcceptInviteArgs, AuthPayload, ChangePasswordArgs, LoginArgs } from './auth.types.js';
import { Firm } from './firm.entity.js';
import { User } from './user.entity.js';

@Resolver(() => User)
export class AuthResolver {
  @Mutation(() => AuthPayload, { description: 'Creates a firm with its owner and signs the owner in' })
  signUp(@Arg('input', () => SignUpInput) input: SignUpInput, @Ctx() ctx: Context): Promise<AuthPayload> {
    return ctx.services.auth.signUp(ctx.em, input, ctx.ip);
  }

  @Mutation(() => AuthPayload)
  login(@Args(() => LoginArgs) { email, password }: LoginArgs, @Ctx() ctx: Context): Promise<AuthPayload> {
    return ctx.services.auth.login(ctx.em, email, password, ctx.ip);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: "Ends the caller's session (false for API tokens)" })
  logout(@Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.auth.logout(ctx.em, requirePrincipal(ctx));
  }

  @Authorized()
  @Mutation(() => User, { description: "Changes the signed-in person's password; their other sessions end" })
  changePassword(@Args(() => ChangePasswordArgs) { currentPassword, newPassword }: ChangePasswordArgs, @Ctx() ctx: Context): Promise<User> {
    return ctx.services.auth.changePassword(ctx.em, requirePrincipal(ctx), currentPassword, newPassword, ctx.ip);
  }

  @Mutation(() => AuthPayload, { description: 'Sets the password of an invited user and signs them in' })
  acceptInvite(@Args(() => AcceptInviteArgs) { token, password }: AcceptInviteArgs, @Ctx() ctx: Context): Promise<AuthPayload> {
    return ctx.services.team.acceptInvite(ctx.em, token, password);
  }

  @Authorized()
  @Query(() => User, { description: 'The signed-in user (for an API token: the owner who made it)' })
  me(@Ctx() ctx: Context): Promise<User> {
    const principal = requirePrincipal(ctx);
    return ctx.em.findOneOrFail(User, { id: principal.userId });
  }

  @SameForEveryViewer()
  @FieldResolver(() => Firm)
  firm(@Root() user: User, @Ctx() ctx: Context): Promise<Firm> {
    return ctx.em.findOneOrFail(Firm, { id: user.firm.id });
  }

  @FieldResolver(() => Boolean, { description: 'Invited but has not set a password yet' })
  invitationPending(@Root() user: User): boolean {
    return !user.passwordHash;
  }
}
