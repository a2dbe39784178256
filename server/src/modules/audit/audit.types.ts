import { GraphQLJSON, GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../graphql/pagination.js';
import { ChangedFieldEnum, EventTypeEnum } from '../events/event.types.js';

@ObjectType({ description: "One field's change: its value before and after" })
export class FieldChange {
  @Field(() => ChangedFieldEnum)
  field!: string;

  @Field(() => GraphQLJSON, { nullable: true })
  from!: unknown;

  @Field(() => GraphQLJSON, { nullable: true })
  to!: unknown;
}

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
  @Field(() => ID, { description: 'Unique in the whole installation; pass it as `after` to resume' })
  id!: string;

  @Field(() => Int, { description: "The entry's number in the firm's log, in commit order" })
  seq!: number;

  @Field(() => String, { description: 'Area of the change, e.g. auth' })
  topic!: string;

  @Field(() => EventTypeEnum, { description: 'What happened, e.g. USER_INVITED, USER_ROLE_CHANGED' })
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

  @Field(() => [FieldChange], { description: 'The fields this event changed, each with its value before and after' })
  fieldChanges!: FieldChange[];
}

export const AuditEntryConnection = ConnectionType('AuditEntry', AuditEntry);
export type AuditEntryConnection = InstanceType<typeof AuditEntryConnection>;
