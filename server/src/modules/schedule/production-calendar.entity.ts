import { Entity, ManyToOne, type Opt, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { FirmOwned } from '../../db/firm-owned.entity.js';
import { FirmScoped } from '../../db/tenant.js';
import { DateScalar } from '../../graphql/scalars.js';
import { User } from '../auth/user.entity.js';
import type { CalendarData } from './engine.js';

/**
 * A year's official production calendar the firm's owner loaded from a file. It replaces the
 * built-in or provisional calendar of that year for every schedule the firm computes.
 */
@ObjectType({ description: 'A production calendar (производственный календарь) the firm loaded for a year' })
@Entity({ tableName: 'production_calendar' })
@FirmScoped()
@Unique({ properties: ['firm', 'year'] })
export class ProductionCalendar extends FirmOwned {
  @Field(() => Int)
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => [DateScalar], { description: 'Weekdays that are days off (holidays and transfers)' })
  @Property({ type: 'json' })
  daysOff!: string[];

  @Field(() => [DateScalar], { description: 'Saturdays and Sundays that are working days by a transfer' })
  @Property({ type: 'json' })
  workingWeekends!: string[];

  @Field(() => [DateScalar], { description: 'Pre-holiday days an hour shorter (deadlines do not move)' })
  @Property({ type: 'json' })
  shortened!: string[];

  @Field(() => String, { description: 'Where the calendar comes from: the file and its date' })
  @Property({ type: 'string', length: 300 })
  source!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  workingDays!: number;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  loadedBy?: Ref<User> | null;

  @Field(() => Date)
  @Property({ type: 'Date', defaultRaw: 'now()' })
  loadedAt: Date & Opt = new Date();

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;
}

/** The engine's view of a stored calendar. */
export const calendarDataOf = (row: ProductionCalendar): CalendarData => ({
  year: row.year, daysOff: row.daysOff, workingWeekends: row.workingWeekends, shortened: row.shortened, source: row.source,
});
