import { numberFormat } from '../../kernel/i18n/format';
/**
 * Money, percentages and factors arrive as exact decimal strings ("30360.00", "51.51", "1.1000").
 * They are only ever formatted or compared here, digit by digit (BigInt), never turned into floats.
 */

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

interface Decimal {
  negative: boolean;
  whole: string;
  fraction: string;
}

/** The scalars are generated as `unknown`; the server always sends a decimal string. */
export function decimalText(value: unknown): string {
  return typeof value === 'string' ? value : '0';
}

function parse(value: unknown): Decimal {
  const match = DECIMAL.exec(decimalText(value).trim());
  if (!match) return { negative: false, whole: '0', fraction: '' };
  return { negative: match[1] === '-', whole: match[2] ?? '0', fraction: match[3] ?? '' };
}

function isZero({ whole, fraction }: Decimal): boolean {
  return /^0*$/.test(whole) && /^0*$/.test(fraction);
}

/**
 * Formats with Intl (grouping, sign, symbol of the locale) on the whole part as a BigInt and
 * splices the exact fraction digits in: no rounding ever happens on the client.
 */
function formatExact(decimal: Decimal, locale: string, options: Intl.NumberFormatOptions, fraction: string): string {
  const format = numberFormat(locale, {
    ...options,
    minimumFractionDigits: fraction.length,
    maximumFractionDigits: fraction.length,
  });
  if (isZero(decimal)) return format.format(0n);
  const whole = BigInt(decimal.whole);
  // a zero whole part would lose the sign of e.g. "-0.50": format a 1 and put the 0 back
  const standIn = whole === 0n ? 1n : whole;
  return format
    .formatToParts(decimal.negative ? -standIn : standIn)
    .map((part) => {
      if (part.type === 'integer' && whole === 0n) return '0';
      if (part.type === 'fraction') return fraction;
      return part.value;
    })
    .join('');
}

function trimZeros(fraction: string): string {
  return fraction.replace(/0+$/, '');
}

interface SignOption {
  /** Show "+" for positive amounts (differences). */
  signed?: boolean;
}

/** «30 360 ₽», «1 234,50 ₽»; kopecks only when there are any. */
export function formatMoney(value: unknown, locale: string, { signed = false }: SignOption = {}): string {
  const decimal = parse(value);
  const kopecks = decimal.fraction.padEnd(2, '0').slice(0, 2);
  return formatExact(
    decimal,
    locale,
    { style: 'currency', currency: 'RUB', currencyDisplay: 'narrowSymbol', signDisplay: signed ? 'exceptZero' : 'auto' },
    kopecks === '00' ? '' : kopecks,
  );
}

/** «51,51 %», «35 %». */
export function formatPercent(value: unknown, locale: string, { signed = false }: SignOption = {}): string {
  const decimal = parse(value);
  return formatExact(
    decimal,
    locale,
    { style: 'unit', unit: 'percent', signDisplay: signed ? 'exceptZero' : 'auto' },
    trimZeros(decimal.fraction),
  );
}

/** «1,1», «1,25», «1». */
export function formatFactor(value: unknown, locale: string): string {
  const decimal = parse(value);
  return formatExact(decimal, locale, {}, trimZeros(decimal.fraction));
}

/** The value in units of the last of `decimals` places, e.g. ("19.5", 2) → 1950n. */
export function toUnits(value: unknown, decimals: number): bigint {
  const { negative, whole, fraction } = parse(value);
  const units = BigInt(whole + fraction.padEnd(decimals, '0').slice(0, decimals));
  return negative ? -units : units;
}

/** −1, 0 or 1. */
export function sign(value: unknown): -1 | 0 | 1 {
  const units = toUnits(value, 4);
  return units === 0n ? 0 : units < 0n ? -1 : 1;
}

/** Whether the decimal `value` is below `threshold` (both decimal strings). */
export function isBelow(value: unknown, threshold: string): boolean {
  return toUnits(value, 4) < toUnits(threshold, 4);
}

/**
 * What a person typed as an amount ("15 000,5") as the API's decimal string ("15000.5"), or
 * null when it is not a non-negative decimal with at most `decimals` places.
 */
export function parseDecimalInput(text: string, decimals: number): string | null {
  const normalized = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  const pattern = new RegExp(`^\\d{1,13}(\\.\\d{1,${decimals}})?$`);
  return pattern.test(normalized) ? normalized : null;
}

/**
 * A saved amount as a person would type it in `locale`: «25 000», «1 234,5», «1,1» in Russian
 * (grouped, decimal comma, no trailing zeros). Where the decimal mark is a point, grouping would
 * read as a comma, so there the digits stay ungrouped («25000», «1.1»). parseDecimalInput reads both.
 */
export function editableDecimal(value: unknown, locale: string): string {
  const decimal = parse(value);
  const fraction = trimZeros(decimal.fraction);
  const commaLocale = numberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value === ',';
  if (!commaLocale) return `${decimal.negative ? '-' : ''}${BigInt(decimal.whole)}${fraction ? `.${fraction}` : ''}`;
  return formatExact(decimal, locale, { useGrouping: true }, fraction);
}

/** «×1,1»: a multiplier's factor. */
export function formatMultiplier(value: unknown, locale: string): string {
  return `×${formatFactor(value, locale)}`;
}
