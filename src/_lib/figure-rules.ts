import { compare } from 'dinero.js/bigint';
import type { Money } from '../money/money';

/**
 * The rules a figure's money keeps, however the figure is read (`parseFigure`, `figureFromJSON`, the
 * schemas, which go through `figureFromJSON`): the upper end of a range is not below its lower end, and
 * the quantum is positive. Returns the broken rule, with the field it is about, or undefined. The money
 * is in one currency (the callers build it so).
 * @internal
 */
export function figureRuleBroken(
  amount: Money,
  max: Money | undefined,
  quantum: Money,
): { readonly field: 'max' | 'quantum'; readonly message: string } | undefined {
  if (max !== undefined && compare(max, amount) < 0) {
    return { field: 'max', message: 'the upper end of the range is below its lower end' };
  }
  if (quantum.toJSON().amount <= 0n) return { field: 'quantum', message: 'the quantum must be positive' };
  return undefined;
}
