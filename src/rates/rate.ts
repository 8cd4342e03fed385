import { assertRecord, assertString, invalidArgument } from '../_lib/guards';
import { ReckonError } from '../errors/reckon-error';
import { isRatio, type Ratio, ratio, ratioToString, readRatio } from '../math/ratio';
import { knownCurrency } from '../money/currencies';
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
 * @throws {@link ReckonError} `INVALID_ARGUMENT` when `input` is not an object, a code not a string or
 *   `source` not a string; `UNKNOWN_CURRENCY`, `INVALID_DATE`, or `INVALID_RATES` for a value that is
 *   not a positive exact number: a JavaScript number (0.8675 is a float), a boolean, an object that is not
 *   a ratio of bigints (`{ n: 1, d: 2 }`, a zero denominator), zero or a negative
 * @example
 * ```ts
 * const r = rate({ base: 'EUR', quote: 'GBP', value: '0.8675', date: '2025-09-17', source: 'ECB' });
 * ```
 */
export function rate(input: RateInput): Rate {
  return readRate(input, 'input');
}

/** {@link rate}, naming the rate by `path` in messages (`rates[3]`). @internal */
export function readRate(input: RateInput, path: string): Rate {
  assertRecord(input, path);
  for (const key of ['base', 'quote'] as const) {
    const code: unknown = input[key];
    if (typeof code !== 'string') throw invalidArgument(`${path}.${key}`, 'an ISO 4217 code', code);
    if (!knownCurrency(code))
      throw new ReckonError(
        'UNKNOWN_CURRENCY',
        `${path}.${key}: unknown currency code ${JSON.stringify(code)}.`,
        {
          path: `${path}.${key}`,
        },
      );
  }
  const source: unknown = input.source;
  if (source !== undefined && typeof source !== 'string')
    throw invalidArgument(`${path}.source`, 'a string or undefined', source);
  const raw: unknown = input.value;
  // A float such as 0.8675 is already not 0.8675, and a ratio of numbers is not exact: both are refused.
  const value = typeof raw === 'string' ? readRatio(raw) : isRatio(raw) ? ratio(raw.n, raw.d) : undefined;
  if (!value || value.n <= 0n) {
    throw new ReckonError(
      'INVALID_RATES',
      `A rate must be a positive exact number, written as a string ("0.8675", "400/347") or a bigint ratio; got ${describeValue(raw)}.`,
      { input: describeValue(raw) },
    );
  }
  return {
    base: input.base,
    quote: input.quote,
    value,
    date: assertIsoDate(input.date, `${path}.date`),
    source: input.source ?? 'user',
  };
}

/** A rejected value, shown for a person: strings quoted, ratios as n/d, other things by their type. */
function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (isRatio(value)) return ratioToString(value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return `the ${typeof value} ${String(value)}`;
  if (value === null) return 'null';
  if (typeof value === 'object' && 'n' in value && 'd' in value) {
    const { n, d } = value as { n: unknown; d: unknown };
    return `a ratio of ${typeof n} / ${typeof d} (${String(n)}/${String(d)})`;
  }
  return Array.isArray(value) ? 'an array' : `a value of type ${typeof value}`;
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
 * @param rate - a {@link Rate}
 * @returns the rate with its value as a decimal or "n/d" string
 * @throws {@link ReckonError} `INVALID_ARGUMENT` when `rate` is not a rate
 * @example
 * ```ts
 * rateToJSON(rate({ base: 'EUR', quote: 'GBP', value: '0.8675', date: '2025-09-17' })).value; // '0.8675'
 * ```
 */
export function rateToJSON(rate: Rate): RateJSON {
  assertRecord(rate, 'rate');
  if (!isRatio(rate.value)) throw invalidArgument('rate.value', 'a ratio of bigints { n, d }', rate.value);
  for (const key of ['base', 'quote', 'date', 'source'] as const) assertString(rate[key], `rate.${key}`);
  return {
    base: rate.base,
    quote: rate.quote,
    value: ratioToString(rate.value),
    date: rate.date,
    source: rate.source,
  };
}
