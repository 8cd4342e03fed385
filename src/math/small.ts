/**
 * Converts a small bigint (a scale, an exponent, a digit count) to a number. Never used on amounts.
 * @internal
 */
export function smallInt(value: bigint): number {
  if (value > 1_000_000n || value < -1_000_000n) throw new RangeError('not a small integer');
  return Number(value);
}
