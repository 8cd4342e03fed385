import { knownCurrency } from '../money/currencies';
import type { Token } from './lexer';
import {
  AMBIGUOUS_CODES,
  BARE_DOLLARS,
  BETWEEN,
  CHANGE_VERBS,
  CURRENCY_NAMES,
  CURRENCY_SYMBOLS,
  DASHES,
  DOTTED_SCALES,
  GLUED_ONLY_SCALES,
  HYPHEN_PLUS,
  MINOR_UNITS,
  POSTFIX_QUALIFIERS,
  PREFIX_ONLY_SIGNS,
  QUALIFIER_PHRASES,
  RANGE_WORDS,
  SCALE_WORDS,
} from './lexicon';
import { DE } from './locales/de';
import { EN } from './locales/en';
import { readNumber } from './number';
import { matchSpelled } from './spelled';
import type { FigureLanguage, Qualifier } from './types';
import { KNOWN, OPENS, SPELLED_SCALE } from './words';

/** One amount as written: sign, digits, scale word and currency, with its token span. @internal */
export interface AmountMatch {
  readonly negative: boolean;
  readonly int: string;
  readonly frac: string;
  /** Set in place once known: a match is built fresh for one phrase and never shared. */
  scale: number | undefined;
  /** The ISO code, `AMBIGUOUS_DOLLAR` for a bare "$" the caller called ambiguous, or none. */
  readonly currency: string | undefined;
  /** The currency is written before the number ("$5bn", "USD 5m"). */
  readonly currencyBefore: boolean;
  /** The currency is a bare "$" or "dollar(s)", read as the `dollar` option says. */
  readonly bareDollar: boolean;
  /** The number is written in words ("zwei Milliarden"): its quantum is one unit of the scale. */
  readonly spelled: boolean;
  /**
   * For a number in words, the power of ten of the lowest place its words name ("two hundred" 2,
   * "zweitausend" 3, "two hundred and fifty" 0): its quantum when no scale word follows. 0 otherwise.
   */
  readonly place: number;
  /** The number is digits only, without separators ("2025", not "2.025" or "1,5"). */
  readonly plain: boolean;
  /** "£1m-plus", "€10bn-plus": the amount is a lower bound. */
  readonly plus: boolean;
  /** Index of the first token. */
  readonly first: number;
  /** Index just past the last token. */
  readonly next: number;
}

/** An amount whose currency and scale are known. @internal */
export type ResolvedAmount = AmountMatch & { readonly currency: string; readonly scale: number };

/** A whole figure phrase matched in a token list. @internal */
export interface FigureMatch {
  readonly qualifier: Qualifier;
  readonly low: ResolvedAmount;
  readonly high?: ResolvedAmount;
  /** The currency comes from a bare "$" or "dollar(s)" and the caller did not say which dollar. */
  readonly assumedCurrency: boolean;
  /** Index of the first token (the qualifier's, when there is one). */
  readonly first: number;
  /** Index just past the last token. */
  readonly next: number;
}

/** Why a phrase did not match, for error messages. @internal */
export interface MatchFailure {
  readonly reason: string;
  /** Index of the token where matching stopped. */
  readonly at: number;
  /** An amount read without a currency ("11,8 Mio." in "von 11,8 Mio. auf 25,5 Mio. Euro"). */
  readonly orphan?: AmountMatch;
}

/** The currency of a bare "$" when the caller said the dollar is ambiguous. @internal */
export const AMBIGUOUS_DOLLAR = '$?';

/** How to read a bare "$" or "dollar(s)": as USD (assumed, the default), as a given code, or not at all. */
export type DollarReading = 'USD' | 'ambiguous' | (string & {});

/** A token in lower case; a word the word table does not know is '' (it equals no word of the grammar). */
const lower = (t: Token | undefined): string =>
  t === undefined || (t.kind === 'word' && t.info === 0) ? '' : t.lower;

/** Groups phrases (word sequences) by their first word, longest first, for one lookup per token. */
function byFirstWord<T>(phrases: readonly (readonly [readonly string[], T])[]) {
  const map = new Map<string, (readonly [readonly string[], T])[]>();
  for (const p of phrases) {
    const first = p[0][0] ?? '';
    const list = map.get(first) ?? [];
    list.push(p);
    map.set(first, list);
  }
  for (const list of map.values()) list.sort((a, b) => b[0].length - a[0].length);
  return map;
}

