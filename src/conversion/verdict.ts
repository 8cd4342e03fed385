/** What {@link checkConversion} returns and takes: the verdict, its status and reasons, the options. */
import type { Figure } from '../figure/types';
import type { DayRange } from '../rates/provider';
import type { Rate } from '../rates/rate';
import type { ImpliedRate, ImpliedRateOptions } from './implied-rate';

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
