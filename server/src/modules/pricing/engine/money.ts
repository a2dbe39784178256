// Money is integer kopecks everywhere; these helpers are the only place that turns it into text.

const GROUP_SEPARATORS = /[ \u00a0\u202f\u2009]/;

function toBigInt(value: bigint | number, what: string): bigint {
  if (typeof value === 'bigint') return value;
  if (!Number.isSafeInteger(value)) throw new RangeError(`${what} must be a safe integer, got ${value}`);
  return BigInt(value);
}

/**
 * numerator / denominator rounded half away from zero (commercial rounding: 2.5 → 3, −2.5 → −3).
 * Returns a number when both arguments are numbers, a bigint otherwise; the division itself is
 * always exact integer arithmetic.
 */
export function roundHalfUp(numerator: number, denominator: number): number;
export function roundHalfUp(numerator: bigint | number, denominator: bigint | number): bigint;
export function roundHalfUp(numerator: bigint | number, denominator: bigint | number): bigint | number {
  const n = toBigInt(numerator, 'numerator');
  const d = toBigInt(denominator, 'denominator');
  if (d <= 0n) throw new RangeError(`denominator must be positive, got ${d}`);
  const magnitude = n < 0n ? -n : n;
  const rounded = (magnitude * 2n + d) / (2n * d);
  const result = n < 0n ? -rounded : rounded;
  if (typeof numerator === 'number' && typeof denominator === 'number') return Number(result);
  return result;
}

/** Kopecks as a plain decimal string with two decimals and no grouping: 3036000 → "30360.00", -150 → "-1.50". */
export function formatKopecks(kopecks: number): string {
  if (!Number.isSafeInteger(kopecks)) throw new RangeError(`kopecks must be a safe integer, got ${kopecks}`);
  const sign = kopecks < 0 ? '-' : '';
  const abs = Math.abs(kopecks);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/**
 * Parses a rouble amount typed by a person into kopecks: "30360", "30360.5", "30360.50",
 * "30 360,50" (space, no-break or thin space as thousands separator, comma or dot as decimal mark),
 * optional leading "-". Throws RangeError on anything else, including more than two decimals.
 */
export function parseMoney(text: string): number {
  if (typeof text !== 'string') throw new RangeError('Amount must be a string');
  const trimmed = text.trim();
  const match = /^(-?)(\d+|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+)(?:[.,](\d{1,2}))?$/.exec(trimmed);
  if (!match) throw new RangeError(`Not a money amount: ${JSON.stringify(text)}`);
  const [, sign, wholeText, fraction = ''] = match;
  const whole = BigInt(wholeText!.split(GROUP_SEPARATORS).join(''));
  const kopecks = whole * 100n + BigInt(fraction.padEnd(2, '0') || '0');
  const result = Number(sign ? -kopecks : kopecks);
  if (!Number.isSafeInteger(result)) throw new RangeError(`Amount is too large: ${JSON.stringify(text)}`);
  return result === 0 ? 0 : result; // no -0
}

/** A whole number with space-grouped thousands for rule texts: 100000 → "100 000". */
export function formatInteger(value: number | bigint): string {
  const text = (typeof value === 'bigint' ? (value < 0n ? -value : value) : Math.abs(value)).toString();
  const grouped = text.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return (value < 0 ? '-' : '') + grouped;
}

/** Kopecks as roubles for people: 150000 → "1 500 ₽", 150050 → "1 500,50 ₽". */
export function formatRoubles(kopecks: number | bigint): string {
  const k = typeof kopecks === 'bigint' ? kopecks : toBigInt(kopecks, 'kopecks');
  const abs = k < 0n ? -k : k;
  const whole = formatInteger(abs / 100n);
  const cents = abs % 100n;
  const sign = k < 0n ? '-' : '';
  return `${sign}${whole}${cents === 0n ? '' : ',' + cents.toString().padStart(2, '0')} ₽`;
}
