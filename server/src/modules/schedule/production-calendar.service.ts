import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { fieldError } from '../../graphql/errors.js';
import type { SignedInScope } from '../../graphql/scope.js';
import { actorOf } from '../auth/principal.js';
import { User } from '../auth/user.entity.js';
import { recordedTransaction } from '../events/event-log.js';
import {
  CalendarBook, compareCalendar, countWorkingDays, FIRST_SCHEDULE_YEAR, LAST_SCHEDULE_YEAR, OFFICIAL_CALENDARS, parseCalendarFile, ScheduleError, type CalendarData, type ScheduleOptions,
} from './engine.js';
import { calendarDataOf, ProductionCalendar } from './production-calendar.entity.js';
import { CalendarState, type ProductionCalendarPreview, type ProductionCalendarYear } from './production-calendar.types.js';
import { SCHEDULE_TOPIC } from './schedule.events.js';

const BUILT_IN_YEARS = new Set(OFFICIAL_CALENDARS.map((c) => c.year));

function stateOf(year: number, loaded: readonly { year: number }[]): CalendarState {
  if (loaded.some((c) => c.year === year)) return CalendarState.LOADED;
  return BUILT_IN_YEARS.has(year) ? CalendarState.BUILT_IN : CalendarState.PROVISIONAL;
}

/** The engine's refusals of a file as the caller's input errors. */
function asInputError(error: unknown): never {
  if (error instanceof ScheduleError) throw fieldError(error.field === 'year' ? 'year' : 'content', error.message, error.code);
  throw error;
}

/**
 * The production calendars a firm's schedules are computed by: the built-in decrees, the ones the
 * owner loaded from a file (which replace the built-in or provisional calendar of their year).
 */
export class ProductionCalendarService {
  /** The firm's loaded calendars, in one statement. */
  async calendarsOf(em: EntityManager): Promise<CalendarData[]> {
    return (await em.find(ProductionCalendar, {}, { orderBy: { year: 'asc' } })).map(calendarDataOf);
  }

  /** What the engine takes for this firm: one object per computation, so its calendars are built once. */
  async scheduleOptions(em: EntityManager): Promise<ScheduleOptions> {
    return { calendars: await this.calendarsOf(em) };
  }

  /** Each year schedules are made for, and the calendar it is computed by. */
  async years({ em }: SignedInScope): Promise<ProductionCalendarYear[]> {
    const loaded = await em.find(ProductionCalendar, {}, { orderBy: { year: 'asc' } });
    const book = new CalendarBook({ calendars: loaded.map(calendarDataOf) });
    return Array.from({ length: LAST_SCHEDULE_YEAR - FIRST_SCHEDULE_YEAR + 1 }, (_, i) => FIRST_SCHEDULE_YEAR + i).map((year) => {
      const calendar = book.year(year);
      return { year, state: stateOf(year, loaded), source: calendar.source, workingDays: calendar.workingDayCount(), calendar: loaded.find((c) => c.year === year) ?? null };
    });
  }

  private read(year: number, content: string, fileName: string | null | undefined, loaded: readonly CalendarData[]) {
    if (year < FIRST_SCHEDULE_YEAR || year > LAST_SCHEDULE_YEAR) {
      throw fieldError('year', `Calendars are loaded for ${FIRST_SCHEDULE_YEAR}–${LAST_SCHEDULE_YEAR}, the years schedules are made for`, 'SCHEDULE_YEAR_NOT_SUPPORTED');
    }
    try {
      const data = parseCalendarFile(content, fileName?.trim() || 'calendar');
      const comparison = compareCalendar(data, year, { calendars: loaded });
      return { data, comparison };
    } catch (error) {
      return asInputError(error);
    }
  }

  /** Reads and checks a file and says what it would change; writes nothing. */
  async preview({ em }: SignedInScope, year: number, content: string, fileName?: string | null): Promise<ProductionCalendarPreview> {
    const loaded = await this.calendarsOf(em);
    const { data, comparison } = this.read(year, content, fileName, loaded);
    return {
      year, source: data.source, workingDays: comparison.workingDays, nonWorkingDays: comparison.nonWorkingDays, daysOff: [...data.daysOff], workingWeekends: [...data.workingWeekends],
      shortened: [...(data.shortened ?? [])], replaces: stateOf(year, loaded), changes: comparison.changes,
    };
  }

  /**
   * Stores the year's calendar for the firm (a second load of a year replaces the first). The
   * clients whose schedules it re-dates or confirms then show a diff to review and apply.
   */
  async load({ em, principal }: SignedInScope, year: number, content: string, fileName?: string | null): Promise<ProductionCalendar> {
    return recordedTransaction(em, actorOf(principal), async (tx) => {
      // one load of a year at a time: the second waits and compares with the first
      const rows = await tx.em.find(ProductionCalendar, {}, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const { data, comparison } = this.read(year, content, fileName, rows.map(calendarDataOf));
      const replaced = stateOf(year, rows);
      const fields = { daysOff: [...data.daysOff], workingWeekends: [...data.workingWeekends], shortened: [...(data.shortened ?? [])], source: data.source.slice(0, 300), workingDays: countWorkingDays(data) };
      const loadedBy = tx.em.getReference(User, principal.userId, { wrapped: true });
      let row = rows.find((r) => r.year === year);
      if (row) Object.assign(row, fields, { loadedBy, loadedAt: new Date() });
      else row = tx.em.create(ProductionCalendar, { firm: principal.firmId, year, ...fields, loadedBy });
      tx.record({
        topic: SCHEDULE_TOPIC,
        type: 'PRODUCTION_CALENDAR_LOADED',
        subjectType: 'ProductionCalendar',
        subjectId: row.id,
        data: { year, source: fields.source, workingDays: fields.workingDays, replaced, changed: comparison.changes.length },
      });
      return row;
    });
  }
}
