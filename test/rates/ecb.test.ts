import { describe, expect, it } from 'vitest';
import { parseEcbCsv, parseEcbXml, ratioToString } from '../../src/index';
import { expectReckonError } from '../helpers';
import { DAILY_CSV, DAILY_XML, HIST_CSV } from './fixtures';

const value = (r: { rate: { value: { n: bigint; d: bigint } } } | undefined) =>
  r ? ratioToString(r.rate.value) : undefined;

describe('parseEcbCsv', () => {
  describe('the history file', () => {
    const rates = parseEcbCsv(HIST_CSV);
    it('reads newest-first rows into exact EUR→X fixes', () => {
      expect(value(rates.rateOn('EUR', 'GBP', '2025-09-17'))).toBe('0.8675');
      expect(value(rates.rateOn('EUR', 'GBP', '2025-09-18'))).toBe('0.868');
      expect(rates.fixes('EUR', 'USD', '2025-09-15', '2025-09-19').map((r) => r.date)).toEqual([
        '2025-09-15',
        '2025-09-16',
        '2025-09-17',
        '2025-09-18',
        '2025-09-19',
      ]);
      expect(rates.issues).toEqual([]);
      expect(rates.span).toEqual({ first: '2025-09-15', last: '2025-09-19' });
      expect(rates.source).toBe('ECB');
    });
    it('skips N/A values and the trailing comma, keeps withdrawn currencies', () => {
      expect(rates.fixes('EUR', 'CYP', '2025-01-01', '2025-12-31')).toEqual([]);
      expect(rates.currencies).toContain('CYP');
    });
    it('inverts and crosses through EUR exactly', () => {
      expect(value(rates.rateOn('GBP', 'EUR', '2025-09-17'))).toBe('400/347');
      // USD per GBP = 1.1837 / 0.8675
      expect(value(rates.rateOn('GBP', 'USD', '2025-09-17'))).toBe('11837/8675');
    });
    it('never guesses a missing day, but says which day a policy used', () => {
      expect(rates.rateOn('EUR', 'GBP', '2025-09-20')).toBeUndefined();
      const prev = rates.rateOn('EUR', 'GBP', '2025-09-20', { policy: 'previous' });
      expect(prev?.rate.date).toBe('2025-09-19');
      expect(prev?.substituted).toBe(true);
      expect(prev?.requestedDate).toBe('2025-09-20');
      expect(rates.rateOn('EUR', 'GBP', '2025-09-14', { policy: 'nearest' })?.rate.date).toBe('2025-09-15');
      expect(rates.rateOn('EUR', 'GBP', '2025-09-14', { policy: 'previous' })).toBeUndefined();
      expect(rates.rateOn('EUR', 'GBP', '2025-09-17', { policy: 'nearest' })?.substituted).toBe(false);
      expect(rates.fixes('EUR', 'GBP', '2025-09-20', '2025-09-21')).toEqual([]);
    });
    it('returns nothing for the same currency or an unknown pair', () => {
      expect(rates.fixes('EUR', 'EUR', '2025-09-15', '2025-09-19')).toEqual([]);
      expect(rates.rateOn('EUR', 'CHF', '2025-09-17')).toBeUndefined();
    });
    it('throws INVALID_DATE for a malformed day', () => {
      expectReckonError(() => rates.fixes('EUR', 'GBP', '2025-9-1', '2025-09-19'), 'INVALID_DATE');
      expectReckonError(() => rates.rateOn('EUR', 'GBP', '2025-02-30'), 'INVALID_DATE');
    });
  });

  describe('the daily file', () => {
    it('reads "13 April 2026" dates and ", " separators with CRLF', () => {
      const rates = parseEcbCsv(DAILY_CSV);
      expect(value(rates.rateOn('EUR', 'GBP', '2026-04-13'))).toBe('0.87058');
      expect(value(rates.rateOn('EUR', 'JPY', '2026-04-13'))).toBe('186.75');
      expect(rates.issues).toEqual([]);
    });
    it('accepts a byte order mark', () => {
      expect(parseEcbCsv(`\uFEFF${HIST_CSV}`).span?.last).toBe('2025-09-19');
    });
  });

  describe('bad input', () => {
    const broken = `Date,USD,GBP,XXX,
2025-09-19,1.1736,0.8708,1,
2025-13-01,1.1,0.8,1,
2025-09-18,1.1818,abc,1,
2025-09-17,1.1837,
2025-09-16,1.1807,0.8656,1,
2025-09-16,1.1807,0.8656,1,
`;
    it('reports each malformed line with its number and loads the rest', () => {
      const rates = parseEcbCsv(broken);
      const lines = rates.issues.map((i) => [i.line, i.code]);
      expect(lines).toEqual([
        [1, 'INVALID_RATES'],
        [3, 'INVALID_RATES'],
        [4, 'INVALID_RATES'],
        [5, 'INVALID_RATES'],
        [6, 'INVALID_RATES'],
      ]);
      expect(rates.issues.map((i) => i.message).join('\n')).toMatch(
        /XXX[\s\S]*not a date[\s\S]*not a rate[\s\S]*cells[\s\S]*more than one/,
      );
      expect(value(rates.rateOn('EUR', 'USD', '2025-09-18'))).toBe('1.1818');
      expect(rates.rateOn('EUR', 'GBP', '2025-09-18')).toBeUndefined();
      expect(rates.fixes('EUR', 'GBP', '2025-09-01', '2025-09-30').map((r) => r.date)).toEqual([
        '2025-09-16',
        '2025-09-19',
      ]);
    });
    it('throws on the first malformed line in strict mode', () => {
      const e = expectReckonError(() => parseEcbCsv(broken, { strict: true }), 'INVALID_RATES');
      expect(e.message).toContain('line 1');
    });
    it.each([
      ['', 'empty'],
      ['   \n', 'empty'],
      ['<html>not rates</html>', 'Not an ECB'],
      ['Date,USD,\n', 'no rates'],
      ['Date,USD,\n2025-09-19,N/A,\n', 'no rates'],
    ])('throws INVALID_RATES for %j', (text, words) => {
      const e = expectReckonError(() => parseEcbCsv(text), 'INVALID_RATES');
      expect(e.message).toContain(words);
    });
  });
});

