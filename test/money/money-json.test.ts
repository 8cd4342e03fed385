import { dinero } from 'dinero.js/bigint';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EUR, money, moneyFromJSON, moneyToJSON, rate, rateFromJSON, rateToJSON } from '../../src/index';
import { expectReckonError } from '../helpers';

describe('moneyToJSON', () => {
  describe('money', () => {
    it('writes the code and every digit of the scale', () => {
      expect(moneyToJSON(money('12.5', 'EUR'))).toEqual({ currency: 'EUR', amount: '12.50' });
      expect(moneyToJSON(money('-0.125', 'USD'))).toEqual({ currency: 'USD', amount: '-0.125' });
    });
    it('throws INVALID_ARGUMENT for something else', () => {
      expectReckonError(() => moneyToJSON({ amount: '1' } as never), 'INVALID_ARGUMENT');
    });
  });
});

describe('moneyFromJSON', () => {
  describe('errors', () => {
    it('throws INVALID_ARGUMENT, INVALID_MONEY and UNKNOWN_CURRENCY', () => {
      expectReckonError(() => moneyFromJSON(null as never), 'INVALID_ARGUMENT');
      expectReckonError(() => moneyFromJSON({ currency: 'EUR', amount: 1 } as never), 'INVALID_ARGUMENT');
      expectReckonError(() => moneyFromJSON({ currency: 'EUR', amount: '1e9' }), 'INVALID_MONEY');
      expectReckonError(() => moneyFromJSON({ currency: 'XXY', amount: '1' }), 'UNKNOWN_CURRENCY');
    });
  });
  describe('laws', () => {
    it('reads back what moneyToJSON wrote: amount, currency and scale', () => {
      fc.assert(
        fc.property(
          fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
          fc.integer({ min: 2, max: 12 }),
          (n, s) => {
            const m = dinero({ amount: n, currency: EUR, scale: BigInt(s) });
            expect(moneyFromJSON(moneyToJSON(m)).toJSON()).toEqual(m.toJSON());
          },
        ),
      );
    });
  });
});

describe('rateFromJSON', () => {
  describe('errors', () => {
    it('throws INVALID_ARGUMENT for a value that is not a string, INVALID_RATES for zero', () => {
      const json = rateToJSON(rate({ base: 'EUR', quote: 'GBP', value: '0.8675', date: '2025-09-17' }));
      expectReckonError(() => rateFromJSON({ ...json, value: 0.8675 } as never), 'INVALID_ARGUMENT');
      expectReckonError(() => rateFromJSON({ ...json, value: '0' }), 'INVALID_RATES');
      expectReckonError(() => rateFromJSON({ ...json, date: '2025-02-30' }), 'INVALID_DATE');
    });
  });
  describe('laws', () => {
    it('reads back what rateToJSON wrote, terminating or not', () => {
      fc.assert(
        fc.property(
          fc.bigInt({ min: 1n, max: 10n ** 12n }),
          fc.bigInt({ min: 1n, max: 10n ** 12n }),
          (n, d) => {
            const r = rate({
              base: 'EUR',
              quote: 'USD',
              value: { n, d },
              date: '2025-09-17',
              source: 'ECB',
            });
            expect(rateFromJSON(rateToJSON(r))).toEqual(r);
          },
        ),
      );
    });
  });
});
