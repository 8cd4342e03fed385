import { invalidArgument, optionKeys, readKnownOptions } from '../_lib/guards';
import { ReckonError } from '../errors/reckon-error';
import type { Figure } from '../figure/types';
import {
  type Ratio,
  ratio,
  ratioAbs,
  ratioCmp,
  ratioDiv,
  ratioFromNumber,
  ratioMul,
  ratioSub,
  ratioToApproxNumber,
} from '../math/ratio';
import { readMaxRateAge } from '../rates/fresh-rate';
import type { DayRange } from '../rates/provider';
import type { Rate } from '../rates/rate';
import { type RatesLike, ratesFrom } from '../rates/to-provider';
import { type ImpliedRate, type ImpliedRateOptions, impliedRate } from './implied-rate';
import type { ConversionSnapshot } from './snapshot';
import { defaultToleranceBps } from './tolerance';
import { defaultWindow, givenWindow, outsideMatch, pairSpan } from './window';

/** The outcome of a conversion check. */
export type ConversionStatus = 'consistent' | 'withinTolerance' | 'inconsistent' | 'indeterminate';

/**
 * Why a verdict is what it is:
 * - `noReferenceRate`: the rates given have no fix in the window
 * - `tooCoarse`: a fix lies in or within τ of the implied interval, but the written digits allow more
 *   than the resolution limit, so they cannot tell
 * - `inverted`: 1/r of a fix in the window lies in or within τ of the implied interval
 * - `scale`: r × 10^±3, 10^±6 or 10^±9 of a fix in the window does (a thousand/million/billion slip)
 * - `matchesOutsideWindow`: a fix within 30 days outside the window, never after publication, lies in
 *   the implied interval (see `outsideMatch`)
 * - `rangeMismatch`: one side is a range and the other a single figure: which end was converted
 *   cannot be told, and the other end was dropped
 */
export type ConversionReason =
  | 'noReferenceRate'
  | 'rangeMismatch'
  | 'tooCoarse'
  | 'inverted'
  | 'scale'
  | 'matchesOutsideWindow';

/** Options for {@link checkConversion}. */
export interface CheckConversionOptions extends ImpliedRateOptions {
  /**
   * The days whose fixes count, both ends included. Default: from the last day before the earliest date
   * on the snapshot on which the rates given have a fix for the pair (a writer in the morning has
   * yesterday's fix; days come from the rates, not from a calendar), at most `maxRateAgeDays` before
   * it, to the latest date on the snapshot. When the two dates are more than 31 days apart, only the
   * days of each count (see {@link ConversionVerdict.eventWindow}). An eventDate after publishedDate
   * does not count: the window never reaches past publication (see
   * {@link ConversionVerdict.laterEventDate}).
   */
  readonly window?: DayRange;
  /**
   * How many days before a snapshot date the window may start: a fix older than that is another
   * time's rate (a suspended currency: ISK 2008–2018, RUB since March 2022). @defaultValue 7
   */
  readonly maxRateAgeDays?: number;
  /**
   * How far (basis points) the best fix may sit outside the implied interval and still be
   * `withinTolerance`. Default per pair: EUR/GBP 44, GBP/USD 67, EUR/USD 70, others 100 (90th
   * percentile of one-day ECB moves 2024–2025).
   */
  readonly toleranceBps?: number;
  /** Above this half-width (basis points) of the implied interval the digits cannot tell. @defaultValue 250 */
  readonly maxResolutionBps?: number;
}

/** The reference fix that fits best. */
export interface BestFix {
  readonly date: string;
  /** The fix as `quote` per `base` of the snapshot (from → to). */
  readonly rate: Rate;
  readonly source: string;
  /** Distance of the fix to the implied interval relative to the fix, basis points (0 when inside). */
  readonly gapBps: number;
  /** (implied point / fix − 1) × 10⁴. */
  readonly deviationBps: number;
}

/** A verdict a person can follow: what was implied, what the references say, and why. */
export interface ConversionVerdict {
  readonly status: ConversionStatus;
  readonly reasons: readonly ConversionReason[];
  readonly from: Figure;
  readonly to: Figure;
  /** The rate the written amounts imply (for a range, its lower ends). */
  readonly implied: ImpliedRate;
  /** For a range converted to a range, the rate the upper ends imply: one fix must fit both. */
  readonly impliedMax?: ImpliedRate;
  /** The fix with the smallest gap (then the smallest |deviation|, then the later day). */
  readonly best?: BestFix;
  /** A fix outside the window that lies in the implied interval, nearest to it (ties: the later day). */
  readonly outsideMatch?: { readonly date: string; readonly rate: Rate };
  readonly toleranceBps: number;
  readonly maxResolutionBps: number;
  /** The days whose fixes count: with `eventWindow`, the publication's days only. */
  readonly window: DayRange;
  /**
   * The event's days, when the event and the publication are more than 31 days apart: the writer
   * converted at the event's rate or at the day's, and the fixes in between do not count.
   */
  readonly eventWindow?: DayRange;
  /**
   * The snapshot's eventDate when it is after its publishedDate (a deal "expected to close on 1
   * December"): it does not count for the default window, which never reaches past publication.
   */
  readonly laterEventDate?: string;
  /** How many fixes the window (and `eventWindow`) held. */
  readonly fixesInWindow: number;
  /** The first and last day on which the rates given have a fix for the pair; absent when they have none. */
  readonly ratesSpan?: DayRange;
  /**
   * The last day of the rates given for the pair, when it is before the end of the window: the verdict
   * stands on the fixes it has, but a later fix may be missing.
   */
  readonly ratesEnd?: string;
}