describe('parseEcbXml', () => {
  it('reads the gesmes envelope with single and double quotes', () => {
    const rates = parseEcbXml(DAILY_XML);
    expect(value(rates.rateOn('EUR', 'GBP', '2025-09-17'))).toBe('0.8675');
    expect(value(rates.rateOn('EUR', 'USD', '2025-09-18'))).toBe('1.1818');
    expect(rates.fixes('GBP', 'EUR', '2025-09-15', '2025-09-19')).toHaveLength(2);
    expect(rates.issues).toEqual([]);
  });
  it('reports bad entries with line numbers and keeps the rest', () => {
    const xml = DAILY_XML.replace("rate='0.868'", "rate='x'").replace('currency="USD"', 'currency="ZZZ"');
    const rates = parseEcbXml(xml);
    expect(rates.issues.map((i) => i.line)).toEqual([10, 13]);
    expect(value(rates.rateOn('EUR', 'GBP', '2025-09-17'))).toBe('0.8675');
    expectReckonError(() => parseEcbXml(xml, { strict: true }), 'INVALID_RATES');
  });
  it('reports a bad date', () => {
    const rates = parseEcbXml(DAILY_XML.replace("time='2025-09-18'", "time='18.09.2025'"));
    expect(rates.issues).toHaveLength(1);
    expect(rates.fixes('EUR', 'GBP', '2025-09-01', '2025-09-30')).toHaveLength(1);
  });
  it.each([
    ['', 'empty'],
    ['<?xml version="1.0"?><root/>', 'no <Cube>'],
    ['<Cube><Cube time="2025-09-18"></Cube></Cube>', 'no rates'],
  ])('throws INVALID_RATES for %j', (text, words) => {
    const e = expectReckonError(() => parseEcbXml(text), 'INVALID_RATES');
    expect(e.message).toContain(words);
  });
});
