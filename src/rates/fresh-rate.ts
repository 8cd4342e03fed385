import { assertInteger } from '../_lib/guards';
import { dayNumber } from './dates';
import type { RateLookup, RatePolicy, RateProvider } from './provider';

/**
 * How many days a fix may lie from the day asked for, by default, when a conversion takes another
 * day's fix (`previous` or `nearest`). The longest gap between two ECB fixes is 5 days (Easter,
 * Christmas); 7 leaves room for a list of user rates without holidays. A fix further away is not that
 * day's rate: a currency the ECB stopped quoting (RUB since March 2022) or a rate file that ends months
 * before the figure would otherwise convert at a rate from another time, silently.
 */
export const DEFAULT_MAX_RATE_AGE_DAYS = 7;

/** The largest `maxRateAgeDays` accepted: about 1,000 years, so that "no limit" can be written. */
const MAX_AGE_LIMIT = 366_000;

/**
 * Reads a `maxRateAgeDays` option: a whole number of days from 0 (only the day itself) up, or the
 * default when it is undefined.
 * @internal
 */
export function readMaxRateAge(value: unknown, path: string): number {
  return value === undefined ? DEFAULT_MAX_RATE_AGE_DAYS : assertInteger(value, path, 0, MAX_AGE_LIMIT);
}

/**
 * The fix a conversion uses for base→quote on a day: the provider's `rateOn` under the policy, kept only
 * when it lies at most `maxAgeDays` from the day (any provider, the user's own included, is held to it).
 * The one lookup behind {@link convertMoney} and {@link aggregate}.
 * @internal
 */
export function freshRate(
  provider: RateProvider,
  base: string,
  quote: string,
  day: string,
  policy: RatePolicy,
  maxAgeDays: number,
): RateLookup | undefined {
  const lookup = provider.rateOn(base, quote, day, { policy });
  if (lookup === undefined) return undefined;
  return Math.abs(dayNumber(day) - dayNumber(lookup.rate.date)) <= maxAgeDays ? lookup : undefined;
}
