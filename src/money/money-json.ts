import { assertRecord, assertString } from '../_lib/guards';
import { currencyCode, type Money, money, toDecimalString } from './money';

/** The JSON form of money: the ISO code and an exact decimal string in major units, at its scale. */
export interface MoneyJSON {
  readonly currency: string;
  /** "12.50": every digit of the money's scale is written, so the scale survives a round trip. */
  readonly amount: string;
}

/**
 * Writes money as JSON-safe data (`JSON.stringify` of a bigint dinero object throws).
 *
 * @param value - the money
 * @returns `{ currency, amount }` with the amount as an exact decimal string
 * @throws {@link ReckonError} `INVALID_ARGUMENT` when `value` is not money
 * @example
 * ```ts
 * import { money, moneyToJSON } from 'reckon';
 *
 * console.log(JSON.stringify(moneyToJSON(money('12.5', 'EUR')))); // → {"currency":"EUR","amount":"12.50"}
 * ```
 */
export function moneyToJSON(value: Money): MoneyJSON {
  return { currency: currencyCode(value), amount: toDecimalString(value) };
}

/**
 * Reads the JSON form of money back: `moneyFromJSON(moneyToJSON(m))` has the amount, currency and scale
 * of `m`.
 *
 * @param json - `{ currency, amount }`, as {@link moneyToJSON} writes it
 * @returns the money
 * @throws {@link ReckonError} `INVALID_ARGUMENT` when `json` is not an object with string fields;
 *   `INVALID_MONEY` for an amount that is not a plain decimal; `UNKNOWN_CURRENCY` for an unknown code
 * @example
 * ```ts
 * import { moneyFromJSON, toDecimalString } from 'reckon';
 *
 * console.log(toDecimalString(moneyFromJSON({ currency: 'GBP', amount: '11000000000' }))); // → 11000000000.00
 * ```
 */
export function moneyFromJSON(json: MoneyJSON): Money {
  const r = assertRecord(json, 'json');
  return money(assertString(r.amount, 'json.amount'), assertString(r.currency, 'json.currency'));
}
