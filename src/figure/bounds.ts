import { assertString, invalidArgument, optionalOneOf, optionKeys, readKnownOptions } from '../_lib/guards';
import { parseDecimalRatio } from '../math/ratio';
import type { Currency } from '../money/currencies';
import type { Money } from '../money/money';
import { fromUnits, rescale, toUnits } from '../money/units';
import { checkFigure } from './guard';
import type { Figure } from './types';

/** The two ways to read what a figure allows. */
export type BoundsView = 'nominal' | 'rounding';

const VIEWS: readonly BoundsView[] = ['nominal', 'rounding'];

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

/** A band as an integer over 10^digits. @internal */
export interface Band {
  readonly units: bigint;
  readonly digits: bigint;
}

function maxOf(...values: bigint[]): bigint {
  return values.reduce((a, b) => (b > a ? b : a));
}

function readBand(value: unknown, name: string): Band {
  const text = assertString(value, name);
  const r = parseDecimalRatio(text);
  const m = /^\d+(?:\.(\d+))?$/.exec(text);
  if (!r || !m || r.n > r.d) {
    throw invalidArgument(name, 'a decimal fraction between 0 and 1 such as "0.1"', text);
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
 * @throws {@link ReckonError} `INVALID_ARGUMENT` when `figure` is not an object with a known qualifier,
 *   `options` is not an object, the view is unknown or a band is not a string holding a fraction between
 *   0 and 1
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
  const b = boundsUnits(checkFigure(figure, 'figure'), boundsSettings(options));
  const currency = b.currency as Currency<TCode>;
  const mk = (units: bigint | null) => (units === null ? null : fromUnits(units, b.scale, currency));
  return {
    low: mk(b.low),
    high: mk(b.high),
    lowInclusive: b.lowInclusive,
    highInclusive: b.highInclusive,
    approximate: b.approximate,
  };
}

/** Parsed bounds options, to read many figures with one set of options. @internal */
export interface BoundsSettings {
  readonly rounding: boolean;
  readonly almost: Band;
  readonly about: Band;
}

/** The keys of {@link FigureBoundsOptions}. @internal */
export const BOUNDS_OPTIONS = optionKeys<FigureBoundsOptions>({
  view: true,
  almostBand: true,
  aboutBand: true,
});

/** Parses {@link FigureBoundsOptions} once. @internal */
export function boundsSettings(value: FigureBoundsOptions = {}, path = 'options'): BoundsSettings {
  const options = readKnownOptions(value, BOUNDS_OPTIONS, 'figureBounds', path);
  return {
    rounding: optionalOneOf(options.view, VIEWS, `${path}.view`) === 'rounding',
    almost: readBand(options.almostBand ?? '0.1', `${path}.almostBand`),
    about: readBand(options.aboutBand ?? '0', `${path}.aboutBand`),
  };
}

/** Bounds as integer units at one scale: the exact core of {@link figureBounds} and of aggregation. @internal */
export interface UnitBounds {
  readonly currency: Currency;
  readonly low: bigint | null;
  readonly high: bigint | null;
  readonly scale: bigint;
  readonly lowInclusive: boolean;
  readonly highInclusive: boolean;
  readonly approximate: boolean;
}

/** {@link figureBounds} without money objects. @internal */
export function boundsUnits(figure: Figure, settings: BoundsSettings): UnitBounds {
  const v = toUnits(figure.amount);
  const qualifier = figure.qualifier;
  // The hot path of aggregation: nominal bounds of exact and "up to" figures need no rescaling.
  if (!settings.rounding && (qualifier === 'exact' || qualifier === 'upTo') && v.units >= 0n) {
    const low = qualifier === 'exact' ? v.units : 0n;
    return {
      currency: v.currency,
      low,
      high: v.units,
      scale: v.scale,
      lowInclusive: true,
      highInclusive: true,
      approximate: false,
    };
  }
  const max = figure.max ? toUnits(figure.max) : undefined;
  const q = settings.rounding ? toUnits(figure.quantum) : undefined;
  // One scale that holds v, max, q/2 and the band's digits exactly; no more digits than needed.
  const band = qualifier === 'almost' ? settings.almost : qualifier === 'about' ? settings.about : undefined;
  const bandDigits = band && band.units !== 0n ? band.digits : 0n;
  const scale = maxOf(v.scale, q?.scale ?? 0n, max?.scale ?? 0n) + (q ? 1n : 0n) + bandDigits;
  const V = rescale(v, scale);
  const half = q ? rescale(q, scale) / 2n : 0n;
  const negative = V < 0n;
  const mag = negative ? -V : V;
  switch (qualifier) {
    case 'exact':
      return unitBounds(v.currency, V - half, V + half, scale, true, true);
    case 'about':
      return mirror(
        v.currency,
        negative,
        widen(mag - half, band, bandDigits, -1n),
        widen(mag + half, band, bandDigits, 1n),
        scale,
        true,
        true,
        true,
      );
    case 'upTo':
      return mirror(v.currency, negative, 0n, mag + half, scale, true, true);
    case 'lessThan':
      return mirror(v.currency, negative, 0n, mag + half, scale, true, false);
    case 'almost':
      return mirror(
        v.currency,
        negative,
        widen(mag - half, band, bandDigits, -1n),
        mag + half,
        scale,
        true,
        false,
      );
    case 'atLeast':
      return unitBounds(v.currency, V - half, null, scale, true, false);
    case 'moreThan':
      return unitBounds(v.currency, V - half, null, scale, false, false);
    case 'range':
      return unitBounds(v.currency, V - half, (max ? rescale(max, scale) : V) + half, scale, true, true);
  }
}

function unitBounds(
  currency: Currency,
  low: bigint | null,
  high: bigint | null,
  scale: bigint,
  lowInclusive: boolean,
  highInclusive: boolean,
  approximate = false,
): UnitBounds {
  return { currency, low, high, scale, lowInclusive, highInclusive, approximate };
}

/** x × (1 ± band), exact at a scale that carries the band's digits. */
function widen(x: bigint, band: Band | undefined, bandDigits: bigint, sign: 1n | -1n): bigint {
  // A band of "1" has no digits after the point and still widens (bounds4 oracle: "almost" with band 1 was empty).
  if (!band || band.units === 0n) return x;
  const one = 10n ** bandDigits;
  return (x * (one + sign * band.units * 10n ** (bandDigits - band.digits))) / one;
}

/** Magnitude readings: bounds computed for |v|, mirrored for a negative amount. */
function mirror(
  currency: Currency,
  negative: boolean,
  low: bigint,
  high: bigint,
  scale: bigint,
  lowInc: boolean,
  highInc: boolean,
  approximate = false,
): UnitBounds {
  return negative
    ? unitBounds(currency, -high, -low, scale, highInc, lowInc, approximate)
    : unitBounds(currency, low, high, scale, lowInc, highInc, approximate);
}
