import type { Token } from './lexer';
import { GERMAN_SIGNALS } from './lexicon';
import type { FigureLocale } from './types';

const ENGLISH_SIGNALS: ReadonlySet<string> = new Set([
  'the',
  'and',
  'of',
  'to',
  'in',
  'a',
  'an',
  'is',
  'was',
  'will',
  'has',
  'for',
  'with',
  'by',
  'bn',
  'billion',
  'million',
  'up',
  'more',
  'than',
  'about',
  'nearly',
  'between',
  'least',
  'dollars',
  'pounds',
  'euros',
  'its',
  'that',
  'it',
]);

/**
 * Guesses whether tokens are English or German from cheap signals: common words, and decimal commas
 * before German scale words. Ties go to English.
 *
 * @internal
 */
export function guessLocale(tokens: readonly Token[], from = 0, to = tokens.length): FigureLocale {
  let de = 0;
  let en = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t?.kind !== 'word') continue;
    const w = t.text.toLowerCase();
    if (GERMAN_SIGNALS.has(w)) de++;
    else if (ENGLISH_SIGNALS.has(w)) en++;
    else if (/[äöüß]/.test(w)) de++;
  }
  return de > en ? 'de' : 'en';
}
