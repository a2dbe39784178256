/** A monthly price typed in roubles ("25 000,50"): what is wrong with it, and the Money string the server takes. */

/** 100 million roubles a month: above that it is a typo (the server's limit too). */
export const MAX_PRICE_ROUBLES = 100_000_000;

const SHAPE = /^-?\d+([.,]\d{1,2})?$/;

const compact = (text: string) => text.replace(/[\s\u00a0\u202f₽]/g, '').replace(/^−/, '-');

/** The problem's key under `contracts.price`, or null when the price can be sent. */
export function priceProblem(text: string): 'required' | 'format' | 'negative' | 'zero' | 'tooLarge' | null {
  const value = compact(text);
  if (!value) return 'required';
  if (!SHAPE.test(value)) return 'format';
  if (value.startsWith('-')) return Number(value.replace(',', '.')) === 0 ? 'zero' : 'negative';
  const [whole = '0', fraction = ''] = value.split(/[.,]/);
  const kopecks = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  if (kopecks === 0) return 'zero';
  if (kopecks > MAX_PRICE_ROUBLES * 100) return 'tooLarge';
  return null;
}

/** The Money string ("25000.50") of a price without problems. */
export function moneyOf(text: string): string {
  const [whole = '0', fraction = ''] = compact(text).split(/[.,]/);
  return `${BigInt(whole)}.${fraction.padEnd(2, '0')}`;
}
