import { describe, expect, it } from 'vitest';
import { createRate, parseEcbCsv, ratioToString, staticRates, toRateProvider } from '../../src/index';
import { expectReckonError } from '../helpers';
import { HIST_CSV } from './fixtures';

const gbp = { base: 'EUR', quote: 'GBP', value: '0.8675', date: '2025-09-17' } as const;
const shown = (r: { rate: { value: { n: bigint; d: bigint } } } | undefined) =>
  r ? ratioToString(r.rate.value) : undefined;

describe('toRateProvider', () => {
  describe('a provider', () => {
    it('is returned as it is', () => {
      const provider = parseEcbCsv(HIST_CSV);
      expect(toRateProvider(provider)).toBe(provider);
      const own = staticRates([gbp]);
      expect(toRateProvider(own)).toBe(own);
    });
  });

  describe('one rate or a list', () => {
    it('one rate answers exactly like a list of one', () => {
      const rate = createRate(gbp);
      const one = toRateProvider(rate);
      const list = toRateProvider([rate]);
      for (const [base, quote] of [
        ['EUR', 'GBP'],
        ['GBP', 'EUR'],
      ]) {
        expect(one.fixes(base ?? '', quote ?? '', '2025-01-01', '2025-12-31')).toEqual(
          list.fixes(base ?? '', quote ?? '', '2025-01-01', '2025-12-31'),
        );
      }
      expect(one.span).toEqual({ first: '2025-09-17', last: '2025-09-17' });
      expect(shown(one.rateOn('GBP', 'EUR', '2025-09-17'))).toBe('400/347');
    });
    it('takes rate inputs with string values, keeping their source (default "user")', () => {
      const rates = toRateProvider([gbp, { ...gbp, quote: 'USD', value: '1.1837', source: 'ECB' }]);
      expect(rates.rateOn('EUR', 'GBP', '2025-09-17')?.rate.source).toBe('user');
      expect(rates.rateOn('EUR', 'USD', '2025-09-17')?.rate.source).toBe('ECB');
      expect(shown(rates.rateOn('GBP', 'USD', '2025-09-17'))).toBe('11837/8675');
      expect(toRateProvider([]).fixes('EUR', 'GBP', '2025-01-01', '2025-12-31')).toEqual([]);
    });
  });

  describe('anything else', () => {
    it.each([
      ['a number', 42],
      ['a string', 'eurofxref-hist.csv'],
      ['null', null],
      ['undefined', undefined],
      ['an object that is neither', { fixes: [] }],
    ])('throws INVALID_ARGUMENT for %s', (_name, value) => {
      const e = expectReckonError(() => toRateProvider(value as never), 'INVALID_ARGUMENT');
      expect(e.message).toContain('rates must be');
    });
    it('names the argument it was given as', () => {
      expect(
        expectReckonError(() => toRateProvider(1 as never, 'ecbRates'), 'INVALID_ARGUMENT').message,
      ).toContain('ecbRates must be');
    });
    it('throws the rate errors of a bad rate in a list', () => {
      expectReckonError(() => toRateProvider([{ ...gbp, value: 0.8675 as never }]), 'INVALID_RATES');
      expectReckonError(() => toRateProvider([{ ...gbp, quote: 'QQQ' }]), 'UNKNOWN_CURRENCY');
      expectReckonError(() => toRateProvider([{ ...gbp, date: '17.09.2025' }]), 'INVALID_DATE');
    });
  });
});
