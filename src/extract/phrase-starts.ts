/** Which tokens may open a figure phrase, and how far before its number a phrase may start. @internal */
import { type FigureMatch, isMatchFailure, type MatchOptions, matchFigure } from '../figure/grammar';
import type { Token } from '../figure/lexer';
import { NUMBER_WORD, OPENS, SPELLED_SCALE } from '../figure/words';

/** Tokens of `text` that may open a figure phrase; others are skipped at once. */
export function canStart(text: string, t: Token): boolean {
  if (t.kind === 'num' || t.kind === 'sym') return true;
  if (t.kind === 'punct') {
    // A minus sign: "-", "–", "—", "−" (read from the text: a punctuation token is not sliced for this).
    const c = text.charCodeAt(t.start);
    // Or a qualifier sign: ">", "<", "~", "≈", "≥", "≤".
    return (
      c === 45 ||
      c === 0x2013 ||
      c === 0x2014 ||
      c === 0x2212 ||
      c === 62 ||
      c === 60 ||
      c === 126 ||
      c === 0x2248 ||
      c === 0x2265 ||
      c === 0x2264
    );
  }
  return (t.info & (OPENS | SPELLED_SCALE | NUMBER_WORD)) !== 0;
}

/**
 * Tokens from the start of a phrase to its number: at most a qualifier of four words, a quote, an inner
 * "about" of four, a minus and a currency of three, or the words of a number before its scale word.
 */
export const REACH = 14;

/** A number: digits, a scale word after a number in words, or a number in words that ends on a place. */
export function isNumber(t: Token): boolean {
  return t.kind === 'num' || (t.info & (SPELLED_SCALE | NUMBER_WORD)) !== 0;
}

/** A number in words before the scale word at i: tried from the earliest start, after `from`. */
export function spelledBefore(
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