/** The keys of {@link CheckConversionOptions}. @internal */
export const CHECK_OPTIONS = optionKeys<CheckConversionOptions>({
  assumeSourceExact: true,
  window: true,
  maxRateAgeDays: true,
  toleranceBps: true,
  maxResolutionBps: true,
});

/** A range's upper end as a figure of its own, with the range's quantum. */
function upperEnd(figure: Figure, max: NonNullable<Figure['max']>): Figure {
  return { amount: max, qualifier: 'exact', quantum: figure.quantum };
}

const isRange = (f: Figure) => f.qualifier === 'range' && f.max !== undefined;

const BP = ratio(10_000n);
const ONE = ratio(1n);
const ZERO = ratio(0n);
/** Unit slips: thousand, million, billion, either way. */
const SCALES: readonly Ratio[] = [10n ** 3n, 10n ** 6n, 10n ** 9n].flatMap((k) => [ratio(k), ratio(1n, k)]);

/** Distance of x to [low, high] relative to x, in basis points; 0 inside. Exact. */
function gapOf(x: Ratio, low: Ratio, high: Ratio): Ratio {
  if (ratioCmp(x, low) < 0) return ratioMul(ratioDiv(ratioSub(low, x), x), BP);
  if (ratioCmp(x, high) > 0) return ratioMul(ratioDiv(ratioSub(x, high), x), BP);
  return ZERO;
}

/** A number of basis points given by a caller: finite and not negative, or undefined. */
function basisPoints(value: unknown, path: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
    throw invalidArgument(path, 'a finite number of basis points, at least 0', value);
  return value;
}

/**
 * Checks a reported conversion against reference rates. The rules, in this order (exact rationals
 * throughout; docs/conversions.md has an example of each):
 *
 * 1. Implied interval I = [B_low/A, B_high/A] from B's rounding (A exact unless `assumeSourceExact:
 *    false`); point r̂ = B/A.
 * 2. Window: see {@link CheckConversionOptions.window}. One rate or a list of rates behaves like
 *    {@link ratesFromList} over them: the same default window, taken from the rates' own days.
 * 3. Per fix r in the window: gap = 0 when r ∈ I, else |r − nearest end of I| / r × 10⁴; deviation =
 *    (r̂/r − 1) × 10⁴. The best fix has the smallest gap, then the smallest |deviation|, then the later day.
 * 4. Verdict: no fix → `indeterminate` [`noReferenceRate`]; best gap > τ → `inconsistent` (however
 *    coarse B is); gap 0 and I's half-width ≤ the resolution limit → `consistent`; half-width over the
 *    limit → `indeterminate` [`tooCoarse`]; otherwise `withinTolerance`.
 * 5. An inconsistent verdict gives its reasons, each judged on I: `inverted`, `scale`,
 *    `matchesOutsideWindow` (see {@link ConversionReason}).
 *
 * @param snapshot - the reported conversion
 * @param rates - a provider, one rate, or a list of rates
 * @param options - {@link CheckConversionOptions}
 * @returns the verdict
 * @throws {@link ReckonError} `INVALID_CONVERSION` for a snapshot without dates and no window, zero or
 *   opposite-sign amounts; `INVALID_ARGUMENT` for bad numeric options or rates that are not rates;
 *   `INVALID_DATE` for a malformed day or a window whose end is before its start
 * @example
 * ```ts
 * const verdict = checkConversion(
 *   { from: parseFigure('£11bn'), to: parseFigure('€12.68bn'), eventDate: '2025-09-16', publishedDate: '2025-09-18' },
 *   ratesFromEcbCsv(readFileSync('eurofxref-hist.csv', 'utf8')),
 * );
 * verdict.status; // 'consistent'
 * verdict.best?.date; // '2025-09-17'
 * ```
 */
