const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

/**
 * An Intl date formatter, made once per locale and options: building one costs about a
 * millisecond, and a list formats a date on every row of every render.
 */
export function dateTimeFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  const key = `d|${locale ?? ''}|${JSON.stringify(options)}`;
  let format = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

/** An Intl number formatter, made once per locale and options (see `dateTimeFormat`). */
export function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `n|${locale ?? ''}|${JSON.stringify(options)}`;
  let format = formatters.get(key) as Intl.NumberFormat | undefined;
  if (!format) formatters.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

/** A moment (ISO 8601) in the reader's language and time zone. */
export function formatDateTime(iso: string, language: string): string {
  return dateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** An amount in integer kopecks as roubles: «30 360 ₽», «1 234,50 ₽» (kopecks shown only when there are any). */
export function formatKopecks(kopecks: number, language: string): string {
  const digits = kopecks % 100 === 0 ? 0 : 2;
  return numberFormat(language === 'en' ? 'en-US' : 'ru-RU', {
    style: 'currency',
    currency: 'RUB',
    currencyDisplay: 'narrowSymbol',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(kopecks / 100);
}

/** A calendar day (`YYYY-MM-DD`) as ДД.ММ.ГГГГ, whatever the reader's locale. */
export function formatDay(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : day;
}

/** The reader's calendar day of a moment (ISO 8601) as ДД.ММ.ГГГГ, like every date the app shows. */
export function formatMomentDay(iso: string): string {
  const moment = new Date(iso);
  if (Number.isNaN(moment.getTime())) return iso;
  const two = (value: number) => String(value).padStart(2, '0');
  return `${two(moment.getDate())}.${two(moment.getMonth() + 1)}.${moment.getFullYear()}`;
}

/** A count in the reader's language: «1 000» in Russian, "1,000" in English. */
export function formatNumber(value: number, language: string): string {
  return numberFormat(language).format(value);
}

/** Mantine NumberInput's separators in the reader's language: «1 800» in Russian, "1,800" in English. */
export function numberInputSeparators(language: string): { thousandSeparator: string; decimalSeparator: string } {
  const parts = numberFormat(language).formatToParts(1234.5);
  return {
    // Russian groups with a no-break space; a plain one is what people type
    thousandSeparator: (parts.find((part) => part.type === 'group')?.value ?? ' ').replace(/[\u00a0\u202f]/, ' '),
    decimalSeparator: parts.find((part) => part.type === 'decimal')?.value ?? ',',
  };
}

/**
 * A phone number as people write it: a Russian one (E.164 +7…, or 8… / 7… with 11 digits) as
 * «+7 (495) 123-45-67»; any other number as it was given, since its grouping depends on the country.
 */
export function formatPhone(phone: string): string {
  const digits = phone.replace(/[\s\-().\u2010-\u2015]/g, '');
  const national = /^(?:\+7|[78])(\d{10})$/.exec(digits)?.[1] ?? (/^\d{10}$/.test(digits) ? digits : null);
  if (!national) return phone.trim();
  return `+7 (${national.slice(0, 3)}) ${national.slice(3, 6)}-${national.slice(6, 8)}-${national.slice(8)}`;
}

/** ДД.ММ.ГГГГ as typed (Д.М.ГГГГ too) → YYYY-MM-DD; null for an empty or impossible day. */
export function parseDay(text: string): string | null {
  const match = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/.exec(text);
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
