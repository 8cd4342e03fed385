import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ratesFromList } from '../../src/index';
import { safeParseDataset } from '../../src/schema/index';
import { type UkdcJSON, ukdc, withUsdTwin } from './ukdc-fixture';

/** The issues of a dataset as "CODE path". */
const issues = (d: UkdcJSON) => {
  const r = safeParseDataset(d);
  return r.success ? [] : r.issues.map((i) => `${i.code} ${i.path.join('.')}`);
};

describe('safeParseDataset', () => {
  describe('the fixture as it stands', () => {
    it('is valid', () => {
      expect(issues(ukdc())).toEqual([]);
    });
  });

  describe('a figure and its reported conversion as the amounts of two commitments (review K15)', () => {
    it('reports DUPLICATE_FIGURE at the second amount when `conversions` links them', () => {
      expect(issues(withUsdTwin(ukdc()))).toEqual(['DUPLICATE_FIGURE commitments.1.amount']);
    });

    it('reports it when only a mention’s convertedFrom links them', () => {
      const d = withUsdTwin(ukdc());
      d.conversions = [];
      d.mentions = [
        {
          id: 'm-gbp',
          figure: 'sw-6-3',
          parties: [{ party: 'cloudhq', role: 'investor' }],
          kind: 'investment',
        },
        {
          id: 'm-usd',
          figure: 'sw-8-2',
          parties: [{ party: 'cloudhq', role: 'investor' }],
          kind: 'investment',
          convertedFrom: 'm-gbp',
        },
      ];
      expect(issues(d)).toEqual(['DUPLICATE_FIGURE commitments.1.amount']);
    });

    it('reports it through a chain: two conversions of one figure', () => {
      // "£6.3 billion ($8.2 billion)" converted twice: the $ figure also converted to another GBP figure.
      const d = withUsdTwin(ukdc());
      d.commitments[0] = { ...d.commitments[0], amount: 'xq-6-3' } as (typeof d.commitments)[number];
      d.conversions.push({ ...d.conversions[0], id: 'chain', from: 'xq-6-3', to: 'sw-6-3' } as never);
      expect(issues(d)).toContain('DUPLICATE_FIGURE commitments.1.amount');
    });

    it('accepts the two when one is `partOf` the other', () => {
      const d = withUsdTwin(ukdc());
      d.commitments[1] = { ...d.commitments[1], partOf: 'uk-dc-combined' } as (typeof d.commitments)[number];
      expect(issues(d)).toEqual([]);
    });

    it('accepts two commitments on figures that no conversion links', () => {
      const d = withUsdTwin(ukdc());
      d.conversions = [];
      expect(issues(d)).toEqual([]);
    });
  });

  describe('a conversion whose figures are not in its quote (review K16)', () => {
    it('reports a figure of another document at the side that names it', () => {
      const d = ukdc();
      d.conversions[0] = { ...d.conversions[0], to: 'xq-8-2' } as (typeof d.conversions)[number];
      expect(issues(d)).toEqual(['INVALID_DATASET conversions.0.to']);
    });

    it('reports a figure of the same document outside the quote', () => {
      const d = ukdc();
      d.conversions[0] = { ...d.conversions[0], from: 'sw-1-9' } as (typeof d.conversions)[number];
      expect(issues(d)).toEqual(['INVALID_DATASET conversions.0.from']);
    });

    it('accepts a figure that overlaps the quote without lying inside it ("bis zu" before it)', () => {
      const d = ukdc();
      const source = d.conversions[0]?.source as { start: number; quote: string };
      // The quote starts one character into the "£6.3 billion" figure.
      d.conversions[0] = {
        ...d.conversions[0],
        source: { ...source, start: source.start + 1, quote: source.quote.slice(1) },
      } as (typeof d.conversions)[number];
      expect(issues(d)).toEqual([]);
    });
  });

  describe('a rate given in both directions for one day (review K10)', () => {
    const inverse = (value: string, date = '2024-10-14') => ({
      base: 'USD',
      quote: 'EUR',
      value,
      date,
      source: 'wire',
    });

    it('reports the second at its path, even when it is the first inverted and rounded', () => {
      const d = ukdc();
      d.rates.push(inverse('0.9162'));
      expect(issues(d)).toEqual(['INVALID_DATASET rates.2']);
    });

    it('reports it when the two agree exactly (one rate per pair and day, as ratesFromList takes)', () => {
      const d = ukdc();
      d.rates = [
        { base: 'EUR', quote: 'USD', value: '1.25', date: '2024-10-14', source: 'ECB' },
        inverse('0.8'),
      ];
      expect(issues(d)).toEqual(['INVALID_DATASET rates.1']);
      expect(() => ratesFromList(d.rates as never)).toThrow();
    });

    it('accepts the inverse pair on another day', () => {
      const d = ukdc();
      d.rates.push(inverse('0.9162', '2024-10-15'));
      expect(issues(d)).toEqual([]);
    });

    it('is what ratesFromList refuses: a dataset valid here never makes it throw (property)', () => {
      const rate = fc.record({
        pair: fc.constantFrom(['EUR', 'USD'], ['USD', 'EUR'], ['EUR', 'GBP'], ['GBP', 'EUR']),
        value: fc.constantFrom('1.0915', '0.9162', '0.8355', '1.25'),
        date: fc.constantFrom('2024-10-14', '2024-10-15'),
      });
      fc.assert(
        fc.property(fc.array(rate, { maxLength: 5 }), (list) => {
          const d = ukdc();
          d.rates = list.map((r) => ({
            base: r.pair[0],
            quote: r.pair[1],
            value: r.value,
            date: r.date,
            source: 'x',
          }));
          let throws = false;
          try {
            ratesFromList(d.rates as never);
          } catch {
            throws = true;
          }
          expect(issues(d).length > 0).toBe(throws);
        }),
        { numRuns: 60 },
      );
    });
  });
});

describe('ratesFromList', () => {
  describe('a pair and day given in both directions', () => {
    it('throws INVALID_RATES without claiming that the first is kept', () => {
      const twice = [
        { base: 'EUR', quote: 'USD', value: '1.0915', date: '2024-10-14' },
        { base: 'USD', quote: 'EUR', value: '0.9162', date: '2024-10-14' },
      ];
      expect(() => ratesFromList(twice)).toThrow(expect.objectContaining({ code: 'INVALID_RATES' }));
      expect(() => ratesFromList(twice)).not.toThrow(/first is kept/);
    });
  });
});
