import { describe, expect, it } from 'vitest';
import {
  downloadEcbRates,
  isTargetBusinessDay,
  previousTargetBusinessDay,
  rate,
  ratesFromEcbCsv,
  ratesFromList,
  rateToJSON,
  ratio,
  ratioToString,
} from '../../src/index';
import { expectReckonError } from '../helpers';
import { DAILY_XML, EDGE_CSV } from './fixtures';

describe('ratesFromList', () => {
  const rates = ratesFromList([
    { base: 'EUR', quote: 'GBP', value: '0.8675', date: '2025-09-17', source: 'ECB' },
    { base: 'EUR', quote: 'USD', value: '1.1837', date: '2025-09-17', source: 'ECB' },
    { base: 'GBP', quote: 'CHF', value: '1.07', date: '2025-09-18' },
  ]);
  it('answers given pairs, their inverses and EUR crosses, keeping each source', () => {
    expect(ratioToString(rates.rateOn('EUR', 'GBP', '2025-09-17')?.rate.value ?? { n: 0n, d: 1n })).toBe(
      '0.8675',
    );
    expect(rates.rateOn('GBP', 'EUR', '2025-09-17')?.rate.source).toBe('ECB');
    expect(ratioToString(rates.rateOn('USD', 'GBP', '2025-09-17')?.rate.value ?? { n: 0n, d: 1n })).toBe(
      '8675/11837',
    );
    const chf = rates.rateOn('CHF', 'GBP', '2025-09-18');
    expect(chf?.rate.source).toBe('user');
    expect(ratioToString(chf?.rate.value ?? { n: 0n, d: 1n })).toBe('100/107');
    expect(rates.source).toBe('user');
  });
  describe('options.source', () => {
    it('names the provider and every rate that names no source', () => {
      const named = ratesFromList(
        [
          { base: 'EUR', quote: 'GBP', value: '0.8675', date: '2025-09-17' },
          { base: 'EUR', quote: 'USD', value: '1.1837', date: '2025-09-17', source: 'ECB' },
        ],
        { source: 'desk' },
      );
      expect(named.source).toBe('desk');
      expect(named.rateOn('EUR', 'GBP', '2025-09-17')?.rate.source).toBe('desk');
      expect(named.rateOn('EUR', 'USD', '2025-09-17')?.rate.source).toBe('ECB');
    });
    it('throws INVALID_ARGUMENT naming options.source for a source that is not a string', () => {
      const e = expectReckonError(() => ratesFromList([], { source: 1 as never }), 'INVALID_ARGUMENT');
      expect(e.message).toContain('options.source');
      expectReckonError(() => ratesFromList([], 'ECB' as never), 'INVALID_ARGUMENT');
    });
  });
  it('throws INVALID_RATES for a duplicate day and a non-positive value', () => {
    const r = { base: 'EUR', quote: 'GBP', value: '0.8675', date: '2025-09-17' };
    expectReckonError(() => ratesFromList([r, r]), 'INVALID_RATES');
    expectReckonError(() => ratesFromList([{ ...r, value: '0' }]), 'INVALID_RATES');
    expectReckonError(() => ratesFromList([{ ...r, value: '-1' }]), 'INVALID_RATES');
    expectReckonError(() => ratesFromList([{ ...r, value: '1e3' }]), 'INVALID_RATES');
  });
  it('throws INVALID_RATES for one pair given both ways on one day with values that disagree', () => {
    const eurGbp = { base: 'EUR', quote: 'GBP', value: '0.8675', date: '2025-09-17' };
    const e = expectReckonError(
      () => ratesFromList([eurGbp, { base: 'GBP', quote: 'EUR', value: '2', date: '2025-09-17' }]),
      'INVALID_RATES',
    );
    expect(e.message).toContain('disagree (0.8675 and 0.5 GBP per EUR)');
    // A rounded inverse disagrees too: which one a lookup used would depend on the direction asked.
    expectReckonError(
      () => ratesFromList([eurGbp, { base: 'GBP', quote: 'EUR', value: '1.1527', date: '2025-09-17' }]),
      'INVALID_RATES',
    );
    // The exact inverse is the same pair and day given twice.
    const twice = expectReckonError(
      () => ratesFromList([eurGbp, { base: 'GBP', quote: 'EUR', value: '400/347', date: '2025-09-17' }]),
      'INVALID_RATES',
    );
    expect(twice.message).not.toContain('disagree');
  });
  it('answers both directions from rates given either way on different days', () => {
    const both = ratesFromList([
      { base: 'EUR', quote: 'GBP', value: '0.8675', date: '2025-09-17' },
      { base: 'GBP', quote: 'EUR', value: '2', date: '2025-09-18' },
    ]);
    const at = (base: string, quote: string) =>
      both.fixes(base, quote, '2025-09-17', '2025-09-18').map((r) => ratioToString(r.value));
    expect(at('EUR', 'GBP')).toEqual(['0.8675', '0.5']);
    expect(at('GBP', 'EUR')).toEqual(['400/347', '2']);
  });
  it('throws UNKNOWN_CURRENCY and INVALID_DATE', () => {
    expectReckonError(
      () => ratesFromList([{ base: 'EUR', quote: 'QQQ', value: '1', date: '2025-09-17' }]),
      'UNKNOWN_CURRENCY',
    );
    expectReckonError(
      () => ratesFromList([{ base: 'EUR', quote: 'GBP', value: '1', date: '17.09.2025' }]),
      'INVALID_DATE',
    );
  });
});

