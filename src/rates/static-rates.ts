import { assertIterable, invalidArgument, isRecord, readKnownOptions } from '../_lib/guards';
import { ReckonError } from '../errors/reckon-error';
import { ratio } from '../math/ratio';
import type { RateProvider } from './provider';
import { type Rate, type RateInput, readRate } from './rate';
import { createSeriesBuilder } from './series-builder';

/** Options for {@link ratesFromList}. */
export interface RatesFromListOptions {
  /** The provider's name, and the source of each rate that names none. @defaultValue "user" */
  readonly source?: string;
}

/**
 * A provider over rates the caller gives: any pairs, any days. Each rate also answers the inverse pair;
 * pairs without a rate are crossed through EUR when both legs exist on the same day.
 *
 * @param rates - rates or rate inputs (`{ base, quote, value: '0.8675', date, source? }`)
 * @param options - {@link RatesFromListOptions}
 * @returns the provider
 * @throws {@link ReckonError} `INVALID_ARGUMENT` when `rates` is not iterable or holds something other
 *   than a rate object (naming `rates[i]`), or `options.source` is not a string; `INVALID_RATES` for a bad rate, or for a pair and day given twice, in
 *   either direction (EUR/GBP 0.8675 and GBP/EUR 2 on one day: the message says when they disagree);
 *   `UNKNOWN_CURRENCY`, `INVALID_DATE`
 * @example
 * ```ts
 * import { ratesFromList, ratioToString } from 'reckon';
 *
 * const rates = ratesFromList([{ base: 'EUR', quote: 'GBP', value: '0.8675', date: '2025-09-17' }], {
 *   source: 'ECB',
 * });
 * const fix = rates.rateOn('GBP', 'EUR', '2025-09-17')?.rate;
 * console.log(fix && ratioToString(fix.value), fix?.source); // → 400/347 ECB
 * ```
 */
export function ratesFromList(
  rates: Iterable<Rate | RateInput>,
  options: RatesFromListOptions = {},
): RateProvider {
  const o = readKnownOptions(options, ['source'], 'ratesFromList');
  if (o.source !== undefined && typeof o.source !== 'string')
    throw invalidArgument('options.source', 'a string or undefined', o.source);
  return listProvider(rates, o.source ?? 'user', 'rates');
}

/** {@link ratesFromList}, naming the list by `path` in messages (`options.rates[3]`). @internal */
export function listProvider(rates: Iterable<Rate | RateInput>, source: string, path: string): RateProvider {
  assertIterable(rates, path);
  const b = createSeriesBuilder({ strict: true, defaultSource: source });
  let i = 0;
  for (const input of rates) {
    const at = `${path}[${i++}]`;
    if (!isRecord(input)) throw invalidArgument(at, 'a rate { base, quote, value, date }', input);
    const rate = readRate({ ...input, source: input.source ?? source } as RateInput, at);
    // One direction per pair, so that EUR/GBP and GBP/EUR on one day meet as one day given twice.
    const swap = rate.quote < rate.base;
    const column = swap ? b.column(rate.quote, rate.base) : b.column(rate.base, rate.quote);
    b.push(column, rate.date, swap ? ratio(rate.value.d, rate.value.n) : rate.value, rate.source);
  }
  try {
    const built = b.build();
    const { issues: _issues, ...provider } = built;
    return provider;
  } catch (error) {
    throw error instanceof ReckonError ? error : new ReckonError('INVALID_RATES', String(error));
  }
}
