import { add, compare, dinero, equal, multiply, subtract, toDecimal, toSnapshot } from 'dinero.js/bigint';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactMoney } from '../../src/extract/compact-money';
import { currency, figureBounds, formatMoney, toDecimalString } from '../../src/index';

const currencies = ['EUR', 'JPY', 'KWD', 'GBP'].map((c) => currency(c));
const arbitraryMoney = fc.record({
  amount: fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
  currency: fc.constantFrom(...currencies),
  scale: fc.bigInt({ min: 0n, max: 25n }),
});

describe('compactMoney', () => {
  describe('reads like dinero money', () => {
    it('gives the same snapshot, decimal and formatted text as dinero()', () => {
      fc.assert(
        fc.property(arbitraryMoney, ({ amount, currency: cur, scale }) => {
          const compact = compactMoney(amount, cur, scale);
          const real = dinero({ amount, currency: cur, scale });
          expect(toSnapshot(compact)).toEqual(toSnapshot(real));
          expect(toDecimal(compact)).toBe(toDecimal(real));
          expect(toDecimalString(compact)).toBe(toDecimalString(real));
          expect(formatMoney(compact)).toBe(formatMoney(real));
        }),
        { numRuns: 300 },
      );
    });
    it('works in dinero arithmetic with dinero money on either side', () => {
      fc.assert(
        fc.property(arbitraryMoney, fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), (m, other) => {
          const compact = compactMoney(m.amount, m.currency, m.scale);
          const real = dinero({ amount: m.amount, currency: m.currency, scale: m.scale });
          const b = dinero({ amount: other, currency: m.currency, scale: m.scale });
          expect(toSnapshot(add(compact, b))).toEqual(toSnapshot(add(real, b)));
          expect(toSnapshot(subtract(b, compact))).toEqual(toSnapshot(subtract(b, real)));
          expect(toSnapshot(multiply(compact, 3n))).toEqual(toSnapshot(multiply(real, 3n)));
          expect(compare(compact, b)).toBe(compare(real, b));
          expect(equal(compact, real)).toBe(true);
        }),
        { numRuns: 300 },
      );
    });
    it('gives the same figure bounds', () => {
      const cur = currency('EUR');
      const quantum = dinero({ amount: 1000000n, currency: cur, scale: 2n });
      const compact = {
        amount: compactMoney(1268000000000n, cur, 2n),
        qualifier: 'almost' as const,
        quantum,
      };
      const real = { ...compact, amount: dinero({ amount: 1268000000000n, currency: cur, scale: 2n }) };
      const show = (b: ReturnType<typeof figureBounds>) => [
        b.low && toDecimalString(b.low),
        b.high && toDecimalString(b.high),
      ];
      expect(show(figureBounds(compact, { view: 'rounding' }))).toEqual(
        show(figureBounds(real, { view: 'rounding' })),
      );
    });
    it('throws on JSON.stringify, as dinero money does (bigint amounts)', () => {
      expect(() => JSON.stringify(compactMoney(1n, currency('EUR'), 2n))).toThrow(TypeError);
    });
  });
});
