import {
  BETWEEN,
  CURRENCY_NAMES,
  CURRENCY_SYMBOLS,
  ENGLISH_SIGNALS,
  GERMAN_SIGNALS,
  GLUED_ONLY_SCALES,
  QUALIFIER_PHRASES,
  SCALE_WORDS,
} from './lexicon';

/** The word can open a figure phrase: a qualifier, "between", a currency name, "minus", "US" of "US$". */
export const OPENS = 1;
/** The word is a scale word that a number in words may stand before ("Milliarden", "billion"). */
export const SPELLED_SCALE = 2;
/** The word is typical of German text. */
export const GERMAN = 4;
/** The word is typical of English text. */
export const ENGLISH = 8;
/** The word has an umlaut or "ß" (set by the lexer, not by this table). */
export const UMLAUT = 16;

/**
 * What the extractor needs to know of a lower-case word, as bit flags, so that the lexer looks each word
 * up once: whether it opens a phrase, is a scale word, or signals a language. @internal
 */
const WORD_INFO: ReadonlyMap<string, number> = /* @__PURE__ */ (() => {
  const info = new Map<string, number>();
  const add = (word: string | undefined, flag: number) => {
    if (word !== undefined) info.set(word, (info.get(word) ?? 0) | flag);
  };
  for (const [words] of CURRENCY_NAMES) add(words[0], OPENS);
  for (const [words] of QUALIFIER_PHRASES.en) add(words[0], OPENS);
  for (const [words] of QUALIFIER_PHRASES.de) add(words[0], OPENS);
  add(BETWEEN.en.open, OPENS);
  add(BETWEEN.de.open, OPENS);
  add('minus', OPENS);
  for (const sign of CURRENCY_SYMBOLS.keys()) {
    if (/^[A-Za-z]/.test(sign)) add(sign.replace(/-?[$¥]$/, '').toLowerCase(), OPENS);
  }
  for (const [word] of SCALE_WORDS.en) if (!GLUED_ONLY_SCALES.has(word)) add(word, SPELLED_SCALE);
  for (const [word] of SCALE_WORDS.de) if (!GLUED_ONLY_SCALES.has(word)) add(word, SPELLED_SCALE);
  for (const word of GERMAN_SIGNALS) add(word, GERMAN);
  for (const word of ENGLISH_SIGNALS) add(word, ENGLISH);
  return info;
})();

/** The flags of a lower-case word (0 for most words). @internal */
export function wordInfo(lowerCase: string): number {
  return WORD_INFO.get(lowerCase) ?? 0;
}