const NAMES_BY_FIRST_WORD = /* @__PURE__ */ byFirstWord(CURRENCY_NAMES);
// Qualifiers of both languages are read in either: news mixes them ("knapp 2 Mrd. Dollar" in a sentence
// with English names), and no phrase means one thing in one language and another in the other, except
// German "fast" (almost), which is read only in German sentences.
const QUALIFIERS_BY_FIRST_WORD = /* @__PURE__ */ byFirstWord([
  ...QUALIFIER_PHRASES.en,
  ...QUALIFIER_PHRASES.de,
]);
const GERMAN_ONLY_QUALIFIERS: ReadonlySet<string> = /* @__PURE__ */ new Set(DE.ownQualifierWords);

/** Scale words of both languages; "billion" is resolved per sentence. */
const SCALES: ReadonlyMap<string, number> = /* @__PURE__ */ new Map([...SCALE_WORDS.de, ...SCALE_WORDS.en]);

function isGlued(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && !t.spaceBefore;
}

/** Reads a word sequence (each lower-cased word, a dot allowed after the last) at i. */
function matchWords(tokens: readonly Token[], i: number, words: readonly string[]): number | undefined {
  let j = i;
  for (const w of words) {
    const t = tokens[j];
    if (t?.kind !== 'word' || lower(t) !== w) return undefined;
    j++;
  }
  // "ca." / "approx.": swallow a glued dot after an abbreviation.
  const last = words[words.length - 1] ?? '';
  if ((last === 'ca' || last === 'approx') && tokens[j]?.text === '.' && isGlued(tokens, j)) j++;
  return j;
}

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
}

/** A currency symbol, code or name at i. @internal */
export function matchCurrency(tokens: readonly Token[], i: number): CurrencyMatch | undefined {
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
  const w = lower(t);
  const names = NAMES_BY_FIRST_WORD.get(w);
  if (!names) return undefined;
  for (const [words, code] of names) {
    const next = matchWords(tokens, i, words);
    if (next !== undefined)
      return { code, next, isCode: false, bare: words.length === 1 && BARE_DOLLARS.has(w), isName: true };
  }
  return undefined;
}

/** A scale word at i ("bn", "Mrd.", "Milliarden"), glued-only letters checked. */
function matchScale(
  tokens: readonly Token[],
  i: number,
  germanBillion: boolean,
): { exp: number; next: number } | undefined {
  const t = tokens[i];
  if (t?.kind !== 'word' || (t.info & KNOWN) === 0) return undefined;
  const w = t.lower;
  const exp = SCALES.get(w);
  if (exp === undefined) return undefined;
  if (GLUED_ONLY_SCALES.has(w) && t.spaceBefore) return undefined;
  // "Billion" is 10^12 in German and 10^9 in English: the sentence decides. German writes nouns with a
  // capital, so "billion" in lower case is English.
  const resolved = w === 'billion' ? (germanBillion && t.text !== 'billion' ? 12 : 9) : exp;
  let next = i + 1;
  if (DOTTED_SCALES.has(w) && tokens[next]?.text === '.' && isGlued(tokens, next)) next++;
  // "Rs 5 lakh crore": a lakh of crores.
  if (
    (w === 'lakh' || w === 'lakhs') &&
    (lower(tokens[next]) === 'crore' || lower(tokens[next]) === 'crores')
  )
    return { exp: 12, next: next + 1 };
  return { exp: resolved, next };
}

function isDash(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'punct' && DASHES.includes(t.text);
}

/**
 * A minus sign at j: a dash glued to what follows and not glued to a word or number before it —
 * "In 2024-$5bn" joins a year to an amount, "(-$5m)" and "a loss of -$5m" are negative.
 */
function isMinus(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (!isDash(t) || !isGlued(tokens, j + 1)) return false;
  const before = tokens[j - 1];
  return (t as Token).spaceBefore || before === undefined || before.kind === 'punct';
}

/** A hyphen glued to the tokens on both sides, or glued before only ("billion- pound"). */
function isHyphen(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  return t?.text === '-' && !t.spaceBefore && isGlued(tokens, j + 1);
}

const CLOSING_QUOTES = '”"’\'«»“';

/** Indefinite articles: as the number of a hyphenated compound they make an adjective. */
const ARTICLES: ReadonlySet<string> = /* @__PURE__ */ new Set([...EN.articles, ...DE.articles]);

