import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import { fieldError } from '../../graphql/errors.js';

/** zxcvbn's 0–4 score: 3 means about 10^8 guesses, too many for an online or a slowed offline attack. */
const MIN_SCORE = 3;

const estimator = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...en.dictionary },
  graphs: common.adjacencyGraphs,
  translations: en.translations,
});

/** The person's own words (e-mail, name, firm), which an attacker tries first. */
function ownWords(context: { email?: string | null; name?: string | null; firmName?: string | null }): string[] {
  const words = [context.email, context.email?.split('@')[0], context.name, context.firmName];
  for (const phrase of [context.name, context.firmName]) words.push(...(phrase ?? '').split(/[\s«»"'.,-]+/));
  return words.filter((w): w is string => !!w && w.length >= 3).map((w) => w.toLowerCase());
}

/** The Russian ЙЦУКЕН keys and the Latin ones they share (ё on the backquote key). */
const CYRILLIC_KEYS = 'ёйцукенгшщзхъфывапролджэячсмитьбю';
const LATIN_KEYS = "`qwertyuiop[]asdfghjkl;'zxcvbnm,.";

/**
 * The same keystrokes on the Latin layout: the dictionaries know Russian passwords only as they
 * are typed there («пароль» is gfhjkm, «йцукен» is qwerty), and know no Cyrillic at all.
 */
export function onLatinKeys(text: string): string {
  let latin = '';
  for (const char of text) {
    const lower = char.toLowerCase();
    const at = CYRILLIC_KEYS.indexOf(lower);
    latin += at < 0 ? char : lower === char ? LATIN_KEYS[at] : LATIN_KEYS[at]!.toUpperCase();
  }
  return latin;
}

/** Refuses a guessable password with BAD_USER_INPUT (field `field`, code PASSWORD_TOO_WEAK). */
export function assertStrongPassword(password: string, context: { email?: string | null; name?: string | null; firmName?: string | null }, field = 'password'): void {
  const words = ownWords(context);
  const latin = onLatinKeys(password);
  // a Cyrillic password is as weak as the weaker of what it is and what it is typed as
  const results = [estimator.check(password, words), ...(latin === password ? [] : [estimator.check(latin, [...words, ...words.map(onLatinKeys)])])];
  const result = results.reduce((weakest, r) => (r.score < weakest.score ? r : weakest));
  if (password.trim().length === 0 || result.score < MIN_SCORE) {
    const hint = result.feedback.warning ? ` (${result.feedback.warning})` : '';
    throw fieldError(field, `This password is too easy to guess${hint}; use a longer phrase of unrelated words`, 'PASSWORD_TOO_WEAK');
  }
}
