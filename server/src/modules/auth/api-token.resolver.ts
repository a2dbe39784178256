import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { SameForEveryViewer } from '../../graphql/live-sharing.js';
import { requirePrincipal } from '../../graphql/auth-checker.js';
import { loadRef } from '../../graphql/load.js';
import { ApiToken } from './api-token.entity.js';
import { CreateApiTokenInput } from './auth.inputs.js';
import { CreatedApiToken, IdArgs } from './auth.types.js';
import { Role } from './roles.js';
import { API_TOKEN_MANAGERS } from './team.policy.js';
import { User } from './user.entity.js';

@Resolver(() => ApiToken)
export class ApiTokenResolver {
  @Authorized(...API_TOKEN_MANAGERS)
  @Query(() => [ApiToken])
  apiTokens(@Ctx() ctx: Context): Promise<ApiToken[]> {
    return ctx.services.apiTokens.list(ctx.em);
  }

  @Authorized(...API_TOKEN_MANAGERS)
  @Mutation(() => CreatedApiToken)
  createApiToken(@Arg('input', () => CreateApiTokenInput) input: CreateApiTokenInput, @Ctx() ctx: Context): Promise<CreatedApiToken> {
    return ctx.services.apiTokens.create(ctx.em, requirePrincipal(ctx), input);
  }

  @Authorized(...API_TOKEN_MANAGERS)
  @Mutation(() => ApiToken)
  revokeApiToken(@Args(() => IdArgs) { id }: IdArgs, @Ctx() ctx: Context): Promise<ApiToken> {
    return ctx.services.apiTokens.revoke(ctx.em, requirePrincipal(ctx), id);
  }

  @SameForEveryViewer()
  @FieldResolver(() => Role, { nullable: true, description: "What the token may do now: its role, capped by its creator's current role; null when revoked or the creator is deactivated" })
  async effectiveRole(@Root() token: ApiToken, @Ctx() ctx: Context): Promise<Role | null> {
    return ctx.services.apiTokens.effectiveRole(token, await loadRef(ctx.em, User, token.createdBy));
  }

  @SameForEveryViewer()
  @FieldResolver(() => User, { nullable: true })
  createdBy(@Root() token: ApiToken, @Ctx() ctx: Context): Promise<User | null> {
    return loadRef(ctx.em, User, token.createdBy);
  }
}
