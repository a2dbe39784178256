/**
 * Technical keys of a tariff (parameters, options, multipliers) made from the names people type:
 * the server wants Latin letters and digits starting with a letter, at most 40 characters
 * (KEY_PATTERN in server/src/modules/pricing/engine/tariff.ts), and keys unique where they are looked up.
 */

const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

export const KEY_MAX_LENGTH = 40;
const FALLBACK = 'item';

/** «Кассовый аппарат» → "kassovyy apparat": Russian letters in Latin, everything else kept. */
export function transliterate(text: string): string {
  return Array.from(text.toLowerCase(), (letter) => CYRILLIC[letter] ?? letter).join('');
}

/** «Кассовые аппараты, шт.» → "kassovyeApparatySht"; a name with no letters gives "item". */
export function keyFromLabel(label: string): string {
  const words = transliterate(label)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const camel = words.map((word, index) => (index === 0 ? word : word[0]!.toUpperCase() + word.slice(1))).join('');
  // a key must start with a letter: «1С» → "p1s"
  const key = /^[a-z]/.test(camel) ? camel : camel ? `p${camel}` : FALLBACK;
  return key.slice(0, KEY_MAX_LENGTH);
}

/** `base`, or `base2`, `base3`… — the first that is not `taken`, still within the length limit. */
export function uniqueKey(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let suffix = 2; ; suffix += 1) {
    const candidate = base.slice(0, KEY_MAX_LENGTH - String(suffix).length) + suffix;
    if (!used.has(candidate)) return candidate;
  }
}
