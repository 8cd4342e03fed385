import { ReckonError } from '../errors/reckon-error';
import type { RateProvider } from './provider';
import type { Rate, RateInput } from './rate';
import { staticRates } from './static-rates';

/** Rates in every form reckon accepts: a provider, one rate, or a list of rates. */
export type RatesLike = RateProvider | Rate | RateInput | readonly (Rate | RateInput)[];

function isProvider(value: object): value is RateProvider {
  const v = value as Partial<Record<keyof RateProvider, unknown>>;
  return typeof v.fixes === 'function' && typeof v.rateOn === 'function';
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}

/**
 * Reads rates in any accepted form as a provider: a {@link RateProvider} is returned as it is; one rate
 * or a list of rates becomes {@link staticRates} over them. Every function that takes `rates` uses this
 * one rule.
 *
 * @param rates - a provider, a rate, or a list of rates (or rate inputs)
 * @param name - the argument's name, for the error message @defaultValue "rates"
 * @returns the provider
 * @throws {@link ReckonError} `INVALID_ARGUMENT` for anything else; `INVALID_RATES`,
 *   `UNKNOWN_CURRENCY` or `INVALID_DATE` for a bad rate in a list
 * @example
 * ```ts
 * const rates = toRateProvider([{ base: 'EUR', quote: 'GBP', value: '0.8675', date: '2025-09-17' }]);
 * rates.rateOn('EUR', 'GBP', '2025-09-17')?.rate.date; // '2025-09-17'
 * ```
 */
export function toRateProvider(rates: RatesLike, name = 'rates'): RateProvider {
  if (Array.isArray(rates)) return staticRates(rates as readonly (Rate | RateInput)[]);
  if (typeof rates === 'object' && rates !== null) {
    if (isProvider(rates)) return rates;
    if ('base' in rates && 'quote' in rates && 'value' in rates && 'date' in rates) {
      return staticRates([rates as Rate | RateInput]);
    }
  }
  throw new ReckonError(
    'INVALID_ARGUMENT',
    `${name} must be a rate provider (parseEcbCsv, staticRates …), a rate, or a list of rates; got ${describe(rates)}.`,
    { expected: 'RateProvider | Rate | Rate[]', received: describe(rates) },
  );
}
