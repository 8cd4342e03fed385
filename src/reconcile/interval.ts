import { type Ratio, ratioCmp } from '../math/ratio';

/**
 * An exact interval of amounts in one currency: `null` is an unbounded side. The internal currency of
 * reconciling; nothing here is ever a float. @internal
 */
export interface Iv {
  readonly lo: Ratio | null;
  readonly loInc: boolean;
  readonly hi: Ratio | null;
  readonly hiInc: boolean;
}

// Rationals here stay unreduced (no gcd per operation: that was most of the cost); denominators stay
// positive, comparisons cross-multiply, and whatever leaves the module is reduced by the caller.
const ZERO: Ratio = { n: 0n, d: 1n };
const mul = (a: Ratio, b: Ratio): Ratio => ({ n: a.n * b.n, d: a.d * b.d });
const sub = (a: Ratio, b: Ratio): Ratio =>
  a.d === b.d ? { n: a.n - b.n, d: a.d } : { n: a.n * b.d - b.n * a.d, d: a.d * b.d };
const div = (a: Ratio, b: Ratio): Ratio =>
  b.n < 0n ? { n: -a.n * b.d, d: a.d * -b.n } : { n: a.n * b.d, d: a.d * b.n };

function abs(r: Ratio): Ratio {
  return r.n < 0n ? { n: -r.n, d: r.d } : r;
}

/** [lo·r, hi·r] for a positive rate r. @internal */
export function scaleIv(iv: Iv, r: Ratio): Iv {
  return {
    lo: iv.lo === null ? null : mul(iv.lo, r),
    loInc: iv.loInc,
    hi: iv.hi === null ? null : mul(iv.hi, r),
    hiInc: iv.hiInc,
  };
}

/** Widens both ends by `bps` basis points of their own magnitude (exact). @internal */
export function widenIv(iv: Iv, bps: Ratio): Iv {
  if (bps.n === 0n) return iv;
  // x·(1 − τ/10⁴) and x·(1 + τ/10⁴), whichever moves x outward for its sign.
  const base = bps.d * 10_000n;
  const down: Ratio = { n: base - bps.n, d: base };
  const up: Ratio = { n: base + bps.n, d: base };
  return {
    lo: iv.lo === null ? null : mul(iv.lo, iv.lo.n < 0n ? up : down),
    loInc: iv.loInc,
    hi: iv.hi === null ? null : mul(iv.hi, iv.hi.n < 0n ? down : up),
    hiInc: iv.hiInc,
  };
}

/**
 * Compares two lower ends by how much they exclude: −1 when a allows more (is looser), 1 when a is
 * tighter. At one value an exclusive end is tighter than an inclusive one. @internal
 */
export function cmpLow(a: Ratio | null, aInc: boolean, b: Ratio | null, bInc: boolean): -1 | 0 | 1 {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  const c = ratioCmp(a, b);
  if (c !== 0) return c;
  return aInc === bInc ? 0 : aInc ? -1 : 1;
}

/** Compares two upper ends: −1 when a is tighter (lower), 1 when a is looser. @internal */
export function cmpHigh(a: Ratio | null, aInc: boolean, b: Ratio | null, bInc: boolean): -1 | 0 | 1 {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  const c = ratioCmp(a, b);
  if (c !== 0) return c;
  return aInc === bInc ? 0 : aInc ? 1 : -1;
}

/** Whether an interval holds no amount. @internal */
export function isEmptyIv(iv: Iv): boolean {
  if (iv.lo === null || iv.hi === null) return false;
  const c = ratioCmp(iv.lo, iv.hi);
  return c > 0 || (c === 0 && !(iv.loInc && iv.hiInc));
}

/** Whether an interval is one value ([x, x]). @internal */
export function isPointIv(iv: Iv): boolean {
  return iv.lo !== null && iv.hi !== null && iv.loInc && iv.hiInc && ratioCmp(iv.lo, iv.hi) === 0;
}

/**
 * The intersection, or `null` when it is empty. Two readings that are each wider than one value and
 * share only one value merely touch ("£22bn" and "£23bn" at £22.5bn): they do not agree, so that is
 * `null` too (review G3). A reading of one exact value agrees with any reading holding it. @internal
 */
export function intersectIv(a: Iv, b: Iv): Iv | null {
  const low = cmpLow(a.lo, a.loInc, b.lo, b.loInc) >= 0 ? a : b;
  const high = cmpHigh(a.hi, a.hiInc, b.hi, b.hiInc) <= 0 ? a : b;
  const out: Iv = { lo: low.lo, loInc: low.loInc, hi: high.hi, hiInc: high.hiInc };
  if (isEmptyIv(out)) return null;
  return isPointIv(out) && !isPointIv(a) && !isPointIv(b) ? null : out;
}

/**
 * How far apart two intervals are (unreduced), in basis points of the smaller of the two facing ends (for positive
 * amounts: `(upper / lower − 1) × 10⁴`); 0 when they meet or touch. @internal
 */
export function gapBps(a: Iv, b: Iv): Ratio {
  if (intersectIv(a, b) !== null) return ZERO;
  // Disjoint: one lies wholly below the other, so the facing ends are bounded.
  const aBelow = a.hi !== null && b.lo !== null && ratioCmp(a.hi, b.lo) <= 0;
  const below = aBelow ? a : b;
  const above = aBelow ? b : a;
  if (below.hi === null || above.lo === null) return ZERO;
  const diff = sub(above.lo, below.hi);
  if (diff.n <= 0n) return ZERO; // they touch at one value where an end is open
  const x = abs(below.hi);
  const y = abs(above.lo);
  const smaller = ratioCmp(x, y) <= 0 ? x : y;
  const base = smaller.n === 0n ? (smaller === x ? y : x) : smaller;
  return mul(div(diff, base), { n: 10_000n, d: 1n });
}

/** Whether an interval contains a value. @internal */
export function containsIv(iv: Iv, x: Ratio): boolean {
  if (iv.lo !== null) {
    const c = ratioCmp(x, iv.lo);
    if (c < 0 || (c === 0 && !iv.loInc)) return false;
  }
  if (iv.hi !== null) {
    const c = ratioCmp(x, iv.hi);
    if (c > 0 || (c === 0 && !iv.hiInc)) return false;
  }
  return true;
}

/**
 * Relative width (hi − lo) / max(|lo|, |hi|), for ordering mentions from the most to the least
 * precise; `null` for an unbounded interval (the least precise). @internal
 */
export function relativeWidth(iv: Iv): Ratio | null {
  if (iv.lo === null || iv.hi === null) return null;
  const m = ratioCmp(abs(iv.lo), abs(iv.hi)) >= 0 ? abs(iv.lo) : abs(iv.hi);
  if (m.n === 0n) return ZERO;
  return div(sub(iv.hi, iv.lo), m);
}

/** Orders relative widths, unbounded last. @internal */
export function cmpWidth(a: Ratio | null, b: Ratio | null): -1 | 0 | 1 {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return ratioCmp(a, b);
}
