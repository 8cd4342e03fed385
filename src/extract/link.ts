import type { Token } from '../figure/lexer';

/** What linking needs to know of an extracted figure; the linker sets the last three fields. @internal */
export interface Linked {
  readonly code: string;
  /** The figure's index among all figures of the text. */
  readonly index: number;
  /** Its first token and the token just past it, in the current token list; -1 when not in it. */
  first: number;
  next: number;
  /** The index of the figure it was converted from: the first figure of its chain. */
  convertedFrom: number | undefined;
  /** The currency of the first figure of its chain (its own when it starts one). */
  rootCode: string;
  /** It was linked inside brackets ("£11bn (€12.68bn, $14.9bn)"), where a list goes on linking. */
  inBracket: boolean;
  /**
   * For a prior-year value inside another figure's phrase ("201,5 (12,9) Millionen Euro"), that figure's
   * index: a conversion after the phrase converts it, not the value inside.
   */
  within?: number | undefined;
}

/**
 * Words that may stand between a figure and its conversion ("(umgerechnet rund …)", ", or about …"),
 * each with whether it makes a pair without brackets on its own (a strong link: "85,4 Mrd. Dollar,
 * umgerechnet 78 Mrd. Euro") or links only inside brackets or beside a strong one ("at today's rate").
 */
const LINK_WORDS: ReadonlyMap<string, boolean> = new Map([
  ['or', true],
  ['oder', true],
  // "bzw." is mostly "respectively" ("300 Mio. Franken bzw. 250 Mio. Euro Umsatz" of two subsidiaries):
  // it links inside brackets only.
  ['bzw', false],
  ['beziehungsweise', false],
  ['umgerechnet', true],
  ['equivalent', true],
  ['equivalently', true],
  ['equates', true],
  ['equating', true],
  ['equal', true],
  ['equals', true],
  ['equalling', true],
  ['equaling', true],
  ['converted', true],
  ['translating', true],
  ['translates', true],
  ['i.e', true],
  ['ie', true],
  ['to', false],
  ['into', false],
  ['that', false],
  ['is', false],
  ['also', false],
  ['which', false],
  ['the', false],
  ['of', false],
  ['aktuell', false],
  ['derzeit', false],
  ['currently', false],
  ['nach', false],
  ['aktuellem', false],
  ['heutigem', false],
  ['kurs', false],
  ['zum', false],
  ['aktuellen', false],
  ['wechselkurs', false],
  ['at', false],
  ['current', false],
  ['today', false],
  ['todays', false],
  ['exchange', false],
  ['rates', false],
  ['rate', false],
]);

/** Words that go on a list of conversions inside brackets: "(€12.68bn or $14.9bn)". */
const LIST_WORDS: ReadonlySet<string> = new Set(['and', 'und', 'or', 'oder', 'bzw', 'beziehungsweise']);

/** What may follow the converted figure inside brackets: the bracket's end or the list's next item. */
const BRACKET_FOLLOWERS: ReadonlySet<string> = new Set([')', ']', ',', ';', '/', ...LIST_WORDS]);

const LEADING_PUNCT: ReadonlySet<string> = new Set([',', '—', '–', '-']);

/**
 * Words that name the rate after a converted figure inside brackets: "(about £1.1bn at current exchange
 * rates)", "(€100m at today's rates)", "(rund 900 Mio. Euro nach aktuellem Kurs)".
 */
const RATE_AFTER: ReadonlySet<string> = new Set([
  'at',
  'current',
  'today',
  'todays',
  's',
  'exchange',
  'rates',
  'rate',
  'prevailing',
  'nach',
  'zum',
  'aktuellem',
  'aktuellen',
  'heutigem',
  'heutigen',
  'kurs',
  'wechselkurs',
  'tageskurs',
]);
const RATE_NOUNS: ReadonlySet<string> = new Set(['rates', 'rate', 'kurs', 'wechselkurs', 'tageskurs']);

/** The token after a rate named after the figure ending at i and before ")" ("at current rates"), or i. */
function afterRate(tokens: readonly Token[], i: number): number {
  let k = i;
  let noun = false;
  while (k < i + 6) {
    const t = tokens[k];
    if (t?.kind === 'word' && RATE_AFTER.has(t.lower)) noun ||= RATE_NOUNS.has(t.lower);
    else if (!(t?.text === "'" || t?.text === '’')) break;
    k++;
  }
  return noun && (tokens[k]?.text === ')' || tokens[k]?.text === ']') ? k : i;
}

const ABBREVIATED: ReadonlySet<string> = new Set(['bzw', 'i.e', 'ie', 'ca', 'approx']);

const lower = (t: Token | undefined): string => (t ? t.lower : '');
const isOpening = (t: Token | undefined): boolean => t?.text === '(' || t?.text === '[';

