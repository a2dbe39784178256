import { Entity, OneToOne, type Opt, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { FirmOwned } from '../../db/firm-owned.entity.js';
import { FirmScoped } from '../../db/tenant.js';
import { User } from '../auth/user.entity.js';

/**
 * A user's private iCalendar feed of their obligations: one per user, its secret stored hashed
 * (the URL is shown when issued; rotating issues a new one and the old URL stops working).
 */
@ObjectType({ description: 'The caller’s private calendar feed (the URL itself is shown only when issued)' })
@Entity({ tableName: 'calendar_feed' })
@FirmScoped()
export class CalendarFeed extends FirmOwned {
  @OneToOne(() => User, { ref: true, owner: true, unique: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Property({ type: 'string', length: 64, unique: true, hidden: true })
  tokenHash!: string;

  @Field(() => Date, { description: 'When the current URL was issued' })
  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  @Field(() => Date, { nullable: true, description: 'When a calendar app last fetched it (to the minute)' })
  @Property({ type: 'Date', nullable: true })
  lastUsedAt?: Date | null;
}
