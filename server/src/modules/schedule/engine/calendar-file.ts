// Reading a production calendar from a file: the calendar.xml of Russian production-calendar
// publishers (xmlcalendar.ru and the like) or a plain list of days.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { CalendarData } from './calendar-data.js';
import { dayNumber, isWeekend, isoOf, parseIsoDay } from './dates.js';
import { ScheduleError } from './types.js';

const invalid = (message: string) => new ScheduleError('CALENDAR_FILE_INVALID', message);

// attributes as plain strings (no number parsing: d="01.10" must stay "01.10"); <day> always a list
const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  parseTagValue: false,
  processEntities: false,
  isArray: (name) => name === 'day',
});

type XmlNode = Record<string, unknown>;
const isNode = (value: unknown): value is XmlNode => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const describe = (day: XmlNode) => `<day ${Object.entries(day).filter(([, v]) => typeof v === 'string').map(([k, v]) => `${k}="${String(v)}"`).join(' ')}/>`;

function sortedUnique(days: Iterable<number>): string[] {
  return [...new Set(days)].sort((a, b) => a - b).map(isoOf);
}

function build(year: number, off: number[], working: number[], shortened: number[], source: string): CalendarData {
  const workingWeekends = working.filter(isWeekend);
  const clash = workingWeekends.find((day) => off.includes(day));
  if (clash !== undefined) throw invalid(`${isoOf(clash)} is listed both as a day off and as a working day`);
  return {
    year,
    daysOff: sortedUnique(off.filter((day) => !isWeekend(day))),
    workingWeekends: sortedUnique(workingWeekends),
    shortened: sortedUnique(shortened),
    source,
  };
}

/**
 * calendar.xml: `<calendar year="2027">` with `<day d="MM.DD" t="…"/>` where t=1 is a day off,
 * t=2 a shortened working day and t=3 a working day; a t=2 or t=3 day on a weekend is a working
 * weekend.
 */
export function parseCalendarXml(xml: string, source = 'calendar.xml'): CalendarData {
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) throw invalid(`Not well-formed XML (line ${wellFormed.err.line}): ${wellFormed.err.msg}`);
  const calendar = (xmlParser.parse(xml) as XmlNode).calendar;
  if (!isNode(calendar)) throw invalid('No <calendar> element: not a production-calendar XML file');
  const yearText = text(calendar.year) ?? '';
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
  if (!Number.isInteger(year) || year < 1900 || year > 2200) throw invalid('The <calendar> element has no valid year attribute');
  const off: number[] = [];
  const working: number[] = [];
  const shortened: number[] = [];
  const days = isNode(calendar.days) && Array.isArray(calendar.days.day) ? (calendar.days.day as unknown[]) : [];
  for (const entry of days) {
    const node = isNode(entry) ? entry : {};
    const d = text(node.d);
    const t = text(node.t);
    const parts = /^(\d{2})\.(\d{2})$/.exec(d ?? '');
    const day = parts ? parseIsoDay(`${year}-${parts[1]}-${parts[2]}`) : null;
    if (day === null) throw invalid(`A <day> has no valid d="MM.DD" attribute: ${describe(node)}`);
    if (t === '1') off.push(day);
    else if (t === '2') {
      shortened.push(day);
      working.push(day);
    } else if (t === '3') working.push(day);
    else throw invalid(`A <day> has an unknown type t="${t ?? ''}": ${describe(node)}`);
  }
  if (days.length === 0) throw invalid('The calendar lists no days');
  const date = text(calendar.date);
  return build(year, off, working, shortened, date ? `${source} (${date})` : source);
}

const MARKERS: Readonly<Record<string, 'off' | 'work' | 'short'>> = {
  off: 'off',
  выходной: 'off',
  нерабочий: 'off',
  work: 'work',
  working: 'work',
  рабочий: 'work',
  short: 'short',
  shortened: 'short',
  сокращённый: 'short',
  сокращенный: 'short',
};

function lineDay(text: string): number | null {
  const dotted = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(text);
  return parseIsoDay(dotted ? `${dotted[3]}-${dotted[2]}-${dotted[1]}` : text);
}

/**
 * A plain list, one day a line: `2027-01-01` or `01.01.2027`, optionally followed by `выходной`
 * (the default), `рабочий` (a working Saturday or Sunday) or `сокращённый`; `#` starts a comment.
 * All days belong to one year.
 */
export function parseCalendarList(text: string, source = 'list'): CalendarData {
  const off: number[] = [];
  const working: number[] = [];
  const shortened: number[] = [];
  let year: number | null = null;
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) continue;
    const [date = '', marker = 'off', ...rest] = line.split(/[\s,;]+/);
    const day = lineDay(date);
    const kind = MARKERS[marker.toLowerCase()];
    if (day === null || !kind || rest.length) throw invalid(`Line ${index + 1}: expected a date and an optional «выходной», «рабочий» or «сокращённый», got «${raw.trim()}»`);
    const dayYear = Number(isoOf(day).slice(0, 4));
    if (year !== null && dayYear !== year) throw invalid(`Line ${index + 1}: ${isoOf(day)} is not in ${year}; a file holds one year`);
    year = dayYear;
    if (kind === 'off') off.push(day);
    else if (kind === 'work') {
      if (!isWeekend(day)) throw invalid(`Line ${index + 1}: ${isoOf(day)} is a weekday, already a working day`);
      working.push(day);
    } else shortened.push(day);
  }
  if (year === null) throw invalid('The list holds no days');
  return build(year, off, working, shortened, source);
}

/** Either format, told apart by the first character. */
export function parseCalendarFile(content: string, source?: string): CalendarData {
  const text = content.replace(/^\uFEFF/, '');
  return text.trimStart().startsWith('<') ? parseCalendarXml(text, source) : parseCalendarList(text, source);
}

/** Days in the year that are working days by this calendar (weekends and days off excluded). */
export function countWorkingDays(data: CalendarData): number {
  const off = new Set(data.daysOff);
  const working = new Set(data.workingWeekends);
  let count = 0;
  for (let day = dayNumber(data.year, 1, 1); day < dayNumber(data.year + 1, 1, 1); day += 1) {
    const iso = isoOf(day);
    if (working.has(iso) || (!isWeekend(day) && !off.has(iso))) count += 1;
  }
  return count;
}
