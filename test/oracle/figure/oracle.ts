/**
 * A second, deliberately simple reading of what a figure allows, written from DESIGN.md's table and
 * docs/figures.md — never from src/. Input is a figure's JSON (`figureToJSON`); every number is an exact
 * rational of bigints. README.md in this folder lists the rules the docs left open and how they are
 * decided here.
 */

import { add, cmp, mul, parseDecimal, type Rat, rat, sub, ZERO } from '../rational';

const abs = (x: bigint) => (x < 0n ? -x : x);
const HALF = rat(1n, 2n);
const ONE = rat(1n);

/** Exact text of a rational: a decimal when it terminates, else "n/d". */
export function showRat(r: Rat): string {
  let s = 0;
  while (10n ** BigInt(s) % r.d !== 0n) {
    if (++s > 40) return `${r.n}/${r.d}`;
  }
  const digits = (abs(r.n) * (10n ** BigInt(s) / r.d)).toString().padStart(s + 1, '0');
  const int = digits.slice(0, digits.length - s);
  const frac = digits.slice(digits.length - s).replace(/0+$/, '');
  return `${r.n < 0n ? '-' : ''}${int}${frac ? `.${frac}` : ''}`;
}

/** What the oracle needs of a figure's JSON. */
export interface FigureShape {
  readonly currency: string;
  readonly amount: string;
  readonly max?: string;
  readonly qualifier: string;
  readonly quantum: string;
}

export interface OracleOptions {
  readonly view?: 'nominal' | 'rounding';
  readonly almostBand?: string;
  readonly aboutBand?: string;
}

/** An interval of exact values; `null` is an open (unbounded) side. */
export interface OracleBounds {
  readonly low: Rat | null;
  readonly high: Rat | null;
  readonly lowInclusive: boolean;
  readonly highInclusive: boolean;
  readonly approximate: boolean;
}

interface Span {
  readonly lo: Rat;
  readonly hi: Rat;
}

const bounds = (
  low: Rat | null,
  lowInclusive: boolean,
  high: Rat | null,
  highInclusive: boolean,
  approximate = false,
): OracleBounds => ({ low, high, lowInclusive, highInclusive, approximate });

/**
 * The bounds DESIGN's table gives. Rule (README "rounding view"): the rounding view replaces each written
 * value w by its rounding interval [w − q/2, w + q/2] and applies the qualifier to every value in it, so
 * the result is the union of the nominal intervals over that rounding interval; the nominal view is the
 * same with q = 0.
 */
export function oracleBounds(figure: FigureShape, options: OracleOptions = {}): OracleBounds {
  const v = parseDecimal(figure.amount);
  const half = options.view === 'rounding' ? mul(parseDecimal(figure.quantum), HALF) : ZERO;
  const w: Span = { lo: sub(v, half), hi: add(v, half) };
  const negative = v.n < 0n;
  switch (figure.qualifier) {
    case 'exact':
      return bounds(w.lo, true, w.hi, true);
    case 'about': {
      // "about" is read by magnitude: the band widens |w| both ways, so v ± band·|v|.
      const b = parseDecimal(options.aboutBand ?? '0');
      const grow = (x: Rat, sign: 1n | -1n) => add(x, mul(mul(b, rat(abs(x.n), x.d)), rat(sign)));
      return bounds(grow(w.lo, -1n), true, grow(w.hi, 1n), true, true);
    }
    case 'upTo':
      return negative ? bounds(w.lo, true, ZERO, true) : bounds(ZERO, true, w.hi, true);
    case 'atLeast':
      return bounds(w.lo, true, null, false);
    case 'moreThan':
      return bounds(w.lo, false, null, false);
    case 'almost': {
      // [(1 − b)·w, w) for every w in the span; by magnitude for a negative amount.
      const keep = sub(ONE, parseDecimal(options.almostBand ?? '0.1'));
      return negative
        ? bounds(w.lo, false, mul(keep, w.hi), true)
        : bounds(mul(keep, w.lo), true, w.hi, false);
    }
    case 'lessThan':
      return negative ? bounds(w.lo, false, ZERO, true) : bounds(ZERO, true, w.hi, false);
    case 'range': {
      if (figure.max === undefined) throw new Error('oracleBounds: a range without max');
      return bounds(w.lo, true, add(parseDecimal(figure.max), half), true);
    }
    default:
      throw new Error(`oracleBounds: unknown qualifier ${figure.qualifier}`);
  }
}

/** Whether x lies in the bounds, each end included as its flag says. */
export function oracleAllows(figure: FigureShape, x: Rat, options: OracleOptions = {}): boolean {
  const b = oracleBounds(figure, options);
  if (b.low !== null) {
    const c = cmp(x, b.low);
    if (c < 0 || (c === 0 && !b.lowInclusive)) return false;
  }
  if (b.high !== null) {
    const c = cmp(x, b.high);
    if (c > 0 || (c === 0 && !b.highInclusive)) return false;
  }
  return true;
}
