import { type Ratio, ratioCmp } from '../math/ratio';
import { type Iv, isPointIv } from './interval';

/** A point on the line with an infinitesimal offset, so that open ends compare exactly. */
interface Point {
  /** −1: −∞, 1: +∞, 0: a finite value. */
  readonly inf: -1 | 0 | 1;
  readonly v: Ratio | null;
  /** The offset from v in infinitesimals ε (negative: below v). */
  readonly e: number;
}

function cmpPoint(a: Point, b: Point): number {
  if (a.inf !== b.inf) return a.inf - b.inf;
  if (a.inf !== 0 || !a.v || !b.v) return 0;
  return ratioCmp(a.v, b.v) || a.e - b.e;
}

// Agreement as intersectIv has it (review G3): the closed end of a range is moved in by ε, its open
// end by 3ε, and a single value widened by 2ε, so that ranges touching at one value share nothing,
// while a single value still meets a range holding it (not an open end).
const lowPoint = (iv: Iv): Point =>
  iv.lo === null
    ? { inf: -1, v: null, e: 0 }
    : { inf: 0, v: iv.lo, e: isPointIv(iv) ? -2 : iv.loInc ? 1 : 3 };
const highPoint = (iv: Iv): Point =>
  iv.hi === null
    ? { inf: 1, v: null, e: 0 }
    : { inf: 0, v: iv.hi, e: isPointIv(iv) ? 2 : iv.hiInc ? -1 : -3 };

/** Index of the first element of a sorted list greater than p (or ≥ p when `orEqual` is false). */
function bound(sorted: readonly Point[], p: Point, orEqual: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const c = cmpPoint(sorted[mid] as Point, p);
    if (c < 0 || (orEqual && c === 0)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The largest set of intervals with a common point. @internal */
export interface Core {
  /** Indices (into the list given) of the intervals containing the chosen point. */
  readonly members: readonly number[];
  /**
   * Whether another point, outside what the chosen members share, is covered by as many intervals:
   * then the choice between two disjoint majorities is a tie.
   */
  readonly tie: boolean;
}

/**
 * Finds the largest set of intervals that share an amount, in O(n log n): the count of intervals
 * holding a point changes only at lower ends, so the best point is one of them. Ties go to the lowest
 * point. With `weights`, the set of the largest total weight (an explicit id's reported figures count
 * before the writers' conversions of them, rule 2).
 * @internal
 */
export function largestCore(intervals: readonly Iv[], weights?: readonly number[]): Core {
  if (intervals.length === 0) return { members: [], tie: false };
  const weightOf = (i: number) => weights?.[i] ?? 1;
  const byPoint = (points: Point[]) =>
    points
      .map((p, i) => ({ p, w: weightOf(i) }))
      .sort((a, b) => cmpPoint(a.p, b.p))
      .reduce<{ points: Point[]; sums: number[] }>(
        (acc, x) => {
          acc.points.push(x.p);
          acc.sums.push((acc.sums[acc.sums.length - 1] as number) + x.w);
          return acc;
        },
        { points: [], sums: [0] },
      );
  const lows = byPoint(intervals.map(lowPoint));
  const highs = byPoint(intervals.map(highPoint));
  const count = (p: Point) =>
    (lows.sums[bound(lows.points, p, true)] as number) -
    (highs.sums[bound(highs.points, p, false)] as number);
  let best = lows.points[0] as Point;
  let bestCount = -1;
  const counts = lows.points.map((p) => {
    const c = count(p);
    if (c > bestCount) {
      bestCount = c;
      best = p;
    }
    return c;
  });
  const contains = (iv: Iv, p: Point) => cmpPoint(lowPoint(iv), p) <= 0 && cmpPoint(p, highPoint(iv)) <= 0;
  const members: number[] = [];
  intervals.forEach((iv, i) => {
    if (contains(iv, best)) members.push(i);
  });
  // The chosen members share [best, min of their highs]; a maximal point beyond it is another majority.
  let shareHigh: Point = { inf: 1, v: null, e: 0 };
  for (const i of members) {
    const h = highPoint(intervals[i] as Iv);
    if (cmpPoint(h, shareHigh) < 0) shareHigh = h;
  }
  const tie = lows.points.some((p, k) => counts[k] === bestCount && cmpPoint(p, shareHigh) > 0);
  return { members, tie };
}
