import { assertString, optionalOneOf, readKnownOptions } from '../_lib/guards';
import { ReckonError } from '../errors/reckon-error';
import { type Ratio, ratio, ratioDiv, readRatio } from '../math/ratio';
import { assertIsoDate, dayNumber } from './dates';
import type { Rate } from './rate';

/** A range of ISO days, both ends included: `from ≤ day ≤ to`. Every range of days in reckon has this shape. */
export interface DayRange {
  readonly from: string;
  readonly to: string;
}

/** How a single-day lookup treats a day without a fix (a weekend, a TARGET holiday). */
export type RatePolicy = 'exact' | 'previous' | 'nearest';

const POLICIES: readonly RatePolicy[] = ['exact', 'previous', 'nearest'];

/** Options for {@link RateProvider.rateOn}. */
export interface RateOnOptions {
  /** `exact` (default): only that day; `previous`: the latest fix on or before it; `nearest`: the closest (ties go to the earlier). */
  readonly policy?: RatePolicy;
}

/** The answer of a single-day lookup: the fix, and the day asked for (the fix says which day it used). */
export interface RateLookup {
  readonly rate: Rate;
  readonly requestedDate: string;
  readonly policy: RatePolicy;
  /** True when the fix is from another day than the one asked for. */
  readonly substituted: boolean;
}

/**
 * Answers which fixes exist for base→quote. Cross rates go through EUR exactly (X→Y = c_Y / c_X for
 * quotes c per 1 EUR). Implemented by {@link ratesFromEcbCsv}, {@link ratesFromEcbXml}, {@link ratesFromList} and
 * {@link ratesFromConversions}.
 */
export interface RateProvider {
  /** A name for where the rates come from ("ECB", "user", "implied"). */
  readonly source: string;
  /** The currencies it has rates for (including the pivot, EUR). */
  readonly currencies: readonly string[];
  /** The first and last day with a fix (`from`, `to`), when it has any. */
  readonly span: DayRange | undefined;
  /**
   * Every fix for base→quote with `from ≤ date ≤ to`, oldest first. Days without a fix are simply
   * absent; nothing is guessed. Same currency or unknown pair: an empty list.
   */
  fixes(base: string, quote: string, from: string, to: string): readonly Rate[];
  /** The fix for one day, by policy; undefined when there is none. */
  rateOn(base: string, quote: string, date: string, options?: RateOnOptions): RateLookup | undefined;
}

/**
 * One dated series of values for a pair, oldest first. Values stay as written (strings) until asked
 * for, so that loading 27 years of ECB history costs no bigint work.
 * @internal
 */
export interface Series {
  readonly dates: readonly string[];
  readonly values: readonly (string | Ratio)[];
  readonly sources?: readonly string[];
}

/** One side of a lookup: a stored series, read directly or inverted. */
interface Leg {
  readonly series: Series;
  readonly invert: boolean;
}

