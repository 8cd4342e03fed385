import { ReckonError } from '../errors/reckon-error';
import { parseRatio, type Ratio, ratioToString } from '../math/ratio';
import { findCurrency } from '../money/currencies';
import { assertIsoDate } from './dates';

/**
 * An exchange rate: `value` units of `quote` per one unit of `base`, fixed on `date`, exact.
 *
 * ECB reference rates are quoted per euro: the GBP fix of 2025-09-17 is
 * `{ base: 'EUR', quote: 'GBP', value: 0.8675 }`.
 */
export interface Rate {
  readonly base: string;
  readonly quote: string;
  /** Exact value: a rational, never a float. */
  readonly value: Ratio;
  /** ISO day of the fix. */
  readonly date: string;
  /** Where it came from: "ECB", "implied", "user", … */
  readonly source: string;
}

/** A rate as a caller writes it: the value as a decimal string ("0.8675"), "n/d", or a ratio. */
export interface RateInput {
  readonly base: string;
  readonly quote: string;
  readonly value: string | Ratio;
  readonly date: string;
  /** @defaultValue "user" */
  readonly source?: string;
}

/**
 * Creates a rate, checking its currencies, value and date.
 *
 * @param input - {@link RateInput}
 * @returns the rate
 * @throws {@link ReckonError} `UNKNOWN_CURRENCY`, `INVALID_DATE`, or `INVALID_RATES` for a value that is
 *   not a positive exact number
 * @example
 * ```ts
 * const r = createRate({ base: 'EUR', quote: 'GBP', value: '0.8675', date: '2025-09-17', source: 'ECB' });
 * ```
 */
export function createRate(input: RateInput): Rate {
  for (const code of [input.base, input.quote]) {
    if (!findCurrency(code)) throw new ReckonError('UNKNOWN_CURRENCY', `Unknown currency code "${code}".`);
  }
  const value = typeof input.value === 'string' ? parseRatio(input.value) : input.value;
  if (!value || value.n <= 0n || value.d <= 0n) {
    throw new ReckonError(
      'INVALID_RATES',
      `A rate must be a positive exact number, got ${JSON.stringify(String(typeof input.value === 'string' ? input.value : ratioToString(input.value)))}.`,
    );
  }
  return {
    base: input.base,
    quote: input.quote,
    value,
    date: assertIsoDate(input.date, 'date'),
    source: input.source ?? 'user',
  };
}

/** The JSON form of a rate, with the value as an exact decimal or "n/d" string. */
export interface RateJSON {
  readonly base: string;
  readonly quote: string;
  readonly value: string;
  readonly date: string;
  readonly source: string;
}

/**
 * Writes a rate as JSON-safe data.
 *
 * @example
 * ```ts
 * rateToJSON(createRate({ base: 'EUR', quote: 'GBP', value: '0.8675', date: '2025-09-17' })).value; // '0.8675'
 * ```
 */
export function rateToJSON(rate: Rate): RateJSON {
  return {
    base: rate.base,
    quote: rate.quote,
    value: ratioToString(rate.value),
    date: rate.date,
    source: rate.source,
  };
}
