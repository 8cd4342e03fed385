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
import type { Rate } from '../rates/rate';
import { type RatesLike, ratesFrom } from '../rates/to-provider';
import { impliedRate } from './implied-rate';
import type { ConversionSnapshot } from './snapshot';
import { defaultToleranceBps } from './tolerance';
import type { CheckConversionOptions, ConversionReason, ConversionVerdict } from './verdict';
import { defaultWindow, givenWindow, outsideMatch, pairSpan } from './window';

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