/**
 * A hundredth of a currency after a number: "50p" and "3,070.00p" (a glued "p" with at most two integer
 * digits or two decimals, not "1080p"), "3,896.50 pence", "35.5¢", "50 cents"; "Cent" is a euro cent in
 * German text.
 */
function matchMinorUnit(
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
  if (t.lower === 'cent' && options.language === 'de') return { currency: 'EUR', bare: false, next: j + 1 };
  return { currency: dollarCode(options), bare: true, next: j + 1 };
}

/** Options for the figure grammar. @internal */
export interface MatchOptions {
  readonly language: FigureLanguage;
  /** Whether "Billion" means 10^12 here (the sentence has at least as many German signals as English). */
  readonly germanBillion: boolean;
  /** How to read a bare "$": undefined is USD, assumed. */
  readonly dollar?: DollarReading | undefined;
  /**
   * The language is a guess from the sentence (not the caller's): a number whose value depends on it
   * ("34.200", "1,250") is read by the signal next to it first (see {@link localConvention}).
   */
  readonly guessed?: boolean | undefined;
  /**
   * The currency (and scale, for a number without one) of a parallel figure, for an amount that
   * carries none of its own ("von 11,8 Mio. auf 25,5 Mio. Euro"). Extraction decides when it applies.
   */
  readonly carried?:
    | { readonly currency: string; readonly scale: number | undefined; readonly bareDollar: boolean }
    | undefined;
}

function dollarCode(options: MatchOptions): string {
  const d = options.dollar;
  return d === undefined ? 'USD' : d === 'ambiguous' ? AMBIGUOUS_DOLLAR : d;
}

/**
 * Matches one amount at i: `[sign] [currency] [sign] number [scale] [currency]`, where the number is
 * digits, or words followed by a scale word ("zwei Milliarden Euro").
 * A currency after the number is not taken when it opens the next amount ("2024 $5bn"). A code glued to
 * the digits counts only with a scale word: "USD5bn" is money, "COP27" and "PLN5 bonds" are names.
 * @internal
 */
