import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AggregateOptions,
  type AggregateResult,
  aggregate,
  type Commitment,
  type MoneyInterval,
  parseFigure,
  toDecimalString,
} from '../../src/index';

const iv = (t: MoneyInterval | undefined) =>
  t
    ? [t.low && toDecimalString(t.low, { trim: true }), t.high && toDecimalString(t.high, { trim: true })]
    : undefined;
const gbp = (r: AggregateResult, party: string) => iv(r.groups.find((g) => g.party === party)?.totals.GBP);
const investor = (party: string) => ({ party, role: 'investor' as const });

/** review4 K1: four firms' joint £6.3bn and each firm's own part of it, plus CoreWeave's earlier £1bn. */
const FIRMS = ['cloudhq', 'servicenow', 'cyrusone', 'coreweave'] as const;
const whole: Commitment = {
  id: 'combined',
  kind: 'investment',
  status: 'announced',
  parties: FIRMS.map(investor),
  amount: parseFigure('£6.3bn'),
};
const OWN = { cloudhq: '£1.9bn', servicenow: '£1.15bn', cyrusone: '£2.5bn', coreweave: '£750m' };
const part = (firm: keyof typeof OWN, text = OWN[firm]): Commitment => ({
  id: `${firm}-part`,
  kind: 'investment',
  status: 'announced',
  parties: [investor(firm)],
  amount: parseFigure(text),
  partOf: 'combined',
});
const may: Commitment = {
  id: 'coreweave-may',
  kind: 'investment',
  status: 'announced',
  parties: [investor('coreweave')],
  amount: parseFigure('£1bn'),
};
const ukdc = [whole, ...FIRMS.map((f) => part(f)), may];

