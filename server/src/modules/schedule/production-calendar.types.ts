import { IsInt, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { ArgsType, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars.js';
import { ProductionCalendar } from './production-calendar.entity.js';

export enum CalendarState {
  PROVISIONAL = 'PROVISIONAL',
  BUILT_IN = 'BUILT_IN',
  LOADED = 'LOADED',
}
registerEnumType(CalendarState, {
  name: 'CalendarState',
  description: 'PROVISIONAL: weekends and the ст. 112 ТК holidays only, every item marked; BUILT_IN: the decree shipped with the product; LOADED: a file the firm loaded',
});

/** The biggest calendar file taken: a calendar.xml of a year is about 3 KB, a list less. */
export const MAX_CALENDAR_FILE_LENGTH = 100_000;

@ObjectType({ description: 'The production calendar a year’s schedules are computed by in this firm' })
export class ProductionCalendarYear {
  @Field(() => Int) year!: number;
  @Field(() => CalendarState) state!: CalendarState;
  @Field(() => String) source!: string;
  @Field(() => Int) workingDays!: number;
  @Field(() => ProductionCalendar, { nullable: true, description: 'The loaded file, when the state is LOADED' }) calendar!: ProductionCalendar | null;
}

@ObjectType({ description: 'A day whose working status the loaded calendar changes' })
export class CalendarDayChange {
  @Field(() => DateScalar) date!: string;
  @Field(() => Boolean, { description: 'Works by the new calendar (was a day off), or the other way round' }) working!: boolean;
}

@ObjectType({ description: 'What a calendar file holds and changes, before it is loaded' })
export class ProductionCalendarPreview {
  @Field(() => Int) year!: number;
  @Field(() => String) source!: string;
  @Field(() => Int) workingDays!: number;
  @Field(() => Int, { description: 'Days off of the year, weekends included' }) nonWorkingDays!: number;
  @Field(() => [DateScalar], { description: 'Weekdays off (holidays and transfers)' }) daysOff!: string[];
  @Field(() => [DateScalar]) workingWeekends!: string[];
  @Field(() => [DateScalar]) shortened!: string[];
  @Field(() => CalendarState, { description: 'What the year is computed by now' }) replaces!: CalendarState;
  @Field(() => [CalendarDayChange], { description: 'Days that change against the calendar in force' }) changes!: CalendarDayChange[];
}

@ArgsType()
export class ProductionCalendarFileArgs {
  @Field(() => Int, { description: 'The year the file is for; a file of another year is refused' }) @IsInt() year!: number;
  @Field(() => String, { description: 'The file’s text: calendar.xml or a list of days (docs/tax-calendar.md)' }) @IsString() @Length(1, MAX_CALENDAR_FILE_LENGTH) content!: string;
  @Field(() => String, { nullable: true, description: 'The file’s name, kept as the calendar’s source' }) @IsOptional() @IsString() @MaxLength(200) fileName?: string | null;
}
