import { knownCurrency } from '../money/currencies';
import { nameIsMoney } from './grammar-names';
import { byFirstWord, isGlued, lower, matchWords } from './grammar-tokens';
import { AMBIGUOUS_DOLLAR, type MatchOptions } from './grammar-types';
import type { Token } from './lexer';
import {
  BARE_DOLLARS,
  CURRENCY_NAMES,
  CURRENCY_SYMBOLS,
  DOTTED_SIGNS,
  MINOR_UNITS,
  PREFIX_ONLY_SIGNS,
  SERIES_WORDS,
} from './lexicon';
import type { FigureLanguage } from './types';
import { OPENS } from './words';

const NAMES_BY_FIRST_WORD = /* @__PURE__ */ byFirstWord(CURRENCY_NAMES);
const CODES = /* @__PURE__ */ new Map<string, boolean>();

/**
 * Whether three capitals are an ISO code reckon knows (remembered: "CEO" and "GPU" come back often).
 * @internal
 */
export function isCode(word: string): boolean {
  let known = CODES.get(word);
  if (known === undefined) {
    known = /^[A-Z]{3}$/.test(word) && knownCurrency(word) !== undefined;
    CODES.set(word, known);
  }
  return known;
}

/** A currency matched at a token: its code, where it ends, and how it was written. @internal */
export interface CurrencyMatch {
  readonly code: string;
  readonly next: number;
  /** A three-letter code ("USD"), not a symbol or a name. */
  readonly isCode: boolean;
  /** A bare "$" or "dollar(s)". */
  readonly bare: boolean;
  /** A currency name ("euros", "Pfund"), which is read after a number only ("Euro 2020" is a tournament). */
  readonly isName?: true;
  /** An abbreviation with its dot ("Fr."), which also abbreviates a weekday ("Fr. 12. Mai"). */
  readonly dotted?: true;
}

/**
 * A currency symbol, code or name at i; `language` (the sentence's) decides names that are also words
 * ({@link nameIsMoney}). @internal
 */
export function matchCurrency(
  tokens: readonly Token[],
  i: number,
  language?: FigureLanguage,
): CurrencyMatch | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  if (t.kind === 'sym') {
    const code = CURRENCY_SYMBOLS.get(t.text);
    if (!code) return undefined;
    // "$US35 million", "$AU1 billion", "$C3.2 billion": letters glued after the sign, then a number.
    const letters = tokens[i + 1];
    if (letters?.kind === 'word' && !letters.spaceBefore && tokens[i + 2]?.kind === 'num') {
      const marked = CURRENCY_SYMBOLS.get(`${t.text}${letters.text}`);
      if (marked) return { code: marked, next: i + 2, isCode: false, bare: false };
    }
    return { code, next: i + 1, isCode: false, bare: t.text === '$' };
  }
  // Every word that names a currency or opens a sign ("US" of "US$") is an opener in the word table.
  if (t.kind !== 'word' || (t.info & OPENS) === 0) return undefined;
  // "US$", "A$", "US-$", "HK$", "CN¥": letters glued to a currency sign.
  const after = tokens[i + 1];
  if (after?.kind === 'sym' && !after.spaceBefore) {
    // "Series A$20m": the round's letter glued to "$"; the "$" alone is the currency.
    const before = tokens[i - 1];
    if (t.text.length === 1 && before?.kind === 'word' && SERIES_WORDS.has(before.text.toLowerCase()))
      return undefined;
    const code = CURRENCY_SYMBOLS.get(`${t.text}${after.text}`);
    if (code) return { code, next: i + 2, isCode: false, bare: false };
  }
  if (after?.text === '-' && !after.spaceBefore && tokens[i + 2]?.text === '$' && isGlued(tokens, i + 2)) {
    const code = CURRENCY_SYMBOLS.get(`${t.text}-$`);
    if (code) return { code, next: i + 3, isCode: false, bare: false };
  }
  if (t.text.length === 3 && isCode(t.text)) {
    return { code: t.text, next: i + 1, isCode: true, bare: false };
  }
  // "Rs 500 crore", "Rs. 500 crore"
  const sign = CURRENCY_SYMBOLS.get(t.text);
  // "RM32bil": the ringgit only glued before its number ("500 RM" are Reichsmark).
  if (sign && PREFIX_ONLY_SIGNS.has(t.text) && !(after?.kind === 'num' && !after.spaceBefore))
    return undefined;
  if (sign) {
    const dot = tokens[i + 1]?.text === '.' && isGlued(tokens, i + 1);
    return { code: sign, next: dot ? i + 2 : i + 1, isCode: false, bare: false };
  }
  // "Fr. 258,2 Mio.", "500 Mio. SFr.": only with the dot ("Fr" alone is no currency).
  const dotted = DOTTED_SIGNS.get(t.text);
  if (dotted) {
    if (after?.text !== '.' || after.spaceBefore) return undefined;
    return { code: dotted, next: i + 2, isCode: false, bare: false, dotted: true };
  }
  const w = lower(t);
  const names = NAMES_BY_FIRST_WORD.get(w);
  if (!names) return undefined;
  for (const [words, code] of names) {
    const next = matchWords(tokens, i, words);
    if (next === undefined || (words.length === 1 && !nameIsMoney(tokens, i, next, language))) continue;
    return { code, next, isCode: false, bare: words.length === 1 && BARE_DOLLARS.has(w), isName: true };
  }
  return undefined;
}

/**
 * A hundredth of a currency after a number: "50p" and "3,070.00p" (a glued "p" with at most two integer
 * digits or two decimals, not "1080p"), "3,896.50 pence", "35.5¢", "50 cents"; "Cent" is a euro cent in
 * German text.
 */
export function matchMinorUnit(
  tokens: readonly Token[],
  j: number,
  options: MatchOptions,
  int: string,
  frac: string,
): { currency: string; bare: boolean; next: number } | undefined {
  const t = tokens[j];
  if (!t) return undefined;
  const unit = t.kind === 'word' || t.text === '¢' ? MINOR_UNITS.get(lower(t)) : undefined;
  if (unit === undefined) return undefined;
  if (t.lower === 'p' && (t.spaceBefore || (int.length > 2 && frac.length !== 2))) return undefined;
  if (t.text === '¢' && t.spaceBefore) return undefined;
  if (unit !== '$') return { currency: unit, bare: false, next: j + 1 };
  // "14 Cent": a capital makes the German noun (English writes "cents"), a euro cent in any sentence.
  if (t.lower === 'cent' && (options.language === 'de' || t.text === 'Cent'))
    return { currency: 'EUR', bare: false, next: j + 1 };
  return { currency: dollarCode(options), bare: true, next: j + 1 };
}

/** The code a bare "$" is read as under the options. @internal */
export function dollarCode(options: MatchOptions): string {
  const d = options.dollar;
  return d === undefined ? 'USD' : d === 'ambiguous' ? AMBIGUOUS_DOLLAR : d;
}