function lowerBound(dates: readonly string[], day: string): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((dates[mid] ?? '') < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function valueAt(leg: Leg, i: number): Ratio {
  const raw = leg.series.values[i];
  const r = typeof raw === 'string' ? readRatio(raw) : raw;
  if (!r || r.n <= 0n)
    throw new ReckonError('INVALID_RATES', `Stored rate "${String(raw)}" is not positive.`);
  return leg.invert ? ratio(r.d, r.n) : r;
}

/**
 * Builds a provider over stored series keyed "BASE/QUOTE", crossing through `pivot`.
 * @internal
 */
export function seriesProvider(
  source: string,
  stored: ReadonlyMap<string, Series | (() => Series)>,
  pivot = 'EUR',
  span?: DayRange,
): RateProvider {
  const currencies = [...new Set([...stored.keys()].flatMap((k) => k.split('/')))].sort();
  // Series may be built on first use (the ECB CSV reader defers each currency's column).
  const cache = new Map<string, Series>();
  const get = (key: string): Series | undefined => {
    const hit = cache.get(key);
    if (hit) return hit;
    const entry = stored.get(key);
    if (!entry) return undefined;
    const s = typeof entry === 'function' ? entry() : entry;
    cache.set(key, s);
    return s;
  };
  let first = span?.from;
  let last = span?.to;
  for (const entry of span ? [] : stored.values()) {
    const s = typeof entry === 'function' ? entry() : entry;
    const a = s.dates[0];
    const b = s.dates[s.dates.length - 1];
    if (a !== undefined && (first === undefined || a < first)) first = a;
    if (b !== undefined && (last === undefined || b > last)) last = b;
  }

  const leg = (base: string, quote: string): Leg | undefined => {
    const direct = get(`${base}/${quote}`);
    if (direct) return { series: direct, invert: false };
    const inverse = get(`${quote}/${base}`);
    return inverse ? { series: inverse, invert: true } : undefined;
  };

  const sourceAt = (l: Leg, i: number) => l.series.sources?.[i] ?? source;

  /** The legs for base→quote: one (direct or inverse), or two through the pivot (value = b / a). */
  const route = (base: string, quote: string): { a?: Leg; b: Leg } | undefined => {
    if (base === quote) return undefined;
    const one = leg(base, quote);
    if (one) return { b: one };
    const a = leg(pivot, base);
    const b = leg(pivot, quote);
    return a && b ? { a, b } : undefined;
  };

  const make = (base: string, quote: string, r: { a?: Leg; b: Leg }, i: number, j: number): Rate => {
    const vb = valueAt(r.b, j);
    const value = r.a ? ratioDiv(vb, valueAt(r.a, i)) : vb;
    return { base, quote, value, date: r.b.series.dates[j] ?? '', source: sourceAt(r.b, j) };
  };

  /** Index in a of the day r.b has at j, or -1. */
  const partner = (r: { a?: Leg; b: Leg }, j: number): number => {
    if (!r.a) return j;
    const day = r.b.series.dates[j] ?? '';
    const i = lowerBound(r.a.series.dates, day);
    return r.a.series.dates[i] === day ? i : -1;
  };

  const fixes = (base: string, quote: string, from: string, to: string): readonly Rate[] => {
    assertString(base, 'base');
    assertString(quote, 'quote');
    assertIsoDate(from, 'from');
    assertIsoDate(to, 'to');
    const r = route(base, quote);
    if (!r) return [];
    const out: Rate[] = [];
    const dates = r.b.series.dates;
    for (let j = lowerBound(dates, from); j < dates.length && (dates[j] ?? '') <= to; j++) {
      const i = partner(r, j);
      if (i >= 0) out.push(make(base, quote, r, i, j));
    }
    return out;
  };

  const rateOn = (
    base: string,
    quote: string,
    date: string,
    options: RateOnOptions = {},
  ): RateLookup | undefined => {
    assertString(base, 'base');
    assertString(quote, 'quote');
    assertIsoDate(date, 'date');
    const policy =
      optionalOneOf(readKnownOptions(options, ['policy'], 'rateOn').policy, POLICIES, 'options.policy') ??
      'exact';
    const r = route(base, quote);
    if (!r) return undefined;
    const dates = r.b.series.dates;
    const at = lowerBound(dates, date);
    const found = (j: number): RateLookup => {
      const rate = make(base, quote, r, partner(r, j), j);
      return { rate, requestedDate: date, policy, substituted: rate.date !== date };
    };
    if (dates[at] === date && partner(r, at) >= 0) return found(at);
    if (policy === 'exact') return undefined;
    let before = at - 1;
    while (before >= 0 && partner(r, before) < 0) before--;
    if (policy === 'previous') return before >= 0 ? found(before) : undefined;
    let after = dates[at] === date ? at + 1 : at;
    while (after < dates.length && partner(r, after) < 0) after++;
    const hasAfter = after < dates.length;
    if (before < 0) return hasAfter ? found(after) : undefined;
    if (!hasAfter) return found(before);
    const d = dayNumber(date);
    const gapBefore = d - dayNumber(dates[before] ?? date);
    const gapAfter = dayNumber(dates[after] ?? date) - d;
    return found(gapAfter < gapBefore ? after : before);
  };

  return { source, currencies, span: first && last ? { from: first, to: last } : undefined, fixes, rateOn };
}
