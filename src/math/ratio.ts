import { assertInteger, assertOneOf, assertString, invalidArgument } from '../_lib/guards';
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

const RATIO = 'a ratio { n, d } of bigints with d > 0';

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

const DECIMAL = /^([+-]?)(\d+)(?:\.(\d+))?$/;

/**
 * Reads a plain decimal string ("0.8675", "-12", "1.5") exactly. No exponents, no grouping.
 *
 * @param text - the decimal
 * @returns the ratio, or undefined when `text` is not a plain decimal
 * @example
 * ```ts
 * parseDecimalRatio('0.8675'); // { n: 347n, d: 400n }
 * ```
 */
export function parseDecimalRatio(text: string): Ratio | undefined {
  const m = DECIMAL.exec(text);
  if (!m) return undefined;
  const frac = m[3] ?? '';
  const n = BigInt((m[2] ?? '') + frac);
  return ratio(m[1] === '-' ? -n : n, 10n ** BigInt(frac.length));
}

/**
 * Reads "n/d" or a plain decimal string exactly.
 *
 * @param text - "0.8675", "1000/867" …
 * @returns the ratio, or undefined when unreadable (or a zero denominator)
 * @throws {@link ReckonError} `INVALID_ARGUMENT` when `text` is not a string
 * @example
 * ```ts
 * parseRatio('400/347'); // { n: 400n, d: 347n }
 * ```
 */
export function parseRatio(text: string): Ratio | undefined {
  assertString(text, 'text');
  const slash = text.indexOf('/');
  if (slash < 0) return parseDecimalRatio(text);
  const n = /^[+-]?\d+$/.test(text.slice(0, slash)) ? BigInt(text.slice(0, slash)) : undefined;
  const d = /^\d+$/.test(text.slice(slash + 1)) ? BigInt(text.slice(slash + 1)) : undefined;
  if (n === undefined || d === undefined || d === 0n) return undefined;
  return ratio(n, d);
}

/** Rounding modes for {@link roundRatio}. */
export type RoundingMode = 'halfEven' | 'floor' | 'ceil' | 'down';

const ROUNDING_MODES: readonly RoundingMode[] = ['halfEven', 'floor', 'ceil', 'down'];

/** The most decimals {@link roundRatio} and {@link ratioToDecimal} write: far beyond any amount, short of a hang. */
const MAX_DIGITS = 10_000;

/**
 * Rounds a ratio to an integer count of `10^-digits`, e.g. to the cent with `digits = 2`.
 *
 * @param value - the ratio
 * @param digits - decimals to keep, an integer from 0 to 10,000
 * @param mode - `halfEven` (default), `floor`, `ceil` or `down` (toward zero)
 * @throws {@link ReckonError} `INVALID_ARGUMENT` for a value that is not a ratio, digits outside 0–10,000
 *   or not an integer, or an unknown mode
 * @returns the scaled integer
 * @example
 * ```ts
 * roundRatio({ n: 1n, d: 3n }, 2); // 33n (0.33)
 * roundRatio({ n: 5n, d: 1000n }, 2); // 0n (0.005, half to even)
 * ```
 */
export function roundRatio(value: Ratio, digits: number, mode: RoundingMode = 'halfEven'): bigint {
  if (!isRatio(value)) throw invalidArgument('value', RATIO, value);
  assertInteger(digits, 'digits', 0, MAX_DIGITS);
  assertOneOf(mode, ROUNDING_MODES, 'mode');
  const num = value.n * 10n ** BigInt(digits);
  const d = value.d;
  let q = num / d; // truncates toward zero
  const r = num - q * d;
  if (r === 0n) return q;
  const negative = num < 0n;
  switch (mode) {
    case 'down':
      return q;
    case 'floor':
      return negative ? q - 1n : q;
    case 'ceil':
      return negative ? q : q + 1n;
    case 'halfEven': {
      const twice = (r < 0n ? -r : r) * 2n;
      if (twice > d || (twice === d && q % 2n !== 0n)) q += negative ? -1n : 1n;
      return q;
    }
  }
}

