import { existsSync, readFileSync } from 'node:fs';
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
  describe('a fix far from the day (maxRateAgeDays)', () => {
    const list = [{ base: 'EUR', quote: 'GBP', value: '0.8675', date: '2025-09-17' }];
    const at = (date: string, maxRateAgeDays?: number) =>
      convertMoney(money('1', 'EUR'), 'GBP', list, {
        date,
        ...(maxRateAgeDays !== undefined ? { maxRateAgeDays } : {}),
      });
    it('takes a fix up to 7 days before the day by default, and refuses an older one with NO_RATE', () => {
      expect(at('2025-09-24').rate.date).toBe('2025-09-17');
      expectReckonError(() => at('2025-09-25'), 'NO_RATE');
      expectReckonError(() => at('2026-03-01'), 'NO_RATE');
    });
    it('says in the message how far it looked', () => {
      expect(() => at('2025-09-25')).toThrow(/2025-09-25 or within 7 days of it/);
    });
    it('follows maxRateAgeDays: 0 is the day itself only, a larger value reaches further back', () => {
      expectReckonError(() => at('2025-09-18', 0), 'NO_RATE');
      expect(at('2025-09-17', 0).substituted).toBe(false);
      expect(at('2025-10-17', 30).rate.date).toBe('2025-09-17');
      expectReckonError(() => at('2025-10-18', 30), 'NO_RATE');
    });
    it('holds the nearest policy to the same limit on either side', () => {
      const near = (date: string) =>
        convertMoney(money('1', 'EUR'), 'GBP', list, { date, policy: 'nearest', maxRateAgeDays: 3 });
      expect(near('2025-09-14').rate.date).toBe('2025-09-17');
      expectReckonError(() => near('2025-09-13'), 'NO_RATE');
      expectReckonError(() => near('2025-09-21'), 'NO_RATE');
    });
    it('throws INVALID_ARGUMENT for a limit that is not a whole number of days from 0', () => {
      for (const bad of [-1, 1.5, Number.NaN, '7', null]) {
        expectReckonError(() => at('2025-09-17', bad as never), 'INVALID_ARGUMENT');
      }
    });
    it('law: a fix is used exactly when it lies within the limit', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 40 }), (after, limit) => {
          const day = new Date(Date.UTC(2025, 8, 17 + after)).toISOString().slice(0, 10);
          let used: boolean;
          try {
            used = at(day, limit).rate.date === '2025-09-17';
          } catch {
            used = false;
          }
          expect(used).toBe(after <= limit);
        }),
      );
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

const HISTORY = new URL('../../../shared/data/ecb/eurofxref-hist.csv', import.meta.url);
const hasHistory = existsSync(HISTORY);
if (!hasHistory)
  console.warn(`[reckon tests] ECB history not found at ${HISTORY.pathname}: real-history tests skipped.`);

describe.skipIf(!hasHistory)('convertMoney against the real ECB history', () => {
  const real = hasHistory ? ratesFromEcbCsv(readFileSync(HISTORY, 'utf8')) : ecb;
  it('refuses rubles after the ECB stopped quoting them (1 March 2022) instead of using the last fix', () => {
    // The ECB's last RUB fix is of 2022-03-01; a 2025 figure converted at it would be off by half.
    expect(convertMoney(money('1000', 'RUB'), 'EUR', real, { date: '2022-03-01' }).rate.date).toBe(
      '2022-03-01',
    );
    expectReckonError(
      () => convertMoney(money('1000', 'RUB'), 'EUR', real, { date: '2025-09-17' }),
      'NO_RATE',
    );
  });
  it('refuses a day months after the file ends, and converts across Easter (a 5-day gap)', () => {
    expectReckonError(() => convertMoney(money('1', 'GBP'), 'EUR', real, { date: '2026-11-27' }), 'NO_RATE');
    const easter = convertMoney(money('1', 'GBP'), 'EUR', real, { date: '2025-04-21' });
    expect(easter.rate.date).toBe('2025-04-17');
    expect(easter.substituted).toBe(true);
  });
});