export function matchAmount(
  tokens: readonly Token[],
  i: number,
  options: MatchOptions,
): AmountMatch | undefined {
  let j = i;
  let negative = false;
  if (isMinus(tokens, j)) {
    negative = true;
    j++;
  } else if (lower(tokens[j]) === 'minus') {
    negative = true;
    j++;
  }
  let currency: string | undefined;
  let bareDollar = false;
  let pre = matchCurrency(tokens, j);
  // A currency name is written after the number: "Euro 2020" is a football tournament.
  if (pre?.isName) pre = undefined;
  if (pre) {
    currency = pre.bare ? dollarCode(options) : pre.code;
    bareDollar = pre.bare;
    j = pre.next;
    if (!negative && isDash(tokens[j]) && isGlued(tokens, j) && isGlued(tokens, j + 1)) {
      negative = true;
      j++;
    }
  }
  const num = tokens[j];
  let int: string;
  let frac: string;
  let spelled = false;
  let place = 0;
  let article = false;
  let plain = false;
  if (num?.kind === 'num') {
    // "35 0000 Euro", "12345 678 Euro": digits one space after other digits that did not join them as
    // a group of three; the last group alone would be a wrong number. A year before is a date:
    // "2024 500 000 Euro" is €500,000.
    const before = tokens[j - 1];
    if (j === i && before?.kind === 'num' && before.end === num.start - 1 && !isYearText(before.text)) {
      return undefined;
    }
    const read = readNumber(num.text, options.language);
    if (typeof read === 'string') return undefined;
    int = read.int;
    frac = read.frac;
    plain = read.int.length === num.text.length;
    j++;
    // "34.200 Dollar" in a sentence guessed English, "$95,000" in one guessed German: the reading that
    // flips by 1000× with the language follows the signal next to the number.
    if (options.guessed && (frac.length === 3 || (frac === '' && !plain))) {
      const other = options.language === 'de' ? 'en' : 'de';
      const alt = readNumber(num.text, other);
      if (typeof alt !== 'string' && (alt.int !== int || alt.frac !== frac)) {
        if (localConvention(tokens, j, pre !== undefined, num.text, options.language) === other) {
          int = alt.int;
          frac = alt.frac;
        }
      }
    }
  } else if (!pre && num?.kind === 'word') {
    const words = matchSpelled(tokens, j);
    if (!words) return undefined;
    int = words.int;
    frac = words.frac;
    spelled = true;
    place = words.place;
    article = ARTICLES.has(num.lower);
    j = words.next;
  } else return undefined;
  const afterNumber = j;
  // "$477-million", "Elf-Milliarden-Euro": a hyphen between the number and a scale word.
  if (isHyphen(tokens, j) && ((tokens[j + 1] as Token).info & SPELLED_SCALE) !== 0) j++;
  let scale: number | undefined;
  const sc = matchScale(tokens, j, options.germanBillion);
  if (sc && (!spelled || ((tokens[j] as Token).info & SPELLED_SCALE) !== 0)) {
    scale = sc.exp;
    j = sc.next;
  }
  // A number in words needs a scale word, unless it is a hundred or more ("two hundred dollars",
  // "zweitausend Euro"): "zwei Euro" and "ein Drittel" are no money.
  if (spelled && scale === undefined && int.length < 3) return undefined;
  // "£1m-plus", "the €10bn-plus package": a lower bound.
  let plus = false;
  if (scale !== undefined && isHyphen(tokens, j) && tokens[j + 1]?.text.toLowerCase() === HYPHEN_PLUS) {
    plus = true;
    j += 2;
  }
  // "COP27", "PLN5": a code glued to digits is a name unless a scale word or decimals follow
  // ("USD5bn", "GBP46.50").
  if (pre?.isCode && num.spaceBefore === false && scale === undefined && frac === '') return undefined;
  if (currency) {
    // "£5m sterling": a name after the number that repeats the currency belongs to the amount.
    const repeat = tokens[j]?.kind === 'word' ? matchCurrency(tokens, j) : undefined;
    if (repeat?.code === pre?.code) j = repeat?.next ?? j;
  } else {
    // "Milliarden-Euro", "65 billion-pound", "65 billion- pound": a currency name hyphenated to the scale.
    const hyphenated = scale !== undefined && tokens[j]?.text === '-' && isGlued(tokens, j);
    const at = hyphenated ? j + 1 : j;
    const post = matchCurrency(tokens, at);
    // A currency that opens the next amount ("2024 $5bn", "2024 USD 5m") is not this number's.
    const after = tokens[post?.next ?? -1];
    const opensNext =
      post !== undefined &&
      after?.kind === 'num' &&
      (!after.spaceBefore || matchScale(tokens, post.next + 1, options.germanBillion) !== undefined);
    const codeTok = tokens[at];
    const gluedCode = post?.isCode === true && codeTok?.spaceBefore === false && scale === undefined;
    const ambiguousWord =
      post?.isCode === true && AMBIGUOUS_CODES.has(codeTok?.text ?? '') && codeTok?.spaceBefore && !sc;
    // "a billion-dollar question", "ein Milliarden-Euro-Projekt": an article before a compound is no number.
    const adjective = hyphenated && (article || post?.isName !== true);
    if (post && !opensNext && !gluedCode && !ambiguousWord && !adjective) {
      currency = post.bare ? dollarCode(options) : post.code;
      bareDollar = post.bare;
      j = post.next;
    } else if (scale === undefined) {
      const minor = matchMinorUnit(tokens, j, options, int, frac);
      if (minor) {
        currency = minor.currency;
        bareDollar = minor.bare;
        scale = -2;
        j = minor.next;
      }
    }
  }
  // "A$10.2bil" before "bil" was known, "$4.5MM": letters glued to the digits that are no scale word
  // nor currency may be one reckon does not know; the digits alone would be a wrong number.
  const glued = tokens[afterNumber];
  if (j === afterNumber && !spelled && glued?.kind === 'word' && !glued.spaceBefore) return undefined;
  return {
    negative,
    int,
    frac,
    scale,
    currency,
    currencyBefore: pre !== undefined,
    bareDollar,
    spelled,
    place,
    plain,
    plus,
    first: i,
    next: j,
  };
}

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

/**
 * Whether a whole qualifier phrase stands at i ("in excess of", not just "in"): a cheap test before a
 * word that opens nothing else is tried as the start of a figure. @internal
 */
export function hasQualifier(tokens: readonly Token[], i: number, language: FigureLanguage): boolean {
  return matchQualifier(tokens, i, language) !== undefined;
}

