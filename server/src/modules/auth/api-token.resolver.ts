import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { SignedInScope, CurrentScope, type Scope } from '../../graphql/scope.js';
import { SameForEveryViewer } from '../../graphql/live-sharing.js';
import { loadRef, type Loaded } from '../../graphql/load.js';
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
  apiTokens(@Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<ApiToken[]> {
    return services.apiTokens.list(scope);
  }

  @Authorized(...API_TOKEN_MANAGERS)
  @Mutation(() => CreatedApiToken)
  createApiToken(@Arg('input', () => CreateApiTokenInput) input: CreateApiTokenInput, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<CreatedApiToken> {
    return services.apiTokens.create(scope, input);
  }

  @Authorized(...API_TOKEN_MANAGERS)
  @Mutation(() => ApiToken)
  revokeApiToken(@Args(() => IdArgs) { id }: IdArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<ApiToken> {
    return services.apiTokens.revoke(scope, id);
  }

  @SameForEveryViewer()
  @FieldResolver(() => Role, { nullable: true, description: "What the token may do now: its role, capped by its creator's current role; null when revoked or the creator is deactivated" })
  async effectiveRole(@Root() token: ApiToken, @Ctx() { services }: Context, @CurrentScope() scope: Scope): Promise<Role | null> {
    return services.apiTokens.effectiveRole(token, await loadRef(scope.em, User, token.createdBy));
  }

  @SameForEveryViewer()
  @FieldResolver(() => User, { nullable: true })
  createdBy(@Root() token: ApiToken, @CurrentScope() scope: Scope): Loaded<User | null> {
    return loadRef(scope.em, User, token.createdBy);
  }
}
