import numberToWords from 'number-to-words-ru';

const MONTHS_GENITIVE = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

/** Whole roubles with a no-break space between thousands: 3036000 kopecks → «30 360». */
export function rublesFigures(kopecks: number): string {
  return String(Math.trunc(kopecks / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
}

/** «30 360,00» — roubles and two-digit kopecks, as amounts are written in tables. */
export function moneyFigures(kopecks: number): string {
  return `${rublesFigures(kopecks)},${String(Math.abs(kopecks) % 100).padStart(2, '0')}`;
}

/** The currency word after the words, in the number's form: «рубль», «рубля», «рублей» and the kopecks likewise. */
function currencyTail(kopecks: number): string {
  const text = numberToWords.convert((kopecks / 100).toFixed(2), { convertNumberToWords: { integer: false, fractional: false } });
  // «30360 рублей 00 копеек» → «рублей 00 копеек»
  return text.replace(/^\d+\s+/, '');
}

/** The roubles in words with a capital letter: «Тридцать тысяч триста шестьдесят». */
export function rublesInWords(kopecks: number): string {
  return numberToWords.convert(String(Math.trunc(kopecks / 100)), { showNumberParts: { fractional: false }, showCurrency: { integer: false } });
}

/**
 * An amount as contracts write it (contracts-poa.md §3, shape (a)): figures, the roubles in words in
 * brackets, then the currency words — «30 360 (Тридцать тысяч триста шестьдесят) рублей 00 копеек».
 */
export function amountInWords(kopecks: number): string {
  return `${rublesFigures(kopecks)} (${rublesInWords(kopecks)}) ${currencyTail(kopecks)}`;
}

/** «12» января 2026 г. — the date in a document's header. */
export function dateInWords(day: string): string {
  const [y, m, d] = day.split('-');
  return `«${d}» ${MONTHS_GENITIVE[Number(m) - 1]} ${y} г.`;
}

/** 12.01.2026 */
export function dateFigures(day: string | null | undefined): string {
  if (!day) return '';
  const [y, m, d] = day.split('-');
  return `${d}.${m}.${y}`;
}