/** The words between two figures: whether they link them, and how. */
function readGap(
  tokens: readonly Token[],
  from: number,
  to: number,
): { bracket: boolean; strong: boolean; list: boolean } | undefined {
  if (from < 0 || to < from || to - from > 8) return undefined;
  let k = from;
  let bracket = false;
  let list = false;
  // Reuters: "for A$10.2 billion. ($7.66 billion)": a full stop glued to the figure, then the bracket.
  if (to - k >= 2 && tokens[k]?.text === '.' && !tokens[k]?.spaceBefore && isOpening(tokens[k + 1])) k++;
  const first = tokens[k];
  if (k < to && first && isOpening(first)) {
    bracket = true;
    k++;
  } else if (k < to && first && LEADING_PUNCT.has(first.text)) {
    list = first.text === ',';
    k++;
  }
  let strong = false;
  for (; k < to; k++) {
    const t = tokens[k] as Token;
    // "($1 = 0.6566 pounds)", "1 euro=S$1.60": a rate written as two amounts.
    if (t.text === '=') strong = true;
    else if (t.kind === 'word') {
      const w = t.lower;
      if (LIST_WORDS.has(w)) list = true;
      const link = LINK_WORDS.get(w);
      if (link) strong = true;
      else if (link === undefined && !LIST_WORDS.has(w)) return undefined;
    } else if (t.text === '.' && !t.spaceBefore && ABBREVIATED.has(lower(tokens[k - 1]))) {
    } else if (t.text === ',' || t.text === ';') list = true;
    else return undefined;
  }
  return { bracket, strong, list };
}

/**
 * Links figure b to the figure before it, a, when b reports a's amount in another currency: "A (B)",
 * "A (umgerechnet rund B)", "A, or B", "A—which equates to B", "A, umgerechnet B", and the next items of
 * a chain ("A, or B, or C"; "A (B, C)"), which all point at the chain's first figure.
 * @internal
 */
export function linkConversion(tokens: readonly Token[], a: Linked, b: Linked): void {
  if (a.next < 0 || b.first < 0 || b.code === a.code || b.code === a.rootCode) return;
  const gap = readGap(tokens, a.next, b.first);
  if (!gap) return;
  const root = a.convertedFrom ?? a.within ?? a.index;
  if (gap.bracket) {
    if (!BRACKET_FOLLOWERS.has(lower(tokens[afterRate(tokens, b.next)]))) return;
    link(b, root, a.rootCode, true);
  } else if (gap.strong || (a.inBracket && a.convertedFrom !== undefined && gap.list)) {
    link(b, root, a.rootCode, a.inBracket && !gap.strong);
  }
}

function link(b: Linked, root: number, rootCode: string, inBracket: boolean): void {
  b.convertedFrom = root;
  b.rootCode = rootCode;
  b.inBracket = inBracket;
}

/** Figures of one currency joined as a list ("£1bn and £2bn", "£1bn, £2bn and £3bn"). */
function joinedAsList(tokens: readonly Token[], a: Linked, b: Linked): boolean {
  if (a.next < 0 || b.first < a.next || b.first - a.next > 2) return false;
  for (let k = a.next; k < b.first; k++) {
    const w = lower(tokens[k]);
    if (w !== ',' && w !== 'and' && w !== 'und' && w !== '&') return false;
  }
  return true;
}

/**
 * "£1bn and £2bn ($1.3bn and $2.6bn respectively)": when "respectively" follows a list of figures in
 * one currency that comes right after a list as long in another, each figure of the second list is
 * linked to its counterpart in the first. Looks at the last figures of `held` only.
 * @internal
 */
export function linkRespectively(tokens: readonly Token[], held: readonly Linked[]): void {
  const y = held[held.length - 1];
  if (!y || y.next < 0) return;
  let k = y.next;
  while (tokens[k]?.text === ',' || tokens[k]?.text === ')') k++;
  if (lower(tokens[k]) !== 'respectively') return;
  let n = 1;
  const last = held.length - 1;
  while (
    n < last &&
    held[last - n]?.code === y.code &&
    joinedAsList(tokens, held[last - n] as Linked, held[last - n + 1] as Linked)
  )
    n++;
  const firstY = last - n + 1;
  const firstX = firstY - n;
  if (n < 2 || firstX < 0) return;
  const xs = held.slice(firstX, firstY);
  const code = xs[0]?.code;
  if (code === y.code || xs.some((x) => x.code !== code)) return;
  for (let i = 1; i < n; i++) if (!joinedAsList(tokens, xs[i - 1] as Linked, xs[i] as Linked)) return;
  const gap = readGap(tokens, (xs[n - 1] as Linked).next, (held[firstY] as Linked).first);
  if (!gap || !(gap.bracket || gap.strong || gap.list)) return;
  for (let i = 0; i < n; i++) {
    const x = xs[i] as Linked;
    link(held[firstY + i] as Linked, x.index, x.code, gap.bracket);
  }
}
