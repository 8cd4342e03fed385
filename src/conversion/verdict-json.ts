import { assertArray, assertOneOf, assertRecord, assertString, invalidArgument } from '../_lib/guards';
import { assertFigure } from '../figure/figure-allows';
import { type FigureJSON, figureToJSON } from '../figure/figure-json';
import { isRatio, ratioToDecimal, ratioToString } from '../math/ratio';
import type { ConversionReason, ConversionStatus, ConversionVerdict, DayWindow } from './check-conversion';
import { explainVerdict } from './explain';

/**
 * The JSON form of a {@link ConversionVerdict}, as `reckon check --json` prints it (docs/cli.md):
 * figures as {@link FigureJSON}, the reference fixes exact ("0.8675", "n/d"), the implied rate as
 * decimals of 10 digits (for reading; the exact interval follows from the figures), basis points as
 * numbers, and the verdict explained in English.
 */
export interface VerdictJSON {
  readonly status: ConversionStatus;
  readonly reasons: readonly ConversionReason[];
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
  readonly best?: {
    readonly date: string;
    readonly rate: string;
    readonly source: string;
    readonly gapBps: number;
    readonly deviationBps: number;
  };
  readonly outsideMatch?: { readonly date: string; readonly rate: string };
  readonly toleranceBps: number;
  readonly window: DayWindow;
  readonly eventWindow?: DayWindow;
  readonly fixesInWindow: number;
  readonly ratesEnd?: string;
}

const STATUSES: readonly ConversionStatus[] = [
  'consistent',
  'withinTolerance',
  'inconsistent',
  'indeterminate',
];

function assertRatio(value: unknown, path: string): void {
  if (!isRatio(value)) throw invalidArgument(path, 'a ratio { n, d } of bigints with d > 0', value);
}

function assertFinite(value: unknown, path: string): void {
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
  assertFinite(v.fixesInWindow, 'verdict.fixesInWindow');
  const w = assertRecord(v.window, 'verdict.window');
  assertString(w.from, 'verdict.window.from');
  assertString(w.to, 'verdict.window.to');
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
 * console.log(verdictToJSON(v).best?.rate); // → 347/400
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
      point: ratioToDecimal(v.implied.point, 10),
      low: ratioToDecimal(v.implied.low, 10),
      high: ratioToDecimal(v.implied.high, 10),
    },
    ...(v.impliedMax
      ? {
          impliedMax: {
            base: v.impliedMax.base,
            quote: v.impliedMax.quote,
            point: ratioToDecimal(v.impliedMax.point, 10),
            low: ratioToDecimal(v.impliedMax.low, 10),
            high: ratioToDecimal(v.impliedMax.high, 10),
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
      ? { outsideMatch: { date: v.outsideMatch.date, rate: ratioToString(v.outsideMatch.rate.value) } }
      : {}),
    toleranceBps: v.toleranceBps,
    window: v.window,
    ...(v.eventWindow ? { eventWindow: v.eventWindow } : {}),
    fixesInWindow: v.fixesInWindow,
    ...(v.ratesEnd ? { ratesEnd: v.ratesEnd } : {}),
  };
}
