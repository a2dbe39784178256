// Production calendars as data, one entry per year (tax-calendar.md §4). Only the exceptions are
// listed: weekday days off (holidays and transfers) and working Saturdays/Sundays; every other
// Saturday and Sunday is a day off. Adding a year is adding an entry here or loading a file.

export interface CalendarData {
  year: number;
  /** Non-working days besides ordinary weekends (weekend dates here are harmless). */
  daysOff: readonly string[];
  /** Saturdays or Sundays that are working days by a transfer. */
  workingWeekends: readonly string[];
  /** Pre-holiday days one hour shorter (informational: deadlines do not move). */
  shortened?: readonly string[];
  source: string;
}

export const OFFICIAL_CALENDARS: readonly CalendarData[] = [
  {
    year: 2025,
    daysOff: [
      '2025-01-01', '2025-01-02', '2025-01-03', '2025-01-06', '2025-01-07', '2025-01-08',
      '2025-05-01', '2025-05-02', '2025-05-08', '2025-05-09', '2025-06-12', '2025-06-13',
      '2025-11-03', '2025-11-04', '2025-12-31',
    ],
    workingWeekends: ['2025-11-01'],
    shortened: ['2025-03-07', '2025-04-30', '2025-06-11'],
    source: 'Постановление Правительства РФ от 04.10.2024 № 1335',
  },
  {
    year: 2026,
    daysOff: [
      '2026-01-01', '2026-01-02', '2026-01-05', '2026-01-06', '2026-01-07', '2026-01-08', '2026-01-09',
      '2026-02-23', '2026-03-09', '2026-05-01', '2026-05-11', '2026-06-12', '2026-11-04', '2026-12-31',
    ],
    workingWeekends: [],
    shortened: ['2026-04-30', '2026-05-08', '2026-06-11', '2026-11-03'],
    source: 'Постановление Правительства РФ от 24.09.2025 № 1466',
  },
];

export interface RegionalDaysOff {
  /** Two-digit code of the subject of the Federation. */
  region: string;
  days: readonly string[];
  source: string;
  /** ⚠️ in tax-calendar.md: taken from a news page, not from the regional act. */
  unverified: boolean;
}

/**
 * Regional non-working days that fall on weekdays (ст. 6.1 п. 7 НК applies to them too).
 * Only what tax-calendar.md §4.3 gives; other regions are added here or passed in the options.
 */
export const REGIONAL_DAYS_OFF: readonly RegionalDaysOff[] = [
  {
    region: '02',
    // Ураза-байрам, Курбан-байрам, the Monday of the rest days around День Республики
    days: ['2026-03-20', '2026-05-27', '2026-10-12'],
    source: 'Республика Башкортостан, 2026 (sobaka.ru/ufa)',
    unverified: true,
  },
];
