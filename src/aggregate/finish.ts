import type { Issue } from '../errors/reckon-error';
import { type Ratio, ratio, ratioAdd, ratioMul, roundRatio } from '../math/ratio';
import { smallInt } from '../math/small';
import type { Currency } from '../money/currencies';
import { fromUnits } from '../money/units';
import type { Bucket } from './buckets';
import { emptySum, type IntervalSum, mergeSum, sumHigh, sumLow } from './interval';
import type { Settings } from './options';
import { compareText, inInputOrder, mergePositions, sortedPositions } from './order';
import { compareRateUses, conversionOf, type RateCache } from './rates';
import { idAt, type Seen } from './seen';
import { mergeSums, type Total } from './sums';
import type {
  AggregateGroup,
  AggregateResult,
  AggregateTotals,
  ConvertedInterval,
  MoneyInterval,
  RateUse,
} from './types';

/** What finishing a total needs besides the total. */
interface FinishContext {
  readonly settings: Settings;
  readonly buckets: readonly Bucket[];
  readonly cache: RateCache;
  /** The commitment id at an input position. */
  readonly idAt: (position: number) => string;
  /** Every rate used by any total, collected while finishing. */
  readonly used: Set<RateUse>;
}

function noRate(bucket: Bucket, sum: IntervalSum, target: Currency, maxAge: number): Issue {
  const code = bucket.currency.code;
  const date = bucket.day.date;
  const day =
    date === undefined
      ? 'without a date (give asOf or fallbackDate)'
      : maxAge === 0
        ? `on ${date}`
        : `on ${date} or in the ${maxAge === 1 ? 'day' : `${maxAge} days`} before`;
  return {
    code: 'NO_RATE',
    message: `no ${code}→${target.code} rate ${day} (${sum.count} commitment(s))`,
    path: date === undefined ? [code] : [code, date],
  };
}

/** The bucket order of issues: by currency, then day (undated last), whatever the input order. */
function compareBuckets(a: Bucket, b: Bucket): number {
  const x = a.day.date;
  const y = b.day.date;
  const days = x === y ? 0 : x === undefined ? 1 : y === undefined ? -1 : compareText(x, y);
  return compareText(a.currency.code, b.currency.code) || days;
}

/** Converts the sums of a total, exactly, and rounds each end half-even once. */
function convert(sums: readonly (IntervalSum | undefined)[], ctx: FinishContext, target: Currency) {
  let low: Ratio = ratio(0n);
  let high: Ratio = ratio(0n);
  let lowKnown = true;
  let highKnown = true;
  let lowExclusive = false;
  let highExclusive = false;
  let complete = true;
  const rates = new Set<RateUse>();
  const missing: Bucket[] = [];
  sums.forEach((sum, id) => {
    if (sum === undefined) return;
    const bucket = ctx.buckets[id] as Bucket;
    const conversion = conversionOf(ctx.cache, ctx.settings, bucket);
    if (conversion === null) {
      // Unknown, never left out: the high end has no bound; the low end keeps what was converted
      // only when nothing without a rate can lower it.
      complete = false;
      highKnown = false;
      if (sum.negativeLow || sum.unboundedLow > 0) lowKnown = false;
      missing.push(bucket);
      return;
    }
    if (conversion.use) rates.add(conversion.use);
    const den = 10n ** sum.scale;
    if (sum.unboundedLow > 0) lowKnown = false;
    else low = ratioAdd(low, ratioMul(ratio(sumLow(sum), den), conversion.value));
    if (sum.unboundedHigh > 0) highKnown = false;
    else high = ratioAdd(high, ratioMul(ratio(sumHigh(sum), den), conversion.value));
    if (sum.lowExclusive) lowExclusive = true;
    if (sum.highExclusive) highExclusive = true;
  });
  const digits = smallInt(target.exponent);
  const converted: ConvertedInterval = {
    currency: target.code,
    low: lowKnown ? fromUnits(roundRatio(low, { digits }), target.exponent, target) : null,
    high: highKnown ? fromUnits(roundRatio(high, { digits }), target.exponent, target) : null,
    lowInclusive: lowKnown && !lowExclusive,
    highInclusive: highKnown && !highExclusive,
    complete,
  };
  const issues = missing
    .filter((b) => b.day.problem !== 'invalid') // an impossible date is an INVALID_DATE issue already
    .sort(compareBuckets)
    .map((b) => noRate(b, sums[b.id] as IntervalSum, target, ctx.settings.maxRateAge));
  return { converted, issues, rates: [...rates].sort(compareRateUses) };
}

/**
 * A total as the result shows it: per-currency intervals, the converted interval, the ids in input
 * order, and the issues.
 *
 * @param t - the total
 * @param extra - sums the total also holds (a row's solo sums; for the grand total, every row's)
 * @param solo - positions of the commitments it holds alone (ascending), with `listCommitments`
 */
