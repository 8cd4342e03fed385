import { assertArray, assertOneOf, assertRecord, assertString, invalidArgument } from '../_lib/guards';
import { assertFigure } from '../figure/figure-allows';
import { type FigureJSON, figureToJSON } from '../figure/figure-json';
import { isRatio, ratioToString } from '../math/ratio';
import type { DayRange } from '../rates/provider';
import { explainVerdict } from './explain';
import type { ConversionReason, ConversionStatus, ConversionVerdict } from './verdict';

/**
 * The JSON form of a {@link ConversionVerdict}, as `reckon check --json` prints it (docs/cli.md):
 * figures as {@link FigureJSON}, every rate exact (the implied point and interval and the reference
 * fixes as an exact decimal such as "0.8675" when there is one, else "n/d"), basis points as numbers,
 * and the verdict explained in English. {@link verdictFromJSON} reads it back to an equal verdict.
 */
export interface VerdictJSON {
  readonly status: ConversionStatus;
  readonly reasons: readonly ConversionReason[];
  /** Written for reading; {@link verdictFromJSON} ignores it (it follows from the rest). */
  readonly explanation: string;
  readonly from: FigureJSON;
  readonly to: FigureJSON;
  readonly implied: {
    readonly base: string;
    readonly quote: string;
    readonly point: string;
    readonly low: string;
    readonly high: string;
  };
  /** For a range converted to a range, the rate the upper ends imply. */
  readonly impliedMax?: {
    readonly base: string;
    readonly quote: string;
    readonly point: string;
    readonly low: string;
    readonly high: string;
  };
  /** The best fix; its pair is the implied rate's. */
  readonly best?: {
    readonly date: string;
    readonly rate: string;
    readonly source: string;
    readonly gapBps: number;
    readonly deviationBps: number;
  };
  readonly outsideMatch?: { readonly date: string; readonly rate: string; readonly source: string };
  readonly toleranceBps: number;
  readonly maxResolutionBps: number;
  readonly window: DayRange;
  /** The event's days, when the event and the publication are more than 31 days apart. */
  readonly eventWindow?: DayRange;
  /** The snapshot's eventDate when it is after publication: it did not count for the window. */
  readonly laterEventDate?: string;
  readonly fixesInWindow: number;
  readonly ratesSpan?: DayRange;
  readonly ratesEnd?: string;
}

/** @internal */
export const REASONS: readonly ConversionReason[] = [
  'noReferenceRate',
  'rangeMismatch',
  'tooCoarse',
  'inverted',
  'scale',
  'matchesOutsideWindow',
];

/** @internal */
export const STATUSES: readonly ConversionStatus[] = [
  'consistent',
  'withinTolerance',
  'inconsistent',
  'indeterminate',
];

function assertRatio(value: unknown, path: string): void {
  if (!isRatio(value)) throw invalidArgument(path, 'a ratio { n, d } of bigints with d > 0', value);
}

/** @internal */
export function assertFinite(value: unknown, path: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw invalidArgument(path, 'a finite number', value);
}

