import { IsInt, IsUUID } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';

/** A change to a shared thing names it and the version the user saw: a stale one gets CONFLICT. */
@ArgsType()
export class VersionedIdArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int, { description: 'The version the user saw' })
  @IsInt()
  version!: number;
}
