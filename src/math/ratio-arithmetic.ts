import { invalidArgument } from '../_lib/guards';
import { ReckonError } from '../errors/reckon-error';

/**
 * An exact rational number `n / d` with `d > 0`, in lowest terms. Used for exchange rates and for every
 * computed quantity that must not be rounded (implied rates, converted sums).
 */
export interface Ratio {
  /** Numerator (carries the sign). */
  readonly n: bigint;
  /** Denominator, always positive. */
  readonly d: bigint;
}

/** What a ratio is, for messages. @internal */
export const RATIO = 'a ratio { n, d } of bigints with d > 0';

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

/**
 * Builds a ratio in lowest terms.
 *
 * @param n - numerator
 * @param d - denominator, not zero
 * @returns the reduced ratio
 * @throws {@link ReckonError} `INVALID_ARGUMENT` when `d` is zero or a part is not a bigint
 * @example
 * ```ts
 * ratio(6n, 4n); // { n: 3n, d: 2n }
 * ```
 */
export function ratio(n: bigint, d = 1n): Ratio {
  // Plain numbers would never reach 0n in gcd's loop: refuse them instead of hanging.
  if (typeof n !== 'bigint' || typeof d !== 'bigint') {
    throw new ReckonError('INVALID_ARGUMENT', `A ratio needs bigint parts, got ${typeof n} / ${typeof d}.`);
  }
  if (d === 0n) throw new ReckonError('INVALID_ARGUMENT', 'Division by zero.');
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const g = gcd(n, d);
  return g > 1n ? { n: n / g, d: d / g } : { n, d };
}

/** a + b */
export function ratioAdd(a: Ratio, b: Ratio): Ratio {
  return a.d === b.d ? ratio(a.n + b.n, a.d) : ratio(a.n * b.d + b.n * a.d, a.d * b.d);
}

/** a − b */
export function ratioSub(a: Ratio, b: Ratio): Ratio {
  return ratioAdd(a, { n: -b.n, d: b.d });
}

/** a × b */
export function ratioMul(a: Ratio, b: Ratio): Ratio {
  return ratio(a.n * b.n, a.d * b.d);
}

/** a ÷ b; throws `INVALID_ARGUMENT` when b is zero. */
export function ratioDiv(a: Ratio, b: Ratio): Ratio {
  return ratio(a.n * b.d, a.d * b.n);
}

/**
 * Compares a and b: −1, 0 or 1.
 *
 * @param a - a ratio
 * @param b - a ratio
 * @returns −1 when a < b, 0 when equal, 1 when a > b
 * @throws {@link ReckonError} `INVALID_ARGUMENT` when either is not a ratio of bigints with d > 0
 * @example
 * ```ts
 * ratioCmp(ratio(1n, 3n), ratio(1n, 2n)); // -1
 * ```
 */
export function ratioCmp(a: Ratio, b: Ratio): -1 | 0 | 1 {
  if (!isRatio(a)) throw invalidArgument('a', RATIO, a);
  if (!isRatio(b)) throw invalidArgument('b', RATIO, b);
  return compare(a, b);
}

/** {@link ratioCmp} without the checks, for ratios reckon built itself. */
function compare(a: Ratio, b: Ratio): -1 | 0 | 1 {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}

/** |a| */
export function ratioAbs(a: Ratio): Ratio {
  return a.n < 0n ? { n: -a.n, d: a.d } : a;
}

/** The smaller of a and b. */
export function ratioMin(a: Ratio, b: Ratio): Ratio {
  return compare(a, b) <= 0 ? a : b;
}

/** The larger of a and b. */
export function ratioMax(a: Ratio, b: Ratio): Ratio {
  return compare(a, b) >= 0 ? a : b;
}

/**
 * Whether a value is a ratio as reckon builds them: bigint parts, a positive denominator.
 *
 * @example
 * ```ts
 * isRatio({ n: 1n, d: 2n }); // true
 * isRatio({ n: 1, d: 2 }); // false
 * ```
 */
export function isRatio(value: unknown): value is Ratio {
  if (typeof value !== 'object' || value === null) return false;
  const { n, d } = value as { n?: unknown; d?: unknown };
  return typeof n === 'bigint' && typeof d === 'bigint' && d > 0n;
}
