import type { ConversionSnapshot } from '../conversion/snapshot';
import { preview, ReckonError } from '../errors/reckon-error';
import { figureFromMatch } from '../figure/build';
import { canOpenFigure, isMatchFailure, matchFigure } from '../figure/grammar';
import { isLetter, isSpace, type Token, tokenize } from '../figure/lexer';
import { guessLocale } from '../figure/locale';
import type { Figure, FigureLocale } from '../figure/types';
import { currencyCode } from '../money/money';

/** Options for {@link extractFigures} and {@link extractConversions}. */
export interface ExtractOptions {
  /**
   * The language of the text, or `auto` (default) to pick English or German per sentence from cheap
   * signals (common words, German scale words).
   */
  readonly locale?: FigureLocale | 'auto';
}

/** A figure found in a text, with the UTF-16 offsets of its whole phrase (qualifier included). */
export type ExtractedFigure = Figure & {
  /** Offset of the phrase's first character: `text.slice(start, end)` is the phrase. */
  readonly start: number;
  /** Offset just past the phrase's last character. */
  readonly end: number;
  /** For the second figure of a reported conversion ("£11bn (€12.68bn)"): the index of the first. */
  readonly convertedFrom?: number;
  /** The language the figure was read in. */
  readonly locale: FigureLocale;
};

/** A reported conversion found in a text: `from` and `to` as extracted figures. */
export interface ExtractedConversion extends ConversionSnapshot {
  readonly from: ExtractedFigure;
  readonly to: ExtractedFigure;
}

