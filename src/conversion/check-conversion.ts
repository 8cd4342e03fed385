import { assertRecord, assertString, hasOwn, invalidArgument, readKnownOptions } from '../_lib/guards';
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
import { addDaysWithin, assertIsoDate, dayNumber } from '../rates/dates';
import { readMaxRateAge } from '../rates/fresh-rate';
import type { RateProvider } from '../rates/provider';
import type { Rate } from '../rates/rate';
import { type RatesLike, toRateProvider } from '../rates/to-provider';
import { type ImpliedRate, type ImpliedRateOptions, impliedRate } from './implied-rate';
import type { ConversionSnapshot } from './snapshot';

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

/** A day range, both ends included. */
export interface DayWindow {
  readonly from: string;
  readonly to: string;
}

/** Options for {@link checkConversion}. */
export interface CheckConversionOptions extends ImpliedRateOptions {
  /**
   * The days whose fixes count, both ends included. Default: from the last day before the earliest date
   * on the snapshot on which the rates given have a fix for the pair (a writer in the morning has
   * yesterday's fix; days come from the rates, not from a calendar), at most `maxRateAgeDays` before
   * it, to the latest date on the snapshot. When the two dates are more than 31 days apart, only the
   * days of each count (see {@link ConversionVerdict.eventWindow}).
   */
  readonly window?: DayWindow;
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
  readonly window: DayWindow;
  /**
   * The event's days, when the event and the publication are more than 31 days apart: the writer
   * converted at the event's rate or at the day's, and the fixes in between do not count.
   */
  readonly eventWindow?: DayWindow;
  /** How many fixes the window (and `eventWindow`) held. */
  readonly fixesInWindow: number;
  /** The first and last day on which the rates given have a fix for the pair; absent when they have none. */
  readonly ratesSpan?: DayWindow;
  /**
   * The last day of the rates given for the pair, when it is before the end of the window: the verdict
   * stands on the fixes it has, but a later fix may be missing.
   */
  readonly ratesEnd?: string;
}

const CHECK_OPTIONS: readonly (keyof CheckConversionOptions)[] = [
  'assumeSourceExact',
  'window',
  'maxRateAgeDays',
  'toleranceBps',
  'maxResolutionBps',
];

const DEFAULT_TOLERANCE: Readonly<Record<string, number>> = { 'EUR/GBP': 44, 'GBP/USD': 67, 'EUR/USD': 70 };

/**
 * The default tolerance for a pair, in basis points (order does not matter).
 *
 * @param a - one currency code
 * @param b - the other
 * @returns EUR/GBP 44, GBP/USD 67, EUR/USD 70, any other pair 100
 * @throws {@link ReckonError} `INVALID_ARGUMENT` when a code is not a string
 * @example
 * ```ts
 * defaultToleranceBps('GBP', 'EUR'); // 44
 * ```
 */
export function defaultToleranceBps(a: string, b: string): number {
  assertString(a, 'a');
  assertString(b, 'b');
  const key = a < b ? `${a}/${b}` : `${b}/${a}`;
  return hasOwn(DEFAULT_TOLERANCE, key) ? (DEFAULT_TOLERANCE[key] as number) : 100;
}

const BP = ratio(10_000n);
const ONE = ratio(1n);
const ZERO = ratio(0n);
/** Unit slips: thousand, million, billion, either way. */
const SCALES: readonly Ratio[] = [10n ** 3n, 10n ** 6n, 10n ** 9n].flatMap((k) => [ratio(k), ratio(1n, k)]);
/** How far outside the window a matching fix is searched for, in days. */
const OUTSIDE_DAYS = 30;
/** Dates further apart than this count only their own days, not the days between them. */
const LONG_WINDOW_DAYS = 31;
/** Days after which a lookup cannot be (a bound for "the last fix"). */
const FIRST_DAY = '1000-01-01';
const LAST_DAY = '9999-12-31';
const FIRST_ISO_DAY = '0000-01-01';

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

const minDay = (a: string, b: string) => (a < b ? a : b);

/** The window the caller gave, checked: real days, `to` not before `from`. */
function givenWindow(window: DayWindow): DayWindow {
  assertRecord(window, 'options.window');
  const from = assertIsoDate(window.from, 'options.window.from');
  const to = assertIsoDate(window.to, 'options.window.to');
  if (to < from) {
    throw new ReckonError('INVALID_DATE', `window.to (${to}) is before window.from (${from}).`, {
      input: `${from}..${to}`,
    });
  }
  return { from, to };
}

/**
 * From the last day strictly before the earliest date on the snapshot with a fix for the pair in the
 * rates given, at most `maxAge` days before it (or that earliest date when there is none), to the latest
 * date on the snapshot; when the dates are more than {@link LONG_WINDOW_DAYS} apart, the same for each
 * date alone (the event's days and the publication's days).
 */
function defaultWindow(
  snapshot: ConversionSnapshot,
  provider: RateProvider,
  base: string,
  quote: string,
  maxAge: number,
): { window: DayWindow; eventWindow?: DayWindow } {
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
  const earliest = days[0] ?? '';
  const latest = days[days.length - 1] ?? '';
  const start = (day: string) => {
    const before = provider.rateOn(base, quote, addDaysWithin(day, -1), { policy: 'previous' });
    const fresh = before && dayNumber(day) - dayNumber(before.rate.date) <= maxAge;
    return fresh ? before.rate.date : day;
  };
  if (dayNumber(latest) - dayNumber(earliest) > LONG_WINDOW_DAYS) {
    return {
      window: { from: start(latest), to: latest },
      eventWindow: { from: start(earliest), to: earliest },
    };
  }
  return { window: { from: start(earliest), to: latest } };
}

