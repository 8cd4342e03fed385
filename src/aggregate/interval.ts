/**
 * An exact interval sum in one currency, as integer units at a scale: the accumulator of aggregation.
 * Unbounded ends are counted, never dropped: one unbounded contribution makes the sum unbounded.
 * @internal
 */
export interface IntervalSum {
  scale: bigint;
  low: bigint;
  high: bigint;
  unboundedLow: number;
  unboundedHigh: number;
  lowExclusive: boolean;
  highExclusive: boolean;
  /** How many contributions. */
  count: number;
}

/** An empty sum. @internal */
export function emptySum(scale = 0n): IntervalSum {
  return {
    scale,
    low: 0n,
    high: 0n,
    unboundedLow: 0,
    unboundedHigh: 0,
    lowExclusive: false,
    highExclusive: false,
    count: 0,
  };
}

/** Raises a sum's scale (exact). */
function raise(sum: IntervalSum, scale: bigint): void {
  if (scale <= sum.scale) return;
  const f = 10n ** (scale - sum.scale);
  sum.low *= f;
  sum.high *= f;
  sum.scale = scale;
}

/** Adds [low, high] at `scale` to a sum, in place. @internal */
export function addToSum(
  sum: IntervalSum,
  low: bigint | null,
  high: bigint | null,
  scale: bigint,
  lowInclusive: boolean,
  highInclusive: boolean,
): void {
  if (scale > sum.scale) raise(sum, scale);
  const f = scale < sum.scale ? 10n ** (sum.scale - scale) : 1n;
  if (low === null) sum.unboundedLow++;
  else sum.low += f === 1n ? low : low * f;
  if (high === null) sum.unboundedHigh++;
  else sum.high += f === 1n ? high : high * f;
  if (!lowInclusive) sum.lowExclusive = true;
  if (!highInclusive) sum.highExclusive = true;
  sum.count++;
}

/** Adds one sum into another, in place. @internal */
export function mergeSum(into: IntervalSum, from: IntervalSum): void {
  addToSum(into, from.low, from.high, from.scale, !from.lowExclusive, !from.highExclusive);
  into.unboundedLow += from.unboundedLow;
  into.unboundedHigh += from.unboundedHigh;
  into.count += from.count - 1;
}
