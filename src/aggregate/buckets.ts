import type { Commitment } from '../commitment/model';
import type { Currency } from '../money/currencies';
import { isIsoDate } from '../rates/dates';
import type { Settings } from './options';

/**
 * A day to convert at, or why there is none: `undated` (no date, no `fallbackDate`, no `asOf`),
 * `invalid` (the commitment's date is not a calendar day) or `unconverted` (no `to`).
 * @internal
 */
export interface Day {
  readonly date: string | undefined;
  readonly problem: 'none' | 'undated' | 'invalid' | 'unconverted';
  /** Bucket ids by currency code. */
  readonly buckets: Map<string, number>;
}

/** Sums are kept per bucket: one currency and one day to convert at. @internal */
export interface Bucket {
  readonly id: number;
  readonly currency: Currency;
  readonly day: Day;
}

/** The buckets of one aggregation, and the days they are keyed by. @internal */
export interface Buckets {
  readonly list: Bucket[];
  /** Days by the text of a date, valid or not: each distinct text is checked once. */
  readonly days: Map<string, Day>;
  readonly undated: Day;
  /** The day of every date that is not even text. */
  readonly malformed: Day;
  readonly unconverted: Day;
  readonly asOf: Day | undefined;
  readonly fallback: Day | undefined;
  /** `fallbackDate` as a function: the day of each undated commitment. */
  readonly fallbackOf: ((commitment: Commitment) => unknown) | undefined;
  /** The last date text looked up, and its day: most inputs repeat a date many times in a row. */
  lastText: string | undefined;
  lastDay: Day | undefined;
}

const newDay = (date: string | undefined, problem: Day['problem']): Day => ({
  date,
  problem,
  buckets: new Map(),
});

/** No buckets yet. @internal */
export function newBuckets(s: Settings): Buckets {
  return {
    list: [],
    days: new Map(),
    undated: newDay(undefined, 'undated'),
    malformed: newDay(undefined, 'invalid'),
    unconverted: newDay(undefined, 'unconverted'),
    asOf: s.asOf === undefined ? undefined : newDay(s.asOf, 'none'),
    fallback: s.fallbackDate === undefined ? undefined : newDay(s.fallbackDate, 'none'),
    // The function is asked only when its answer is used: a conversion, and no asOf.
    fallbackOf: s.target !== undefined && s.asOf === undefined ? s.fallbackOf : undefined,
    lastText: undefined,
    lastDay: undefined,
  };
}

/**
 * The day a commitment's own date names (checked once per distinct text) — for an undated commitment,
 * the day a `fallbackDate` function gives it — or undefined when it has none. A `problem` of `invalid`
 * is an `INVALID_DATE` issue, with or without conversion.
 * @internal
 */
export function ownDay(b: Buckets, c: Commitment): Day | undefined {
  const date: unknown = c.date === undefined && b.fallbackOf ? b.fallbackOf(c) : c.date;
  if (date === undefined) return undefined;
  if (typeof date !== 'string') return b.malformed;
  if (date === b.lastText) return b.lastDay;
  let day = b.days.get(date);
  if (day === undefined) {
    day = newDay(date, isIsoDate(date) ? 'none' : 'invalid');
    b.days.set(date, day);
  }
  b.lastText = date;
  b.lastDay = day;
  return day;
}

/**
 * The bucket of a contribution: its currency and the day it converts at (`asOf`, else its own date,
 * else `fallbackDate`).
 * @internal
 */
export function bucketOf(b: Buckets, s: Settings, own: Day | undefined, currency: Currency): number {
  const day =
    s.target === undefined
      ? b.unconverted
      : (b.asOf ?? (own === undefined ? (b.fallback ?? b.undated) : own));
  const id = day.buckets.get(currency.code);
  if (id !== undefined) return id;
  const bucket: Bucket = { id: b.list.length, currency, day };
  b.list.push(bucket);
  day.buckets.set(currency.code, bucket.id);
  return bucket.id;
}