function matchQualifier(
  tokens: readonly Token[],
  i: number,
  language: FigureLanguage,
): { qualifier: Qualifier; next: number; word: string } | undefined {
  const t = tokens[i];
  // Only a word the word table marks as an opener can start a qualifier.
  if (t === undefined || (t.info & OPENS) === 0) return undefined;
  const w = t.lower;
  const phrases = QUALIFIERS_BY_FIRST_WORD.get(w);
  if (!phrases) return undefined;
  if (language !== 'de' && GERMAN_ONLY_QUALIFIERS.has(w)) return undefined;
  for (const [words, qualifier] of phrases) {
    const next = matchWords(tokens, i, words);
    if (next !== undefined) return { qualifier, next, word: w };
  }
  return undefined;
}

/** Shares currency and scale between the two ends of a range ("$1-2bn", "$4bn–5bn", "1 bis 2 Mrd. €"). */
function resolveRange(a: AmountMatch, b: AmountMatch): [ResolvedAmount, ResolvedAmount] | undefined {
  const currency = a.currency ?? b.currency;
  if (!currency || (a.currency && b.currency && a.currency !== b.currency)) return undefined;
  const low = resolved(a, currency, a.scale ?? b.scale ?? 0);
  const high = resolved(b, currency, b.scale ?? a.scale ?? 0);
  return compareAmounts(low, high) <= 0 ? [low, high] : undefined;
}

