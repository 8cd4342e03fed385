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
import { previousTargetBusinessDay } from '../rates/calendar';
import { addDays, assertIsoDate, dayNumber } from '../rates/dates';
import type { RateProvider } from '../rates/provider';
import type { Rate } from '../rates/rate';
import { staticRates } from '../rates/static-rates';
import { type ImpliedRate, type ImpliedRateOptions, impliedRate } from './implied-rate';
import type { ConversionSnapshot } from './snapshot';

/** The outcome of a conversion check. */
export type ConversionStatus = 'consistent' | 'withinTolerance' | 'inconsistent' | 'indeterminate';

/**
 * Why a verdict is what it is:
 * - `noReferenceRate`: no fix in the window
 * - `tooCoarse`: the written digits allow more than the resolution limit
 * - `inverted`: the writer seems to have used 1/r
 * - `scale`: off by a factor of 10^3 or 10^6 (million vs billion)
 * - `matchesOutsideWindow`: a fix from another day would match (see `outsideMatch`)
 */
export type ConversionReason =
  | 'noReferenceRate'
  | 'tooCoarse'
  | 'inverted'
  | 'scale'
  | 'matchesOutsideWindow';

/** A day range, both ends included. */
export interface DayWindow {
  readonly from: string;
  readonly to: string;
}

/** Options for {@link checkConversion}. */
export interface CheckConversionOptions extends ImpliedRateOptions {
  /**
   * The days whose fixes count. Default: from one ECB business day before the earliest date on the
   * snapshot to the latest (a writer in the morning has yesterday's fix).
   */
  readonly window?: DayWindow;
  /**
   * How far (basis points) a fix may sit outside the implied interval and still be `withinTolerance`.
   * Default per pair: EUR/GBP 44, GBP/USD 67, EUR/USD 70, others 100 (90th percentile of one-day ECB
   * moves 2024–2025).
   */
  readonly toleranceBps?: number;
  /** Above this half-width (basis points) of the implied interval the verdict is `indeterminate`. @defaultValue 250 */
  readonly maxResolutionBps?: number;
  /** How many days either side of the window to search for a matching fix. @defaultValue 366 */
  readonly searchDays?: number;
}

/** The reference fix that fits best. */
export interface BestFix {
  readonly date: string;
  /** The fix as `quote` per `base` of the snapshot (from → to). */
  readonly rate: Rate;
  readonly source: string;
  /** Relative distance of the fix to the implied interval, basis points (0 when inside). */
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
  readonly implied: ImpliedRate;
  readonly best?: BestFix;
  /** A fix outside the window that lies in the implied interval, nearest to it. */
  readonly outsideMatch?: { readonly date: string; readonly rate: Rate };
  readonly toleranceBps: number;
  readonly maxResolutionBps: number;
  readonly window: DayWindow;
  /** How many fixes the window held. */
  readonly fixesInWindow: number;
}

const DEFAULT_TOLERANCE: Readonly<Record<string, number>> = { 'EUR/GBP': 44, 'GBP/USD': 67, 'EUR/USD': 70 };

/**
 * The default tolerance for a pair, in basis points (order does not matter).
 *
 * @example
 * ```ts
 * defaultToleranceBps('GBP', 'EUR'); // 44
 * ```
 */
export function defaultToleranceBps(a: string, b: string): number {
  const key = a < b ? `${a}/${b}` : `${b}/${a}`;
  return DEFAULT_TOLERANCE[key] ?? 100;
}

const BP = ratio(10_000n);
const ONE = ratio(1n);

/** Relative distance of r to [low, high] in basis points, exact. */
function gapOf(r: Ratio, low: Ratio, high: Ratio): Ratio {
  if (ratioCmp(r, low) < 0) return ratioMul(ratioDiv(ratioSub(low, r), r), BP);
  if (ratioCmp(r, high) > 0) return ratioMul(ratioDiv(ratioSub(r, high), r), BP);
  return ratio(0n);
}

/** |x / r − 1| × 10⁴ ≤ tau */
function within(x: Ratio, r: Ratio, tau: Ratio): boolean {
  return ratioCmp(ratioMul(ratioAbs(ratioSub(ratioDiv(x, r), ONE)), BP), tau) <= 0;
}

function defaultWindow(snapshot: ConversionSnapshot): DayWindow {
  const days = [snapshot.eventDate, snapshot.publishedDate].filter((d): d is string => d !== undefined);
  if (days.length === 0) {
    throw new ReckonError(
      'INVALID_ARGUMENT',
      'The snapshot has no eventDate or publishedDate: pass options.window to say which fixes count.',
      { id: snapshot.id },
    );
  }
  for (const d of days) assertIsoDate(d, 'snapshot date');
  days.sort();
  return { from: previousTargetBusinessDay(days[0] ?? ''), to: days[days.length - 1] ?? '' };
}

/**
 * Checks a reported conversion against reference rates.
 *
 * 1. Implied interval I = [B_low/A, B_high/A] from B's rounding; point r̂ = B/A.
 * 2. The fixes in the window (default: one ECB business day before the earliest date on the snapshot, to
 *    the latest).
 * 3. Per fix: gap = 0 inside I, else its relative distance to I; deviation = (r̂/r − 1) × 10⁴.
 * 4. `indeterminate` without fixes or when I's half-width exceeds the resolution limit; else
 *    `consistent` (a fix inside I), `withinTolerance` (gap ≤ τ) or `inconsistent`, with reasons.
 *
 * @param snapshot - the reported conversion
 * @param rates - a provider, one rate (used whatever its day), or a list of rates
 * @param options - {@link CheckConversionOptions}
 * @returns the verdict
 * @throws {@link ReckonError} `INVALID_ARGUMENT` for a snapshot without dates and no window, zero
 *   amounts, or bad numeric options; `INVALID_DATE` for a bad window
 * @example
 * ```ts
 * const verdict = checkConversion(
 *   { from: parseFigure('£11bn'), to: parseFigure('€12.68bn'), eventDate: '2025-09-16', publishedDate: '2025-09-18' },
 *   parseEcbCsv(readFileSync('eurofxref-hist.csv', 'utf8')),
 * );
 * verdict.status; // 'consistent'
 * verdict.best?.date; // '2025-09-17'
 * ```
 */
