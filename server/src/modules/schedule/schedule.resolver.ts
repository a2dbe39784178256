import { Args, Authorized, Query, Resolver } from 'type-graphql';
import { previewSchedule } from './schedule-preview.js';
import { ScheduledObligation, SchedulePreviewArgs } from './schedule.types.js';

@Resolver()
export class ScheduleResolver {
  @Authorized()
  @Query(() => [ScheduledObligation], {
    description: 'Every filing, notification and payment a profile owes in a year (items due in that year), computed and not stored',
  })
  schedulePreview(@Args(() => SchedulePreviewArgs) { profile, year }: SchedulePreviewArgs): ScheduledObligation[] {
    return previewSchedule(profile, year);
  }
}
