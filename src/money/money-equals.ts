import { type Money, moneySnapshot } from './money';
import { rescale, toUnits } from './units';

/**
 * Whether a value is reckon money: a dinero.js object with a bigint amount, a scale of at least 0 and a
 * decimal currency (what {@link money} makes). Never throws: JSON forms, dinero snapshots,
 * number-based dinero objects and anything else are `false`.
 *
 * @param value - anything
 * @returns true for money
 * @example
 * ```ts
 * import { isMoney, money } from 'reckon';
 *
 * console.log(isMoney(money('12.5', 'EUR'))); // → true
 * console.log(isMoney({ amount: '12.5', currency: 'EUR' })); // → false
 * ```
 */
export function isMoney(value: unknown): value is Money {
  try {
    moneySnapshot(value, 'value');
    return true;
  } catch {
    // A forged object may throw anything from its toJSON: it is not money either way.
    return false;
  }
}

/**
 * Whether two amounts of money are the same: the same currency and the same amount, whatever the scale
 * (`12.5 EUR` at scale 2 equals `12.500 EUR` at scale 3). Money in different currencies is never equal
 * (no conversion happens here; see {@link convertMoney}). The answer is dinero.js's `equal`; unlike it,
 * `moneyEquals` first checks that both arguments are money and says which one is not.
 *
 * @param a - money
 * @param b - money
 * @returns true when currency and amount agree
 * @throws {@link ReckonError} `INVALID_ARGUMENT` when `a` or `b` is not money
 * @example
 * ```ts
 * import { money, moneyEquals } from 'reckon';
 *
 * console.log(moneyEquals(money('12.5', 'EUR'), money('12.500', 'EUR'))); // → true
 * console.log(moneyEquals(money('12.5', 'EUR'), money('12.5', 'GBP'))); // → false
 * ```
 */
export function moneyEquals(a: Money, b: Money): boolean {
  const x = toUnits(a, 'a');
  const y = toUnits(b, 'b');
  if (x.currency.code !== y.currency.code) return false;
  const scale = x.scale > y.scale ? x.scale : y.scale;
  return rescale(x, scale) === rescale(y, scale);
}
