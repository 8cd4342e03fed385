import { dinero } from 'dinero.js/bigint';
import type { Currency } from '../money/currencies';
import type { Money } from '../money/money';

/** What a compact money object holds; dinero.js reads it through `toJSON`. */
interface CompactMoney {
  amount: bigint;
  currency: Currency;
  scale: bigint;
}

let prototype: object | undefined;

/**
 * Money as dinero.js reads it — dinero's own calculator, formatter and factory, and a `toJSON` that
 * gives the snapshot — in one small object that shares its currency, where a `dinero()` object carries
 * a closure and a copy of the currency: extraction may hold millions of figures, and this is a quarter
 * of the memory and time. Every dinero function reads it; what they return is ordinary dinero money.
 * @internal
 */
export function compactMoney(amount: bigint, currency: Currency, scale: bigint): Money {
  if (prototype === undefined) {
    const model = dinero({ amount: 0n, currency, scale });
    prototype = {
      calculator: model.calculator,
      formatter: model.formatter,
      create: model.create,
      toJSON(this: CompactMoney) {
        return { amount: this.amount, currency: this.currency, scale: this.scale };
      },
    };
  }
  const money = Object.create(prototype) as CompactMoney;
  money.amount = amount;
  money.currency = currency;
  money.scale = scale;
  return money as unknown as Money;
}
