import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { SignedInScope } from '../../graphql/scope.js';
import { previewSchedule } from './schedule-preview.js';
import { ScheduledObligation, SchedulePreviewArgs } from './schedule.types.js';

@Resolver()
export class ScheduleResolver {
  @Authorized()
  @Query(() => [ScheduledObligation], {
    description: 'Every filing, notification and payment a profile owes in a year (items due in that year), by the firm’s production calendars, computed and not stored',
  })
  async schedulePreview(@Args(() => SchedulePreviewArgs) { profile, year }: SchedulePreviewArgs, @Ctx() { services }: Context, @SignedInScope() scope: SignedInScope): Promise<ScheduledObligation[]> {
    return previewSchedule(profile, year, await services.productionCalendars.scheduleOptions(scope.em));
  }
}
