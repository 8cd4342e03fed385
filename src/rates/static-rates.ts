import { ReckonError } from '../errors/reckon-error';
import type { RateProvider } from './provider';
import { createRate, type Rate, type RateInput } from './rate';
import { createSeriesBuilder } from './series-builder';

/**
 * A provider over rates the caller gives: any pairs, any days. Each rate also answers the inverse pair;
 * pairs without a rate are crossed through EUR when both legs exist on the same day.
 *
 * @param rates - rates or rate inputs (`{ base, quote, value: '0.8675', date, source? }`)
 * @param source - the provider's name @defaultValue "user"
 * @returns the provider
 * @throws {@link ReckonError} `INVALID_RATES` for a bad or duplicate rate (same pair and day),
 *   `UNKNOWN_CURRENCY`, `INVALID_DATE`
 * @example
 * ```ts
 * const rates = staticRates([{ base: 'EUR', quote: 'GBP', value: '0.8675', date: '2025-09-17', source: 'ECB' }]);
 * rates.rateOn('GBP', 'EUR', '2025-09-17')?.rate.value; // 400/347
 * ```
 */
export function staticRates(rates: Iterable<Rate | RateInput>, source = 'user'): RateProvider {
  const b = createSeriesBuilder({ strict: true, defaultSource: source });
  for (const input of rates) {
    const rate = createRate({ ...input, source: input.source ?? source });
    b.push(b.column(rate.base, rate.quote), rate.date, rate.value, rate.source);
  }
  try {
    const built = b.build();
    const { issues: _issues, ...provider } = built;
    return provider;
  } catch (error) {
    throw error instanceof ReckonError ? error : new ReckonError('INVALID_RATES', String(error));
  }
}
