import { ReckonError } from '../errors/reckon-error';
import { parseDecimalRatio } from '../math/ratio';
import type { Money } from '../money/money';
import { currencyOfMoney, fromUnits, rescale, toUnits } from '../money/units';
import type { Figure } from './types';

/** The two ways to read what a figure allows. */
export type BoundsView = 'nominal' | 'rounding';

/**
 * What a figure allows the true value to be. `null` is an unbounded side ("more than $10bn" has no
 * upper bound).
 */
export interface FigureBounds<TCode extends string = string> {
  readonly low: Money<TCode> | null;
  readonly high: Money<TCode> | null;
  readonly lowInclusive: boolean;
  readonly highInclusive: boolean;
  /** True for "about" figures: the bounds are the written value, and the writer did not claim it exactly. */
  readonly approximate: boolean;
}

/** Options for {@link figureBounds}. */
export interface FigureBoundsOptions {
  /**
   * `nominal` (default): the written number at face value, as aggregation uses it — "up to £11bn" is
   * [0, £11bn]. `rounding`: each written value widened by half its quantum — "£11bn" is [£10.5bn, £11.5bn].
   */
  readonly view?: BoundsView;
  /** How far below the value "almost" reaches, as a decimal fraction. @defaultValue "0.1" */
  readonly almostBand?: string;
  /** How far "about" reaches either side, as a decimal fraction. @defaultValue "0" */
  readonly aboutBand?: string;
}

interface Band {
  readonly units: bigint;
  readonly digits: bigint;
}

function maxOf(...values: bigint[]): bigint {
  return values.reduce((a, b) => (b > a ? b : a));
}

function readBand(text: string, name: string): Band {
  const r = parseDecimalRatio(text);
  const m = /^\d+(?:\.(\d+))?$/.exec(text);
  if (!r || !m || r.n > r.d) {
    throw new ReckonError(
      'INVALID_ARGUMENT',
      `${name} must be a decimal fraction between 0 and 1, got "${text}".`,
    );
  }
  const digits = BigInt(m[1]?.length ?? 0);
  return { units: BigInt(text.replace('.', '')), digits };
}

/**
 * The interval a figure allows, per the two tables in docs/figures.md.
 *
 * | qualifier | nominal |
 * |---|---|
 * | exact, about | [v, v] |
 * | upTo | [0, v] |
 * | atLeast | [v, ∞) |
 * | moreThan | (v, ∞) |
 * | almost | [0.9·v, v) |
 * | lessThan | [0, v) |
 * | range | [v, max] |
 *
 * In the rounding view each written value v becomes [v − q/2, v + q/2] and the outer ends are taken.
 * For a negative amount, "up to", "less than", "almost" and "about" are read by magnitude.
 *
 * @param figure - the figure
 * @param options - {@link FigureBoundsOptions}
 * @returns the bounds, in the figure's currency
 * @throws {@link ReckonError} `INVALID_ARGUMENT` for a band that is not a fraction between 0 and 1
 * @example
 * ```ts
 * const b = figureBounds(parseFigure('up to £11bn'));
 * // b.low is £0, b.high is £11bn, both inclusive
 * figureBounds(parseFigure('£11bn'), { view: 'rounding' }); // [£10.5bn, £11.5bn]
 * ```
 */
export function figureBounds<TCode extends string>(
  figure: Figure<TCode>,
  options: FigureBoundsOptions = {},
): FigureBounds<TCode> {
  const currency = currencyOfMoney(figure.amount);
  const almost = readBand(options.almostBand ?? '0.1', 'almostBand');
  const about = readBand(options.aboutBand ?? '0', 'aboutBand');
  const rounding = options.view === 'rounding';
  const v = toUnits(figure.amount);
  const q = toUnits(figure.quantum);
  const max = figure.max ? toUnits(figure.max) : undefined;
  // One common scale that holds v, max, q/2 and a band's digits exactly.
  const bandDigits = maxOf(almost.digits, about.digits);
  const scale = maxOf(v.scale, q.scale, max?.scale ?? 0n) + 1n + bandDigits;
  const V = rescale(v, scale);
  const half = rounding ? rescale(q, scale) / 2n : 0n;
  const one = 10n ** bandDigits;
  const times = (x: bigint, band: Band, sign: 1n | -1n): bigint => {
    const b = band.units * 10n ** (bandDigits - band.digits);
    return (x * (one + sign * b)) / one;
  };
  const mk = (units: bigint | null) => (units === null ? null : fromUnits(units, scale, currency));
  const result = (
    low: bigint | null,
    high: bigint | null,
    lowInclusive: boolean,
    highInclusive: boolean,
    approximate = false,
  ): FigureBounds<TCode> => ({ low: mk(low), high: mk(high), lowInclusive, highInclusive, approximate });

  const negative = V < 0n;
  const mag = negative ? -V : V;
  // Magnitude readings: compute for |v|, then mirror for a negative amount.
  const mirrored = (low: bigint, high: bigint, lowInc: boolean, highInc: boolean, approximate = false) =>
    negative
      ? result(-high, -low, highInc, lowInc, approximate)
      : result(low, high, lowInc, highInc, approximate);

  switch (figure.qualifier) {
    case 'exact':
      return result(V - half, V + half, true, true);
    case 'about':
      return mirrored(times(mag - half, about, -1n), times(mag + half, about, 1n), true, true, true);
    case 'upTo':
      return mirrored(0n, mag + half, true, true);
    case 'lessThan':
      return mirrored(0n, mag + half, true, false);
    case 'almost':
      return mirrored(times(mag - half, almost, -1n), mag + half, true, false);
    case 'atLeast':
      return result(V - half, null, true, false);
    case 'moreThan':
      return result(V - half, null, false, false);
    case 'range': {
      const top = max ? rescale(max, scale) : V;
      return result(V - half, top + half, true, true);
    }
  }
}
