import { Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from './context.js';

@ObjectType({ description: 'What this server offers; readable without signing in' })
export class ServerInfo {
  @Field(() => Boolean, { description: 'Whether the in-app GraphQL explorer is enabled' })
  explorerEnabled!: boolean;

  @Field(() => String)
  version!: string;
}

export const SERVER_VERSION = '0.1.0';

@Resolver()
export class ServerInfoResolver {
  @Query(() => ServerInfo)
  serverInfo(@Ctx() { services }: Context): ServerInfo {
    return { explorerEnabled: services.config.explorer, version: SERVER_VERSION };
  }
}
