import { matchAmount } from './grammar-amount';
import { matchQualifier } from './grammar-qualifiers';
import { finish, plausibleRange, resolved, resolveRange, resolveSingle } from './grammar-range';
import { isDash, isGlued, lower } from './grammar-tokens';
import type { FigureMatch, MatchFailure, MatchOptions } from './grammar-types';
import type { Token } from './lexer';
import {
  BETWEEN,
  CHANGE_VERBS,
  COST_SIGNALS,
  PARTICLE_VERBS,
  POSTFIX_QUALIFIERS,
  RANGE_WORDS,
} from './lexicon';
import type { Qualifier } from './types';
import { OPENS } from './words';

// The grammar in parts: types, tokens, currency, qualifiers, amounts, the number convention, ranges.
// This file matches a whole figure and is the one the rest of reckon imports.
export { isCode } from './grammar-currency';
export { hasQualifier } from './grammar-qualifiers';
export { isYear, magnitude } from './grammar-range';
export type {
  AmountMatch,
  DollarReading,
  FigureMatch,
  MatchFailure,
  MatchOptions,
  ResolvedAmount,
} from './grammar-types';

const CLOSING_QUOTES = '”"’\'«»“';

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
    if (!ofReading && !isParticle(tokens, i, q.word)) qualifier = q.qualifier;
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
  // "outlay up to Rs 1.11 lakh crore from Rs 97,000 crore": "up" is a rise, "to" leads to the new value.
  if (q?.word === 'up' && qualifier === 'upTo' && isRiseFrom(tokens, a.next, options)) qualifier = 'exact';
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

/**
 * Whether the qualifier word at i is the particle of the verb before it ("hand over $500m", "to take
 * over A$3 billion operator"), unless a word of cost stands shortly before ("it will take over $2bn").
 */
function isParticle(tokens: readonly Token[], i: number, word: string): boolean {
  const verbs = PARTICLE_VERBS.get(word);
  if (!verbs) return false;
  for (const verb of verbs) {
    const from = i - verb.length;
    if (from < 0 || !verb.every((w, k) => tokens[from + k]?.lower === w)) continue;
    for (let k = Math.max(0, from - 4); k < from; k++)
      if (COST_SIGNALS.has(tokens[k]?.lower ?? '')) return false;
    return true;
  }
  return false;
}

/** "from" and an amount at i: the old value of a rise ("up to $5.2bn from $4.8bn"). */
function isRiseFrom(tokens: readonly Token[], i: number, options: MatchOptions): boolean {
  if (lower(tokens[i]) !== 'from') return false;
  // An amount with a currency or a scale: "up to $5bn from 2026" is a ceiling from a year on.
  const old = matchAmount(tokens, i + 1, options);
  return old !== undefined && (old.currency !== undefined || old.scale !== undefined);
}

/** "rose from" before the token at i: the "to" after the amount joins an old value to a new one. */
function isChange(tokens: readonly Token[], i: number): boolean {
  return tokens[i - 1]?.lower === 'from' && CHANGE_VERBS.has(tokens[i - 2]?.lower ?? '');
}

/** Whether a result of {@link matchFigure} is a failure. @internal */
export function isMatchFailure(m: FigureMatch | MatchFailure): m is MatchFailure {
  return 'reason' in m;
}
