/**
 * An exact interval sum in one currency, as integer units at a scale: the accumulator of aggregation.
 * Unbounded ends are counted, never dropped: one unbounded contribution makes the sum unbounded.
 *
 * Exact contributions (low = high) go into `point` once instead of into both ends, which halves the
 * bigint work for the commonest figures; the ends are `point + low` and `point + high`.
 * @internal
 */
export interface IntervalSum {
  scale: bigint;
  point: bigint;
  low: bigint;
  high: bigint;
  unboundedLow: number;
  unboundedHigh: number;
  lowExclusive: boolean;
  highExclusive: boolean;
  /** Some contribution's low end is below zero: without a rate for it, the converted low is unknown. */
  negativeLow: boolean;
  /** How many contributions. */
  count: number;
}

/** An empty sum. @internal */
export function emptySum(scale = 0n): IntervalSum {
  return {
    scale,
    point: 0n,
    low: 0n,
    high: 0n,
    unboundedLow: 0,
    unboundedHigh: 0,
    lowExclusive: false,
    highExclusive: false,
    negativeLow: false,
    count: 0,
  };
}

/** The lower end of a sum (ignoring unboundedness, which callers check). @internal */
export function sumLow(sum: IntervalSum): bigint {
  return sum.point + sum.low;
}

/** The upper end of a sum (ignoring unboundedness, which callers check). @internal */
export function sumHigh(sum: IntervalSum): bigint {
  return sum.point + sum.high;
}

/** Raises a sum's scale (exact). */
function raise(sum: IntervalSum, scale: bigint): void {
  const f = 10n ** (scale - sum.scale);
  sum.point *= f;
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
  if (low !== null && low < 0n) sum.negativeLow = true;
  if (low !== null && low === high) {
    sum.point += f === 1n ? low : low * f;
  } else {
    if (low === null) sum.unboundedLow++;
    else if (low !== 0n) sum.low += f === 1n ? low : low * f;
    if (high === null) sum.unboundedHigh++;
    else if (high !== 0n) sum.high += f === 1n ? high : high * f;
  }
  if (!lowInclusive) sum.lowExclusive = true;
  if (!highInclusive) sum.highExclusive = true;
  sum.count++;
}

/**
 * Adds an exact amount (`exact`) or an "up to" amount, at least zero and at the sum's own scale: the
 * common case, with one bigint addition. Returns false, adding nothing, when the scales differ.
 * @internal
 */
export function addPlain(sum: IntervalSum, exact: boolean, value: bigint, scale: bigint): boolean {
  if (scale !== sum.scale) return false;
  if (exact) sum.point += value;
  else sum.high += value;
  sum.count++;
  return true;
}

/** Adds one sum into another, in place. @internal */
export function mergeSum(into: IntervalSum, from: IntervalSum): void {
  if (from.scale > into.scale) raise(into, from.scale);
  const f = from.scale < into.scale ? 10n ** (into.scale - from.scale) : 1n;
  into.point += from.point * f;
  into.low += from.low * f;
  into.high += from.high * f;
  into.unboundedLow += from.unboundedLow;
  into.unboundedHigh += from.unboundedHigh;
  if (from.lowExclusive) into.lowExclusive = true;
  if (from.highExclusive) into.highExclusive = true;
  if (from.negativeLow) into.negativeLow = true;
  into.count += from.count;
}
