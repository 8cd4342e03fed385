import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AggregateResult,
  aggregate,
  aggregateAsync,
  aggregator,
  type Commitment,
  figureFromJSON,
  type MoneyInterval,
  ratesFromList,
  toDecimalString,
} from '../../src/index';
import { expectReckonError, intervalDigits as iv, groupOf as row } from '../helpers';
import { joint, nvidia, parties, stake, valuation } from './fixtures';

const gbp = (r: AggregateResult, party: string) => iv(row(r, party)?.totals.GBP);
const rates = ratesFromList([
  { base: 'EUR', quote: 'GBP', value: '0.8675', date: '2025-09-17', source: 'ECB' },
  { base: 'EUR', quote: 'USD', value: '1.1837', date: '2025-09-17', source: 'ECB' },
]);

describe('aggregate', () => {
  describe('the Nvidia examples', () => {
    it('by investor: Nvidia GBP [0.5bn, 11.5bn]', () => {
      const r = aggregate(nvidia, { by: 'investor', parties });
      expect(gbp(r, 'nvidia')).toEqual(['500000000', '11500000000']);
      expect(row(r, 'nvidia')?.partyName).toBe('Nvidia');
      expect(row(r, 'nvidia')?.commitments).toEqual(['nvidia-uk', 'nvidia-stake']); // input order
      expect(row(r, 'nvidia')?.role).toBe('investor');
    });
    it('by recipient, unallocated: Nscale [0.5bn, 11.5bn], CoreWeave [0, 11bn], total once', () => {
      const r = aggregate(nvidia, { by: 'recipient' });
      expect(gbp(r, 'nscale')).toEqual(['500000000', '11500000000']);
      expect(gbp(r, 'coreweave')).toEqual(['0', '11000000000']);
      expect(iv(r.grandTotal.totals.GBP)).toEqual(['500000000', '11500000000']);
      expect(r.grandTotal.count).toBe(2);
    });
    it('by recipient, equal: Nscale [0.5bn, 6bn], CoreWeave [0, 5.5bn]', () => {
      const r = aggregate(nvidia, { by: 'recipient', allocation: 'equal' });
      expect(gbp(r, 'nscale')).toEqual(['500000000', '6000000000']);
      expect(gbp(r, 'coreweave')).toEqual(['0', '5500000000']);
    });
    it('by recipient, full: each recipient holds the whole', () => {
      const r = aggregate(nvidia, { by: 'recipient', allocation: 'full' });
      expect(gbp(r, 'coreweave')).toEqual(['0', '11000000000']);
      expect(gbp(r, 'nscale')).toEqual(['500000000', '11500000000']);
    });
    it("shows CoreWeave's $58bn valuation beside the sums, never in them", () => {
      const r = aggregate(nvidia, { by: 'party' });
      const cw = row(r, 'coreweave');
      expect(cw?.notAdded).toEqual([
        {
          commitment: 'coreweave-valuation',
          kind: 'valuation',
          reason: 'notAdditive',
          amount: valuation.amount,
        },
      ]);
      expect(cw?.totals.USD).toBeUndefined();
      expect(r.grandTotal.totals.USD).toBeUndefined();
    });
    it('converts to EUR at the 2025-09-17 fix, exactly, rounded half-even at the end', () => {
      const r = aggregate(nvidia, { by: 'investor', to: 'EUR', rates });
      expect(iv(row(r, 'nvidia')?.converted)).toEqual(['576368876.08', '13256484149.86']);
      expect(row(r, 'nvidia')?.converted?.complete).toBe(true);
      expect(row(r, 'nvidia')?.rates.map((u) => [u.base, u.quote, u.date, u.source])).toEqual([
        ['GBP', 'EUR', '2025-09-17', 'ECB'],
      ]);
    });
  });

  describe('options', () => {
    it('by party: every party, role "any"', () => {
      const r = aggregate(nvidia);
      expect(r.by).toBe('party');
      expect(r.groups.map((g) => [g.party, g.role])).toEqual([
        ['coreweave', 'any'],
        ['nscale', 'any'],
        ['nvidia', 'any'],
      ]);
      expect(gbp(r, 'nvidia')).toEqual(['500000000', '11500000000']);
    });
    it('filters kinds and statuses', () => {
      expect(gbp(aggregate(nvidia, { by: 'investor', kinds: ['equityStake'] }), 'nvidia')).toEqual([
        '500000000',
        '500000000',
      ]);
      expect(gbp(aggregate(nvidia, { by: 'investor', statuses: ['announced'] }), 'nvidia')).toEqual([
        '0',
        '11000000000',
      ]);
    });
    it('lists withdrawn commitments as not added by default', () => {
      const r = aggregate([{ ...stake, status: 'withdrawn' }], { by: 'investor' });
      expect(row(r, 'nvidia')?.notAdded[0]?.reason).toBe('withdrawn');
      expect(row(r, 'nvidia')?.totals.GBP).toBeUndefined();
    });
    it('uses rounding intervals with view: "rounding"', () => {
      expect(gbp(aggregate([stake], { by: 'investor', view: 'rounding' }), 'nvidia')).toEqual([
        '499500000',
        '500500000',
      ]);
    });
    it('converts at one asOf day, falling back to the previous fix and saying so', () => {
      const r = aggregate([stake], { by: 'investor', to: 'EUR', rates, asOf: '2025-09-20' });
      const use = row(r, 'nvidia')?.rates[0];
      expect([use?.date, use?.requestedDate, use?.substituted]).toEqual(['2025-09-17', '2025-09-20', true]);
    });
    it('keeps an unbounded side unbounded', () => {
      const more = {
        ...stake,
        id: 'more',
        amount: figureFromJSON({ currency: 'GBP', amount: '1', qualifier: 'moreThan', quantum: '1' }),
      };
      const r = aggregate([stake, more], { by: 'investor', to: 'EUR', rates });
      expect(iv(row(r, 'nvidia')?.totals.GBP)).toEqual(['500000001', null]);
      expect(row(r, 'nvidia')?.totals.GBP?.lowInclusive).toBe(false);
      expect(row(r, 'nvidia')?.converted?.high).toBeNull();
    });
    it('lists commitments without an amount, adding nothing', () => {
      const { amount: _a, ...bare } = stake;
      const r = aggregate([bare, joint], { by: 'investor' });
      expect(row(r, 'nvidia')?.withoutAmount).toEqual(['nvidia-stake']);
      expect(gbp(r, 'nvidia')).toEqual(['0', '11000000000']);
    });
    it('can leave out the id lists', () => {
      const r = aggregate(nvidia, { by: 'investor', listCommitments: false });
      expect(row(r, 'nvidia')?.commitments).toEqual([]);
      expect(row(r, 'nvidia')?.count).toBe(2);
    });
  });

  describe('partOf', () => {
    const whole: Commitment = { ...joint, id: 'whole' };
    const part: Commitment = { ...joint, id: 'part', partOf: 'whole' };
    it('does not add a part to a total that holds its whole, in any order', () => {
      for (const list of [
        [whole, part],
        [part, whole],
      ]) {
        const r = aggregate(list, { by: 'investor' });
        expect(gbp(r, 'nvidia')).toEqual(['0', '11000000000']);
        expect(row(r, 'nvidia')?.notAdded).toMatchObject([
          { commitment: 'part', reason: 'partOf', includedIn: 'whole' },
        ]);
        expect(iv(r.grandTotal.totals.GBP)).toEqual(['0', '11000000000']);
      }
    });
    it('adds a part where its whole is not counted', () => {
      const r = aggregate([part], { by: 'investor' });
      expect(gbp(r, 'nvidia')).toEqual(['0', '11000000000']);
      expect(row(r, 'nvidia')?.commitments).toEqual(['part']);
    });
    it('without id lists, resolves a part before or after its whole alike', () => {
      for (const list of [
        [whole, part],
        [part, whole],
      ]) {
        const r = aggregate(list, { by: 'investor', listCommitments: false });
        expect(gbp(r, 'nvidia')).toEqual(['0', '11000000000']);
        expect(r.grandTotal.issues).toEqual([]);
      }
    });
  });

  describe('errors and issues', () => {
    it('a missing rate is a NO_RATE issue in the row, and the conversion is marked incomplete', () => {
      const r = aggregate(nvidia, { by: 'investor', to: 'JPY', rates });
      const g = row(r, 'nvidia');
      expect(g?.issues.map((i) => i.code)).toEqual(['NO_RATE']);
      expect(g?.converted?.complete).toBe(false);
    });
    it('a commitment without a date needs asOf', () => {
      const { date: _d, ...undated } = stake;
      const r = aggregate([undated], { by: 'investor', to: 'EUR', rates });
      expect(row(r, 'nvidia')?.issues[0]?.message).toContain('asOf');
    });
    it('throws INVALID_ARGUMENT for `to` without rates and for an unknown kind', () => {
      expectReckonError(() => aggregate(nvidia, { to: 'EUR' }), 'INVALID_ARGUMENT');
      expectReckonError(() => aggregate([{ ...stake, kind: 'gift' as 'grant' }]), 'INVALID_ARGUMENT');
    });
    it('throws UNKNOWN_CURRENCY and INVALID_DATE for bad options', () => {
      expectReckonError(() => aggregate(nvidia, { to: 'EURO', rates }), 'UNKNOWN_CURRENCY');
      expectReckonError(() => aggregate(nvidia, { to: 'EUR', rates, asOf: 'today' }), 'INVALID_DATE');
      expectReckonError(() => aggregate(nvidia, { almostBand: '2' }), 'INVALID_ARGUMENT');
    });
  });

  describe('inputs', () => {
    it('takes iterables and async iterables', async () => {
      function* gen() {
        yield* nvidia;
      }
      async function* agen() {
        yield* nvidia;
      }
      const a = aggregate(gen(), { by: 'investor' });
      const b = await aggregateAsync(agen(), { by: 'investor' });
      expect(gbp(a, 'nvidia')).toEqual(gbp(b, 'nvidia'));
      const inc = aggregator({ by: 'investor' });
      for (const c of nvidia) inc.add(c);
      expect(gbp(inc.result(), 'nvidia')).toEqual(gbp(a, 'nvidia'));
    });
  });

  describe('properties', () => {
    const partyIds = ['a', 'b', 'c', 'd'];
    const commitmentArb = fc
      .record({
        id: fc.uuid(),
        investor: fc.constantFrom(...partyIds),
        recipients: fc.uniqueArray(fc.constantFrom(...partyIds), { minLength: 1, maxLength: 3 }),
        currency: fc.constantFrom('GBP', 'EUR', 'USD'),
        amount: fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        qualifier: fc.constantFrom('exact', 'upTo', 'almost', 'moreThan', 'about' as const),
      })
      .map(
        (r): Commitment => ({
          id: r.id,
          kind: 'investment',
          status: 'announced',
          date: '2025-09-17',
          amount: figureFromJSON({
            currency: r.currency,
            amount: (r.amount / 100n).toString(),
            qualifier: r.qualifier,
            quantum: '1',
          }),
          parties: [
            { party: r.investor, role: 'investor' },
            ...r.recipients.map((p) => ({ party: p, role: 'recipient' as const })),
          ],
        }),
      );
    const summary = (r: AggregateResult) =>
      JSON.stringify(
        r.groups.map((g) => [g.party, Object.values(g.totals).map(iv), iv(g.converted), g.count]),
      );
    const opts = { by: 'recipient' as const, to: 'EUR', rates };

    it('does not depend on input order', () => {
      fc.assert(
        fc.property(fc.array(commitmentArb, { maxLength: 12 }), fc.integer(), (list, seed) => {
          const shuffled = [...list].sort(
            (x, y) => ((x.id.charCodeAt(seed & 7) ^ seed) & 3) - ((y.id.charCodeAt(seed & 7) ^ seed) & 3),
          );
          expect(summary(aggregate(shuffled, opts))).toBe(summary(aggregate(list, opts)));
        }),
        { numRuns: 100 },
      );
    });
    it('aggregating a concatenation equals adding the two aggregates', () => {
      fc.assert(
        fc.property(
          fc.array(commitmentArb, { maxLength: 8 }),
          fc.array(commitmentArb, { maxLength: 8 }),
          (xs, ys) => {
            const all = aggregate([...xs, ...ys], opts);
            const a = aggregate(xs, opts);
            const b = aggregate(ys, opts);
            const units = (t: MoneyInterval | undefined) =>
              t
                ? [
                    t.low ? toDecimalString(t.low, { trim: true }) : null,
                    t.high ? toDecimalString(t.high, { trim: true }) : null,
                  ]
                : ['0', '0'];
            for (const code of ['GBP', 'EUR', 'USD']) {
              const [al = null, ah = null] = units(a.grandTotal.totals[code]);
              const [bl = null, bh = null] = units(b.grandTotal.totals[code]);
              const [cl, ch] = units(all.grandTotal.totals[code]);
              const add = (x: string | null, y: string | null) =>
                x === null || y === null ? null : sumDecimal(x, y);
              expect([cl, ch]).toEqual([add(al, bl), add(ah, bh)]);
            }
            expect(all.grandTotal.count).toBe(a.grandTotal.count + b.grandTotal.count);
          },
        ),
        { numRuns: 100 },
      );
    });
    it("under 'equal' the parts of a joint commitment sum to the whole, to the unit", () => {
      fc.assert(
        fc.property(commitmentArb, (c) => {
          const r = aggregate([c], { by: 'recipient', allocation: 'equal' });
          const code = Object.keys(r.grandTotal.totals)[0] ?? '';
          const whole = r.grandTotal.totals[code];
          let low = 0n;
          let high = 0n;
          for (const g of r.groups) {
            const t = g.totals[code];
            if (t?.low) low += scaled(toDecimalString(t.low));
            if (t?.high) high += scaled(toDecimalString(t.high));
          }
          if (whole?.low) expect(low).toBe(scaled(toDecimalString(whole.low)));
          if (whole?.high) expect(high).toBe(scaled(toDecimalString(whole.high)));
        }),
      );
    });
    it('low ≤ high always', () => {
      fc.assert(
        fc.property(
          fc.array(commitmentArb, { maxLength: 10 }),
          fc.constantFrom('unallocated', 'equal', 'full' as const),
          (list, allocation) => {
            const r = aggregate(list, { ...opts, allocation });
            for (const g of [...r.groups, r.grandTotal]) {
              for (const t of [...Object.values(g.totals), g.converted]) {
                if (t?.low && t.high)
                  expect(scaled(toDecimalString(t.low)) <= scaled(toDecimalString(t.high))).toBe(true);
              }
            }
          },
        ),
        { numRuns: 100 },
      );
    });
  });
});

/** A decimal string as an integer of 10^-6 units (test arithmetic, independent of reckon). */
function scaled(text: string): bigint {
  const [i = '0', f = ''] = text.split('.');
  const neg = i.startsWith('-');
  const v = BigInt(i.replace('-', '') + f.padEnd(6, '0').slice(0, 6));
  return neg ? -v : v;
}
function sumDecimal(a: string, b: string): string {
  const s = scaled(a) + scaled(b);
  const neg = s < 0n;
  const digits = (neg ? -s : s).toString().padStart(7, '0');
  const text = `${digits.slice(0, -6)}.${digits.slice(-6)}`.replace(/0+$/, '').replace(/\.$/, '');
  return (neg ? '-' : '') + text;
}
