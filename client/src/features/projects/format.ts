import { dateTimeFormat } from '../../kernel/i18n/format';
/**
 * The `Date` scalar (YYYY-MM-DD) is not mapped in codegen, so it arrives typed `unknown`;
 * this narrows it once for every view.
 */
export function asDay(value: unknown): string | null {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
}

/** A calendar date in the reader's language, without shifting it by the time zone. */
export function formatDay(value: unknown, language: string): string {
  const day = asDay(value);
  if (!day) return '';
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return dateTimeFormat(language, { dateStyle: 'short' }).format(new Date(year, month - 1, date));
}
