/** Words around an amount without a currency that decide what it is set against. @internal */
import type { Token } from '../figure/lexer';
import { SPELLED_SCALE } from '../figure/words';

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
  // "mit 9,9 statt 6,8 Milliarden Euro", "9.9 instead of 6.8 billion euros": the new value and the old.
  ['statt'],
  ['anstatt'],
  ['instead', 'of'],
  ['rather', 'than'],
  // "auf 16,3 Millionen nach 20,7 Millionen Franken": this year's value and last year's.
  ['nach'],
];

/** Words before a number that make it a label, not an amount: "Kapitel 3 und 5 Mio. Euro". */
export const LABELS: ReadonlySet<string> = new Set(
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
export function carriedConnector(tokens: readonly Token[], i: number): number {
  return phraseAt(tokens, i, CARRIED_BEFORE);
}

/** Whether the words at i make the amount before them a prior period's value ("im Vorjahr"). */
export function isPriorPeriod(tokens: readonly Token[], i: number): boolean {
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

/** Words that label a bracketed prior-year value: "743,6 (VJ 788,3) Mio CHF", "(Vorjahr: 190,2)". */
const PRIOR_LABELS: ReadonlySet<string> = new Set(['vj', 'vorjahr']);

/**
 * A prior-year value in brackets at i: "(12,9)", "(VJ 788,3)", "(Vj.: 190,2)", "(Vorjahr 190,2)", or
 * with the scale word inside ("(9,494 million)", `inside`). Returns the index of its number and of the
 * closing bracket, or undefined.
 */
export function priorBracket(
  tokens: readonly Token[],
  i: number,
): { num: number; close: number; inside: boolean } | undefined {
  if (tokens[i]?.text !== '(') return undefined;
  let k = i + 1;
  if (PRIOR_LABELS.has(tokens[k]?.lower ?? '')) {
    k++;
    if (tokens[k]?.text === '.') k++;
    if (tokens[k]?.text === ':') k++;
  }
  if (tokens[k]?.kind !== 'num') return undefined;
  if (tokens[k + 1]?.text === ')') return { num: k, close: k + 1, inside: false };
  // "SEK 9,673 (9,494 million)": the scale word of both amounts inside the bracket.
  if (((tokens[k + 1]?.info ?? 0) & SPELLED_SCALE) === 0) return undefined;
  const close = tokens[k + 2]?.text === '.' ? k + 3 : k + 2;
  return tokens[close]?.text === ')' ? { num: k, close, inside: true } : undefined;
}
