import { describe, expect, it } from 'vitest';
import { ratesFromEcb, ratesFromEcbCsv, ratioToString } from '../../src/index';
import { expectReckonError } from '../helpers';
import { DAILY_XML, HIST_CSV } from './fixtures';

describe('ratesFromEcb', () => {
  describe('CSV', () => {
    it('reads the history file as ratesFromEcbCsv does', () => {
      const a = ratesFromEcb(HIST_CSV);
      const b = ratesFromEcbCsv(HIST_CSV);
      expect(a.span).toEqual(b.span);
      expect(a.fixes('EUR', 'GBP', '2025-09-15', '2025-09-19')).toEqual(
        b.fixes('EUR', 'GBP', '2025-09-15', '2025-09-19'),
      );
    });
  });
  describe('XML', () => {
    it('detects XML, also after a byte-order mark and white space', () => {
      for (const text of [DAILY_XML, `\ufeff  \n${DAILY_XML}`]) {
        const r = ratesFromEcb(text);
        expect(ratioToString(r.rateOn('EUR', 'GBP', '2025-09-18')?.rate.value ?? { n: 0n, d: 1n })).toBe(
          '0.868',
        );
      }
    });
  });
  describe('options', () => {
    it('passes source and strict on', () => {
      expect(ratesFromEcb(HIST_CSV, { source: 'mine' }).source).toBe('mine');
      expectReckonError(
        () => ratesFromEcb(`${HIST_CSV}2025-09-12,x,1,1,N/A,1,\n`, { strict: true }),
        'INVALID_RATES',
      );
    });
  });
  describe('errors', () => {
    it('throws INVALID_ARGUMENT for text that is not a string or options that are not an object', () => {
      expectReckonError(() => ratesFromEcb(42 as never), 'INVALID_ARGUMENT');
      expectReckonError(() => ratesFromEcb(HIST_CSV, null as never), 'INVALID_ARGUMENT');
    });
    it('throws INVALID_RATES for an empty or foreign file', () => {
      expectReckonError(() => ratesFromEcb(''), 'INVALID_RATES');
      expectReckonError(() => ratesFromEcb('<html>nope</html>'), 'INVALID_RATES');
    });
  });
});
