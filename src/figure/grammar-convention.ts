import { isHyphen } from './grammar-tokens';
import type { Token } from './lexer';
import { GLUED_ONLY_SCALES, SCALE_WORDS } from './lexicon';
import { DE } from './locales/de';
import { EN } from './locales/en';
import type { FigureLanguage } from './types';

/** Scale words that are German only, and English only ("Mrd." and "bn"); "Million" is both. */
const GERMAN_SCALES: ReadonlySet<string> = new Set(
  [...SCALE_WORDS.de.keys()].filter((w) => !SCALE_WORDS.en.has(w)),
);
const ENGLISH_SCALES: ReadonlySet<string> = new Set(
  [...SCALE_WORDS.en.keys()].filter((w) => !SCALE_WORDS.de.has(w)),
);
/** Scale words of both languages ("million", "billion"): the case and the sentence decide. */
const SHARED_SCALES: ReadonlySet<string> = new Set(
  [...SCALE_WORDS.de.keys()].filter((w) => SCALE_WORDS.en.has(w)),
);
/** Currency names as German writes them after a number ("Dollar", "Euro" with a capital; "Pfund"). */
const GERMAN_NAMES: ReadonlySet<string> = /* @__PURE__ */ new Set(DE.currencyNameSignals);
const GERMAN_NAMES_ANY_CASE: ReadonlySet<string> = /* @__PURE__ */ new Set(DE.currencyNameSignalsAnyCase);
const ENGLISH_NAMES: ReadonlySet<string> = /* @__PURE__ */ new Set(EN.currencyNameSignals);

/**
 * The number convention the words next to a number show, for a number whose value flips by 1000× with
 * the language: a language's own scale word after it ("Mrd.", "bn"; "billion" in lower case is English),
 * else a currency name after it ("34.200 Dollar" is German, "1,250 euros" English), else — in a
 * sentence guessed German — a currency sign before a number with a comma and three digits ("$95,000"):
 * German money has two decimals, so that comma groups thousands as in wire copy. Else the sentence's.
 * @internal
 */
export function localConvention(
  tokens: readonly Token[],
  j: number,
  signBefore: boolean,
  raw: string,
  language: FigureLanguage,
): FigureLanguage {
  let k = j;
  if (isHyphen(tokens, k)) k++;
  const t = tokens[k];
  if (t?.kind === 'word' && (!GLUED_ONLY_SCALES.has(t.lower) || !t.spaceBefore)) {
    const w = t.lower;
    if (GERMAN_SCALES.has(w)) return 'de';
    if (ENGLISH_SCALES.has(w)) return 'en';
    if (SHARED_SCALES.has(w)) {
      if (t.text === w) return 'en';
      return language;
    }
    if (GERMAN_NAMES.has(t.text) || GERMAN_NAMES_ANY_CASE.has(w)) return 'de';
    if (ENGLISH_NAMES.has(t.text)) return 'en';
  }
  if (signBefore && language === 'de' && raw.includes(',')) return 'en';
  return language;
}