/** A range's upper end as a figure of its own, with the range's quantum. */
function upperEnd(figure: Figure, max: NonNullable<Figure['max']>): Figure {
  return { amount: max, qualifier: 'exact', quantum: figure.quantum };
}

const isRange = (f: Figure) => f.qualifier === 'range' && f.max !== undefined;

/** The first and last day with a fix for the pair, when there is any. */
function pairSpan(provider: RateProvider, base: string, quote: string): DayWindow | undefined {
  const last = provider.rateOn(base, quote, LAST_DAY, { policy: 'previous' });
  const first = provider.rateOn(base, quote, FIRST_DAY, { policy: 'nearest' });
  return first && last ? { from: first.rate.date, to: last.rate.date } : undefined;
}

/**
 * Checks a reported conversion against reference rates. The rules, in this order (exact rationals
 * throughout; docs/conversions.md has an example of each):
 *
 * 1. Implied interval I = [B_low/A, B_high/A] from B's rounding (A exact unless `assumeSourceExact:
 *    false`); point r̂ = B/A.
 * 2. Window: see {@link CheckConversionOptions.window}. One rate or a list of rates behaves like
 *    {@link staticRates} over them: the same default window, taken from the rates' own days.
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
 * @throws {@link ReckonError} `INVALID_ARGUMENT` for a snapshot without dates and no window, zero or
 *   opposite-sign amounts, bad numeric options or rates that are not rates; `INVALID_DATE` for a
 *   malformed day or a window whose end is before its start
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
  rates: RatesLike,
  options: CheckConversionOptions = {},
): ConversionVerdict {
  const o = readKnownOptions(options, CHECK_OPTIONS, 'checkConversion');
  const implied = impliedRate(snapshot, {
    ...(o.assumeSourceExact !== undefined ? { assumeSourceExact: o.assumeSourceExact } : {}),
  });
  const { base, quote } = implied;
  const maxAge = readMaxRateAge(o.maxRateAgeDays, 'options.maxRateAgeDays');
  // A range converted to a range: both ends must fit one fix, so each fix is judged on both.
  const fromMax = snapshot.from.max;
  const toMax = snapshot.to.max;
  const impliedMax =
    isRange(snapshot.from) && isRange(snapshot.to) && fromMax && toMax
      ? impliedRate(
          { from: upperEnd(snapshot.from, fromMax), to: upperEnd(snapshot.to, toMax) },
          { ...(o.assumeSourceExact !== undefined ? { assumeSourceExact: o.assumeSourceExact } : {}) },
        )
      : undefined;
  const parts = impliedMax ? [implied, impliedMax] : [implied];
  const gapOfAll = (x: Ratio) =>
    parts.map((p) => gapOf(x, p.low, p.high)).reduce((m, g) => (ratioCmp(g, m) > 0 ? g : m));
  const toleranceBps =
    basisPoints(o.toleranceBps, 'options.toleranceBps') ?? defaultToleranceBps(base, quote);
  const maxResolutionBps = basisPoints(o.maxResolutionBps, 'options.maxResolutionBps') ?? 250;
  const tau = ratioFromNumber(toleranceBps, 'toleranceBps');
  const limit = ratioFromNumber(maxResolutionBps, 'maxResolutionBps');

  const provider = toRateProvider(rates);
  const { window, eventWindow } =
    o.window !== undefined
      ? { window: givenWindow(o.window), eventWindow: undefined }
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
  if (!best) throw new ReckonError('NO_RATE', 'unreachable: fixes were found');
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

/**
 * The fix nearest to the window (ties: the later day) that lies in the implied interval, searched 30
 * days before and after the window but never after `cap` (the publication date, else the window's
 * end): a writer cannot have used a later fix.
 */
function outsideMatch(
  provider: RateProvider,
  parts: readonly ImpliedRate[],
  window: DayWindow,
  cap: string,
): Rate | undefined {
  const implied = parts[0] as ImpliedRate;
  const inside = (r: Rate) =>
    parts.every((p) => ratioCmp(r.value, p.low) >= 0 && ratioCmp(r.value, p.high) <= 0);
  // No search past 0000-01-01 or 9999-12-31: reckon reads no day beyond them (isIsoDate).
  const search = (from: string, to: string, edge: boolean) =>
    !edge && from <= to ? provider.fixes(implied.base, implied.quote, from, to) : [];
  let found: Rate | undefined;
  let distance = Number.POSITIVE_INFINITY;
  const start = dayNumber(window.from);
  const end = dayNumber(window.to);
  // Oldest first in each range; "≤" lets the later of two days at the same distance win.
  for (const r of search(
    addDaysWithin(window.from, -OUTSIDE_DAYS),
    minDay(addDaysWithin(window.from, -1), cap),
    window.from === FIRST_ISO_DAY,
  )) {
    const d = start - dayNumber(r.date);
    if (inside(r) && d <= distance) {
      found = r;
      distance = d;
    }
  }
  for (const r of search(
    addDaysWithin(window.to, 1),
    minDay(addDaysWithin(window.to, OUTSIDE_DAYS), cap),
    window.to === LAST_DAY,
  )) {
    const d = dayNumber(r.date) - end;
    if (inside(r) && d <= distance) {
      found = r;
      distance = d;
    }
  }
  return found;
}