export function checkConversion(
  snapshot: ConversionSnapshot,
  rates: RateProvider | Rate | readonly Rate[],
  options: CheckConversionOptions = {},
): ConversionVerdict {
  const implied = impliedRate(snapshot, options);
  const { base, quote } = implied;
  const toleranceBps = options.toleranceBps ?? defaultToleranceBps(base, quote);
  const maxResolutionBps = options.maxResolutionBps ?? 250;
  const tau = ratioFromNumber(toleranceBps, 'toleranceBps');
  const limit = ratioFromNumber(maxResolutionBps, 'maxResolutionBps');
  if (tau.n < 0n || limit.n < 0n)
    throw new ReckonError('INVALID_ARGUMENT', 'Tolerances must not be negative.');

  const single = !Array.isArray(rates) && 'value' in (rates as object) ? (rates as Rate) : undefined;
  const provider: RateProvider = single
    ? staticRates([single])
    : Array.isArray(rates)
      ? staticRates(rates as readonly Rate[])
      : (rates as RateProvider);
  const window = options.window
    ? {
        from: assertIsoDate(options.window.from, 'window.from'),
        to: assertIsoDate(options.window.to, 'window.to'),
      }
    : single
      ? { from: single.date, to: single.date }
      : defaultWindow(snapshot);

  const base0 = {
    from: snapshot.from,
    to: snapshot.to,
    implied,
    toleranceBps,
    maxResolutionBps,
    window,
  };
  const fixes = provider.fixes(base, quote, window.from, window.to);
  if (fixes.length === 0) {
    return { ...base0, status: 'indeterminate', reasons: ['noReferenceRate'], fixesInWindow: 0 };
  }

  // Best fix: smallest gap, then smallest |deviation|, then the later day.
  let best: { rate: Rate; gap: Ratio; dev: Ratio } | undefined;
  for (const rate of fixes) {
    const gap = gapOf(rate.value, implied.low, implied.high);
    const dev = ratioMul(ratioSub(ratioDiv(implied.point, rate.value), ONE), BP);
    if (
      !best ||
      ratioCmp(gap, best.gap) < 0 ||
      (ratioCmp(gap, best.gap) === 0 && ratioCmp(ratioAbs(dev), ratioAbs(best.dev)) <= 0)
    ) {
      best = { rate, gap, dev };
    }
  }
  if (!best) throw new ReckonError('NO_RATE', 'unreachable: fixes were found');
  const bestFix: BestFix = {
    date: best.rate.date,
    rate: best.rate,
    source: best.rate.source,
    gapBps: ratioToApproxNumber(best.gap),
    deviationBps: ratioToApproxNumber(best.dev),
  };
  const halfWidth = ratioMul(
    ratioDiv(ratioDiv(ratioSub(implied.high, implied.low), ratio(2n)), ratioAbs(implied.point)),
    BP,
  );
  const common = { ...base0, best: bestFix, fixesInWindow: fixes.length };
  if (ratioCmp(halfWidth, limit) > 0) return { ...common, status: 'indeterminate', reasons: ['tooCoarse'] };
  if (best.gap.n === 0n) return { ...common, status: 'consistent', reasons: [] };
  if (ratioCmp(best.gap, tau) <= 0) return { ...common, status: 'withinTolerance', reasons: [] };

  const reasons: ConversionReason[] = [];
  if (fixes.some((f) => within(implied.point, ratioDiv(ONE, f.value), tau))) reasons.push('inverted');
  const factors = [10n ** 3n, 10n ** 6n].flatMap((k) => [ratio(k), ratio(1n, k)]);
  if (fixes.some((f) => factors.some((k) => within(implied.point, ratioMul(f.value, k), tau))))
    reasons.push('scale');
  const outsideMatch = findOutsideMatch(provider, implied, window, options.searchDays ?? 366);
  if (outsideMatch) reasons.push('matchesOutsideWindow');
  return {
    ...common,
    status: 'inconsistent',
    reasons,
    ...(outsideMatch ? { outsideMatch: { date: outsideMatch.date, rate: outsideMatch } } : {}),
  };
}

/** The fix nearest to the window, outside it, that lies in the implied interval. */
function findOutsideMatch(
  provider: RateProvider,
  implied: ImpliedRate,
  window: DayWindow,
  days: number,
): Rate | undefined {
  const inside = (r: Rate) => ratioCmp(r.value, implied.low) >= 0 && ratioCmp(r.value, implied.high) <= 0;
  const before = provider.fixes(
    implied.base,
    implied.quote,
    addDays(window.from, -days),
    addDays(window.from, -1),
  );
  const after = provider.fixes(implied.base, implied.quote, addDays(window.to, 1), addDays(window.to, days));
  let found: Rate | undefined;
  let distance = Number.POSITIVE_INFINITY;
  for (const r of before) {
    const d = dayNumber(window.from) - dayNumber(r.date);
    if (inside(r) && d <= distance) {
      found = r;
      distance = d;
    }
  }
  for (const r of after) {
    const d = dayNumber(r.date) - dayNumber(window.to);
    if (inside(r) && d < distance) {
      found = r;
      distance = d;
    }
  }
  return found;
}
