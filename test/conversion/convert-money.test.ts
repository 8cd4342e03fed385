import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  convertMoney,
  money,
  ratesFromEcbCsv,
  ratioCmp,
  ratioToString,
  toDecimalString,
} from '../../src/index';
import { ratioSub } from '../../src/math/ratio';
import { expectReckonError } from '../helpers';
import { HIST_CSV } from '../rates/fixtures';

const ecb = ratesFromEcbCsv(HIST_CSV);

describe('convertMoney', () => {
  describe('with a fix on the day', () => {
    it('converts exactly and rounds half-to-even to the minor unit of the target', () => {
      const r = convertMoney(money('11000000000', 'GBP'), 'EUR', ecb, { date: '2025-09-17' });
      // 11e9 / 0.8675 = 12680115273.7752…
      expect(toDecimalString(r.money)).toBe('12680115273.78');
      expect(ratioToString(r.exact)).toBe('4400000000000/347');
      expect(r.rate).toMatchObject({ base: 'GBP', quote: 'EUR', date: '2025-09-17', source: 'ECB' });
      expect(r.substituted).toBe(false);
      expect(r.requestedDate).toBe('2025-09-17');
    });
    it('crosses through EUR exactly (GBP → USD)', () => {
      const r = convertMoney(money('100', 'GBP'), 'USD', ecb, { date: '2025-09-17' });
      expect(ratioToString(r.rate.value)).toBe('11837/8675');
      expect(toDecimalString(r.money)).toBe('136.45');
    });
    it('rounds to the exponent of the target (JPY has none)', () => {
      const r = convertMoney(money('1', 'EUR'), 'JPY', ecb, { date: '2025-09-17' });
      expect(toDecimalString(r.money)).toBe('174');
    });
  });
  describe('a day without a fix', () => {
    it('takes the latest fix before it by default, and says so', () => {
      const r = convertMoney(money('1', 'EUR'), 'GBP', ecb, { date: '2025-09-21' });
      expect(r.rate.date).toBe('2025-09-19');
      expect(r.substituted).toBe(true);
    });
    it('throws NO_RATE with policy exact', () => {
      expectReckonError(
        () => convertMoney(money('1', 'EUR'), 'GBP', ecb, { date: '2025-09-21', policy: 'exact' }),
        'NO_RATE',
      );
    });
    it('throws NO_RATE before the first fix, or for a currency the rates lack', () => {
      expectReckonError(() => convertMoney(money('1', 'EUR'), 'GBP', ecb, { date: '2025-01-01' }), 'NO_RATE');
      expectReckonError(() => convertMoney(money('1', 'EUR'), 'CHF', ecb, { date: '2025-09-17' }), 'NO_RATE');
    });
  });
  describe('the same currency', () => {
    it('returns the money with a rate of 1', () => {
      const r = convertMoney(money('12.5', 'EUR'), 'EUR', ecb, { date: '2025-09-17' });
      expect(toDecimalString(r.money)).toBe('12.50');
      expect(r.rate.source).toBe('identity');
    });
  });
  describe('rates in every accepted form', () => {
    it('takes a list of rate inputs', () => {
      const list = [{ base: 'EUR', quote: 'GBP', value: '0.8675', date: '2025-09-17' }];
      expect(
        toDecimalString(convertMoney(money('1', 'EUR'), 'GBP', list, { date: '2025-09-17' }).money),
      ).toBe('0.87');
    });
  });
  describe('errors', () => {
    it('throws INVALID_ARGUMENT for non-money, bad rates or options', () => {
      expectReckonError(
        () => convertMoney('1' as never, 'EUR', ecb, { date: '2025-09-17' }),
        'INVALID_ARGUMENT',
      );
      expectReckonError(
        () => convertMoney(money('1', 'GBP'), 'EUR', 42 as never, { date: '2025-09-17' }),
        'INVALID_ARGUMENT',
      );
      expectReckonError(
        () => convertMoney(money('1', 'GBP'), 'EUR', [null] as never, { date: '2025-09-17' }),
        'INVALID_ARGUMENT',
      );
      expectReckonError(() => convertMoney(money('1', 'GBP'), 'EUR', ecb, null as never), 'INVALID_ARGUMENT');
      expectReckonError(
        () => convertMoney(money('1', 'GBP'), 'EUR', ecb, { date: '2025-09-17', policy: 'latest' as never }),
        'INVALID_ARGUMENT',
      );
    });
    it('throws UNKNOWN_CURRENCY for an unknown target', () => {
      expectReckonError(
        () => convertMoney(money('1', 'GBP'), 'XXY', ecb, { date: '2025-09-17' }),
        'UNKNOWN_CURRENCY',
      );
    });
    it('throws INVALID_DATE for a date that is not a day', () => {
      expectReckonError(
        () => convertMoney(money('1', 'GBP'), 'EUR', ecb, { date: '2025-02-30' }),
        'INVALID_DATE',
      );
    });
  });
  describe('laws', () => {
    it('the rounded money is within half a minor unit of the exact value', () => {
      fc.assert(
        fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), (pence) => {
          const m = money(pence, 'GBP', { minorUnits: true });
          const r = convertMoney(m, 'USD', ecb, { date: '2025-09-18' });
          const { amount } = r.money.toJSON();
          const gap = ratioSub({ n: amount, d: 100n }, r.exact);
          const abs = gap.n < 0n ? { n: -gap.n, d: gap.d } : gap;
          expect(ratioCmp(abs, { n: 1n, d: 200n })).toBeLessThanOrEqual(0);
        }),
      );
    });
  });
});
