import { describe, expect, it } from 'vitest';
import {
  downloadEcbRates,
  isIsoDate,
  isTargetBusinessDay,
  previousTargetBusinessDay,
  rate,
  ratesFromEcbCsv,
  ratesFromList,
  rateToJSON,
} from '../../src/index';
import { expectReckonError } from '../helpers';

const input = { base: 'EUR', quote: 'GBP', value: '0.8675', date: '2025-09-17', source: 'ECB' };
const rates = () => ratesFromList([input]);

describe('isIsoDate', () => {
  describe('the first and last years reckon reads (0000 and 9999)', () => {
    it('takes their days and nothing beyond', () => {
      for (const day of [
        '0000-01-01',
        '0000-02-29',
        '0004-02-29',
        '0099-12-31',
        '0100-01-01',
        '0104-02-29',
        '9999-12-31',
      ])
        expect(isIsoDate(day), day).toBe(true);
      for (const day of ['0100-02-29', '0001-02-29', '+010000-01-01', '10000-01-01', '-0001-01-01'])
        expect(isIsoDate(day), day).toBe(false);
    });
    it('reads two-digit years as written, never as 19xx', () => {
      expect(isTargetBusinessDay('0050-01-03')).toBe(new Date('0050-01-03T00:00:00Z').getUTCDay() % 6 !== 0);
    });
  });
});

describe('assertIsoDate through the API', () => {
  describe('a bigint or a symbol', () => {
    it('is INVALID_DATE naming the argument, never a TypeError', () => {
      for (const day of [1n, Symbol('x'), Object.create(null)]) {
        expect(expectReckonError(() => isTargetBusinessDay(day as never), 'INVALID_DATE').message).toContain(
          'day',
        );
      }
    });
  });
});

describe('ratesFromList', () => {
  describe('rates that are not a list of rates', () => {
    it('throws INVALID_ARGUMENT naming rates or rates[i]', () => {
      for (const value of [null, undefined, 42, {}, Symbol('x')])
        expect(expectReckonError(() => ratesFromList(value as never), 'INVALID_ARGUMENT').message).toContain(
          'rates',
        );
      const e = expectReckonError(() => ratesFromList([input, null] as never), 'INVALID_ARGUMENT');
      expect(e.message).toContain('rates[1]');
    });
  });
});

describe('rate', () => {
  describe('input that is not a rate input', () => {
    it('throws INVALID_ARGUMENT for a non-object and for codes that are not strings', () => {
      for (const value of [null, undefined, 42])
        expectReckonError(() => rate(value as never), 'INVALID_ARGUMENT');
      const e = expectReckonError(() => rate({ ...input, quote: Symbol('x') } as never), 'INVALID_ARGUMENT');
      expect(e.message).toContain('input.quote');
      expectReckonError(() => rate({ ...input, quote: 'constructor' }), 'UNKNOWN_CURRENCY');
    });
  });
});

describe('rateToJSON', () => {
  describe('a value that is not a rate', () => {
    it('throws INVALID_ARGUMENT', () => {
      for (const value of [null, undefined, {}, { ...input }])
        expectReckonError(() => rateToJSON(value as never), 'INVALID_ARGUMENT');
    });
  });
});

describe('a provider', () => {
  describe('codes, days and options of the wrong type', () => {
    it('throws ReckonErrors naming them', () => {
      const p = rates();
      for (const code of [Symbol('x'), Object.create(null), null]) {
        expectReckonError(() => p.rateOn(code as never, 'GBP', '2025-09-17'), 'INVALID_ARGUMENT');
        expectReckonError(
          () => p.fixes('EUR', code as never, '2025-09-17', '2025-09-18'),
          'INVALID_ARGUMENT',
        );
      }
      expectReckonError(() => p.rateOn('EUR', 'GBP', 1n as never), 'INVALID_DATE');
      expectReckonError(() => p.rateOn('EUR', 'GBP', '2025-09-17', null as never), 'INVALID_ARGUMENT');
      const e = expectReckonError(
        () => p.rateOn('EUR', 'GBP', '2025-09-17', { policy: 'later' } as never),
        'INVALID_ARGUMENT',
      );
      expect(e.message).toContain('options.policy');
      expect(p.rateOn('EUR', 'GBP', '2025-09-18', { policy: 'previous' })?.rate.date).toBe('2025-09-17');
    });
  });
});

describe('ratesFromEcbCsv', () => {
  describe('text and options of the wrong type', () => {
    it('throws INVALID_ARGUMENT', () => {
      expectReckonError(() => ratesFromEcbCsv(42 as never), 'INVALID_ARGUMENT');
      expectReckonError(
        () => ratesFromEcbCsv('Date,GBP,\n2025-09-17,0.8675,\n', null as never),
        'INVALID_ARGUMENT',
      );
      expectReckonError(
        () => ratesFromEcbCsv('Date,GBP,\n2025-09-17,0.8675,\n', { strict: 'yes' } as never),
        'INVALID_ARGUMENT',
      );
    });
  });
});

describe('downloadEcbRates', () => {
  describe('options of the wrong type', () => {
    it('rejects with INVALID_ARGUMENT before any download', async () => {
      const fetch = () => Promise.reject(new Error('no network in tests'));
      for (const options of [{ file: 'weekly' }, { file: Symbol('x') }, { baseUrl: 42 }, { fetch: 'x' }]) {
        await expect(downloadEcbRates({ fetch, ...(options as object) } as never)).rejects.toMatchObject({
          code: 'INVALID_ARGUMENT',
        });
      }
      await expect(downloadEcbRates(null as never)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    });
  });
});

describe('isTargetBusinessDay', () => {
  describe('the first and last years reckon reads', () => {
    it('answers by the calendar of the year written', () => {
      expect(isTargetBusinessDay('0100-12-31')).toBe(true); // a Friday
      expect(isTargetBusinessDay('0100-12-25')).toBe(false);
      expect(isTargetBusinessDay('9999-12-31')).toBe(true); // a Friday
      expect(previousTargetBusinessDay('0100-12-31')).toBe('0100-12-30');
    });
  });
  describe('a day before 0000-01-01', () => {
    it('is INVALID_DATE, not a date the user never wrote', () => {
      expectReckonError(() => previousTargetBusinessDay('0000-01-01'), 'INVALID_DATE');
    });
  });
});