/** Checks the parts of a verdict the JSON form reads: a forged one fails here, not deep inside. */
function readVerdict(verdict: unknown): ConversionVerdict {
  const v = assertRecord(verdict, 'verdict');
  assertOneOf(v.status, STATUSES, 'verdict.status');
  assertArray(v.reasons, 'verdict.reasons');
  assertFigure(v.from, 'verdict.from');
  assertFigure(v.to, 'verdict.to');
  const implied = assertRecord(v.implied, 'verdict.implied');
  assertString(implied.base, 'verdict.implied.base');
  assertString(implied.quote, 'verdict.implied.quote');
  for (const k of ['point', 'low', 'high'] as const) assertRatio(implied[k], `verdict.implied.${k}`);
  if (v.impliedMax !== undefined) {
    const m = assertRecord(v.impliedMax, 'verdict.impliedMax');
    for (const k of ['point', 'low', 'high'] as const) assertRatio(m[k], `verdict.impliedMax.${k}`);
  }
  for (const k of ['best', 'outsideMatch'] as const) {
    if (v[k] === undefined) continue;
    const fix = assertRecord(v[k], `verdict.${k}`);
    assertString(fix.date, `verdict.${k}.date`);
    assertRatio(assertRecord(fix.rate, `verdict.${k}.rate`).value, `verdict.${k}.rate.value`);
    if (k === 'best') {
      assertString(fix.source, 'verdict.best.source');
      assertFinite(fix.gapBps, 'verdict.best.gapBps');
      assertFinite(fix.deviationBps, 'verdict.best.deviationBps');
    }
  }
  assertFinite(v.toleranceBps, 'verdict.toleranceBps');
  assertFinite(v.maxResolutionBps, 'verdict.maxResolutionBps');
  assertFinite(v.fixesInWindow, 'verdict.fixesInWindow');
  const w = assertRecord(v.window, 'verdict.window');
  assertString(w.from, 'verdict.window.from');
  assertString(w.to, 'verdict.window.to');
  if (v.ratesSpan !== undefined) {
    const span = assertRecord(v.ratesSpan, 'verdict.ratesSpan');
    assertString(span.from, 'verdict.ratesSpan.from');
    assertString(span.to, 'verdict.ratesSpan.to');
  }
  return v as unknown as ConversionVerdict;
}

/**
 * Writes a conversion verdict as JSON-safe data, the shape `reckon check --json` prints for each
 * conversion (there with its `id` first).
 *
 * @param verdict - what {@link checkConversion} returned
 * @returns the JSON form
 * @throws {@link ReckonError} `INVALID_ARGUMENT` when `verdict` is not a verdict (a missing or forged part,
 *   named by its path)
 * @example
 * ```ts
 * import { checkConversion, parseFigure, verdictToJSON } from 'reckon';
 *
 * const rates = [{ base: 'EUR', quote: 'GBP', value: '0.8675', date: '2025-09-17', source: 'ECB' }];
 * const v = checkConversion(
 *   { from: parseFigure('£11bn'), to: parseFigure('€12.68bn'), publishedDate: '2025-09-18' },
 *   rates,
 * );
 * console.log(verdictToJSON(v).best?.rate); // → 400/347
 * ```
 */
export function verdictToJSON(verdict: ConversionVerdict): VerdictJSON {
  const v = readVerdict(verdict);
  return {
    status: v.status,
    reasons: v.reasons,
    explanation: explainVerdict(v),
    from: figureToJSON(v.from),
    to: figureToJSON(v.to),
    implied: {
      base: v.implied.base,
      quote: v.implied.quote,
      point: ratioToString(v.implied.point),
      low: ratioToString(v.implied.low),
      high: ratioToString(v.implied.high),
    },
    ...(v.impliedMax
      ? {
          impliedMax: {
            base: v.impliedMax.base,
            quote: v.impliedMax.quote,
            point: ratioToString(v.impliedMax.point),
            low: ratioToString(v.impliedMax.low),
            high: ratioToString(v.impliedMax.high),
          },
        }
      : {}),
    ...(v.best
      ? {
          best: {
            date: v.best.date,
            rate: ratioToString(v.best.rate.value),
            source: v.best.source,
            gapBps: v.best.gapBps,
            deviationBps: v.best.deviationBps,
          },
        }
      : {}),
    ...(v.outsideMatch
      ? {
          outsideMatch: {
            date: v.outsideMatch.date,
            rate: ratioToString(v.outsideMatch.rate.value),
            source: v.outsideMatch.rate.source,
          },
        }
      : {}),
    toleranceBps: v.toleranceBps,
    maxResolutionBps: v.maxResolutionBps,
    window: { from: v.window.from, to: v.window.to },
    ...(v.eventWindow ? { eventWindow: { from: v.eventWindow.from, to: v.eventWindow.to } } : {}),
    ...(v.laterEventDate ? { laterEventDate: v.laterEventDate } : {}),
    fixesInWindow: v.fixesInWindow,
    ...(v.ratesSpan ? { ratesSpan: { from: v.ratesSpan.from, to: v.ratesSpan.to } } : {}),
    ...(v.ratesEnd ? { ratesEnd: v.ratesEnd } : {}),
  };
}
