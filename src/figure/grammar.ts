import { findCurrency } from '../money/currencies';
import type { Token } from './lexer';
import {
  AMBIGUOUS_CODES,
  BETWEEN,
  CURRENCY_NAMES,
  CURRENCY_SYMBOLS,
  DASHES,
  DOTTED_SCALES,
  GLUED_ONLY_SCALES,
  QUALIFIER_PHRASES,
  RANGE_WORDS,
  SCALE_WORDS,
} from './lexicon';
import { readNumber } from './number';
import type { FigureLocale, Qualifier } from './types';

/** One amount as written: sign, digits, scale word and currency, with its token span. @internal */
export interface AmountMatch {
  readonly negative: boolean;
  readonly int: string;
  readonly frac: string;
  readonly scale: number | undefined;
  readonly currency: string | undefined;
  /** Index of the first token. */
  readonly first: number;
  /** Index just past the last token. */
  readonly next: number;
}

/** A whole figure phrase matched in a token list. @internal */
export interface FigureMatch {
  readonly qualifier: Qualifier;
  readonly low: AmountMatch & { readonly currency: string; readonly scale: number };
  readonly high?: AmountMatch & { readonly currency: string; readonly scale: number };
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
}

const lower = (t: Token | undefined): string => (t ? t.text.toLowerCase() : '');

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
const QUALIFIERS_BY_FIRST_WORD = {
  en: /* @__PURE__ */ byFirstWord(QUALIFIER_PHRASES.en),
  de: /* @__PURE__ */ byFirstWord(QUALIFIER_PHRASES.de),
};

/** Every lower-case word that can open a figure phrase, in either locale. */
const OPENERS: ReadonlySet<string> = /* @__PURE__ */ (() =>
  new Set([
    ...NAMES_BY_FIRST_WORD.keys(),
    ...QUALIFIERS_BY_FIRST_WORD.en.keys(),
    ...QUALIFIERS_BY_FIRST_WORD.de.keys(),
    BETWEEN.en.open,
    BETWEEN.de.open,
    'minus',
    ...[...CURRENCY_SYMBOLS.keys()]
      .filter((k) => /^[A-Za-z]/.test(k))
      .map((k) => k.replace(/-?\$$/, '').toLowerCase()),
  ]))();

/**
 * Whether a word can open a figure phrase in any locale: a qualifier, "between", a currency name or
 * code, "minus", or letters before "$" ("US$"). Lets a scanner skip every other word at once.
 * @internal
 */
export function canOpenFigure(word: string): boolean {
  if (word.length === 3) {
    const a = word.charCodeAt(0);
    const b = word.charCodeAt(1);
    const c = word.charCodeAt(2);
    if (a >= 65 && a <= 90 && b >= 65 && b <= 90 && c >= 65 && c <= 90) return true;
  }
  return OPENERS.has(word.toLowerCase());
}

function isGlued(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && !t.spaceBefore;
}

/** Reads a word sequence (each lower-cased word, a dot allowed after the last) at i. */
function matchWords(tokens: readonly Token[], i: number, words: readonly string[]): number | undefined {
  let j = i;
  for (const w of words) {
    const t = tokens[j];
    if (t?.kind !== 'word' || t.text.toLowerCase() !== w) return undefined;
    j++;
  }
  // "ca." / "approx.": swallow a glued dot after an abbreviation.
  const last = words[words.length - 1] ?? '';
  if ((last === 'ca' || last === 'approx') && tokens[j]?.text === '.' && isGlued(tokens, j)) j++;
  return j;
}