function finishTotal(
  t: Total,
  extra: readonly (readonly (IntervalSum | undefined)[])[],
  solo: ArrayLike<number>,
  ctx: FinishContext,
): AggregateTotals {
  const sums: (IntervalSum | undefined)[] = [];
  for (const list of [t.sums, ...extra]) mergeSums(sums, list);
  const perCurrency = new Map<string, { sum: IntervalSum; currency: Currency }>();
  sums.forEach((sum, id) => {
    if (sum === undefined) return;
    const currency = (ctx.buckets[id] as Bucket).currency;
    let total = perCurrency.get(currency.code);
    if (total === undefined) {
      total = { sum: emptySum(sum.scale), currency };
      perCurrency.set(currency.code, total);
    }
    mergeSum(total.sum, sum);
  });
  const totals: Record<string, MoneyInterval> = {};
  for (const code of [...perCurrency.keys()].sort(compareText)) {
    const { sum: s, currency } = perCurrency.get(code) as { sum: IntervalSum; currency: Currency };
    totals[code] = {
      currency: code,
      low: s.unboundedLow > 0 ? null : fromUnits(sumLow(s), s.scale, currency),
      high: s.unboundedHigh > 0 ? null : fromUnits(sumHigh(s), s.scale, currency),
      lowInclusive: !s.lowExclusive && s.unboundedLow === 0,
      highInclusive: !s.highExclusive && s.unboundedHigh === 0,
    };
  }
  const target = ctx.settings.target;
  const conversion = target === undefined ? undefined : convert(sums, ctx, target);
  for (const use of conversion?.rates ?? []) ctx.used.add(use);
  const positions = mergePositions(solo, sortedPositions(t.added, t.addedInOrder));
  const commitments: string[] = new Array(positions.length);
  for (let k = 0; k < positions.length; k++) commitments[k] = ctx.idAt(positions[k] as number);
  return {
    totals,
    ...(conversion ? { converted: conversion.converted } : {}),
    commitments,
    count: t.count,
    notAdded: inInputOrder(t.notAdded),
    withoutAmount: inInputOrder(t.withoutAmount),
    issues: [...inInputOrder(t.issues), ...(conversion?.issues ?? [])],
    rates: conversion?.rates ?? [],
  };
}

/**
 * The positions of the commitments each row holds alone, ascending, grouped by row (`byRow` from
 * `start[r]` to `start[r + 1]`), and all of them: one pass over `Seen.wholes`.
 */
function soloPositions(seen: Seen, rowCount: number) {
  const wholes = seen.wholes;
  const start = new Int32Array(rowCount + 1);
  let total = 0;
  for (let p = 0; p < seen.count; p++) {
    const r = wholes[p] as number;
    if (r < 0) continue;
    start[r + 1] = (start[r + 1] as number) + 1;
    total++;
  }
  for (let r = 0; r < rowCount; r++) start[r + 1] = (start[r + 1] as number) + (start[r] as number);
  const byRow = new Int32Array(total);
  const all = new Int32Array(total);
  const next = start.slice(0, rowCount);
  let k = 0;
  for (let p = 0; p < seen.count; p++) {
    const r = wholes[p] as number;
    if (r < 0) continue;
    byRow[next[r] as number] = p;
    next[r] = (next[r] as number) + 1;
    all[k++] = p;
  }
  return { start, byRow, all };
}

/**
 * The result: rows sorted by party id, the grand total, and every rate used.
 * @internal
 */
export function finishResult(
  settings: Settings,
  rows: readonly Total[],
  grand: Total,
  buckets: readonly Bucket[],
  seen: Seen,
): AggregateResult {
  const ctx: FinishContext = { settings, buckets, cache: [], idAt: (p) => idAt(seen, p), used: new Set() };
  const solo = settings.list ? soloPositions(seen, rows.length) : undefined;
  const none = new Int32Array(0);
  const groups = rows
    .map((t, r) => ({ t, r }))
    .sort((a, b) => compareText(a.t.party as string, b.t.party as string))
    .map(({ t, r }): AggregateGroup => {
      const name = settings.names.get(t.party as string);
      const own = solo ? solo.byRow.subarray(solo.start[r], solo.start[r + 1]) : none;
      return {
        party: t.party as string,
        ...(name !== undefined ? { partyName: name } : {}),
        role: settings.role ?? 'any',
        ...finishTotal(t, [t.solo], own, ctx),
      };
    });
  const grandTotal = finishTotal(
    grand,
    rows.map((t) => t.solo),
    solo?.all ?? none,
    ctx,
  );
  return {
    by: settings.by,
    allocation: settings.allocation,
    view: settings.view,
    groups,
    grandTotal,
    rates: [...ctx.used].sort(compareRateUses),
  };
}