/** Writes a scaled integer (`units / 10^digits`) as a decimal string. @internal */
export function scaledToDecimal(units: bigint, digits: number): string {
  const negative = units < 0n;
  const s = (negative ? -units : units).toString();
  if (digits <= 0) return (negative ? '-' : '') + s + '0'.repeat(-digits);
  const padded = s.padStart(digits + 1, '0');
  const text = `${padded.slice(0, -digits)}.${padded.slice(-digits)}`;
  return negative ? `-${text}` : text;
}

/**
 * Writes a ratio as a decimal string: exactly when it terminates within `maxDigits`, else rounded
 * half-even to `maxDigits` decimals. Trailing zeros are removed.
 *
 * @example
 * ```ts
 * ratioToDecimal({ n: 347n, d: 400n }); // '0.8675'
 * ratioToDecimal({ n: 1n, d: 3n }, 4); // '0.3333'
 * ```
 */
export function ratioToDecimal(value: Ratio, maxDigits = 12): string {
  assertInteger(maxDigits, 'maxDigits', 0, MAX_DIGITS);
  const text = scaledToDecimal(roundRatio(value, maxDigits), maxDigits);
  return trimDecimal(text);
}

/** Removes trailing fraction zeros (and a bare point) from a decimal string. @internal */
export function trimDecimal(text: string): string {
  if (!text.includes('.')) return text;
  const trimmed = text.replace(/0+$/, '').replace(/\.$/, '');
  return trimmed === '-0' ? '0' : trimmed;
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

/** Whether the ratio has a finite decimal expansion (denominator of the form 2^a·5^b). */
export function isTerminating(value: Ratio): boolean {
  // A zero denominator would divide by 2 forever.
  if (!isRatio(value)) throw new ReckonError('INVALID_ARGUMENT', 'Not a ratio with a positive denominator.');
  let d = value.d;
  while (d % 2n === 0n) d /= 2n;
  while (d % 5n === 0n) d /= 5n;
  return d === 1n;
}

/**
 * Writes a ratio exactly: a decimal string when it terminates, "n/d" otherwise.
 * {@link parseRatio} reads both back.
 *
 * @throws {@link ReckonError} `INVALID_ARGUMENT` for a value that is not a ratio (plain numbers, a zero
 *   or negative denominator)
 *
 * @example
 * ```ts
 * ratioToString({ n: 347n, d: 400n }); // '0.8675'
 * ratioToString({ n: 400n, d: 347n }); // '400/347'
 * ```
 */
export function ratioToString(value: Ratio): string {
  if (!isTerminating(value)) return `${value.n}/${value.d}`;
  let digits = 0;
  let d = value.d;
  while (d > 1n) {
    digits++;
    d = d % 10n === 0n ? d / 10n : d % 5n === 0n ? d / 5n : d / 2n;
  }
  // digits is an upper bound on the places needed; roundRatio is exact here.
  return trimDecimal(scaledToDecimal(roundRatio(value, digits), digits));
}

/**
 * Converts a ratio to a JavaScript number for display only (basis points in a verdict). Never used for
 * amounts or for any decision: comparisons stay exact.
 */
export function ratioToApproxNumber(value: Ratio): number {
  return Number(ratioToDecimal(value, 6));
}

/**
 * Reads a finite JavaScript number given by a caller (a tolerance in basis points) exactly as written.
 * @throws {@link ReckonError} `INVALID_ARGUMENT` for NaN or infinities
 */
export function ratioFromNumber(value: number, name: string): Ratio {
  if (!Number.isFinite(value)) {
    throw new ReckonError('INVALID_ARGUMENT', `${name} must be a finite number, got ${value}.`);
  }
  const text = String(value);
  const exp = /^(-?\d+(?:\.\d+)?)e([+-]\d+)$/.exec(text);
  if (exp) {
    const base = parseDecimalRatio(exp[1] ?? '0') ?? ratio(0n);
    const e = BigInt(exp[2] ?? '0');
    return e >= 0n ? ratioMul(base, ratio(10n ** e)) : ratioDiv(base, ratio(10n ** -e));
  }
  return parseDecimalRatio(text) ?? ratio(0n);
}
