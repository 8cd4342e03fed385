import { dinero, toSnapshot } from 'dinero.js/bigint';
import type { Currency } from './currencies';
import type { Money } from './money';

/**
 * Money as an integer count of `10^-scale` major units: the exact form reckon does interval arithmetic
 * in, without dinero objects on the hot path. @internal
 */
export interface Units {
  readonly units: bigint;
  readonly scale: bigint;
}

/** Reads money as units at its own scale, with its currency. @internal */
export function toUnits(value: Money): Units & { readonly currency: Currency } {
  const snap = toSnapshot(value);
  return { units: snap.amount, scale: snap.scale, currency: snap.currency };
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
  while (s > currency.exponent && u % 10n === 0n) {
    u /= 10n;
    s--;
  }
  if (s < currency.exponent) {
    u *= 10n ** (currency.exponent - s);
    s = currency.exponent;
  }
  return dinero({ amount: u, currency, scale: s });
}
