import { dinero } from 'dinero.js/bigint';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EUR, isMoney, money, moneyEquals } from '../../src/index';
import { expectReckonError } from '../helpers';

describe('isMoney', () => {
  describe('money', () => {
    it('is true for money at any scale', () => {
      expect(isMoney(money('12.5', 'EUR'))).toBe(true);
      expect(isMoney(money('0.125', 'USD'))).toBe(true);
    });
  });
  describe('not money', () => {
    it('is false for JSON forms, snapshots, figures and primitives, without throwing', () => {
      const forged = {
        calculator: {},
        toJSON() {
          throw new TypeError('forged');
        },
      };
      for (const x of [null, undefined, 42, '12.5', {}, [], money('1', 'EUR').toJSON(), forged]) {
        expect(isMoney(x)).toBe(false);
      }
      expect(isMoney({ amount: '12.5', currency: 'EUR' })).toBe(false);
    });
  });
});

describe('moneyEquals', () => {
  describe('same currency', () => {
    it('ignores the scale', () => {
      expect(moneyEquals(money('12.5', 'EUR'), money('12.500', 'EUR'))).toBe(true);
      expect(moneyEquals(money('12.5', 'EUR'), money('12.51', 'EUR'))).toBe(false);
    });
  });
  describe('different currencies', () => {
    it('is false, never a conversion', () => {
      expect(moneyEquals(money('1', 'EUR'), money('1', 'GBP'))).toBe(false);
    });
  });
  describe('not money', () => {
    it('throws INVALID_ARGUMENT naming the argument', () => {
      const e = expectReckonError(
        () => moneyEquals(money('1', 'EUR'), { amount: '1' } as never),
        'INVALID_ARGUMENT',
      );
      expect(e.details.path).toBe('b');
      expectReckonError(() => moneyEquals(null as never, money('1', 'EUR')), 'INVALID_ARGUMENT');
    });
  });
  describe('laws', () => {
    it('an amount equals itself written at any larger scale, and equality is symmetric', () => {
      fc.assert(
        fc.property(
          fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
          fc.integer({ min: 0, max: 8 }),
          (n, k) => {
            const a = dinero({ amount: n, currency: EUR, scale: 2n });
            const b = dinero({ amount: n * 10n ** BigInt(k), currency: EUR, scale: 2n + BigInt(k) });
            expect(moneyEquals(a, b)).toBe(true);
            expect(moneyEquals(b, a)).toBe(true);
            const c = dinero({ amount: n * 10n ** BigInt(k) + 1n, currency: EUR, scale: 2n + BigInt(k) });
            expect(moneyEquals(a, c)).toBe(false);
          },
        ),
      );
    });
  });
});
