/**
 * Converts a small bigint (a scale, an exponent, a digit count) to a number. Never used on amounts.
 * @internal
 */
export function smallInt(value: bigint): number {
  if (value > 1_000_000n || value < -1_000_000n) throw new RangeError('not a small integer');
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