/** Tokens that may open a figure phrase; others are skipped at once. */
function canStart(t: Token): boolean {
  if (t.kind === 'num' || t.kind === 'sym') return true;
  if (t.kind === 'punct') return '-–—−('.includes(t.text);
  return canOpenFigure(t.text);
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

/**
 * Sentence spans in one linear pass: a line break, or ".", "!", "?" followed by white space and a
 * capital, a digit or a quote — unless the dot ends an abbreviation such as "Mio." or "ca.".
 */
function sentences(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let boundary = c === 10;
    if (!boundary && (c === 46 || c === 33 || c === 63) && isSpace(text.charCodeAt(i + 1))) {
      let j = i + 1;
      while (j < text.length && isSpace(text.charCodeAt(j))) j++;
      if (opensSentence(text, j)) {
        boundary = true;
        if (c === 46) {
          let w = i;
          while (w > start && isLetter(text, w - 1)) w--;
          if (w < i && i - w <= 6 && ABBREVIATIONS.has(text.slice(w, i).toLowerCase())) boundary = false;
        }
      }
    }
    if (boundary) {
      out.push([start, i + 1]);
      start = i + 1;
    }
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}

const UPPER_OR_QUOTE = /[\p{Lu}"'„“«]/u;

/** A capital, a digit or an opening quote at i. */
function opensSentence(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  if (c < 128 && c !== 34 && c !== 39) return false;
  return UPPER_OR_QUOTE.test(text[i] ?? '');
}

function hasDigit(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** Words allowed between a figure and its conversion: "(umgerechnet rund …)", ", or about …". */
const CONVERSION_LINKS: ReadonlySet<string> = new Set([
  'or',
  'oder',
  'bzw',
  'beziehungsweise',
  'umgerechnet',
  'equivalent',
  'to',
  'i.e',
  'ie',
  'converted',
  'that',
  'is',
  'also',
  'around',
]);

const MAX_TEXT = 200_000_000;

/**
 * Finds money figures in English and German text, in text order, with the offsets of each whole phrase
 * (qualifier included). Runs in time linear in the text's length. The second figure of a reported
 * conversion ("£11bn (€12.68bn)", "£11bn, or roughly €12.7bn", "11 Mrd. Pfund (umgerechnet rund 12,7 Mrd.
 * Euro)") carries `convertedFrom`, the index of the first.
 *
 * Known limits (documented in docs/extraction.md): spelled-out numbers ("two billion") are not read; in
 * "a $15bn deal" the figure is "$15bn"; a bare "$" is the US dollar.
 *
 * @param text - any text
 * @param options - {@link ExtractOptions}
 * @returns the figures found
 * @throws {@link ReckonError} `INVALID_ARGUMENT` when `text` is not a string (or over 200 million
 *   characters)
 * @example
 * ```ts
 * const found = extractFigures('Nvidia investiert bis zu 11 Milliarden Pfund (12,68 Milliarden Euro) in Nscale.');
 * found.map((f) => text.slice(f.start, f.end)); // ['bis zu 11 Milliarden Pfund', '12,68 Milliarden Euro']
 * found[1].convertedFrom; // 0
 * ```
 */
export function extractFigures(text: string, options: ExtractOptions = {}): ExtractedFigure[] {
  if (typeof text !== 'string') {
    throw new ReckonError(
      'INVALID_ARGUMENT',
      `extractFigures needs a string, got ${text === null ? 'null' : typeof text}.`,
    );
  }
  if (text.length > MAX_TEXT) {
    throw new ReckonError('INVALID_ARGUMENT', `The text is longer than ${MAX_TEXT} characters; split it.`, {
      input: preview(text),
    });
  }
  const out: ExtractedFigure[] = [];
  const fixed = options.locale && options.locale !== 'auto' ? options.locale : undefined;
  // Sentences without a digit hold no figure: they are not even tokenized.
  for (const [from, to] of sentences(text)) {
    if (!hasDigit(text, from, to)) continue;
    const tokens = tokenize(text, from, to);
    const locale = fixed ?? guessLocale(tokens);
    const found: ExtractedFigure[] = [];
    const firsts: number[] = [];
    const ends: number[] = [];
    let i = 0;
    while (i < tokens.length) {
      const t = tokens[i] as Token;
      if (!canStart(t)) {
        i++;
        continue;
      }
      const m = matchFigure(tokens, t.text === '(' ? i + 1 : i, { locale, previous: tokens[i - 1] });
      if (isMatchFailure(m)) {
        i++;
        continue;
      }
      const first = tokens[m.first] as Token;
      const last = tokens[m.next - 1] as Token;
      const figure = figureFromMatch(m, text.slice(first.start, last.end));
      if (typeof figure !== 'string') {
        found.push({ ...figure, start: first.start, end: last.end, locale });
        firsts.push(m.first);
        ends.push(m.next);
      }
      i = m.next;
    }
    linkConversions(tokens, found, firsts, ends, out.length);
    out.push(...found);
  }
  return out;
}

/** Marks the second figure of "A (B)", "A, or B", "A (umgerechnet rund B)" as converted from A. */
function linkConversions(
  tokens: readonly Token[],
  figures: ExtractedFigure[],
  firsts: readonly number[],
  ends: readonly number[],
  offset: number,
): void {
  for (let k = 1; k < figures.length; k++) {
    const a = figures[k - 1] as ExtractedFigure;
    const b = figures[k] as ExtractedFigure;
    if (a.convertedFrom !== undefined || currencyCode(a.amount) === currencyCode(b.amount)) continue;
    const gap = tokens.slice(ends[k - 1], firsts[k]);
    if (gap.length > 4) continue;
    const open = gap[0]?.text === '(';
    const comma = gap[0]?.text === ',';
    const words = gap.slice(open || comma ? 1 : 0);
    if (
      !words.every((t) => t.kind === 'word' && CONVERSION_LINKS.has(t.text.toLowerCase().replace(/\.$/, '')))
    )
      continue;
    const linked = words.some((t) => /^(or|oder|bzw|beziehungsweise)$/i.test(t.text));
    if (open) {
      if (tokens[ends[k] ?? 0]?.text !== ')') continue;
    } else if (!linked) continue;
    figures[k] = { ...b, convertedFrom: offset + k - 1 };
  }
}

/**
 * Finds reported conversions in a text ("£11bn (€12.68bn)") as conversion snapshots ready for
 * `checkConversion` (add a date or a window).
 *
 * @param text - any text
 * @param options - {@link ExtractOptions}
 * @returns the pairs, in text order
 * @throws {@link ReckonError} `INVALID_ARGUMENT` when `text` is not a string
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
    if (from) out.push({ from, to: f });
  }
  return out;
}
