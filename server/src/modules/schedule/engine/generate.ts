import { CalendarBook, type CalendarSources, type YearCalendar } from './calendar.js';
import { clampedDay, dayNumber, parseIsoDay, yearOfDay } from './dates.js';
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
    throw new ScheduleError('SCHEDULE_YEAR_NOT_SUPPORTED', `Schedules start with ${FIRST_SCHEDULE_YEAR}: the unified-payment rules and calendars before it are not encoded`, 'year');
  }
  if (year > LAST_SCHEDULE_YEAR) {
    throw new ScheduleError('SCHEDULE_YEAR_NOT_SUPPORTED', `No rules data for ${year} yet: the last year with amounts and thresholds is ${LAST_SCHEDULE_YEAR}`, 'year');
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
    throw new ScheduleError('SCHEDULE_PROFILE_INVALID', 'Only an individual entrepreneur holds patents', 'patents');
  }
  return patents.map((patent: PatentTerm) => {
    const start = parseIsoDay(patent.start);
    const end = parseIsoDay(patent.end);
    if (start === null || end === null || end < start || patent.start.slice(0, 4) !== patent.end.slice(0, 4)) {
      throw new ScheduleError('SCHEDULE_PROFILE_INVALID', `A patent runs from one date to a later one of the same year (got ${patent.start}..${patent.end})`, 'patents');
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
  nominalYear: number;
  /** A "last working day" term: already a working day, never shifted. */
  fixed: boolean;
  title?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The dates a rule names for the periods of a year; the same for every client but patents. */
function occurrences(rule: Rule, year: number, patents: readonly PatentDays[], lastWorkingDay: () => number): Occurrence[] {
  const due = rule.due;
  const out: Occurrence[] = [];
  switch (due.every) {
    case 'month':
      for (let month = 1; month <= 12; month += 1) {
        if (due.months && !due.months.includes(month)) continue;
        const dueMonth = month + due.monthsAfter;
        const nominalYear = dueMonth > 12 ? year + 1 : year;
        const nominal = clampedDay(nominalYear, dueMonth > 12 ? 1 : dueMonth, due.day);
        out.push({ period: `${year}-${pad(month)}`, part: null, nominal, nominalYear, fixed: false });
      }
      break;
    case 'cumulative':
      for (const period of due.periods) {
        const nominal = clampedDay(year, CUMULATIVE_END_MONTH[period] + 1, due.day);
        out.push({ period: `${year}-${period}`, part: null, nominal, nominalYear: year, fixed: false });
      }
      break;
    case 'quarter':
      for (let quarter = 1; quarter <= 4; quarter += 1) {
        for (const part of due.thirds ? [1, 2, 3] : [null]) {
          const month = quarter * 3 + (part ?? 1);
          const nominalYear = month > 12 ? year + 1 : year;
          const nominal = clampedDay(nominalYear, month > 12 ? month - 12 : month, due.day);
          out.push({ period: `${year}-Q${quarter}`, part, nominal, nominalYear, fixed: false });
        }
      }
      break;
    case 'year':
      out.push({ period: String(year), part: null, nominal: clampedDay(year + due.yearsAfter, due.month, due.day), nominalYear: year + due.yearsAfter, fixed: false });
      break;
    case 'lastWorkingDay':
      out.push({ period: String(year), part: null, nominal: lastWorkingDay(), nominalYear: year, fixed: true });
      break;
    case 'patent':
      for (const patent of patents) if (patent.startYear === year) out.push(...patentPayments(patent));
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
    return [{ period: patent.period, part: null, nominal: byEnd, nominalYear: patent.startYear, fixed: false, title: 'Оплата патента (полная стоимость)' }];
  }
  const firstThird = patent.start + 90;
  return [
    { period: patent.period, part: 1, nominal: firstThird, nominalYear: yearOfDay(firstThird), fixed: false, title: 'Оплата патента: 1/3 стоимости' },
    { period: patent.period, part: 2, nominal: byEnd, nominalYear: patent.startYear, fixed: false, title: 'Оплата патента: 2/3 стоимости' },
  ];
}

/** An item of the year with its dates settled, waiting for a client the rule applies to. */
interface Slot {
  /** 0 for the rules of the year before, 1 for the year's own. */
  side: 0 | 1;
  ruleIndex: number;
  rule: Rule;
  key: string;
  period: string;
  part: number | null;
  nominalDate: string;
  dueDate: string;
  provisional: boolean;
  title?: string;
  due: number;
  order: number;
  nominal: number;
}

const byScheduleOrder = (a: Slot, b: Slot) =>
  a.due - b.due ||
  a.order - b.order ||
  a.nominal - b.nominal ||
  (a.period < b.period ? -1 : a.period > b.period ? 1 : 0) ||
  (a.part ?? 0) - (b.part ?? 0);

function slotsOf(
  book: CalendarBook,
  year: number,
  region: string | null,
  side: 0 | 1,
  ruleIndex: number,
  rule: Rule,
  list: readonly Occurrence[],
): Slot[] {
  const calendar = book.year(year, region);
  const slots: Slot[] = [];
  for (const occurrence of list) {
    // a due date never lies before its nominal date
    if (occurrence.nominalYear > year) continue;
    const nominalCalendar = book.year(occurrence.nominalYear, region);
    const due = occurrence.fixed ? occurrence.nominal : book.shiftForward(occurrence.nominal, occurrence.nominalYear, region).day;
    if (!calendar.contains(due)) continue;
    const { period, part } = occurrence;
    slots.push({
      side,
      ruleIndex,
      rule,
      key: part === null ? `${rule.code}:${period}` : `${rule.code}:${period}:${part}`,
      period,
      part,
      nominalDate: nominalCalendar.isoOf(occurrence.nominal),
      dueDate: calendar.isoOf(due),
      provisional: calendar.provisional || nominalCalendar.provisional,
      title: occurrence.title,
      due,
      order: CODE_ORDER.get(rule.code)!,
      nominal: occurrence.nominal,
    });
  }
  return slots;
}

// The dates of every rule but patents are the same for all clients of a year and region: they are
// settled once per calendar set, already in schedule order, and a client's schedule is the slots
// of the rules that apply to it.
const plans = new WeakMap<CalendarBook, Map<string, Slot[]>>();

function planFor(book: CalendarBook, year: number, region: string | null): Slot[] {
  let byYear = plans.get(book);
  if (!byYear) {
    byYear = new Map();
    plans.set(book, byYear);
  }
  const cacheKey = `${year}/${region ?? ''}`;
  let plan = byYear.get(cacheKey);
  if (!plan) {
    plan = [];
    for (const side of [0, 1] as const) {
      const periodYear = year - 1 + side;
      const lastWorkingDay = () => book.year(periodYear, region).lastWorkingDay();
      for (const [ruleIndex, rule] of RULES_BY_YEAR[periodYear]!.entries()) {
        if (rule.due.every === 'patent') continue;
        plan.push(...slotsOf(book, year, region, side, ruleIndex, rule, occurrences(rule, periodYear, [], lastWorkingDay)));
      }
    }
    plan.sort(byScheduleOrder);
    byYear.set(cacheKey, plan);
  }
  return plan;
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
    throw new ScheduleError('SCHEDULE_PROFILE_INVALID', `An organization cannot be on ${profile.taxRegime}`, 'taxRegime');
  }
  const patents = checkedPatents(profile);
  const book = bookFor(options);
  const region = profile.region ?? null;
  const contexts = [contextFor(profile, year - 1, year), contextFor(profile, year, year)] as const;
  const applies = [0, 1].map((side) => RULES_BY_YEAR[year - 1 + side]!.map((rule) => rule.when(contexts[side]!)));
  const titles: (string | undefined)[][] = [[], []];

  let slots = planFor(book, year, region);
  if (patents.length) {
    const patentSlots: Slot[] = [];
    for (const side of [0, 1] as const) {
      const periodYear = year - 1 + side;
      for (const [ruleIndex, rule] of RULES_BY_YEAR[periodYear]!.entries()) {
        if (rule.due.every !== 'patent') continue;
        patentSlots.push(...slotsOf(book, year, region, side, ruleIndex, rule, occurrences(rule, periodYear, patents, () => 0)));
      }
    }
    slots = [...slots, ...patentSlots].sort(byScheduleOrder);
  }

  const items: ScheduledObligation[] = [];
  for (const slot of slots) {
    if (!applies[slot.side]![slot.ruleIndex]) continue;
    const rule = slot.rule;
    let title = slot.title ?? titles[slot.side]![slot.ruleIndex];
    if (title === undefined) title = titles[slot.side]![slot.ruleIndex] = rule.title(contexts[slot.side]!);
    items.push({
      key: slot.key,
      code: rule.code,
      kind: rule.kind,
      recipient: rule.recipient,
      period: slot.period,
      part: slot.part,
      nominalDate: slot.nominalDate,
      dueDate: slot.dueDate,
      area: rule.area,
      title,
      provisional: slot.provisional,
      unverified: rule.unverified !== undefined,
    });
  }
  return items;
}
