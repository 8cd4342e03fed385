import { dinero } from 'dinero.js/bigint';
import { assertString, invalidArgument, isRecord, optionalOneOf, readKnownOptions } from '../_lib/guards';
import { ReckonError } from '../errors/reckon-error';
import { type Ratio, ratio, ratioMul, roundRatio } from '../math/ratio';
import { smallInt } from '../math/small';
import { currency } from '../money/currencies';
import type { Money } from '../money/money';
import { toUnits } from '../money/units';
import { assertIsoDate } from '../rates/dates';
import { freshRate, readMaxRateAge } from '../rates/fresh-rate';
import type { RatePolicy } from '../rates/provider';
import type { Rate } from '../rates/rate';
import { type RatesLike, ratesFrom } from '../rates/to-provider';

/** Options for {@link convertMoney}. */
export interface ConvertMoneyOptions {
  /** The day to convert at, ISO ("2025-09-17"). Required: reckon never guesses "today". */
  readonly date: string;
  /**
   * Which fix a day without one takes: `previous` (default, the latest fix on or before the day, as a
   * writer that morning would have it, and as aggregation converts), `exact` or `nearest`.
   */
  readonly policy?: RatePolicy;
  /**
   * How many days the fix may lie from `date` (default 7; the longest gap between two ECB fixes is 5
   * days). A fix further away is refused with `NO_RATE` instead of used: a rate file that ends months
   * before the day, or a currency the ECB stopped quoting, would otherwise convert at another time's rate.
   */
  readonly maxRateAgeDays?: number;
}

/** What {@link convertMoney} returns: the converted money, the exact value, and the fix behind it. */
export interface ConvertMoneyResult<TTo extends string = string> {
  /** The converted amount, rounded half-to-even to the minor unit of `to` (cents for EUR). */
  readonly money: Money<TTo>;
  /** The exact converted amount before rounding, in major units of `to`. */
  readonly exact: Ratio;
  /** The fix used: `value` units of `to` per one unit of the money's currency, and its day. */
  readonly rate: Rate;
  /** The day asked for. */
  readonly requestedDate: string;
  /** True when the fix is from another day than the one asked for (a weekend, a holiday). */
  readonly substituted: boolean;
}

const POLICIES: readonly RatePolicy[] = ['exact', 'previous', 'nearest'];

/**
 * Converts money into another currency at a reference rate, with the fix it used. The rate is looked
 * up exactly as {@link aggregate} and {@link checkConversion} look it up: through the provider's
 * `rateOn` (cross rates through EUR, exact rationals), with `policy: 'previous'` unless told otherwise.
 *
 * Rounding: the product amount × rate is exact (`exact`); `money` is that value rounded half-to-even to
 * the minor unit of `to` (2 decimals for EUR, 0 for JPY), the same rounding aggregation applies to
 * converted totals. Money already in `to` is returned as it is, with a rate of 1 (source "identity").
 *
 * @param value - the money to convert
 * @param to - the ISO 4217 code to convert into
 * @param rates - a provider ({@link ratesFromEcbCsv}, {@link ratesFromEcb}, {@link ratesFromList} …), a rate or a
 *   list of rates
 * @param options - {@link ConvertMoneyOptions}: the day, and the policy for a day without a fix
 * @returns the converted money, the exact value and the fix
 * @throws {@link ReckonError} `INVALID_ARGUMENT` for a value that is not money, bad rates or options;
 *   `UNKNOWN_CURRENCY` for an unknown `to`; `INVALID_DATE` for a date that is not a day; `NO_RATE` when
 *   the rates have no fix for the pair under the policy within `maxRateAgeDays` of the day
 * @example
 * ```ts
 * import { convertMoney, money, toDecimalString } from 'reckon';
 *
 * const rates = [{ base: 'EUR', quote: 'GBP', value: '0.8675', date: '2025-09-17', source: 'ECB' }];
 * const r = convertMoney(money('11000000000', 'GBP'), 'EUR', rates, { date: '2025-09-18' });
 * console.log(toDecimalString(r.money)); // → 12680115273.78
 * console.log(r.rate.date, r.substituted); // → 2025-09-17 true
 * ```
 */
export function convertMoney<TTo extends string>(
  value: Money,
  to: TTo,
  rates: RatesLike,
  options: ConvertMoneyOptions,
): ConvertMoneyResult<TTo> {
  const from = toUnits(value, 'value');
  const target = currency(assertString(to, 'to') as TTo);
  if (Array.isArray(rates)) {
    // Checked here so that a hole in the list is named, not a TypeError from deep inside.
    (rates as readonly unknown[]).forEach((r, i) => {
      if (!isRecord(r)) throw invalidArgument(`rates[${i}]`, 'a rate { base, quote, value, date }', r);
    });
  }
  const provider = ratesFrom(rates);
  const o = readKnownOptions(options, ['date', 'policy', 'maxRateAgeDays'], 'convertMoney');
  const date = assertIsoDate(assertString(o.date, 'options.date'), 'options.date');
  const policy = optionalOneOf(o.policy, POLICIES, 'options.policy') ?? 'previous';
  const maxAge = readMaxRateAge(o.maxRateAgeDays, 'options.maxRateAgeDays');
  let rate: Rate;
  let substituted = false;
  if (from.currency.code === target.code) {
    rate = { base: target.code, quote: target.code, value: ratio(1n), date, source: 'identity' };
  } else {
    const lookup = freshRate(provider, from.currency.code, target.code, date, policy, maxAge);
    if (!lookup) {
      const within = policy === 'exact' ? '' : ` or within ${maxAge} day${maxAge === 1 ? '' : 's'} of it`;
      throw new ReckonError(
        'NO_RATE',
        `No ${from.currency.code}→${target.code} fix for ${date}${within} (policy "${policy}") in the rates given.`,
        { base: from.currency.code, quote: target.code, date, policy, maxRateAgeDays: maxAge },
      );
    }
    rate = lookup.rate;
    substituted = lookup.substituted;
  }
  const exact = ratioMul(ratio(from.units, 10n ** from.scale), rate.value);
  const units = roundRatio(exact, { digits: smallInt(target.exponent), mode: 'halfEven' });
  return {
    money: dinero({ amount: units, currency: target, scale: target.exponent }),
    exact,
    rate,
    requestedDate: date,
    substituted,
  };
}
