import { IsInt, Max, Min } from 'class-validator';
import { Args, ArgsType, Authorized, Ctx, Field, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { SignedInScope } from '../../graphql/scope.js';
import { CalendarFeed } from './calendar-feed.entity.js';
import { MAX_REMINDER_DAYS } from './reminder-setting.entity.js';

@ObjectType({ description: 'A newly issued calendar feed: its URL is shown now and never again (rotate for a new one)' })
class IssuedCalendarFeed {
  @Field(() => String, { description: 'The private URL to subscribe to in Outlook, Google or Apple calendars' }) url!: string;
  @Field(() => CalendarFeed) feed!: CalendarFeed;
}

@ObjectType({ description: 'When the caller is reminded of their obligations' })
class ObligationReminderSettings {
  @Field(() => Int, { description: 'Days before a due date (0: no advance reminder; the overdue notice stays)' }) daysBefore!: number;
}

@ArgsType()
class SetObligationReminderDaysArgs {
  @Field(() => Int) @IsInt() @Min(0) @Max(MAX_REMINDER_DAYS) days!: number;
}

/** The caller's own calendar feed and reminder setting. */
@Resolver()
export class CalendarFeedResolver {
  @Authorized()
  @Query(() => CalendarFeed, { nullable: true, description: 'The caller’s calendar feed, if issued (without its URL)' })
  myCalendarFeed(@Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<CalendarFeed | null> {
    return services.calendarFeeds.mine(scope);
  }

  @Authorized()
  @Mutation(() => IssuedCalendarFeed, { description: 'Issues the caller’s private iCalendar feed URL, or a new one in place of the old, which stops working' })
  rotateCalendarFeed(@Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<IssuedCalendarFeed> {
    return services.calendarFeeds.rotate(scope);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Revokes the caller’s calendar feed: its URL answers 404; answers whether there was one' })
  revokeCalendarFeed(@Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<boolean> {
    return services.calendarFeeds.revoke(scope);
  }

  @Authorized()
  @Query(() => ObligationReminderSettings)
  async myObligationReminders(@Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<ObligationReminderSettings> {
    return { daysBefore: await services.obligationReminders.daysBefore(scope) };
  }

  @Authorized()
  @Mutation(() => ObligationReminderSettings, { description: 'How many days before a due date the caller is reminded (0 to 30; 0 turns the advance reminder off)' })
  async setObligationReminderDays(@Args(() => SetObligationReminderDaysArgs) { days }: SetObligationReminderDaysArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<ObligationReminderSettings> {
    return { daysBefore: await services.obligationReminders.setDaysBefore(scope, days) };
  }
}
