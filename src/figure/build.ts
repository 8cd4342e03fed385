import { compare } from 'dinero.js/bigint';
import { findCurrency } from '../money/currencies';
import { type Money, money } from '../money/money';
import type { AmountMatch, FigureMatch } from './grammar';
import type { Figure } from './types';

/** Digits × 10^exp as an exact decimal string. */
function shift(digits: string, exp: number): string {
  const trimmed = digits.replace(/^0+(?=\d)/, '');
  if (exp >= 0) return trimmed === '0' ? '0' : trimmed + '0'.repeat(exp);
  const padded = trimmed.padStart(-exp + 1, '0');
  return `${padded.slice(0, exp)}.${padded.slice(exp)}`;
}

/** The value and quantum of a written amount, as money. @internal */
export function amountToMoney(a: AmountMatch & { readonly currency: string; readonly scale: number }): {
  value: Money;
  quantum: Money;
} {
  const exp = a.scale - a.frac.length;
  const text = shift(a.int + a.frac, exp);
  const value = money(a.negative && /[1-9]/.test(text) ? `-${text}` : text, a.currency);
  const quantum = money(shift('1', exp), a.currency);
  return { value, quantum };
}

/** Builds a Figure from a grammar match. Returns a reason when the match cannot be a figure. @internal */
export function figureFromMatch(match: FigureMatch, text: string | undefined): Figure | string {
  if (!findCurrency(match.low.currency)) return `unknown currency ${match.low.currency}`;
  const low = amountToMoney(match.low);
  if (!match.high) {
    return text === undefined
      ? { amount: low.value, qualifier: match.qualifier, quantum: low.quantum }
      : { amount: low.value, qualifier: match.qualifier, quantum: low.quantum, text };
  }
  const high = amountToMoney(match.high);
  if (compare(high.value, low.value) < 0) return 'the upper end of the range is below its lower end';
  const quantum = compare(high.quantum, low.quantum) < 0 ? high.quantum : low.quantum;
  const figure: Figure = { amount: low.value, max: high.value, qualifier: 'range', quantum };
  return text === undefined ? figure : { ...figure, text };
}
