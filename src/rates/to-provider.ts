import { invalidArgument } from '../_lib/guards';
import type { RateProvider } from './provider';
import type { Rate, RateInput } from './rate';
import { listProvider } from './static-rates';

/** Rates in every form reckon accepts: a provider, one rate, or a list of rates. */
export type RatesLike = RateProvider | Rate | RateInput | readonly (Rate | RateInput)[];

function isProvider(value: object): value is RateProvider {
  const v = value as Partial<Record<keyof RateProvider, unknown>>;
  return typeof v.fixes === 'function' && typeof v.rateOn === 'function';
}

/**
 * Reads rates in any accepted form as a provider: a {@link RateProvider} is returned as it is; one rate
 * or a list of rates becomes {@link ratesFromList} over them. Every function that takes `rates` uses this
 * one rule.
 *
 * @param rates - a provider, a rate, or a list of rates (or rate inputs)
 * @returns the provider
 * @throws {@link ReckonError} `INVALID_ARGUMENT` for anything else; `INVALID_RATES`,
 *   `UNKNOWN_CURRENCY` or `INVALID_DATE` for a bad rate in a list
 * @example
 * ```ts
 * import { ratesFrom } from 'reckon';
 *
 * const rates = ratesFrom([{ base: 'EUR', quote: 'GBP', value: '0.8675', date: '2025-09-17' }]);
 * console.log(rates.rateOn('EUR', 'GBP', '2025-09-17')?.rate.date); // → 2025-09-17
 * ```
 */
export function ratesFrom(rates: RatesLike): RateProvider {
  return readRates(rates, 'rates');
}

/**
 * {@link ratesFrom} for a value not yet checked, naming it by `path` in messages (`options.rates`, and
 * `options.rates[3]` for an element of a list): the one converter behind every `rates` argument. @internal
 */
export function readRates(rates: unknown, path: string): RateProvider {
  if (Array.isArray(rates)) return listProvider(rates as readonly (Rate | RateInput)[], 'user', path);
  if (typeof rates === 'object' && rates !== null) {
    if (isProvider(rates)) return rates;
    if ('base' in rates && 'quote' in rates && 'value' in rates && 'date' in rates) {
      return listProvider([rates as Rate | RateInput], 'user', path);
    }
  }
  throw invalidArgument(
    path,
    'a rate provider (ratesFromEcbCsv, ratesFromList …), a rate, or a list of rates',
    rates,
  );
}
