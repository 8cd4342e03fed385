import { writeDecimal } from '../_lib/decimal';
import { assertInteger, invalidArgument, optionalOneOf, readKnownOptions } from '../_lib/guards';
import { ReckonError } from '../errors/reckon-error';
import { isRatio, RATIO, type Ratio } from './ratio-arithmetic';

/** Rounding modes for {@link roundRatio}. */
export type RoundingMode = 'halfEven' | 'floor' | 'ceil' | 'down';

const ROUNDING_MODES: readonly RoundingMode[] = ['halfEven', 'floor', 'ceil', 'down'];

/** The most decimals {@link roundRatio} and {@link ratioToDecimal} write: far beyond any amount, short of a hang. */
const MAX_DIGITS = 10_000;

/** Options for {@link roundRatio}. */
export interface RoundRatioOptions {
  /** Decimals to keep: the result counts units of `10^-digits` (2 for cents). An integer from 0 to 10,000. */
  readonly digits: number;
  /** `halfEven` (default), `floor`, `ceil` or `down` (toward zero). @defaultValue 'halfEven' */
  readonly mode?: RoundingMode;
}

/**
 * Rounds a ratio to a whole number of `10^-digits` and returns that count as a bigint (not a ratio, not
 * a decimal): with `digits: 2`, 1/3 becomes `33n`, meaning 0.33.
 *
 * @param value - the ratio
 * @param options - {@link RoundRatioOptions}: `digits` (required) and `mode`
 * @returns the count of `10^-digits`, a bigint: `value × 10^digits`, rounded by `mode`
 * @throws {@link ReckonError} `INVALID_ARGUMENT` for a value that is not a ratio, options that are not
 *   an object, `options.digits` outside 0–10,000 or not an integer, or an unknown `options.mode`
 * @example
 * ```ts
 * roundRatio({ n: 1n, d: 3n }, { digits: 2 }); // 33n (0.33)
 * roundRatio({ n: 5n, d: 1000n }, { digits: 2 }); // 0n (0.005, half to even)
 * roundRatio({ n: 1n, d: 3n }, { digits: 2, mode: 'ceil' }); // 34n
 * ```
 */
export function roundRatio(value: Ratio, options: RoundRatioOptions): bigint {
  if (!isRatio(value)) throw invalidArgument('value', RATIO, value);
  const o = readKnownOptions(options, ['digits', 'mode'], 'roundRatio');
  const digits = assertInteger(o.digits, 'options.digits', 0, MAX_DIGITS);
  const mode = optionalOneOf(o.mode, ROUNDING_MODES, 'options.mode') ?? 'halfEven';
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
  return writeDecimal(roundRatio(value, { digits: maxDigits }), maxDigits, true);
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
  return writeDecimal(roundRatio(value, { digits }), digits, true);
}

/**
 * Converts a ratio to a JavaScript number for display only (basis points in a verdict). Never used for
 * amounts or for any decision: comparisons stay exact.
 */
export function ratioToApproxNumber(value: Ratio): number {
  return Number(ratioToDecimal(value, 6));
}
