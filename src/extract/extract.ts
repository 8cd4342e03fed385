import { assertString, invalidArgument, optionalOneOf, readKnownOptions } from '../_lib/guards';
import type { ConversionSnapshot } from '../conversion/snapshot';
import { preview, ReckonError } from '../errors/reckon-error';
import {
  type AmountMatch,
  type DollarReading,
  type FigureMatch,
  hasQualifier,
  isCode,
  isMatchFailure,
  isYear,
  type MatchFailure,
  type MatchOptions,
  magnitude,
  matchFigure,
} from '../figure/grammar';
import { languageOf, languageSignals } from '../figure/language';
import { isLetter, isSpace, type Token, tokenize, tokenStore } from '../figure/lexer';
import type { Figure, FigureLanguage } from '../figure/types';
import { NAMES, NUMBER_WORD, OPENS, SPELLED_SCALE } from '../figure/words';
import { knownCurrency } from '../money/currencies';
import { moneyRatio } from '../money/units';
import { type ExtractedFigureDraft, extractedFromMatch } from './build-extracted';
import { type Linked, linkConversion, linkRespectively } from './link';

/** Options for {@link extractFigures}, {@link extractFiguresIter} and {@link extractConversions}. */
export interface ExtractOptions {
  /**
   * The language of the text, or `auto` (default) to pick English or German per sentence from cheap
   * signals (common words, German scale words).
   */
  readonly language?: FigureLanguage | 'auto';
  /**
   * What a bare "$" or "dollar(s)" is. Absent (the default): the US dollar, and the figure carries
   * `assumedCurrency: true`. An ISO code (`'NZD'` for a New Zealand outlet, or `'USD'` for a US one):
   * that currency, as the caller's statement, without the flag. `'ambiguous'`: such figures are left
   * out (never a silent USD); "US$", "A$", "NZ$", "C$", "HK$" and "US-Dollar" are still read.
   */
  readonly dollar?: DollarReading;
}

/** A figure found in a text, with the UTF-16 offsets of its whole phrase (qualifier included). */
export type ExtractedFigure = Figure & {
  /** Offset of the phrase's first character: `text.slice(start, end)` is the phrase. */
  readonly start: number;
  /** Offset just past the phrase's last character. */
  readonly end: number;
  /**
   * For a later figure of a reported conversion ("£11bn (€12.68bn)"): the index of the figure it was
   * converted from, the first figure of the chain ("£1.62bn, or $2bn, or €1.9bn": both point at £).
   */
  readonly convertedFrom?: number;
  /** The language the figure was read in. */
  readonly language: FigureLanguage;
  /**
   * Present (true) when the currency is a bare "$" or "dollar(s)" read as US dollars because the caller
   * did not say which dollar (the `dollar` option): an assumption, not something the text says.
   */
  readonly assumedCurrency?: true;
};

/** A reported conversion found in a text: `from` and `to` as extracted figures. */
export interface ExtractedConversion extends ConversionSnapshot {
  readonly from: ExtractedFigure;
  readonly to: ExtractedFigure;
}

const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mio',
  'mrd',
  'bio',
  'tsd',
  'ca',
  'approx',
  'bzw',
  'z',
  'b',
  'u',
  'dr',
  'mr',
  'mrs',
  'st',
  'inc',
  'corp',
  'ltd',
  'co',
  'no',
  'nr',
  'vs',
  'etc',
]);

