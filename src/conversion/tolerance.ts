import { assertString, hasOwn } from '../_lib/guards';

/** One-day ECB moves, 90th percentile 2024–2025, in basis points; other pairs get 100. */
const DEFAULT_TOLERANCE: Readonly<Record<string, number>> = { 'EUR/GBP': 44, 'GBP/USD': 67, 'EUR/USD': 70 };

/**
 * The default tolerance for a pair, in basis points (order does not matter).
 *
 * @param a - one currency code
 * @param b - the other
 * @returns EUR/GBP 44, GBP/USD 67, EUR/USD 70, any other pair 100
 * @throws {@link ReckonError} `INVALID_ARGUMENT` when a code is not a string
 * @example
 * ```ts
 * defaultToleranceBps('GBP', 'EUR'); // 44
 * ```
 */
export function defaultToleranceBps(a: string, b: string): number {
  assertString(a, 'a');
  assertString(b, 'b');
  const key = a < b ? `${a}/${b}` : `${b}/${a}`;
  return hasOwn(DEFAULT_TOLERANCE, key) ? (DEFAULT_TOLERANCE[key] as number) : 100;
}
