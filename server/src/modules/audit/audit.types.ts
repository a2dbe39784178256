import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../graphql/pagination.js';

@ObjectType({ description: 'Who made a change, as they were named at the time' })
export class AuditActor {
  @Field(() => ID, { nullable: true })
  id!: string | null;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => ID, { nullable: true, description: 'Set when an integration acted through an API token' })
  apiTokenId!: string | null;
}

@ObjectType({ description: 'One recorded change in the firm: who, when, what' })
export class AuditEntry {
  @Field(() => ID, { description: 'Ordered by commit within the firm; pass it as `after` to resume' })
  id!: string;

  @Field(() => String, { description: 'Area of the change, e.g. auth' })
  topic!: string;

  @Field(() => String, { description: 'What happened, e.g. USER_INVITED, USER_ROLE_CHANGED' })
  type!: string;

  @Field(() => AuditActor, { nullable: true })
  actor!: AuditActor | null;

  @Field(() => Date)
  at!: Date;

  @Field(() => String, { nullable: true })
  subjectType!: string | null;

  @Field(() => ID, { nullable: true })
  subjectId!: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'What changed: values, or { from, to } pairs' })
  changes!: Record<string, unknown> | null;
}

export const AuditEntryConnection = ConnectionType('AuditEntry', AuditEntry);
export type AuditEntryConnection = InstanceType<typeof AuditEntryConnection>;