/** A currency symbol, code or name at i. */
export function matchCurrency(
  tokens: readonly Token[],
  i: number,
): { code: string; next: number } | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  if (t.kind === 'sym') {
    const code = CURRENCY_SYMBOLS.get(t.text);
    return code ? { code, next: i + 1 } : undefined;
  }
  if (t.kind !== 'word') return undefined;
  // "US$", "A$", "US-$", "HK$": letters glued to a dollar sign.
  const after = tokens[i + 1];
  if (after?.kind === 'sym' && after.text === '$' && !after.spaceBefore) {
    const code = CURRENCY_SYMBOLS.get(`${t.text}$`);
    if (code) return { code, next: i + 2 };
  }
  if (after?.text === '-' && !after.spaceBefore && tokens[i + 2]?.text === '$' && isGlued(tokens, i + 2)) {
    const code = CURRENCY_SYMBOLS.get(`${t.text}-$`);
    if (code) return { code, next: i + 3 };
  }
  if (/^[A-Z]{3}$/.test(t.text) && findCurrency(t.text)) return { code: t.text, next: i + 1 };
  const names = NAMES_BY_FIRST_WORD.get(t.text.toLowerCase());
  if (!names) return undefined;
  for (const [words, code] of names) {
    const next = matchWords(tokens, i, words);
    if (next !== undefined) return { code, next };
  }
  return undefined;
}

/** A scale word at i ("bn", "Mrd.", "Milliarden"), glued-only letters checked. */
function matchScale(
  tokens: readonly Token[],
  i: number,
  locale: FigureLocale,
): { exp: number; next: number } | undefined {
  const t = tokens[i];
  if (t?.kind !== 'word') return undefined;
  const w = t.text.toLowerCase();
  const exp = SCALE_WORDS[locale].get(w) ?? SCALE_WORDS[locale === 'en' ? 'de' : 'en'].get(w);
  if (exp === undefined) return undefined;
  // "Billion" means 10^12 in German and 10^9 in English: the locale decides.
  const resolved = w.startsWith('billion') ? (locale === 'de' ? 12 : 9) : exp;
  if (GLUED_ONLY_SCALES.has(w) && t.spaceBefore) return undefined;
  let next = i + 1;
  if (DOTTED_SCALES.has(w) && tokens[next]?.text === '.' && isGlued(tokens, next)) next++;
  return { exp: resolved, next };
}

function isSign(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'punct' && DASHES.includes(t.text);
}

/**
 * Matches one amount at i: `[sign] [currency] [sign] number [scale] [currency]`.
 * A currency after the number is not taken when it opens the next amount ("2024 $5bn").
 */
export function matchAmount(
  tokens: readonly Token[],
  i: number,
  locale: FigureLocale,
): AmountMatch | undefined {
  let j = i;
  let negative = false;
  if (isSign(tokens[j]) && isGlued(tokens, j + 1)) {
    negative = true;
    j++;
  } else if (lower(tokens[j]) === 'minus') {
    negative = true;
    j++;
  }
  let currency: string | undefined;
  const pre = matchCurrency(tokens, j);
  if (pre) {
    currency = pre.code;
    j = pre.next;
    if (!negative && isSign(tokens[j]) && isGlued(tokens, j) && isGlued(tokens, j + 1)) {
      negative = true;
      j++;
    }
  }
  const num = tokens[j];
  if (num?.kind !== 'num') return undefined;
  const read = readNumber(num.text, locale);
  if (typeof read === 'string') return undefined;
  j++;
  let scale: number | undefined;
  const sc = matchScale(tokens, j, locale);
  if (sc) {
    scale = sc.exp;
    j = sc.next;
  }
  if (currency) {
    // "£5m sterling": a name after the number that repeats the currency belongs to the amount.
    const repeat = tokens[j]?.kind === 'word' ? matchCurrency(tokens, j) : undefined;
    if (repeat?.code === currency) j = repeat.next;
  } else {
    const post = matchCurrency(tokens, j);
    // A currency that opens the next amount ("2024 $5bn", "2024 USD 5m") is not this number's.
    const after = tokens[post?.next ?? -1];
    const opensNext =
      post !== undefined &&
      after?.kind === 'num' &&
      (!after.spaceBefore || matchScale(tokens, post.next + 1, locale) !== undefined);
    if (post && !opensNext) {
      const code = tokens[j]?.text ?? '';
      if (!AMBIGUOUS_CODES.has(code) || !tokens[j]?.spaceBefore || sc) {
        currency = post.code;
        j = post.next;
      }
    }
  }
  return { negative, int: read.int, frac: read.frac, scale, currency, first: i, next: j };
}

