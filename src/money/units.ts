import { dinero } from 'dinero.js/bigint';
import { type Ratio, ratio } from '../math/ratio-arithmetic';
import { pow10, smallInt } from '../math/small';
import type { Currency } from './currencies';
import { type Money, moneySnapshot } from './money';

/**
 * Money as an integer count of `10^-scale` major units: the exact form reckon does interval arithmetic
 * in, without dinero objects on the hot path. @internal
 */
export interface Units {
  readonly units: bigint;
  readonly scale: bigint;
}

/**
 * Reads money as units at its own scale, with its currency. Checks that it is money (a forged or JSON
 * value throws `INVALID_ARGUMENT` instead of a TypeError deep inside). @internal
 */
export function toUnits(value: Money, path = 'money'): Units & { readonly currency: Currency } {
  const snap = moneySnapshot(value, path);
  return { units: snap.amount, scale: snap.scale, currency: snap.currency };
}

/** Money as an exact ratio of major units (checked as {@link toUnits} checks it). @internal */
export function moneyRatio(value: Money, path?: string): Ratio {
  const u = toUnits(value, path);
  return ratio(u.units, 10n ** u.scale);
}

/** Brings units to a larger scale (exact). @internal */
export function rescale(value: Units, scale: bigint): bigint {
  return scale === value.scale ? value.units : value.units * 10n ** (scale - value.scale);
}

/** Creates money from units, at least at the currency's exponent, and trimmed of needless digits. @internal */
export function fromUnits<TCode extends string>(
  units: bigint,
  scale: bigint,
  currency: Currency<TCode>,
): Money<TCode> {
  let u = units;
  let s = scale;
  if (s > currency.exponent) {
    if (u === 0n) s = currency.exponent;
    else {
      // Count the trailing zeros once in the digits: dividing by ten per zero is quadratic on long amounts.
      const digits = (u < 0n ? -u : u).toString();
      const most = smallInt(s - currency.exponent);
      let zeros = 0;
      while (zeros < most && digits.charCodeAt(digits.length - 1 - zeros) === 48) zeros++;
      if (zeros > 0) {
        u /= pow10(zeros);
        s -= BigInt(zeros);
      }
    }
  }
  if (s < currency.exponent) {
    u *= 10n ** (currency.exponent - s);
    s = currency.exponent;
  }
  return dinero({ amount: u, currency, scale: s });
}
