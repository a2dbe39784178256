import { Entity, Index, ManyToOne, type Opt, Property, type Ref } from '@mikro-orm/core';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { FirmOwned } from '../../db/firm-owned.entity.js';
import { FirmScoped } from '../../db/tenant.js';
import { User } from '../auth/user.entity.js';

/** Something one user is told in the app; unread until they mark it read. */
@ObjectType({ description: 'An in-app notification for one user' })
@Entity({ tableName: 'notification' })
@FirmScoped()
@Index({ properties: ['firm', 'user', 'createdAt'] })
export class Notification extends FirmOwned {
  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Field(() => String, { description: "Declared by the area that sends it (notification-kinds.ts), e.g. FOLLOW_UP_DUE; the client words it" })
  @Property({ type: 'string', length: 60 })
  kind!: string;

  @Field(() => String, { nullable: true, description: 'What it is about: Lead, FollowUp, …' })
  @Property({ type: 'string', length: 40, nullable: true })
  subjectType?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 64, nullable: true })
  subjectId?: string | null;

  @Field(() => GraphQLJSONObject, { description: 'Facts for the wording and the link, as the kind declares them (e.g. { title, leadId, companyName, dueAt })' })
  @Property({ type: 'json', default: '{}' })
  data: Record<string, unknown> & Opt = {};

  @Field(() => Date, { nullable: true })
  @Property({ type: 'Date', nullable: true })
  readAt?: Date | null;

  @Field(() => Date)
  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
