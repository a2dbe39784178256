// The schedule engine's public entry: pure functions and data, no database and no GraphQL.
export {
  ServiceArea,
  ObligationKind,
  Recipient,
  ProfitAdvanceMethod,
  OBLIGATION_CODES,
  ScheduleError,
  type ObligationCode,
  type LegalFormCode,
  type TaxRegimeCode,
  type PatentTerm,
  type TaxProfile,
  type ScheduledObligation,
  type ScheduleErrorCode,
} from './engine/types.js';
export { generateSchedule, assertScheduleYear, type ScheduleOptions } from './engine/generate.js';
export { diffSchedules, isEmptyDiff, type ScheduleDiff, type ScheduleChange } from './engine/diff.js';
export { parseCalendarFile, parseCalendarXml, parseCalendarList, countWorkingDays } from './engine/calendar-file.js';
export { CalendarBook, type CalendarSources } from './engine/calendar.js';
export { OFFICIAL_CALENDARS, REGIONAL_DAYS_OFF, type CalendarData, type RegionalDaysOff } from './engine/calendar-data.js';
export { YEAR_PARAMS, FIRST_SCHEDULE_YEAR, LAST_SCHEDULE_YEAR, type YearParams } from './engine/year-params.js';
export { compareCalendar, PLAUSIBLE_WORKING_DAYS, type CalendarComparison, type CalendarDayChange } from './engine/calendar-compare.js';