describe('aggregate', () => {
  describe("a party's own part of a joint whole (review4 K1)", () => {
    for (const allocation of ['unallocated', 'equal'] as const) {
      for (const by of ['investor', 'party'] as const) {
        describe(`${allocation}, by ${by}`, () => {
          const r = aggregate(ukdc, { by, allocation });
          it('gives each firm exactly its own part, as the parts add up to the whole', () => {
            expect(gbp(r, 'cloudhq')).toEqual(['1900000000', '1900000000']);
            expect(gbp(r, 'servicenow')).toEqual(['1150000000', '1150000000']);
            expect(gbp(r, 'cyrusone')).toEqual(['2500000000', '2500000000']);
            expect(gbp(r, 'coreweave')).toEqual(['1750000000', '1750000000']);
          });
          it('leaves the grand total at £7.3bn: a part is never added on top of its whole', () => {
            expect(iv(r.grandTotal.totals.GBP)).toEqual(['7300000000', '7300000000']);
          });
        });
      }
    }
    it('bounds the share of a whole that is itself a part of a whole not added (no amount)', () => {
      const summit: Commitment = { id: 'summit', kind: 'pledge', status: 'announced', parties: [] };
      const r = aggregate([summit, { ...whole, partOf: 'summit' }, ...FIRMS.map((f) => part(f))], {
        by: 'investor',
      });
      expect(gbp(r, 'cyrusone')).toEqual(['2500000000', '2500000000']);
    });
    it('parts before their whole give the same rows', () => {
      const r = aggregate([...ukdc].reverse(), { by: 'investor' });
      expect(gbp(r, 'cloudhq')).toEqual(['1900000000', '1900000000']);
    });
    it('with one part missing, bounds the others by what is left: CloudHQ [£1.9bn, £3.05bn]', () => {
      const r = aggregate([whole, part('cloudhq'), part('cyrusone'), part('coreweave')], { by: 'investor' });
      expect(gbp(r, 'cloudhq')).toEqual(['1900000000', '3050000000']);
      expect(gbp(r, 'servicenow')).toEqual(['0', '1150000000']);
    });
    it('under equal, splits only what the parts leave unassigned', () => {
      const r = aggregate([whole, part('cloudhq'), part('cyrusone'), part('coreweave')], {
        by: 'investor',
        allocation: 'equal',
      });
      // £1.15bn unassigned, £287.5m each
      expect(gbp(r, 'cloudhq')).toEqual(['2187500000', '2187500000']);
      expect(gbp(r, 'servicenow')).toEqual(['287500000', '287500000']);
    });
    it('an "up to" part gives no lower bound', () => {
      const r = aggregate([whole, part('cloudhq', 'up to £1.9bn')], { by: 'investor' });
      expect(gbp(r, 'cloudhq')).toEqual(['0', '6300000000']);
      expect(gbp(r, 'servicenow')).toEqual(['0', '6300000000']);
    });
    it('in the rounding view, keeps the parts\' rounding: CloudHQ [£1.85bn, £1.95bn] from "£1.9bn"', () => {
      const r = aggregate([whole, part('cloudhq')], { by: 'investor', view: 'rounding' });
      expect(gbp(r, 'cloudhq')).toEqual(['1850000000', '6350000000']);
      expect(gbp(r, 'servicenow')).toEqual(['0', '4500000000']);
    });
    it('under full, still gives every party all of the whole', () => {
      const r = aggregate(ukdc, { by: 'investor', allocation: 'full' });
      expect(gbp(r, 'cloudhq')).toEqual(['6300000000', '6300000000']);
    });
  });

  describe('joint wholes and their parts (property)', () => {
    // A whole of up to five parties, parts held by one or two of them that never add up to more than it.
    const arb = fc
      .record({
        n: fc.integer({ min: 2, max: 5 }),
        whole: fc.bigInt({ min: 0n, max: 10_000n }),
        parts: fc.array(
          fc.record({ a: fc.nat(4), b: fc.option(fc.nat(4)), share: fc.nat(100), upTo: fc.boolean() }),
          { maxLength: 5 },
        ),
        allocation: fc.constantFrom<AggregateOptions['allocation']>('unallocated', 'equal'),
      })
      .map(({ n, whole: total, parts, allocation }) => {
        let left = total;
        const list: Commitment[] = [
          {
            id: 'w',
            kind: 'investment',
            status: 'announced',
            parties: Array.from({ length: n }, (_, k) => investor(`p${k}`)),
            amount: parseFigure(`£${total}`),
          },
        ];
        parts.forEach((p, k) => {
          const value = (left * BigInt(p.share)) / 100n;
          left -= value;
          const holders = [...new Set([p.a % n, ...(p.b === null ? [] : [p.b % n])])];
          list.push({
            id: `x${k}`,
            kind: 'investment',
            status: 'announced',
            parties: holders.map((h) => investor(`p${h}`)),
            amount: parseFigure(`${p.upTo ? 'up to ' : ''}£${value}`),
            partOf: 'w',
          });
        });
        return { list, total, n, allocation };
      });
    it("keeps each row within [0, whole], at least its sole parts' low ends, and the rows' lows within the whole", () => {
      fc.assert(
        fc.property(arb, ({ list, total, n, allocation }) => {
          const r = aggregate(list, { by: 'investor', allocation });
          let lows = 0n;
          for (let k = 0; k < n; k++) {
            const t = r.groups.find((g) => g.party === `p${k}`)?.totals.GBP;
            const low = t?.low?.toJSON().amount ?? 0n;
            const high = t?.high?.toJSON().amount ?? 0n;
            const ownLow = list
              .filter((c) => c.partOf && c.parties.length === 1 && c.parties[0]?.party === `p${k}`)
              .reduce(
                (sum, c) => sum + (c.amount?.qualifier === 'exact' ? c.amount.amount.toJSON().amount : 0n),
                0n,
              );
            expect(low).toBeGreaterThanOrEqual(ownLow);
            expect(low).toBeLessThanOrEqual(high);
            expect(low).toBeGreaterThanOrEqual(0n);
            expect(high).toBeLessThanOrEqual(total * 100n);
            lows += low;
          }
          expect(lows).toBeLessThanOrEqual(total * 100n);
          expect(r.grandTotal.totals.GBP?.high?.toJSON().amount).toBe(total * 100n);
        }),
        { numRuns: 300 },
      );
    });
  });
});
