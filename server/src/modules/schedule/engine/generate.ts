import { CalendarBook, type CalendarSources, type YearCalendar } from './calendar.js';
import { clampedDay, dayNumber, parseIsoDay } from './dates.js';
import { RULES_BY_YEAR, type Rule, type RuleContext } from './rules.js';
import {
  OBLIGATION_CODES,
  ProfitAdvanceMethod,
  ScheduleError,
  type ObligationCode,
  type PatentTerm,
  type ScheduledObligation,
  type TaxProfile,
} from './types.js';
import { FIRST_SCHEDULE_YEAR, LAST_SCHEDULE_YEAR, YEAR_PARAMS } from './year-params.js';

export type ScheduleOptions = CalendarSources;

const CODE_ORDER = new Map<ObligationCode, number>(OBLIGATION_CODES.map((code, index) => [code, index]));
const CUMULATIVE_END_MONTH = { Q1: 3, H1: 6, '9M': 9 } as const;

// Calendars are built once per set of sources: the default one for the built-in data, and one
// per options object (a caller generating many clients passes the same object each time).
const defaultBook = new CalendarBook();
const books = new WeakMap<ScheduleOptions, CalendarBook>();

function bookFor(options?: ScheduleOptions): CalendarBook {
  if (!options || (!options.calendars?.length && !options.regionalDaysOff)) return defaultBook;
  let book = books.get(options);
  if (!book) {
    book = new CalendarBook(options);
    books.set(options, book);
  }
  return book;
}

/** Refuses a year the engine has no rules for (before 2025, or past the last year of data). */
export function assertScheduleYear(year: number): void {
  if (!Number.isInteger(year) || year < FIRST_SCHEDULE_YEAR) {
    throw new ScheduleError('SCHEDULE_YEAR_NOT_SUPPORTED', `Schedules start with ${FIRST_SCHEDULE_YEAR}: the unified-payment rules and calendars before it are not encoded`);
  }
  if (year > LAST_SCHEDULE_YEAR) {
    throw new ScheduleError('SCHEDULE_YEAR_NOT_SUPPORTED', `No rules data for ${year} yet: the last year with amounts and thresholds is ${LAST_SCHEDULE_YEAR}`);
  }
}

interface PatentDays {
  start: number;
  end: number;
  startYear: number;
  period: string;
}

function checkedPatents(profile: TaxProfile): PatentDays[] {
  const patents = profile.patents ?? [];
  if (patents.length && profile.legalForm !== 'INDIVIDUAL_ENTREPRENEUR') {
    throw new ScheduleError('SCHEDULE_PROFILE_INVALID', 'Only an individual entrepreneur holds patents');
  }
  return patents.map((patent: PatentTerm) => {
    const start = parseIsoDay(patent.start);
    const end = parseIsoDay(patent.end);
    if (start === null || end === null || end < start || patent.start.slice(0, 4) !== patent.end.slice(0, 4)) {
      throw new ScheduleError('SCHEDULE_PROFILE_INVALID', `A patent runs from one date to a later one of the same year (got ${patent.start}..${patent.end})`);
    }
    return { start, end, startYear: Number(patent.start.slice(0, 4)), period: `${patent.start}..${patent.end}` };
  });
}

function contextFor(profile: TaxProfile, periodYear: number, scheduleYear: number): RuleContext {
  const params = YEAR_PARAMS[periodYear]!;
  const regime = profile.taxRegime;
  const org = profile.legalForm === 'ORGANIZATION';
  const usn = regime === 'USN_INCOME' || regime === 'USN_INCOME_MINUS_EXPENSES';
  const osno = regime === 'OSNO';
  const eshn = regime === 'ESHN';
  const ausn = regime === 'AUSN_INCOME' || regime === 'AUSN_INCOME_MINUS_EXPENSES';
  const npd = regime === 'NPD';
  const employer = profile.hasEmployees && !ausn && !npd;
  // the prior year's income decides VAT for the periods of the schedule's year only
  const overThreshold =
    usn &&
    periodYear === scheduleYear &&
    params.usnVatThreshold !== null &&
    (profile.priorYearIncome ?? 0) > params.usnVatThreshold;
  const propertyTaxes = org
    ? [profile.hasProperty && 'налог на имущество', profile.hasTransport && 'транспортный налог', profile.hasLand && 'земельный налог'].filter(
        (tax): tax is string => typeof tax === 'string',
      )
    : [];
  // an ОСНО organization declares property on the average annual value; the year's notification
  // is for transport, land and cadastral-value property only
  const notifiedYearTaxes = propertyTaxes.filter((tax) => tax !== 'налог на имущество' || !osno);
  return {
    periodYear,
    params,
    org,
    ip: !org,
    usn,
    osno,
    eshn,
    ausn,
    npd,
    psn: regime === 'PSN',
    hasEmployees: profile.hasEmployees,
    employer,
    contributor: employer || (org && !ausn && params.orgAlwaysContributor),
    rsvFiler: (org && !ausn) || employer,
    vat: (profile.vatPayer && (osno || usn || eshn)) || overThreshold,
    profitAdvances: profile.profitAdvances ?? ProfitAdvanceMethod.QUARTERLY,
    averageValueProperty: org && osno && Boolean(profile.hasProperty),
    propertyTaxes,
    notifiedYearTaxes,
  };
}

