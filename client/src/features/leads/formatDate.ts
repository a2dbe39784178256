import { dateTimeFormat } from '../../kernel/i18n/format';
/** A moment (ISO 8601) as a calendar date in the reader's language and time zone. */
export function formatDate(iso: string, language: string): string {
  return dateTimeFormat(language, { dateStyle: 'short' }).format(new Date(iso));
}
