import { z } from 'zod';
import { defineEvents, type PayloadsOf } from '../events/catalogue.js';

export const SCHEDULE_TOPIC = 'schedule';

/** Production calendars the firm loads. */
export const scheduleEvents = defineEvents(SCHEDULE_TOPIC, {
  PRODUCTION_CALENDAR_LOADED: {
    subjectType: 'ProductionCalendar',
    // replaced: what the year was computed by before (PROVISIONAL, BUILT_IN or LOADED); changed: days whose working status moved
    payload: z.object({ year: z.number().int(), source: z.string(), workingDays: z.number().int(), replaced: z.enum(['PROVISIONAL', 'BUILT_IN', 'LOADED']), changed: z.number().int() }),
  },
});

declare module '../events/catalogue.js' {
  interface DeclaredEvents extends PayloadsOf<typeof scheduleEvents> {}
}
