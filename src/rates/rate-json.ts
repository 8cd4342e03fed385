import { assertRecord, assertString } from '../_lib/guards';
import { type Rate, type RateJSON, rate } from './rate';

/**
 * Reads the JSON form of a rate back ({@link rateToJSON} writes it): the value as an exact decimal or
 * "n/d" string. `rateFromJSON(rateToJSON(r))` equals `r`.
 *
 * @param json - `{ base, quote, value, date, source }`
 * @returns the rate
 * @throws {@link ReckonError} `INVALID_ARGUMENT` when `json` is not an object with string fields;
 *   `UNKNOWN_CURRENCY`, `INVALID_DATE` or `INVALID_RATES` as {@link rate}
 * @example
 * ```ts
 * import { rateFromJSON, ratioToDecimal } from 'reckon';
 *
 * const r = rateFromJSON({ base: 'EUR', quote: 'GBP', value: '0.8675', date: '2025-09-17', source: 'ECB' });
 * console.log(ratioToDecimal(r.value, 4)); // → 0.8675
 * ```
 */
export function rateFromJSON(json: RateJSON): Rate {
  const r = assertRecord(json, 'json');
  return rate({
    base: assertString(r.base, 'json.base'),
    quote: assertString(r.quote, 'json.quote'),
    value: assertString(r.value, 'json.value'),
    date: assertString(r.date, 'json.date'),
    source: assertString(r.source, 'json.source'),
  });
}
