import { describe, expect, it } from 'vitest';
import { rate, ratesFrom, ratesFromEcbCsv, ratesFromList, ratioToString } from '../../src/index';
import { readRates } from '../../src/rates/to-provider';
import { expectReckonError } from '../helpers';
import { HIST_CSV } from './fixtures';

const gbp = { base: 'EUR', quote: 'GBP', value: '0.8675', date: '2025-09-17' } as const;
const shown = (r: { rate: { value: { n: bigint; d: bigint } } } | undefined) =>
  r ? ratioToString(r.rate.value) : undefined;

describe('ratesFrom', () => {
  describe('a provider', () => {
    it('is returned as it is', () => {
      const provider = ratesFromEcbCsv(HIST_CSV);
      expect(ratesFrom(provider)).toBe(provider);
      const own = ratesFromList([gbp]);
      expect(ratesFrom(own)).toBe(own);
    });
  });

  describe('one rate or a list', () => {
    it('one rate answers exactly like a list of one', () => {
      const fix = rate(gbp);
      const one = ratesFrom(fix);
      const list = ratesFrom([fix]);
      for (const [base, quote] of [
        ['EUR', 'GBP'],
        ['GBP', 'EUR'],
      ]) {
        expect(one.fixes(base ?? '', quote ?? '', '2025-01-01', '2025-12-31')).toEqual(
          list.fixes(base ?? '', quote ?? '', '2025-01-01', '2025-12-31'),
        );
      }
      expect(one.span).toEqual({ from: '2025-09-17', to: '2025-09-17' });
      expect(shown(one.rateOn('GBP', 'EUR', '2025-09-17'))).toBe('400/347');
    });
    it('takes rate inputs with string values, keeping their source (default "user")', () => {
      const rates = ratesFrom([gbp, { ...gbp, quote: 'USD', value: '1.1837', source: 'ECB' }]);
      expect(rates.rateOn('EUR', 'GBP', '2025-09-17')?.rate.source).toBe('user');
      expect(rates.rateOn('EUR', 'USD', '2025-09-17')?.rate.source).toBe('ECB');
      expect(shown(rates.rateOn('GBP', 'USD', '2025-09-17'))).toBe('11837/8675');
      expect(ratesFrom([]).fixes('EUR', 'GBP', '2025-01-01', '2025-12-31')).toEqual([]);
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
      const e = expectReckonError(() => ratesFrom(value as never), 'INVALID_ARGUMENT');
      expect(e.message).toContain('rates must be');
    });
    it('names the argument a caller reads it as (options.rates …)', () => {
      expect(
        expectReckonError(() => readRates(1 as never, 'ecbRates'), 'INVALID_ARGUMENT').message,
      ).toContain('ecbRates must be');
    });
    it('names an element of a list by its path under the argument', () => {
      const e = expectReckonError(() => readRates([gbp, null], 'options.rates'), 'INVALID_ARGUMENT');
      expect(e.message).toContain('options.rates[1]');
      expect(expectReckonError(() => ratesFrom([7 as never]), 'INVALID_ARGUMENT').message).toContain(
        'rates[0]',
      );
    });
    it('throws the rate errors of a bad rate in a list', () => {
      expectReckonError(() => ratesFrom([{ ...gbp, value: 0.8675 as never }]), 'INVALID_RATES');
      expectReckonError(() => ratesFrom([{ ...gbp, quote: 'QQQ' }]), 'UNKNOWN_CURRENCY');
      expectReckonError(() => ratesFrom([{ ...gbp, date: '17.09.2025' }]), 'INVALID_DATE');
    });
  });
});
