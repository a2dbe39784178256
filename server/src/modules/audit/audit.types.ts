import { GraphQLJSON, GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType, UseMiddleware } from 'type-graphql';
import { ArrayMaxSize, IsOptional, IsUUID } from 'class-validator';
import { DateScalar } from '../../graphql/scalars.js';
import { ConnectionType } from '../../graphql/pagination.js';
import { ChangedFieldEnum, EventTypeEnum } from '../events/event.types.js';
import { CostInEventData } from '../pricing/cost-visibility.js';

export enum FieldKind {
  VALUE = 'VALUE',
  MONEY = 'MONEY',
  REFERENCE = 'REFERENCE',
}
registerEnumType(FieldKind, {
  name: 'FieldKind',
  description: 'How to show a value: as it is, an amount in kopecks, or a reference to show by its label',
});

@ObjectType({ description: "One field's change: its value before and after" })
export class FieldChange {
  @Field(() => ChangedFieldEnum)
  field!: string;

  @Field(() => GraphQLJSON, { nullable: true })
  from!: unknown;

  @Field(() => GraphQLJSON, { nullable: true })
  to!: unknown;

  @Field(() => FieldKind, { description: "Declared in the event's catalogue: MONEY values are integer kopecks, REFERENCE values ids" })
  kind!: FieldKind;

  @Field(() => String, { nullable: true, description: 'For a REFERENCE: the name of what `from` points at (null when empty or deleted)' })
  fromLabel!: string | null;

  @Field(() => String, { nullable: true, description: 'For a REFERENCE: the name of what `to` points at (null when empty or deleted)' })
  toLabel!: string | null;
}

@ObjectType({ description: 'What an entry is about, named as it is now (or as the event recorded it, once deleted)' })
export class AuditSubject {
  @Field(() => String, { description: 'Lead, Task, Project, TariffPlan, TariffVersion, User, …' })
  type!: string;

  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: "The lead's company, the task's title, the project's, plan's or person's name" })
  title!: string | null;

  @Field(() => ID, { nullable: true, description: "The project a task belongs to (to open the task on its board)" })
  projectId!: string | null;
}

@InputType({ description: 'Which entries of the audit log to show; every condition given must hold' })
export class AuditLogFilter {
  @Field(() => [ID], { nullable: true, description: 'Entries by these people' })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  actorIds?: string[] | null;

  @Field(() => [EventTypeEnum], { nullable: true, description: 'Entries of these kinds' })
  @IsOptional()
  @ArrayMaxSize(100)
  types?: string[] | null;

  @Field(() => DateScalar, { nullable: true, description: "From this day on, in the firm's time zone" })
  @IsOptional()
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Up to and including this day, in the firm's time zone" })
  @IsOptional()
  to?: string | null;
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

  @Field(() => AuditSubject, { nullable: true, description: 'What the entry is about, with its name' })
  subject!: AuditSubject | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'What changed: values, or { from, to } pairs' })
  @UseMiddleware(CostInEventData)
  changes!: Record<string, unknown> | null;

  @Field(() => [FieldChange], { description: 'The fields this event changed, each with its value before and after' })
  fieldChanges!: FieldChange[];
}

export const AuditEntryConnection = ConnectionType('AuditEntry', AuditEntry);
export type AuditEntryConnection = InstanceType<typeof AuditEntryConnection>;