function matchQualifier(
  tokens: readonly Token[],
  i: number,
  locale: FigureLocale,
): { qualifier: Qualifier; next: number; word: string } | undefined {
  const w = lower(tokens[i]);
  const phrases = w ? QUALIFIERS_BY_FIRST_WORD[locale].get(w) : undefined;
  if (!phrases) return undefined;
  for (const [words, qualifier] of phrases) {
    const next = matchWords(tokens, i, words);
    if (next !== undefined) return { qualifier, next, word: w };
  }
  return undefined;
}

type Resolved = AmountMatch & { readonly currency: string; readonly scale: number };

/** Shares currency and scale between the two ends of a range ("$1-2bn", "$4bn–5bn", "1 bis 2 Mrd. €"). */
function resolveRange(a: AmountMatch, b: AmountMatch): [Resolved, Resolved] | undefined {
  const currency = a.currency ?? b.currency;
  if (!currency || (a.currency && b.currency && a.currency !== b.currency)) return undefined;
  return [
    { ...a, currency, scale: a.scale ?? b.scale ?? 0 },
    { ...b, currency, scale: b.scale ?? a.scale ?? 0 },
  ];
}

function resolveSingle(a: AmountMatch): Resolved | undefined {
  return a.currency ? { ...a, currency: a.currency, scale: a.scale ?? 0 } : undefined;
}

/** Options for {@link matchFigure}. @internal */
export interface MatchOptions {
  readonly locale: FigureLocale;
  /** The token before i, to tell "Kredit über 1,8 Mrd." (of) from "über 3 Mio." (more than). */
  readonly previous?: Token | undefined;
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
  const { locale } = options;
  const between = BETWEEN[locale];
  if (lower(tokens[i]) === between.open) {
    const a = matchAmount(tokens, i + 1, locale);
    if (!a) return { reason: `expected an amount after "${tokens[i]?.text}"`, at: i + 1 };
    if (lower(tokens[a.next]) !== between.join) return { reason: `expected "${between.join}"`, at: a.next };
    const b = matchAmount(tokens, a.next + 1, locale);
    if (!b) return { reason: `expected an amount after "${between.join}"`, at: a.next + 1 };
    const r = resolveRange(a, b);
    if (!r) return { reason: 'a range needs one currency', at: i };
    return { qualifier: 'range', low: r[0], high: r[1], first: i, next: b.next };
  }

  let qualifier: Qualifier = 'exact';
  let j = i;
  const q = matchQualifier(tokens, i, locale);
  if (q) {
    // "Kredit über 1,8 Milliarden": after a German noun, "über" means "of", not "more than".
    const prev = options.previous;
    const ofReading = q.word === 'über' && prev?.kind === 'word' && /^\p{Lu}/u.test(prev.text);
    if (!ofReading) qualifier = q.qualifier;
    j = q.next;
  }
  const a = matchAmount(tokens, j, locale);
  if (!a) {
    const t = tokens[j];
    return { reason: t ? `expected an amount at "${t.text}"` : 'expected an amount', at: j };
  }
  const first = q && qualifier === 'exact' ? j : i;
  // Range tail: a dash right after the amount, or "to" / "bis" (but not "bis zu").
  const conn = tokens[a.next];
  const isDash = conn?.kind === 'punct' && DASHES.includes(conn.text);
  const isWord =
    conn?.kind === 'word' &&
    RANGE_WORDS[locale].has(conn.text.toLowerCase()) &&
    lower(tokens[a.next + 1]) !== 'zu';
  if (qualifier === 'exact' && (isDash || isWord)) {
    const b = matchAmount(tokens, a.next + 1, locale);
    if (b && !b.negative) {
      const r = resolveRange(a, b);
      if (r) return { qualifier: 'range', low: r[0], high: r[1], first, next: b.next };
    }
  }
  const single = resolveSingle(a);
  if (!single) return { reason: 'no currency', at: a.next };
  return { qualifier, low: single, first, next: a.next };
}

/** Whether a result of {@link matchFigure} is a failure. @internal */
export function isMatchFailure(m: FigureMatch | MatchFailure): m is MatchFailure {
  return 'reason' in m;
}
