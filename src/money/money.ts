import { type Dinero, dinero, toSnapshot } from 'dinero.js/bigint';
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

const DECIMAL = /^([+-]?)(\d+)(?:\.(\d+))?$/;

/**
 * Creates exact money from a decimal string, an integer, or a bigint.
 *
 * A string is read exactly; more decimals than the currency's exponent raise the scale (never rounded).
 * Exponent notation ("12.68e9") and digit grouping are rejected: write the digits out.
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
  const cur = typeof currencyOrCode === 'string' ? currencyByCode(currencyOrCode) : currencyOrCode;
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
    return options.minorUnits
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
      : 'expected a plain decimal such as "12680000000" or "-12.50", without grouping';
    throw new ReckonError('INVALID_MONEY', `"${preview(value)}" is not an amount: ${why}.`, {
      input: preview(value),
    });
  }
  if (options.minorUnits) {
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
  const { amount, scale } = toSnapshot(value);
  const negative = amount < 0n;
  const digits = (negative ? -amount : amount).toString();
  const s = smallInt(scale);
  let text = digits;
  if (s > 0) {
    const padded = digits.padStart(s + 1, '0');
    text = `${padded.slice(0, -s)}.${padded.slice(-s)}`;
    if (options.trim) text = text.replace(/0+$/, '').replace(/\.$/, '');
  }
  return negative && text !== '0' ? `-${text}` : text;
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
  return toSnapshot(value).currency.code;
}
