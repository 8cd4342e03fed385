import { byFirstWord, matchWords } from './grammar-tokens';
import type { Token } from './lexer';
import { QUALIFIER_PHRASES } from './lexicon';
import { DE } from './locales/de';
import type { FigureLanguage, Qualifier } from './types';
import { OPENS } from './words';

// Qualifiers of both languages are read in either: news mixes them ("knapp 2 Mrd. Dollar" in a sentence
// with English names), and no phrase means one thing in one language and another in the other, except
// German "fast" (almost), which is read only in German sentences.
const QUALIFIERS_BY_FIRST_WORD = /* @__PURE__ */ byFirstWord([
  ...QUALIFIER_PHRASES.en,
  ...QUALIFIER_PHRASES.de,
]);
const GERMAN_ONLY_QUALIFIERS: ReadonlySet<string> = /* @__PURE__ */ new Set(DE.ownQualifierWords);

/** Qualifiers written as signs before an amount. @internal */
export const SIGN_QUALIFIERS: ReadonlyMap<string, Qualifier> = new Map([
  ['>', 'moreThan'],
  ['<', 'lessThan'],
  ['≥', 'atLeast'],
  ['≤', 'upTo'],
  ['~', 'about'],
  ['≈', 'about'],
]);

/**
 * Whether a whole qualifier phrase stands at i ("in excess of", not just "in"): a cheap test before a
 * word that opens nothing else is tried as the start of a figure. @internal
 */
export function hasQualifier(tokens: readonly Token[], i: number, language: FigureLanguage): boolean {
  return matchQualifier(tokens, i, language) !== undefined;
}

/** The qualifier phrase at i, if any, and the token after it. @internal */
export function matchQualifier(
  tokens: readonly Token[],
  i: number,
  language: FigureLanguage,
): { qualifier: Qualifier; next: number; word: string } | undefined {
  const t = tokens[i];
  if (t?.kind === 'punct') {
    // ">$5m", "~$5bn", "≥ €5bn": a sign not glued to a word or number before it ("x>5" is no qualifier).
    const sign = SIGN_QUALIFIERS.get(t.text);
    const prev = tokens[i - 1];
    if (sign && (t.spaceBefore || prev === undefined || prev.kind === 'punct' || prev.kind === 'sym'))
      return { qualifier: sign, next: i + 1, word: t.text };
    return undefined;
  }
  // Only a word the word table marks as an opener can start a qualifier.
  if (t === undefined || (t.info & OPENS) === 0) return undefined;
  const w = t.lower;
  const phrases = QUALIFIERS_BY_FIRST_WORD.get(w);
  if (!phrases) return undefined;
  if (language !== 'de' && GERMAN_ONLY_QUALIFIERS.has(w)) return undefined;
  for (const [words, qualifier] of phrases) {
    const next = matchWords(tokens, i, words);
    // "c." is circa only in lower case and with its dot: "Series C $5m" and "Plan C. $5m" are exact.
    if (w === 'c' && words.length === 1 && (next !== i + 2 || t.text !== 'c')) continue;
    if (next !== undefined) return { qualifier, next, word: w };
  }
  return undefined;
}
