import { ReckonError } from '../errors/reckon-error';

const MAX = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Converts a small bigint (a scale, an exponent, a digit count) to a number. Never used on amounts.
 * Scales come from digit counts of strings, so any real one fits; a forged one beyond 2^53 is refused.
 * @internal
 */
export function smallInt(value: bigint): number {
  if (value > MAX || value < -MAX) {
    throw new ReckonError(
      'INVALID_MONEY',
      `A scale or exponent of ${value.toString().length} digits is not supported.`,
    );
  }
  return Number(value);
}

const POWERS: bigint[] = [];

/** 10^n as a bigint, cached for small n (scales and exponents are small and repeat). @internal */
export function pow10(n: number): bigint {
  if (n < 0 || n > 64) return 10n ** BigInt(n);
  let p = POWERS[n];
  if (p === undefined) {
    p = 10n ** BigInt(n);
    POWERS[n] = p;
  }
  return p;
}