const UPPER_OR_QUOTE = /[\p{Lu}"'„“«]/u;

/** A capital, a digit or an opening quote at i. */
function opensSentence(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  if (c < 128 && c !== 34 && c !== 39) return false;
  return UPPER_OR_QUOTE.test(text[i] ?? '');
}

const BOUNDARY = /[\n.!?]/g;

/**
 * The end of the sentence that starts at `start`: just past a line break, or past ".", "!", "?" followed
 * by white space and a capital, a digit or a quote — unless the dot ends an abbreviation such as "Mio."
 * or "ca.". Linear: each character is looked at a bounded number of times.
 */
function sentenceEnd(text: string, start: number): number {
  const n = text.length;
  // The regular expression jumps to the next candidate natively; the checks below decide. One object
  // for every call: nothing runs between setting its position and reading it.
  const boundary = BOUNDARY;
  boundary.lastIndex = start;
  for (let m = boundary.exec(text); m !== null; m = boundary.exec(text)) {
    const i = m.index;
    const c = text.charCodeAt(i);
    // A line break ends a sentence, unless the next line goes on in lower case: hard-wrapped text
    // ("C$3.8\nbillion") is one sentence.
    if (c === 10) {
      if (!continuesLine(text, i + 1)) return i + 1;
      continue;
    }
    if (i + 1 >= n || !isSpace(text.charCodeAt(i + 1))) continue;
    let j = i + 1;
    while (j < n && isSpace(text.charCodeAt(j)) && text.charCodeAt(j) !== 10) j++;
    if (j < n && text.charCodeAt(j) === 10) return j + 1;
    if (!opensSentence(text, j)) continue;
    if (c === 46) {
      let w = i;
      while (w > start && i - w <= 6 && isLetter(text, w - 1)) w--;
      if (w < i && i - w <= 6 && ABBREVIATIONS.has(text.slice(w, i).toLowerCase())) continue;
    }
    return i + 1;
  }
  return n;
}

/** Whether the line starting at i goes on the sentence before it: it opens with a lower-case letter. */
function continuesLine(text: string, i: number): boolean {
  let j = i;
  while (j < text.length && isSpace(text.charCodeAt(j)) && text.charCodeAt(j) !== 10) j++;
  const c = text.charCodeAt(j);
  if (c >= 97 && c <= 122) return true;
  if (c < 0xc0) return false;
  const ch = text[j] ?? '';
  return isLetter(text, j) && ch === ch.toLowerCase() && ch !== ch.toUpperCase();
}

/**
 * Whether [from, to) may hold a figure: a number (digits, or a scale or place word a number in words
 * stands before or ends on) and a sign of a currency (a symbol, an ISO code, "50p", "Rs", or a currency name). Most
 * sentences of an article fail it and are never tokenised. A test keeps it in step with the lexicon.
 * @internal
 */
export function mayHoldFigure(text: string, from: number, to: number): boolean {
  const window = text.slice(from, to);
  return HAS_NUMBER.test(window) && (HAS_SIGN.test(window) || hasCode(window));
}

/** Whether the text holds three capitals standing alone that are an ISO code ("CEO" and "NVIDIA" are not). */
function hasCode(window: string): boolean {
  CAPS.lastIndex = 0;
  for (let m = CAPS.exec(window); m !== null; m = CAPS.exec(window)) if (isCode(m[0])) return true;
  return false;
}

// One regular expression each, so that a sentence is scanned once for a number and once for a sign;
// case is ignored for the names, which lets through more than needed ("RS", "5P"), never less.
const HAS_NUMBER =
  /\d|illi|ILLI|Mrd|Mio|MRD|MIO|Bio|BIO|undred|UNDRED|undert|UNDERT|ausend|AUSEND|housand|HOUSAND/;
const HAS_SIGN =
  /[$€£¥₹₩₽₺₪฿₣¢]|\dp|Rs|RM\d|dollar|euro|pfund|pound|sterling|yen|fran[ck]|yuan|renminbi|pence|cent/i;
// A lone run of three capitals: the lexer reads a code only as a whole word of three capitals.
const CAPS = /(?<![A-Z])[A-Z]{3}(?![A-Z])/g;

/** Brackets, quotes, slashes and the like: one-character tokens of no figure's inner part. */
function isMark(c: number): boolean {
  return (
    c === 40 ||
    c === 41 ||
    c === 91 ||
    c === 93 ||
    c === 123 ||
    c === 125 ||
    c === 34 ||
    c === 47 ||
    c === 42 ||
    c === 35 ||
    c === 124
  );
}

/** Whether a window may end at i in text without white space: between two marks. */
function isCutPoint(text: string, i: number): boolean {
  return isMark(text.charCodeAt(i - 1)) && isMark(text.charCodeAt(i));
}

/** Characters a window of a long sentence holds at most before it is cut at a later white space. */
const WINDOW = 16_384;
/** Tokens at the end of a window where no phrase may start (a phrase is at most this long). */
const MARGIN = 48;

const MAX_TEXT = 200_000_000;

/** Tokens of `text` that may open a figure phrase; others are skipped at once. */
function canStart(text: string, t: Token): boolean {
  if (t.kind === 'num' || t.kind === 'sym') return true;
  if (t.kind === 'punct') {
    // A minus sign: "-", "–", "—", "−" (read from the text: a punctuation token is not sliced for this).
    const c = text.charCodeAt(t.start);
    return c === 45 || c === 0x2013 || c === 0x2014 || c === 0x2212;
  }
  return (t.info & (OPENS | SPELLED_SCALE | NUMBER_WORD)) !== 0;
}

/**
 * Tokens from the start of a phrase to its number: at most a qualifier of four words, a quote, an inner
 * "about" of four, a minus and a currency of three, or the words of a number before its scale word.
 */
const REACH = 14;

/** A number: digits, a scale word after a number in words, or a number in words that ends on a place. */
function isNumber(t: Token): boolean {
  return t.kind === 'num' || (t.info & (SPELLED_SCALE | NUMBER_WORD)) !== 0;
}

const LANGUAGES: readonly (FigureLanguage | 'auto')[] = ['en', 'de', 'auto'];

/** Checks the options argument; returns it read (`undefined` is `{}`). */
function checkOptions(value: ExtractOptions | undefined): ExtractOptions {
  const options = readKnownOptions(value, ['language', 'dollar'], 'the extract functions');
  const d = options.dollar;
  if (d !== undefined && typeof d !== 'string') {
    throw invalidArgument('options.dollar', 'an ISO 4217 code such as "NZD", or "ambiguous"', d);
  }
  if (d !== undefined && d !== 'ambiguous' && !(/^[A-Z]{3}$/.test(d) && knownCurrency(d))) {
    throw new ReckonError(
      'UNKNOWN_CURRENCY',
      `options.dollar must be an ISO 4217 code such as "NZD", or "ambiguous"; got "${preview(d)}".`,
      { input: preview(d) },
    );
  }
  optionalOneOf(options.language, LANGUAGES, 'options.language');
  return options;
}

function checkText(value: unknown): asserts value is string {
  const text = assertString(value, 'text');
  if (text.length > MAX_TEXT) {
    throw new ReckonError('INVALID_ARGUMENT', `text is longer than ${MAX_TEXT} characters; split it.`, {
      input: preview(text),
    });
  }
}

/** A figure waiting for the figures after it (a later "respectively" may still link it). */
interface Pending extends Linked {
  readonly figure: ExtractedFigureDraft;
}

/**
 * Words that set an amount without a currency against the figure after it: "11,8 Mio. auf 25,5 Mio.
 * Euro"; "to" only where the grammar read no range ("from 11.8 to 25.5m euros" after a verb of change).
 */
const CARRIED_BEFORE: readonly (readonly string[])[] = [
  ['auf'],
  ['and'],
  ['und'],
  ['out', 'of'],
  ['von'],
  // "rose from 11.8 to 25.5m euros": a change, whose old value shares the new one's currency and scale.
  ['to'],
];

/** Words before a number that make it a label, not an amount: "Kapitel 3 und 5 Mio. Euro". */
const LABELS: ReadonlySet<string> = new Set(
  (
    'kapitel abschnitt artikel paragraf paragraph teil phase punkt nummer nr seite abbildung tabelle ' +
    'anlage stufe schritt chapter section article part page figure table exhibit step stage item ' +
    'annex appendix no'
  ).split(' '),
);

/** Words after an amount that make it the prior period's value of the figure before it. */
const PRIOR_PERIOD: readonly (readonly string[])[] = [
  ['im', 'vorjahr'],
  ['im', 'vorjahreszeitraum'],
  ['im', 'vorjahresquartal'],
  ['im', 'vorjahresmonat'],
  ['vor', 'jahresfrist'],
  ['a', 'year', 'earlier'],
  ['a', 'year', 'ago'],
  ['a', 'year', 'before'],
  ['the', 'previous', 'year'],
  ['the', 'year', 'before'],
  ['last', 'year'],
];

/** How many tokens at i set an amount against the figure after it ("auf", "out of"), or 0. */
function carriedConnector(tokens: readonly Token[], i: number): number {
  return phraseAt(tokens, i, CARRIED_BEFORE);
}

function isPriorPeriod(tokens: readonly Token[], i: number): boolean {
  return phraseAt(tokens, i, PRIOR_PERIOD) > 0;
}

/** The length of the first phrase of the list that stands at i, or 0. */
function phraseAt(tokens: readonly Token[], i: number, phrases: readonly (readonly string[])[]): number {
  const first = tokens[i];
  if (first?.kind !== 'word') return 0;
  // Lengths first: most words are no phrase's first word, and are not sliced to find out.
  const length = first.end - first.start;
  let w: string | undefined;
  for (const words of phrases) {
    if (words[0]?.length !== length) continue;
    w ??= first.lower;
    if (words[0] !== w) continue;
    if (words.every((w, k) => tokens[i + k]?.lower === w)) return words.length;
  }
  return 0;
}

/** Figures held back for links; when a sentence has more, the oldest are let go. */
const HOLD = 8;

/** A number in words before the scale word at i: tried from the earliest start, after `from`. */
function spelledBefore(
  tokens: readonly Token[],
  i: number,
  from: number,
  options: MatchOptions,
): FigureMatch | undefined {
  for (let s = Math.max(from, i - 4); s < i; s++) {
    if (tokens[s]?.kind !== 'word') continue;
    const m = matchFigure(tokens, s, options);
    if (!isMatchFailure(m) && m.next > i && m.low.spelled) return m;
  }
  return undefined;
}

/**
 * Reads a text window by window and hands over the figures that no later text can change any more.
 * One window is one sentence, or a slice of at most about WINDOW characters of a longer one.
 */
function scanner(text: string, options: ExtractOptions): (out: ExtractedFigure[]) => boolean {
  const fixed = options.language && options.language !== 'auto' ? options.language : undefined;
  const pending: Pending[] = [];
  let released = 0;
  let start = 0;
  let end = 0;
  let ws = 0;
  // One window's token objects, reused by the next window.
  const store = tokenStore();

  const release = (out: ExtractedFigure[], keep: number) => {
    const n = pending.length - keep;
    for (let k = 0; k < n; k++) {
      const p = pending[k] as Pending;
      if (p.convertedFrom !== undefined) p.figure.convertedFrom = p.convertedFrom;
      out.push(p.figure);
    }
    for (let k = 0; k < n; k++) pending.shift();
    released += Math.max(0, n);
  };

  /** Scans the window [ws, we): its figures go to `pending`; returns where the next window starts. */
  const scanWindow = (we: number, last: boolean, out: ExtractedFigure[]): number => {
    const tokens = tokenize(text, ws, we, store);
    const limit = last ? tokens.length : Math.max(1, tokens.length - MARGIN);
    const signals = languageSignals(tokens);
    const language = fixed ?? languageOf(signals);
    const germanBillion = fixed ? fixed === 'de' : signals.de >= signals.en;
    const base: MatchOptions = { language, germanBillion, dollar: options.dollar, guessed: !fixed };
    // The first number at or after i: a word that opens no phrase within reach of one is passed over.
    let nextNumber = 0;
    let lastNext = 0;

    /** Holds a matched figure back for links; its phrase is [start, end), its tokens [first, next). */
    const add = (m: FigureMatch, first: number, next: number, start: number, end: number): boolean => {
      const figure = extractedFromMatch(m, text.slice(start, end), start, end, language);
      if (!figure) return false;
      if (m.assumedCurrency) figure.assumedCurrency = true;
      const code = m.low.currency;
      const record: Pending = {
        figure,
        code,
        index: released + pending.length,
        first,
        next,
        convertedFrom: undefined,
        rootCode: code,
        inBracket: false,
      };
      const prev = pending[pending.length - 1];
      if (prev) linkConversion(tokens, prev, record);
      pending.push(record);
      linkRespectively(tokens, pending);
      if (pending.length > HOLD) release(out, HOLD);
      lastNext = next;
      return true;
    };

    /**
     * An amount without a currency that takes one from a figure it is set against (see
     * docs/extraction.md, "Elliptical figures"). Returns the token after what was read, or 0.
     */
    const orphan = (i: number, failure: MatchFailure): number => {
      const a = failure.orphan as AmountMatch;
      const at = failure.at;
      const tok = (k: number) => tokens[k] as Token;
      // "201,5 (12,9) Millionen Euro": a prior-year value in brackets inside the figure.
      if (tokens[at]?.text === '(' && tokens[at + 1]?.kind === 'num' && tokens[at + 2]?.text === ')') {
        const tail = tokens.slice(at + 3, at + 3 + MARGIN / 2);
        const x = matchFigure([...tokens.slice(i, at), ...tail], 0, base);
        const aside = matchFigure([tok(at + 1), ...tail], 0, base);
        if (isMatchFailure(x) || isMatchFailure(aside) || x.next <= at - i) return 0;
        const next = at + 3 + x.next - (at - i);
        if (!add(x, i, next, tok(i).start, tok(next - 1).end)) return 0;
        add(aside, at + 1, next, tok(at + 1).start, tok(at + 1).end);
        return next;
      }
      // "a thousand and …", "zweihundert und …": a number in words takes no currency from another figure.
      if (a.spelled && a.scale === undefined) return 0;
      let carried: MatchOptions['carried'];
      const connector = carriedConnector(tokens, at);
      if (connector > 0) {
        // "von 11,8 Mio. auf 25,5 Mio. Euro", "17 and 10 million dollars", "162 out of 315 billion euros"
        const f = matchFigure(tokens, at + connector, base);
        const bare = a.scale === undefined;
        if (
          !isMatchFailure(f) &&
          f.qualifier !== 'range' &&
          (!bare || (!f.low.currencyBefore && !isYear(a) && Math.abs(magnitude(a) - magnitude(f.low)) <= 1))
        ) {
          carried = {
            currency: f.low.currency,
            scale: bare ? f.low.scale : undefined,
            bareDollar: f.assumedCurrency,
          };
        }
      } else if (a.scale !== undefined && isPriorPeriod(tokens, at)) {
        // "706 Millionen Euro – nach 886 Millionen im Vorjahreszeitraum"
        const prev = pending[pending.length - 1];
        if (prev && prev.next >= 0) {
          carried = {
            currency: prev.code,
            scale: undefined,
            bareDollar: prev.figure.assumedCurrency === true,
          };
        }
      }
      // "Kapitel 3 und 5 Mio. Euro": the number of a chapter, a part or a page is no amount (looked at
      // last: most amounts without a currency have no connector, and the word before is not sliced).
      if (!carried || LABELS.has(tokens[i - 1]?.lower ?? '')) return 0;
      const x = matchFigure(tokens, i, { ...base, carried });
      if (isMatchFailure(x) || !add(x, x.first, x.next, tok(x.first).start, tok(x.next - 1).end)) return 0;
      return x.next;
    };

    let i = 0;
    while (i < limit) {
      const t = tokens[i] as Token;
      if (nextNumber < i) nextNumber = i;
      while (nextNumber < tokens.length && nextNumber - i <= REACH && !isNumber(tokens[nextNumber] as Token))
        nextNumber++;
      if (
        nextNumber - i > REACH ||
        nextNumber >= tokens.length ||
        !canStart(text, t) ||
        // A word that opens only qualifiers ("in", "a", "over") is tried only when a whole one stands here.
        (t.kind === 'word' &&
          (t.info & (NAMES | SPELLED_SCALE | NUMBER_WORD)) === 0 &&
          !hasQualifier(tokens, i, language))
      ) {
        i++;
        continue;
      }
      let m: FigureMatch | MatchFailure = matchFigure(tokens, i, base);
      // A number in words is found from its scale or place word: "zwei Milliarden Euro", "half a billion
      // euros", "two hundred dollars".
      if (isMatchFailure(m) && (t.info & (SPELLED_SCALE | NUMBER_WORD)) !== 0) {
        m = spelledBefore(tokens, i, lastNext, base) ?? m;
      } else if (!isMatchFailure(m) && m.low.spelled && m.first === i) {
        // "half a billion": "a billion" matched at "a", but the number starts earlier.
        const earlier = spelledBefore(tokens, i, lastNext, base);
        if (earlier && earlier.next >= m.next) m = earlier;
      }
      if (isMatchFailure(m)) {
        const after = m.orphan ? orphan(i, m) : 0;
        i = after > 0 ? after : i + 1;
        continue;
      }
      const firstTok = tokens[m.first] as Token;
      const lastTok = tokens[m.next - 1] as Token;
      if (add(m, m.first, m.next, firstTok.start, lastTok.end)) i = m.next;
      else i++;
    }
    if (last) return we;
    // The next window starts at the first token not looked at, or where the last phrase ended; token
    // positions of held figures refer to this window, so only the last one can still be linked to.
    const resume = Math.max(limit, lastNext);
    for (const p of pending) {
      p.first = -1;
      p.next = p === pending[pending.length - 1] && lastNext === resume ? 0 : -1;
    }
    return resume < tokens.length ? (tokens[resume] as Token).start : we;
  };

  // Appends what it lets go to `out`, a window at a time, until it has let something go; false at the end.
  return (out) => {
    const before = out.length;
    while (out.length === before) {
      if (ws >= end) {
        // A sentence ends: its held figures go, and the next begins.
        release(out, 0);
        if (end >= text.length) return out.length > before;
        start = end;
        end = sentenceEnd(text, start);
        ws = start;
        continue;
      }
      let we = Math.min(end, ws + WINDOW);
      // At white space; in text without any for another window's length, between two brackets or
      // similar marks ("((((…"), where no token is cut.
      while (we < end && !isSpace(text.charCodeAt(we)) && !(we - ws >= 2 * WINDOW && isCutPoint(text, we)))
        we++;
      const last = we >= end;
      if (!mayHoldFigure(text, ws, we)) {
        ws = we;
        // Nothing to link across text without figures.
        for (const p of pending) p.next = -1;
        continue;
      }
      ws = scanWindow(we, last, out);
    }
    return true;
  };
}

/**
 * Finds money figures in English and German text one at a time, in text order, holding only the
 * sentence at hand: the form for long texts and streamed output (`reckon extract` uses it). Yields the
 * same figures as {@link extractFigures}.
 *
 * @param text - any text
 * @param options - {@link ExtractOptions}
 * @returns a generator of figures
 * @throws {@link ReckonError} `INVALID_ARGUMENT` when `text` is not a string (or over 200 million
 *   characters), `options` is not an object, the language is unknown or `dollar` is not a string;
 *   `UNKNOWN_CURRENCY` for a `dollar` option that is no ISO code
 * @example
 * ```ts
 * for (const f of extractFiguresIter(article)) console.log(f.start, figureToJSON(f).amount);
 * ```
 */
export function* extractFiguresIter(
  text: string,
  options: ExtractOptions = {},
): Generator<ExtractedFigure, void> {
  checkText(text);
  const next = scanner(text, checkOptions(options));
  const batch: ExtractedFigure[] = [];
  while (next(batch)) {
    yield* batch;
    batch.length = 0;
  }
}

/**
 * Finds money figures in English and German text, in text order, with the offsets of each whole phrase
 * (qualifier included). Runs in time linear in the text's length. The later figure of a reported
 * conversion ("£11bn (€12.68bn)", "£11bn, or roughly €12.7bn", "11 Mrd. Pfund (umgerechnet rund 12,7 Mrd.
 * Euro)", "85,4 Mrd. Dollar, umgerechnet 78 Mrd. Euro") carries `convertedFrom`, the index of the first.
 * See docs/extraction.md for what is read and the rules behind it.
 *
 * @param text - any text
 * @param options - {@link ExtractOptions}
 * @returns the figures found
 * @throws {@link ReckonError} `INVALID_ARGUMENT` when `text` is not a string (or over 200 million
 *   characters), `options` is not an object, the language is unknown or `dollar` is not a string;
 *   `UNKNOWN_CURRENCY` for a `dollar` option that is no ISO code
 * @example
 * ```ts
 * const text = 'Nvidia investiert bis zu 11 Milliarden Pfund (12,68 Milliarden Euro) in Nscale.';
 * const found = extractFigures(text);
 * found.map((f) => text.slice(f.start, f.end)); // ['bis zu 11 Milliarden Pfund', '12,68 Milliarden Euro']
 * found[1].convertedFrom; // 0
 * ```
 */
export function extractFigures(text: string, options: ExtractOptions = {}): ExtractedFigure[] {
  checkText(text);
  const out: ExtractedFigure[] = [];
  const next = scanner(text, checkOptions(options));
  while (next(out));
  return out;
}

/** Whether two figures are two non-zero amounts of the same sign, as a conversion check needs. */
function checkable(from: ExtractedFigure, to: ExtractedFigure): boolean {
  const a = moneyRatio(from.amount).n;
  const b = moneyRatio(to.amount).n;
  return a !== 0n && b !== 0n && a < 0n === b < 0n;
}

/**
 * Finds reported conversions in a text ("£11bn (€12.68bn)") as conversion snapshots ready for
 * `checkConversion` (add a date or a window).
 *
 * @param text - any text
 * @param options - {@link ExtractOptions}
 * @returns the pairs, in text order
 * @throws {@link ReckonError} as {@link extractFigures}
 * @example
 * ```ts
 * const [pair] = extractConversions('up to £11bn (€12.68bn)');
 * checkConversion({ ...pair, publishedDate: '2025-09-18' }, ecbRates).status; // 'consistent'
 * ```
 */
export function extractConversions(text: string, options: ExtractOptions = {}): ExtractedConversion[] {
  const figures = extractFigures(text, options);
  const out: ExtractedConversion[] = [];
  for (const f of figures) {
    if (f.convertedFrom === undefined) continue;
    const from = figures[f.convertedFrom];
    // checkConversion divides one side by the other: a zero or a change of sign ("€0 ($1.4m)", from a
    // misread number) is no conversion to check.
    if (from && checkable(from, f)) out.push({ from, to: f });
  }
  return out;
}
