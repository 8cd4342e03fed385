import { compare, dinero } from 'dinero.js/bigint';
import { figureRuleBroken } from '../_lib/figure-rules';
import { pow10, smallInt } from '../math/small';
import { type Currency, knownCurrency } from '../money/currencies';
import type { Money } from '../money/money';
import type { FigureMatch, ResolvedAmount } from './grammar';
import type { Figure } from './types';

/**
 * The value and quantum of a written amount, as money: digits × 10^(scale − decimals), built from
 * integer units directly (no decimal string round trip). A number written in words ("zwei Milliarden")
 * has a quantum of one unit of its scale word, or without one of its lowest place ("zweitausend"). @internal
 */
export function amountToMoney(
  a: ResolvedAmount,
  currency: Currency,
  quantumOf: (currency: Currency, exp: number, scale: number) => Money = makeQuantum,
  make: (amount: bigint, currency: Currency, scale: bigint) => Money = makeMoney,
): { value: Money; quantum: Money } {
  const exp = a.scale - a.frac.length;
  // In words: one unit of the scale word ("zwei Milliarden"), or of the lowest place named ("zweitausend").
  const qExp = a.spelled ? Math.max(a.scale, a.place) : exp;
  const digits = BigInt(a.frac === '' ? a.int : a.int + a.frac);
  const signed = a.negative ? -digits : digits;
  // Units at the currency's exponent (or finer, for more decimals than it has): no trimming needed.
  const e = smallInt(currency.exponent);
  const scale = Math.max(e, -exp, -qExp);
  const shift = exp + scale;
  const value = make(shift === 0 ? signed : signed * pow10(shift), currency, BigInt(scale));
  return { value, quantum: quantumOf(currency, qExp, scale) };
}

function makeMoney(amount: bigint, currency: Currency, scale: bigint): Money {
  return dinero({ amount, currency, scale });
}

/** 10^exp as money at a scale. @internal */
export function makeQuantum(currency: Currency, exp: number, scale: number): Money {
  return dinero({ amount: pow10(exp + scale), currency, scale: BigInt(scale) });
}

/** Builds a Figure from a grammar match. Returns a reason when the match cannot be a figure. @internal */
export function figureFromMatch(match: FigureMatch, text: string | undefined): Figure | string {
  const currency = knownCurrency(match.low.currency);
  if (!currency) return `unknown currency ${match.low.currency}`;
  const low = amountToMoney(match.low, currency);
  if (!match.high) {
    return text === undefined
      ? { amount: low.value, qualifier: match.qualifier, quantum: low.quantum }
      : { amount: low.value, qualifier: match.qualifier, quantum: low.quantum, text };
  }
  const high = amountToMoney(match.high, currency);
  const quantum = compare(high.quantum, low.quantum) < 0 ? high.quantum : low.quantum;
  const broken = figureRuleBroken(low.value, high.value, quantum);
  if (broken) return broken.message;
  const figure: Figure = { amount: low.value, max: high.value, qualifier: 'range', quantum };
  return text === undefined ? figure : { ...figure, text };
}
