import { type Ratio, ratio } from '../math/ratio';
import { freshRate } from '../rates/fresh-rate';
import type { Bucket } from './buckets';
import type { Settings } from './options';
import { compareText } from './order';
import type { RateUse } from './types';

/** How a bucket converts: its rate, and the fix behind it (none for the target currency itself). @internal */
export interface Conversion {
  readonly value: Ratio;
  readonly use: RateUse | undefined;
}

const SAME: Conversion = { value: ratio(1n), use: undefined };

/**
 * Rates looked up once per bucket (a currency and a day): `null` when there is none — no fix on or
 * before the day within `maxRateAgeDays`, no day, or an impossible one.
 * @internal
 */
export type RateCache = (Conversion | null | undefined)[];

/** The conversion of a bucket into the target currency, from the cache or the provider. @internal */
export function conversionOf(cache: RateCache, s: Settings, bucket: Bucket): Conversion | null {
  const hit = cache[bucket.id];
  if (hit !== undefined) return hit;
  let found: Conversion | null = null;
  const target = s.target;
  const day = bucket.day.date;
  if (target !== undefined && bucket.currency.code === target.code) found = SAME;
  else if (
    target !== undefined &&
    s.rates !== undefined &&
    day !== undefined &&
    bucket.day.problem === 'none'
  ) {
    const lookup = freshRate(s.rates, bucket.currency.code, target.code, day, 'previous', s.maxRateAge);
    if (lookup) {
      found = {
        value: lookup.rate.value,
        use: {
          base: bucket.currency.code,
          quote: target.code,
          value: lookup.rate.value,
          date: lookup.rate.date,
          requestedDate: day,
          source: lookup.rate.source,
          substituted: lookup.substituted,
        },
      };
    }
  }
  cache[bucket.id] = found;
  return found;
}

/** The order rates are listed in: by currency, the day of the fix, then the day asked for. @internal */
export function compareRateUses(a: RateUse, b: RateUse): number {
  return (
    compareText(a.base, b.base) ||
    compareText(a.date, b.date) ||
    compareText(a.requestedDate, b.requestedDate)
  );
}