describe('rate and rateToJSON', () => {
  it('keeps the value exact and writes it back', () => {
    const r = rate({ base: 'EUR', quote: 'GBP', value: '0.8675', date: '2025-09-17', source: 'ECB' });
    expect(r.value).toEqual({ n: 347n, d: 400n });
    expect(rateToJSON(r)).toEqual({
      base: 'EUR',
      quote: 'GBP',
      value: '0.8675',
      date: '2025-09-17',
      source: 'ECB',
    });
    expect(rateToJSON(rate({ base: 'GBP', quote: 'EUR', value: '400/347', date: '2025-09-17' })).value).toBe(
      '400/347',
    );
  });
});

describe('rate', () => {
  const input = { base: 'EUR', quote: 'GBP', date: '2025-09-17' };
  it.each([
    ['a float', 0.8675],
    ['a boolean', true],
    ['an empty object', {}],
    ['null', null],
    ['a ratio of plain numbers', { n: 1, d: 2 }],
    ['a ratio with a zero denominator', { n: 1n, d: 0n }],
    ['a ratio with a negative denominator', { n: 1n, d: -2n }],
    ['a zero ratio', { n: 0n, d: 1n }],
  ])('throws INVALID_RATES for %s', (_name, value) => {
    expectReckonError(() => rate({ ...input, value: value as never }), 'INVALID_RATES');
  });
  it('reduces a bigint ratio to lowest terms', () => {
    expect(rate({ ...input, value: { n: 694n, d: 800n } }).value).toEqual({ n: 347n, d: 400n });
  });
  it('throws UNKNOWN_CURRENCY and INVALID_DATE', () => {
    expectReckonError(() => rate({ ...input, base: 'XYZ', value: '1' }), 'UNKNOWN_CURRENCY');
    expectReckonError(() => rate({ ...input, date: '2025-02-30', value: '1' }), 'INVALID_DATE');
  });
});

describe('ratio and ratioToString on values that are not ratios', () => {
  it('refuse plain numbers and a zero denominator instead of looping', () => {
    expectReckonError(() => ratio(1 as never, 2 as never), 'INVALID_ARGUMENT');
    expectReckonError(() => ratio(1n, 2 as never), 'INVALID_ARGUMENT');
    expectReckonError(() => ratioToString({ n: 1n, d: 0n }), 'INVALID_ARGUMENT');
    expectReckonError(() => ratioToString({ n: 1, d: 2 } as never), 'INVALID_ARGUMENT');
    expect(ratioToString(ratio(1n, 2n))).toBe('0.5');
  });
});

describe('TARGET calendar', () => {
  it.each([
    ['2025-09-17', true],
    ['2025-09-20', false],
    ['2025-09-21', false],
    ['2025-01-01', false],
    ['2025-04-18', false],
    ['2025-04-21', false],
    ['2025-05-01', false],
    ['2025-12-25', false],
    ['2025-12-26', false],
    ['2025-12-24', true],
    ['2024-03-29', false],
  ])('%s is a business day: %s', (day, yes) => expect(isTargetBusinessDay(day)).toBe(yes));
  it('is the calendar only: the ECB published on Good Friday and Easter Monday 1999', () => {
    expect(isTargetBusinessDay('1999-04-02')).toBe(false);
    expect(isTargetBusinessDay('1999-04-05')).toBe(false);
    const rates = ratesFromEcbCsv(EDGE_CSV);
    expect(rates.fixes('EUR', 'USD', '1999-04-02', '1999-04-05').map((r) => r.date)).toEqual([
      '1999-04-02',
      '1999-04-05',
    ]);
    // …and published nothing on 31 Dec 2001, a business day by the calendar.
    expect(isTargetBusinessDay('2001-12-31')).toBe(true);
    expect(previousTargetBusinessDay('2002-01-02')).toBe('2001-12-31');
    expect(rates.rateOn('EUR', 'USD', '2002-01-01', { policy: 'previous' })?.rate.date).toBe('2001-12-28');
  });
  it('finds the business day before', () => {
    expect(previousTargetBusinessDay('2025-09-15')).toBe('2025-09-12');
    expect(previousTargetBusinessDay('2025-04-22')).toBe('2025-04-17');
  });
  it('throws INVALID_DATE for a malformed day', () => {
    expectReckonError(() => isTargetBusinessDay('yesterday'), 'INVALID_DATE');
  });
});

describe('downloadEcbRates', () => {
  it('fetches the XML file it is asked for and reads it (no network: a fake fetch)', async () => {
    const asked: string[] = [];
    const rates = await downloadEcbRates({
      file: 'hist-90d',
      fetch: async (url) => {
        asked.push(url);
        return { ok: true, status: 200, text: async () => DAILY_XML };
      },
    });
    expect(asked).toEqual(['https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist-90d.xml']);
    expect(rates.fixes('EUR', 'GBP', '2025-09-17', '2025-09-18')).toHaveLength(2);
  });
  it('throws INVALID_RATES on an HTTP error, a network error, or a foreign answer', async () => {
    const fail = async (fetch: Parameters<typeof downloadEcbRates>[0]) => {
      try {
        await downloadEcbRates(fetch);
      } catch (e) {
        return (e as { code?: string }).code;
      }
      return 'no error';
    };
    expect(await fail({ fetch: async () => ({ ok: false, status: 503, text: async () => '' }) })).toBe(
      'INVALID_RATES',
    );
    expect(
      await fail({
        fetch: async () => {
          throw new Error('ENOTFOUND');
        },
      }),
    ).toBe('INVALID_RATES');
    expect(await fail({ fetch: async () => ({ ok: true, status: 200, text: async () => '<html/>' }) })).toBe(
      'INVALID_RATES',
    );
  });
});
