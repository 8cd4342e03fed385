import type { Token } from './lexer';
import type { FigureLanguage } from './types';
import { SPELLED_SCALE } from './words';

/** Words that make "won" after a number the verb: "3 million won the vote", "… won by a mile". */
const VERB_OBJECTS: ReadonlySet<string> = new Set(
  'the a an his her their its our my your this that these those by over out back against every each both'.split(
    ' ',
  ),
);

/** Names "Real" stands before that are no currency: the football clubs ("100 Millionen Real Madrid"). */
const REAL_CLUBS: ReadonlySet<string> = new Set(
  'madrid sociedad betis valladolid zaragoza mallorca oviedo'.split(' '),
);

/** Words after "Rand" that make it a name: the think tank, the bank ("5 million Rand Corporation"). */
const RAND_NAMES: ReadonlySet<string> = new Set(['corporation', 'corp', 'merchant', 'water']);

/** Whether the token before i is a scale word ("Milliarden", "Mio."). */
function afterScale(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  const word = before?.text === '.' ? tokens[i - 2] : before;
  return word !== undefined && (word.info & SPELLED_SCALE) !== 0;
}

/**
 * Whether a currency name of one word that is also an ordinary word, matched after a number at i (its
 * next token at `next`), is the currency here. "won" is not before an object ("3 million won the
 * vote"); "rand" is lower case, or "Rand" in German, and never before "Corporation"; "real" is money
 * only as the German noun "Real" after a scale word ("100 Milliarden Real", not "5 billion real
 * estate" nor "100 Millionen Real Madrid"). Every other name is the currency. @internal
 */
export function nameIsMoney(
  tokens: readonly Token[],
  i: number,
  next: number,
  language: FigureLanguage | undefined,
): boolean {
  const t = tokens[i] as Token;
  const after = tokens[next]?.kind === 'word' ? (tokens[next] as Token).lower : '';
  switch (t.lower) {
    case 'won':
      return !VERB_OBJECTS.has(after);
    case 'rand':
      return (t.text === 'rand' || (t.text === 'Rand' && language === 'de')) && !RAND_NAMES.has(after);
    case 'real':
      return t.text === 'Real' && afterScale(tokens, i) && !REAL_CLUBS.has(after);
    default:
      return true;
  }
}
