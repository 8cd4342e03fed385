import { describe, expect, it } from 'vitest';
import {
  type AggregateOptions,
  aggregate,
  aggregator,
  type Rate,
  type RateInput,
  ratesFromList,
  toDecimalString,
} from '../../src/index';
import { expectReckonError } from '../helpers';
import { nvidia, stake } from './fixtures';

const rateList = [
  { base: 'EUR', quote: 'GBP', value: '0.8675', date: '2025-09-17', source: 'ECB' },
  { base: 'EUR', quote: 'USD', value: '1.1837', date: '2025-09-17', source: 'ECB' },
];
const eurOf = (o: AggregateOptions) => {
  const c = aggregate([stake], { by: 'investor', to: 'EUR', ...o }).grandTotal.converted;
  return c?.low ? toDecimalString(c.low) : undefined;
};

describe('aggregate', () => {
  describe('option validation (INVALID_ARGUMENT naming the option and what it allows)', () => {
    const bad: [string, unknown, string[]][] = [
      ['by', 'investors', ['investors', '"party"', '"investor"', '"recipient"']],
      ['allocation', 'equl', ['equl', '"unallocated"', '"equal"', '"full"']],
      ['view', 'round', ['round', '"nominal"', '"rounding"']],
      ['kinds', 'investment', ['list', '"investment"']],
      ['kinds', ['investment', 'gift'], ['gift', '"investment"', '"valuation"']],
      ['statuses', ['annouced'], ['annouced', '"announced"', '"withdrawn"']],
      ['statuses', 'announced', ['list', '"announced"']],
      ['listCommitments', 'no', ['boolean']],
      ['parties', 'nvidia', ['list of parties']],
      ['rates', 'ecb', ['provider']],
      ['rates', 42, ['provider']],
      ['almostBand', '2', ['fraction']],
    ];
    for (const [name, value, words] of bad) {
      it(`rejects ${name}: ${JSON.stringify(value)}`, () => {
        const options = { [name]: value, ...(name === 'rates' ? { to: 'EUR' } : {}) } as AggregateOptions;
        const e = expectReckonError(() => aggregate(nvidia, options), 'INVALID_ARGUMENT');
        for (const word of [name, ...words]) expect(e.message).toContain(word);
        expectReckonError(() => aggregator(options), 'INVALID_ARGUMENT');
      });
    }
    it('rejects an option it does not know, naming it', () => {
      const e = expectReckonError(
        () => aggregate(nvidia, { group: 'investor' } as unknown as AggregateOptions),
        'INVALID_ARGUMENT',
      );
      expect(e.message).toContain('group');
    });
    it('rejects `to` without rates, an unknown currency and a bad day', () => {
      expectReckonError(() => aggregate(nvidia, { to: 'EUR' }), 'INVALID_ARGUMENT');
      expectReckonError(() => aggregate(nvidia, { to: 'EURO', rates: rateList }), 'UNKNOWN_CURRENCY');
      expectReckonError(
        () => aggregate(nvidia, { to: 'EUR', rates: rateList, asOf: 'today' }),
        'INVALID_DATE',
      );
      expectReckonError(() => aggregate(nvidia, { fallbackDate: '2025-02-30' }), 'INVALID_DATE');
    });
    it('refuses null options as INVALID_ARGUMENT naming options, like every other function', () => {
      expect(expectReckonError(() => aggregate(nvidia, null as never), 'INVALID_ARGUMENT').message).toContain(
        'options',
      );
      expectReckonError(() => aggregator(null as never), 'INVALID_ARGUMENT');
    });
    it('treats an option set to undefined as absent', () => {
      const r = aggregate(nvidia, { by: undefined, allocation: undefined } as unknown as AggregateOptions);
      expect([r.by, r.allocation]).toEqual(['party', 'unallocated']);
    });
  });

  describe('fallbackDate as a function (each undated commitment its own day)', () => {
    const { date: _dropped, ...rest } = stake;
    const undated = { ...rest, id: 'undated-stake' };
    const other = { ...rest, id: 'other-stake' };
    const early = [
      { base: 'EUR', quote: 'GBP', value: '0.85', date: '2025-09-10', source: 'ECB' },
      ...rateList,
    ];
    const converted = (fallbackDate: AggregateOptions['fallbackDate']) =>
      aggregate([undated, other], { to: 'EUR', rates: early, ...(fallbackDate ? { fallbackDate } : {}) })
        .grandTotal;
    it('converts each at the day it gives, exactly as if that were the commitment’s date', () => {
      const byFunction = converted((c) => (c.id === 'other-stake' ? '2025-09-10' : '2025-09-17'));
      const byDates = aggregate(
        [
          { ...undated, date: '2025-09-17' },
          { ...other, date: '2025-09-10' },
        ],
        {
          to: 'EUR',
          rates: early,
        },
      ).grandTotal;
      const ends = (t: typeof byDates) =>
        [t.converted?.low, t.converted?.high].map((m) => m && toDecimalString(m));
      expect(ends(byFunction)).toEqual(ends(byDates));
      expect(ends(byFunction)).not.toEqual(ends(converted(() => '2025-09-17')));
      expect(byFunction.converted?.complete).toBe(true);
    });
    it('leaves a commitment it gives no day to unconverted, with NO_RATE (never a guessed day)', () => {
      const t = converted((c) => (c.id === 'other-stake' ? undefined : '2025-09-17'));
      expect(t.converted?.complete).toBe(false);
      expect(t.issues.map((i) => i.code)).toContain('NO_RATE');
      expect(converted(undefined).converted?.complete).toBe(false);
    });
    it('reports a day it gives that is no calendar day as INVALID_DATE, like a commitment’s own', () => {
      expect(converted(() => '2025-02-30').issues.map((i) => i.code)).toContain('INVALID_DATE');
    });
    it('is never called for a commitment with its own date, nor with asOf', () => {
      const seen: string[] = [];
      const fallbackDate = (c: { id: string }) => {
        seen.push(c.id);
        return '2025-09-17';
      };
      aggregate([stake, undated], { to: 'EUR', rates: rateList, fallbackDate });
      expect(seen).toEqual(['undated-stake']);
      seen.length = 0;
      aggregate([stake, undated], { to: 'EUR', rates: rateList, fallbackDate, asOf: '2025-09-17' });
      expect(seen).toEqual([]);
    });
  });

  describe('aggregator', () => {
    it('gives the same result on each call, and refuses commitments after it', () => {
      const agg = aggregator({ by: 'investor' });
      for (const c of nvidia) agg.add(c);
      const first = agg.result();
      expect(agg.result()).toBe(first);
      expectReckonError(() => agg.add(stake), 'INVALID_ARGUMENT');
    });
    it('refuses a commitment without an id, of an unknown kind or of an unknown status', () => {
      expectReckonError(() => aggregate([{ ...stake, id: 7 as unknown as string }]), 'INVALID_ARGUMENT');
      expectReckonError(() => aggregate([{ ...stake, kind: 'gift' as 'grant' }]), 'INVALID_ARGUMENT');
      expectReckonError(() => aggregate([{ ...stake, status: 'rumoured' as 'planned' }]), 'INVALID_ARGUMENT');
    });
  });

  describe('rates in every form ratesFrom accepts', () => {
    it('a provider, one rate, a list of rates and a list of Rate objects convert alike', () => {
      const provider = ratesFromList(rateList);
      const expected = eurOf({ rates: provider });
      expect(expected).toBe('576368876.08');
      expect(eurOf({ rates: rateList })).toBe(expected);
      expect(eurOf({ rates: rateList[0] as (typeof rateList)[number] })).toBe(expected);
      const rates: readonly Rate[] = provider.fixes('EUR', 'GBP', '2025-09-17', '2025-09-17');
      expect(eurOf({ rates })).toBe(expected);
    });
    it('passes on the error of a bad rate in a list', () => {
      expectReckonError(
        () => aggregate(nvidia, { to: 'EUR', rates: [{ ...rateList[0], value: 'x' } as RateInput] }),
        'INVALID_RATES',
      );
    });
    it('names an element of a list that is not a rate by options.rates[i]', () => {
      const e = expectReckonError(
        () => aggregate(nvidia, { to: 'EUR', rates: [rateList[0], null] as never }),
        'INVALID_ARGUMENT',
      );
      expect(e.message).toContain('options.rates[1]');
    });
  });
});
