import type { Token } from './lexer';
import { DASHES } from './lexicon';

/** A token in lower case; a word the word table does not know is '' (it equals no word of the grammar). */
export const lower = (t: Token | undefined): string =>
  t === undefined || (t.kind === 'word' && t.info === 0) ? '' : t.lower;

/** Groups phrases (word sequences) by their first word, longest first, for one lookup per token. */
export function byFirstWord<T>(phrases: readonly (readonly [readonly string[], T])[]) {
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

/** Whether the token at i is glued to the one before it (no space). @internal */
export function isGlued(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && !t.spaceBefore;
}

/** Reads a word sequence (each lower-cased word, a dot allowed after the last) at i. */
export function matchWords(
  tokens: readonly Token[],
  i: number,
  words: readonly string[],
): number | undefined {
  let j = i;
  for (const w of words) {
    const t = tokens[j];
    if (t?.kind !== 'word' || lower(t) !== w) return undefined;
    j++;
  }
  // "ca." / "approx.": swallow a glued dot after an abbreviation.
  const last = words[words.length - 1] ?? '';
  if ((last === 'ca' || last === 'approx' || last === 'c') && tokens[j]?.text === '.' && isGlued(tokens, j))
    j++;
  return j;
}

/** A dash token: a range connector or a minus sign. @internal */
export function isDash(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'punct' && DASHES.includes(t.text);
}

/**
 * A minus sign at j: a dash glued to what follows and not glued to a word or number before it —
 * "In 2024-$5bn" joins a year to an amount, "(-$5m)" and "a loss of -$5m" are negative.
 */
export function isMinus(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (!isDash(t) || !isGlued(tokens, j + 1)) return false;
  const before = tokens[j - 1];
  return (t as Token).spaceBefore || before === undefined || before.kind === 'punct';
}

/**
 * Characters that join two parts of a word as a hyphen does: the hyphen, the typographic and
 * non-breaking hyphens (U+2010, U+2011), and the invisible soft hyphen, zero-width space and word
 * joiner that CMSs put into long words ("$477\u00admillion" is "$477-million").
 */
const HYPHENS = '-\u2010\u2011\u00ad\u200b\u2060';

/** A hyphen glued to the tokens on both sides. */
export function isHyphen(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  return (
    t !== undefined &&
    t.text.length === 1 &&
    HYPHENS.includes(t.text) &&
    !t.spaceBefore &&
    isGlued(tokens, j + 1)
  );
}

/** Vulgar fractions ("½", "¾", "⅓"): a number glued to one is a fraction reckon does not read. */
const FRACTIONS = /^[\u00bc-\u00be\u2150-\u215e]$/;

/**
 * Whether the number at j is part of a fraction: glued to "½" or to "/" and digits ("1/2", "3/4"). It is
 * no figure: "£1½bn" read as £1, or "1/2 million" as 2 million, would be a wrong number.
 */
export function inFraction(tokens: readonly Token[], j: number): boolean {
  const after = tokens[j + 1];
  const before = tokens[j - 1];
  if (after && !after.spaceBefore) {
    if (FRACTIONS.test(after.text)) return true;
    if (after.text === '/' && tokens[j + 2]?.kind === 'num' && isGlued(tokens, j + 2)) return true;
  }
  return (
    before?.text === '/' &&
    !(tokens[j] as Token).spaceBefore &&
    !before.spaceBefore &&
    tokens[j - 2]?.kind === 'num'
  );
}