/** Compares two amounts with known scales, exactly. */
function compareAmounts(a: ResolvedAmount, b: ResolvedAmount): number {
  const exp = Math.min(a.scale - a.frac.length, b.scale - b.frac.length);
  const units = (x: ResolvedAmount) => {
    const digits = BigInt(x.int + x.frac) * 10n ** BigInt(x.scale - x.frac.length - exp);
    return x.negative ? -digits : digits;
  };
  const d = units(a) - units(b);
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

/** Integer digits without leading zeros. @internal */
export function magnitude(a: AmountMatch): number {
  let k = 0;
  while (k < a.int.length - 1 && a.int.charCodeAt(k) === 48) k++;
  return a.int.length - k;
}

/** Four plain digits from 1900 to 2100. */
function isYearText(text: string): boolean {
  return /^\d{4}$/.test(text) && text >= '1900' && text <= '2100';
}

/** A year as headlines write it: four plain digits between 1900 and 2100. @internal */
export function isYear(a: AmountMatch): boolean {
  return a.plain && !a.negative && a.int.length === 4 && a.int >= '1900' && a.int <= '2100';
}

const isBare = (a: AmountMatch) => a.currency === undefined && a.scale === undefined;

/**
 * Whether two amounts joined by a dash, "to", "bis" or "and" can be one range. A bare end (no currency,
 * no scale) must plausibly share the other end's: it is no year, and at most one digit shorter (low
 * end) or longer (high end) than the other. A bare low end is never taken before an amount that opens
 * with its own currency: "Part 3 – $5bn" and "Phase 2 to $5bn" are a heading and an amount, where a
 * range is written "$3–5bn" or "3 bis 5 Mrd. €".
 */
function plausibleRange(a: AmountMatch, b: AmountMatch): boolean {
  if (isBare(a) && (b.currencyBefore || isYear(a) || magnitude(a) < magnitude(b) - 1)) return false;
  if (isBare(b) && (isYear(b) || magnitude(b) > magnitude(a) + 1)) return false;
  return true;
}

function resolveSingle(a: AmountMatch): ResolvedAmount | undefined {
  if (a.currency === undefined) return undefined;
  a.scale ??= 0;
  return a as ResolvedAmount;
}

function resolved(a: AmountMatch, currency: string, scale: number): ResolvedAmount {
  return { ...a, currency, scale };
}

function finish(
  qualifier: Qualifier,
  low: ResolvedAmount,
  high: ResolvedAmount | undefined,
  first: number,
  next: number,
  options: MatchOptions,
): FigureMatch | MatchFailure {
  if (low.currency === AMBIGUOUS_DOLLAR) {
    return { reason: 'a bare "$" names no currency (dollar: "ambiguous")', at: first };
  }
  const assumedCurrency = options.dollar === undefined && (low.bareDollar || high?.bareDollar === true);
  return high
    ? { qualifier, low, high, assumedCurrency, first, next }
    : { qualifier, low, assumedCurrency, first, next };
}

/**
 * Matches a figure phrase starting at token i: an optional qualifier, one amount, and an optional range
 * tail, or "between X and Y". Returns the match or why none.
 *
 * @internal
 */
export function matchFigure(
  tokens: readonly Token[],
  i: number,
  options: MatchOptions,
): FigureMatch | MatchFailure {
  const open = (tokens[i]?.info ?? 0) & OPENS ? lower(tokens[i]) : '';
  if (open === BETWEEN.en.open || open === BETWEEN.de.open) {
    const join = open === BETWEEN.en.open ? BETWEEN.en.join : BETWEEN.de.join;
    const a = matchAmount(tokens, i + 1, options);
    if (!a) return { reason: `expected an amount after "${tokens[i]?.text}"`, at: i + 1 };
    if (lower(tokens[a.next]) !== join) return { reason: `expected "${join}"`, at: a.next };
    const b = matchAmount(tokens, a.next + 1, options);
    if (!b) return { reason: `expected an amount after "${join}"`, at: a.next + 1 };
    const r = plausibleRange(a, b) ? resolveRange(a, b) : undefined;
    if (!r) return { reason: 'not a range in one currency, low to high', at: i };
    return finish('range', r[0], r[1], i, b.next, options);
  }

  let qualifier: Qualifier = 'exact';
  let j = i;
  const q = matchQualifier(tokens, i, options.language);
  if (q) {
    // "Kredit über 1,8 Milliarden": after a German noun, "über" means "of", not "more than".
    const prev = tokens[i - 1];
    const ofReading = q.word === 'über' && prev?.kind === 'word' && /^\p{Lu}/u.test(prev.text);
    if (!ofReading) qualifier = q.qualifier;
    j = q.next;
    // "“up to” $US60 million": a quoted qualifier.
    if (CLOSING_QUOTES.includes(tokens[j]?.text ?? ' ') && isGlued(tokens, j)) j++;
    // "mehr als rund 5 Mrd.", "up to about $5bn": the outer qualifier bounds the figure.
    const inner = matchQualifier(tokens, j, options.language);
    if (inner?.qualifier === 'about') j = inner.next;
  }
  const a = matchAmount(tokens, j, options);
  if (!a) {
    const t = tokens[j];
    return { reason: t ? `expected an amount at "${t.text}"` : 'expected an amount', at: j };
  }
  const first = q && qualifier === 'exact' ? j : i;
  // Range tail: a dash right after the amount, or "to" / "bis" (but not "bis zu").
  const conn = tokens[a.next];
  const connWord = conn?.kind === 'word' ? lower(conn) : '';
  const isConn =
    isDash(conn) ||
    ((RANGE_WORDS.en.has(connWord) || RANGE_WORDS.de.has(connWord)) && lower(tokens[a.next + 1]) !== 'zu');
  if (qualifier === 'exact' && isConn && !(connWord === 'to' && isChange(tokens, first))) {
    const b = matchAmount(tokens, a.next + 1, options);
    if (b && !b.negative && plausibleRange(a, b)) {
      const r = resolveRange(a, b);
      if (r) return finish('range', r[0], r[1], first, b.next, options);
    }
  }
  const single = resolveSingle(a);
  if (!single) {
    const carried = options.carried;
    if (!carried) return { reason: 'no currency', at: a.next, orphan: a };
    const low = {
      ...resolved(a, carried.currency, a.scale ?? carried.scale ?? 0),
      bareDollar: carried.bareDollar,
    };
    return finish(qualifier, low, undefined, first, a.next, options);
  }
  if (qualifier === 'exact' && single.plus)
    return finish('atLeast', single, undefined, first, a.next, options);
  // "$10 billion or more", "5 Mio. Euro oder weniger"
  const or = lower(tokens[a.next]);
  if (qualifier === 'exact' && (or === 'or' || or === 'oder')) {
    const postfix = POSTFIX_QUALIFIERS.get(`${or} ${lower(tokens[a.next + 1])}`);
    if (postfix) return finish(postfix, single, undefined, first, a.next + 2, options);
  }
  return finish(qualifier, single, undefined, first, a.next, options);
}

/** "rose from" before the token at i: the "to" after the amount joins an old value to a new one. */
function isChange(tokens: readonly Token[], i: number): boolean {
  return tokens[i - 1]?.lower === 'from' && CHANGE_VERBS.has(tokens[i - 2]?.lower ?? '');
}

/** Whether a result of {@link matchFigure} is a failure. @internal */
export function isMatchFailure(m: FigureMatch | MatchFailure): m is MatchFailure {
  return 'reason' in m;
}
