import type { Commitment } from '../commitment/model';
import { boundsUnits } from '../figure/bounds';
import type { Figure } from '../figure/types';
import type { Currency } from '../money/currencies';
import type { Settings } from './options';

/**
 * Bounds as integer units at `scale`: a commitment's own, or one party's share of them. Scratch
 * objects, refilled by {@link readBounds} and {@link shareOf}, so that adding allocates nothing.
 * @internal
 */
export interface Share {
  /** Set by {@link readBounds}: an exact or an "up to" amount of at least zero (added by `addPlain`). */
  plain: 'exact' | 'upTo' | undefined;
  low: bigint | null;
  high: bigint | null;
  scale: bigint;
  lowInclusive: boolean;
  highInclusive: boolean;
}

/** An empty share. @internal */
export function newShare(): Share {
  return { plain: undefined, low: null, high: null, scale: 0n, lowInclusive: true, highInclusive: true };
}

/**
 * Whether a commitment's amount is already what every source's rounding allows (`amountView:
 * 'rounding'`, from `reconciledCommitments`): read as it is, never widened by half its quantum again.
 * @internal
 */
export function roundingIncluded(c: Commitment): boolean {
  return (c as { readonly amountView?: unknown }).amountView === 'rounding';
}

/**
 * Reads what a figure allows into `out` (per {@link boundsUnits}) and returns its currency. Exact and
 * "up to" amounts of at least zero in the nominal view — nearly every figure — are read straight from
 * the money, without the objects `boundsUnits` builds. `asGiven`: read nominally whatever the view
 * ({@link roundingIncluded}).
 * @internal
 */
export function readBounds(figure: Figure, s: Settings, out: Share, asGiven = false): Currency {
  const q = figure.qualifier;
  const rounding = s.bounds.rounding && !asGiven;
  if (!rounding && (q === 'exact' || q === 'upTo')) {
    const snap = figure.amount.toJSON();
    if (snap.amount >= 0n) {
      out.plain = q;
      out.low = q === 'exact' ? snap.amount : 0n;
      out.high = snap.amount;
      out.scale = snap.scale;
      out.lowInclusive = true;
      out.highInclusive = true;
      return snap.currency;
    }
  }
  const b = boundsUnits(figure, rounding === s.bounds.rounding ? s.bounds : { ...s.bounds, rounding });
  out.plain = undefined;
  out.low = b.low;
  out.high = b.high;
  out.scale = b.scale;
  out.lowInclusive = b.lowInclusive;
  out.highInclusive = b.highInclusive;
  return b.currency;
}

/**
 * Splits x (units at `scale`, at least the currency's minor unit) into n parts that sum to x exactly,
 * in units of the minor unit, or of x's own last decimal when that is finer; part `rank` gets a unit of
 * the remainder first.
 */
function split(x: bigint, scale: bigint, exponent: bigint, n: number, rank: number): bigint {
  let units = x;
  let dropped = 0n;
  while (scale - dropped > exponent && units !== 0n && units % 10n === 0n) {
    units /= 10n;
    dropped++;
  }
  const N = BigInt(n);
  const negative = units < 0n;
  const magnitude = negative ? -units : units;
  const part = magnitude / N + (BigInt(rank) < magnitude % N ? 1n : 0n);
  return (negative ? -part : part) * 10n ** dropped;
}

/**
 * One party's share of a commitment's bounds when n parties hold its role: all of it for n = 1 or
 * `full`; 1/n of each end for `equal` (see {@link split}); for `unallocated`, everything from 0 to the
 * bounds (the hull of 0 and the bounds: [0, high] for amounts that are not negative).
 * @internal
 */
export function shareOf(
  whole: Share,
  currency: Currency,
  n: number,
  rank: number,
  s: Settings,
  out: Share,
): Share {
  out.low = whole.low;
  out.high = whole.high;
  out.scale = whole.scale;
  out.lowInclusive = whole.lowInclusive;
  out.highInclusive = whole.highInclusive;
  if (n === 1 || s.allocation === 'full') return out;
  if (s.allocation === 'equal') {
    const exponent = currency.exponent;
    const lift = whole.scale < exponent ? 10n ** (exponent - whole.scale) : 1n;
    if (lift !== 1n) out.scale = exponent;
    if (whole.low !== null) out.low = split(whole.low * lift, out.scale, exponent, n, rank);
    if (whole.high !== null) out.high = split(whole.high * lift, out.scale, exponent, n, rank);
    return out;
  }
  if (whole.low !== null && whole.low > 0n) {
    out.low = 0n;
    out.lowInclusive = true;
  }
  if (whole.high !== null && whole.high < 0n) {
    out.high = 0n;
    out.highInclusive = true;
  }
  return out;
}