interface Occurrence {
  period: string;
  part: number | null;
  nominal: number;
  /** A "last working day" term: already a working day, never shifted. */
  fixed: boolean;
  title?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

function occurrences(rule: Rule, year: number, patents: readonly PatentDays[], lastWorkingDay: () => number): Occurrence[] {
  const due = rule.due;
  const out: Occurrence[] = [];
  switch (due.every) {
    case 'month':
      for (let month = 1; month <= 12; month += 1) {
        if (due.months && !due.months.includes(month)) continue;
        const dueMonth = month + due.monthsAfter;
        const nominal = dueMonth > 12 ? clampedDay(year + 1, 1, due.day) : clampedDay(year, dueMonth, due.day);
        out.push({ period: `${year}-${pad(month)}`, part: null, nominal, fixed: false });
      }
      break;
    case 'cumulative':
      for (const period of due.periods) {
        out.push({ period: `${year}-${period}`, part: null, nominal: clampedDay(year, CUMULATIVE_END_MONTH[period] + 1, due.day), fixed: false });
      }
      break;
    case 'quarter':
      for (let quarter = 1; quarter <= 4; quarter += 1) {
        const parts = due.thirds ? [1, 2, 3] : [null];
        for (const part of parts) {
          const month = quarter * 3 + (part ?? 1);
          const nominal = month > 12 ? clampedDay(year + 1, month - 12, due.day) : clampedDay(year, month, due.day);
          out.push({ period: `${year}-Q${quarter}`, part, nominal, fixed: false });
        }
      }
      break;
    case 'year':
      out.push({ period: String(year), part: null, nominal: clampedDay(year + due.yearsAfter, due.month, due.day), fixed: false });
      break;
    case 'lastWorkingDay':
      out.push({ period: String(year), part: null, nominal: lastWorkingDay(), fixed: true });
      break;
    case 'patent':
      for (const patent of patents) {
        if (patent.startYear !== year) continue;
        out.push(...patentPayments(patent));
      }
      break;
  }
  return out;
}

/**
 * ст. 346.51 НК: a patent under 6 months is paid in full by its end; 6–12 months — a third within
 * 90 days from the start, two thirds by the end; an end on 31 December pays by 28 December.
 */
function patentPayments(patent: PatentDays): Occurrence[] {
  const startDate = new Date(patent.start * 86_400_000);
  const sixMonthsEnd = dayNumber(startDate.getUTCFullYear(), startDate.getUTCMonth() + 1 + 6, startDate.getUTCDate()) - 1;
  const lastDay = dayNumber(patent.startYear, 12, 31);
  const byEnd = patent.end === lastDay ? dayNumber(patent.startYear, 12, 28) : patent.end;
  if (patent.end < sixMonthsEnd) {
    return [{ period: patent.period, part: null, nominal: byEnd, fixed: false, title: 'Оплата патента (полная стоимость)' }];
  }
  return [
    { period: patent.period, part: 1, nominal: patent.start + 90, fixed: false, title: 'Оплата патента: 1/3 стоимости' },
    { period: patent.period, part: 2, nominal: byEnd, fixed: false, title: 'Оплата патента: 2/3 стоимости' },
  ];
}

/**
 * Every filing, notification and payment of `year` for a client: the items whose due date falls
 * in that year, including the annual reports and December payments for the year before. Items of
 * a year whose production calendar is not loaded are marked provisional. Pure: the same input
 * gives the same list, ordered by due date and then by the order of the codes in the contract.
 */
export function generateSchedule(profile: TaxProfile, year: number, options?: ScheduleOptions): ScheduledObligation[] {
  assertScheduleYear(year);
  if (profile.legalForm === 'ORGANIZATION' && (profile.taxRegime === 'PSN' || profile.taxRegime === 'NPD')) {
    throw new ScheduleError('SCHEDULE_PROFILE_INVALID', `An organization cannot be on ${profile.taxRegime}`);
  }
  const patents = checkedPatents(profile);
  const book = bookFor(options);
  const region = profile.region ?? null;
  const calendar: YearCalendar = book.year(year, region);
  const items: (ScheduledObligation & { order: number; nominalDay: number })[] = [];

  for (const periodYear of [year - 1, year]) {
    const ctx = contextFor(profile, periodYear, year);
    const lastWorkingDay = () => book.year(periodYear, region).lastWorkingDay();
    for (const rule of RULES_BY_YEAR[periodYear]!) {
      if (!rule.when(ctx)) continue;
      for (const occurrence of occurrences(rule, periodYear, patents, lastWorkingDay)) {
        const nominalYear = occurrence.fixed ? periodYear : new Date(occurrence.nominal * 86_400_000).getUTCFullYear();
        // a due date never lies before its nominal date: skip what cannot reach this year early
        if (nominalYear > year) continue;
        const shifted = occurrence.fixed
          ? { day: occurrence.nominal, provisional: book.year(periodYear, region).provisional }
          : book.shiftForward(occurrence.nominal, nominalYear, region);
        if (!calendar.contains(shifted.day)) continue;
        const nominalCalendar = book.year(nominalYear, region);
        items.push({
          key: occurrence.part === null ? `${rule.code}:${occurrence.period}` : `${rule.code}:${occurrence.period}:${occurrence.part}`,
          code: rule.code,
          kind: rule.kind,
          recipient: rule.recipient,
          period: occurrence.period,
          part: occurrence.part,
          nominalDate: nominalCalendar.isoOf(occurrence.nominal),
          dueDate: calendar.isoOf(shifted.day),
          area: rule.area,
          title: occurrence.title ?? rule.title(ctx, occurrence.period),
          provisional: shifted.provisional || calendar.provisional,
          unverified: rule.unverified !== undefined,
          order: CODE_ORDER.get(rule.code)!,
          nominalDay: occurrence.nominal,
        });
      }
    }
  }

  items.sort(
    (a, b) =>
      a.dueDate.localeCompare(b.dueDate) ||
      a.order - b.order ||
      a.nominalDay - b.nominalDay ||
      a.period.localeCompare(b.period) ||
      (a.part ?? 0) - (b.part ?? 0),
  );
  return items.map(({ order: _order, nominalDay: _nominalDay, ...item }) => item);
}