export function checkConversion(
  snapshot: ConversionSnapshot,
  rates: RatesLike,
  options: CheckConversionOptions = {},
): ConversionVerdict {
  const o = readKnownOptions(options, CHECK_OPTIONS, 'checkConversion');
  const exactness = o.assumeSourceExact !== undefined ? { assumeSourceExact: o.assumeSourceExact } : {};
  const implied = impliedRate(snapshot, exactness);
  const { base, quote } = implied;
  const maxAge = readMaxRateAge(o.maxRateAgeDays, 'options.maxRateAgeDays');
  // A range converted to a range: both ends must fit one fix, so each fix is judged on both.
  const fromMax = snapshot.from.max;
  const toMax = snapshot.to.max;
  const impliedMax =
    isRange(snapshot.from) && isRange(snapshot.to) && fromMax && toMax
      ? impliedRate({ from: upperEnd(snapshot.from, fromMax), to: upperEnd(snapshot.to, toMax) }, exactness)
      : undefined;
  const parts = impliedMax ? [implied, impliedMax] : [implied];
  const gapOfAll = (x: Ratio) =>
    parts.map((p) => gapOf(x, p.low, p.high)).reduce((m, g) => (ratioCmp(g, m) > 0 ? g : m));
  const toleranceBps =
    basisPoints(o.toleranceBps, 'options.toleranceBps') ?? defaultToleranceBps(base, quote);
  const maxResolutionBps = basisPoints(o.maxResolutionBps, 'options.maxResolutionBps') ?? 250;
  const tau = ratioFromNumber(toleranceBps, 'toleranceBps');
  const limit = ratioFromNumber(maxResolutionBps, 'maxResolutionBps');

  const provider = ratesFrom(rates);
  const { window, eventWindow, laterEventDate } =
    o.window !== undefined
      ? { window: givenWindow(o.window), eventWindow: undefined, laterEventDate: undefined }
      : defaultWindow(snapshot, provider, base, quote, maxAge);
  const span = pairSpan(provider, base, quote);
  const common = {
    from: snapshot.from,
    to: snapshot.to,
    implied,
    ...(impliedMax ? { impliedMax } : {}),
    toleranceBps,
    maxResolutionBps,
    window,
    ...(eventWindow ? { eventWindow } : {}),
    ...(laterEventDate ? { laterEventDate } : {}),
    ...(span ? { ratesSpan: span } : {}),
    ...(span && span.to < window.to ? { ratesEnd: span.to } : {}),
  };
  const fixes = [
    ...(eventWindow ? provider.fixes(base, quote, eventWindow.from, eventWindow.to) : []),
    ...provider.fixes(base, quote, window.from, window.to),
  ];
  if (fixes.length === 0) {
    return { ...common, status: 'indeterminate', reasons: ['noReferenceRate'], fixesInWindow: 0 };
  }
  if (isRange(snapshot.from) !== isRange(snapshot.to)) {
    return { ...common, status: 'indeterminate', reasons: ['rangeMismatch'], fixesInWindow: fixes.length };
  }

  // Oldest first, so "≤" on |deviation| lets the later of two equal fixes win.
  let best: { rate: Rate; gap: Ratio; dev: Ratio; absDev: Ratio } | undefined;
  for (const rate of fixes) {
    const gap = gapOfAll(rate.value);
    // For a range, the end that deviates more.
    const devs = parts.map((p) => ratioMul(ratioSub(ratioDiv(p.point, rate.value), ONE), BP));
    const dev = devs.reduce((m, d) => (ratioCmp(ratioAbs(d), ratioAbs(m)) > 0 ? d : m));
    const absDev = ratioAbs(dev);
    const byGap = best ? ratioCmp(gap, best.gap) : -1;
    if (byGap < 0 || (byGap === 0 && best && ratioCmp(absDev, best.absDev) <= 0)) {
      best = { rate, gap, dev, absDev };
    }
  }
  if (!best) throw new ReckonError('INTERNAL', 'unreachable: fixes were found but none was chosen');
  const found = {
    ...common,
    fixesInWindow: fixes.length,
    best: {
      date: best.rate.date,
      rate: best.rate,
      source: best.rate.source,
      gapBps: ratioToApproxNumber(best.gap),
      deviationBps: ratioToApproxNumber(best.dev),
    },
  };

  if (ratioCmp(best.gap, tau) > 0) {
    const near = (x: Ratio) => ratioCmp(gapOfAll(x), tau) <= 0;
    const reasons: ConversionReason[] = [];
    if (fixes.some((f) => near(ratioDiv(ONE, f.value)))) reasons.push('inverted');
    if (fixes.some((f) => SCALES.some((k) => near(ratioMul(f.value, k))))) reasons.push('scale');
    const outside = outsideMatch(provider, parts, window, snapshot.publishedDate ?? window.to);
    if (outside) reasons.push('matchesOutsideWindow');
    return {
      ...found,
      status: 'inconsistent',
      reasons,
      ...(outside ? { outsideMatch: { date: outside.date, rate: outside } } : {}),
    };
  }
  const halfWidth = parts
    .map((p) => ratioMul(ratioDiv(ratioDiv(ratioSub(p.high, p.low), ratio(2n)), p.point), BP))
    .reduce((m, h) => (ratioCmp(h, m) > 0 ? h : m));
  const coarse = ratioCmp(halfWidth, limit) > 0;
  if (best.gap.n === 0n && !coarse) return { ...found, status: 'consistent', reasons: [] };
  if (coarse) return { ...found, status: 'indeterminate', reasons: ['tooCoarse'] };
  return { ...found, status: 'withinTolerance', reasons: [] };
}
