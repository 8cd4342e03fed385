import { type Dinero, dinero } from 'dinero.js/bigint';
import { DECIMAL, writeDecimal } from '../_lib/decimal';
import { invalidArgument, isRecord, optionalBoolean, readKnownOptions } from '../_lib/guards';
import { preview, ReckonError } from '../errors/reckon-error';
import { smallInt } from '../math/small';
import { type Currency, currency as currencyByCode } from './currencies';

/** An exact amount of money: a dinero.js object with bigint amounts. */
export type Money<TCode extends string = string> = Dinero<bigint, TCode>;

/** Options for {@link money}. */
export interface MoneyOptions {
  /**
   * Read a bigint or integer `value` as minor units (cents, pence) instead of major units.
   * @defaultValue false
   */
  readonly minorUnits?: boolean;
}

/** The largest currency exponent reckon takes (ISO 4217 has at most 4; some tokens have 18). */
const MAX_EXPONENT = 30n;

/**
 * Checks a currency object given by a caller: three upper-case letters, base 10 (reckon writes decimal
 * amounts), an exponent from 0 to 30. @internal
 */
export function assertCurrency(value: unknown, path: string): Currency {
  if (!isRecord(value)) {
    throw invalidArgument(path, 'an ISO 4217 code or a currency { code, base: 10n, exponent }', value);
  }
  const { code, base, exponent } = value;
  if (typeof code !== 'string' || !/^[A-Z]{3}$/.test(code)) {
    throw invalidArgument(`${path}.code`, 'three upper-case letters', code);
  }
  if (base !== 10n) throw invalidArgument(`${path}.base`, '10n (reckon writes decimal amounts)', base);
  if (typeof exponent !== 'bigint' || exponent < 0n || exponent > MAX_EXPONENT) {
    throw invalidArgument(`${path}.exponent`, `a bigint from 0n to ${MAX_EXPONENT}n`, exponent);
  }
  return value as Currency;
}

/**
 * Reads money's snapshot, checking that it is money: a dinero.js object with a bigint amount, a scale
 * of at least 0 and a decimal currency. JSON forms, number-based dinero objects and other values throw
 * `INVALID_ARGUMENT` naming `path`. @internal
 */
export function moneySnapshot(
  value: unknown,
  path: string,
): { readonly amount: bigint; readonly scale: bigint; readonly currency: Currency } {
  const expected = 'money (a dinero.js object with bigint amounts, as money() makes)';
  if (!isRecord(value) || typeof value.toJSON !== 'function' || !('calculator' in value)) {
    throw invalidArgument(path, expected, value);
  }
  const snap: unknown = value.toJSON();
  if (
    !isRecord(snap) ||
    typeof snap.amount !== 'bigint' ||
    typeof snap.scale !== 'bigint' ||
    snap.scale < 0n
  ) {
    throw invalidArgument(path, expected, value);
  }
  smallInt(snap.scale);
  return {
    amount: snap.amount,
    scale: snap.scale,
    currency: assertCurrency(snap.currency, `${path}.currency`),
  };
}

/**
 * Creates exact money from a decimal string, an integer, or a bigint.
 *
 * A string is read exactly; more decimals than the currency's exponent raise the scale (never rounded).
 * It is an optional minus, digits, and optionally a point and digits: exponent notation ("12.68e9"),
 * digit grouping, a plus sign ("+5") and a bare point ("5.") are rejected, as `parseRatio` and the
 * schemas reject them.
 *
 * @param value - "12680000000", "12.50", a safe integer, or a bigint (major units unless `minorUnits`)
 * @param currencyOrCode - a currency object or an ISO 4217 code
 * @param options - {@link MoneyOptions}
 * @returns the money
 * @throws {@link ReckonError} `INVALID_MONEY` for a value that is not an exact decimal or integer;
 *   `UNKNOWN_CURRENCY` for an unknown code
 * @example
 * ```ts
 * money('12680000000', 'EUR'); // €12,680,000,000.00
 * money(1250n, GBP, { minorUnits: true }); // £12.50
 * money('0.125', 'USD'); // $0.125, scale 3
 * ```
 */
export function money<TCode extends string>(
  value: string | number | bigint,
  currencyOrCode: TCode | Currency<TCode>,
  options: MoneyOptions = {},
): Money<TCode> {
  const minorUnits = optionalBoolean(
    readKnownOptions(options, ['minorUnits'], 'money').minorUnits,
    'options.minorUnits',
  );
  const cur = (
    typeof currencyOrCode === 'string'
      ? currencyByCode(currencyOrCode)
      : assertCurrency(currencyOrCode, 'currencyOrCode')
  ) as Currency<TCode>;
  const exponent = cur.exponent;
  if (typeof value === 'bigint' || typeof value === 'number') {
    if (typeof value === 'number' && !Number.isSafeInteger(value)) {
      throw new ReckonError(
        'INVALID_MONEY',
        `${value} is not a safe integer; pass amounts with decimals as a string such as "12.50".`,
        { input: String(value) },
      );
    }
    const units = BigInt(value);
    return minorUnits
      ? dinero({ amount: units, currency: cur, scale: exponent })
      : dinero({ amount: units * 10n ** exponent, currency: cur, scale: exponent });
  }
  if (typeof value !== 'string') {
    throw new ReckonError(
      'INVALID_MONEY',
      `Expected a decimal string, a number or a bigint, got ${typeof value}.`,
    );
  }
  const m = DECIMAL.exec(value);
  if (!m) {
    const why = /e/i.test(value)
      ? 'exponent notation is not allowed, write the digits out ("12680000000")'
      : 'expected a plain decimal such as "12680000000" or "-12.50", without grouping or a plus sign';
    throw new ReckonError('INVALID_MONEY', `"${preview(value)}" is not an amount: ${why}.`, {
      input: preview(value),
    });
  }
  if (minorUnits) {
    throw new ReckonError('INVALID_MONEY', 'minorUnits applies to integers and bigints, not to strings.');
  }
  const frac = m[3] ?? '';
  const scale = BigInt(frac.length) > exponent ? BigInt(frac.length) : exponent;
  const digits = (m[2] ?? '') + frac.padEnd(smallInt(scale), '0');
  const amount = BigInt(digits);
  return dinero({ amount: m[1] === '-' ? -amount : amount, currency: cur, scale });
}

/** Options for {@link toDecimalString}. */
export interface ToDecimalStringOptions {
  /** Remove trailing fraction zeros ("11000000000" instead of "11000000000.00"). @defaultValue false */
  readonly trim?: boolean;
}

/**
 * Writes money as an exact decimal string in major units, at its own scale.
 *
 * @param value - the money
 * @param options - {@link ToDecimalStringOptions}
 * @returns "12680000000.00", or "12680000000" with `trim`
 * @example
 * ```ts
 * toDecimalString(money('12.5', 'EUR')); // '12.50'
 * toDecimalString(money('12.5', 'EUR'), { trim: true }); // '12.5'
 * ```
 */
export function toDecimalString(value: Money, options: ToDecimalStringOptions = {}): string {
  const trim = optionalBoolean(readKnownOptions(options, ['trim'], 'toDecimalString').trim, 'options.trim');
  const { amount, scale } = moneySnapshot(value, 'value');
  return writeDecimal(amount, smallInt(scale), trim);
}

/**
 * The currency code of money.
 *
 * @example
 * ```ts
 * currencyCode(money('1', 'GBP')); // 'GBP'
 * ```
 */
export function currencyCode<TCode extends string>(value: Money<TCode>): TCode {
  return moneySnapshot(value, 'value').currency.code as TCode;
}
