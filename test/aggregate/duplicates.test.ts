import { describe, expect, it } from 'vitest';
import {
  type AggregateResult,
  aggregate,
  type Commitment,
  type MoneyInterval,
  parseFigure,
  toDecimalString,
} from '../../src/index';
import { joint, stake } from './fixtures';

const iv = (t: MoneyInterval | undefined) =>
  t
    ? [t.low && toDecimalString(t.low, { trim: true }), t.high && toDecimalString(t.high, { trim: true })]
    : undefined;
const row = (r: AggregateResult, party: string) => r.groups.find((g) => g.party === party);

describe('aggregate', () => {
  describe('the same commitment id twice (issue 12)', () => {
    for (const listCommitments of [true, false]) {
      it(`counts the first once and reports the second${listCommitments ? '' : ' (listCommitments: false)'}`, () => {
        const second: Commitment = { ...stake, amount: parseFigure('up to £11bn') };
        const r = aggregate([stake, joint, second], { by: 'investor', listCommitments });
        expect(iv(row(r, 'nvidia')?.totals.GBP)).toEqual(['500000000', '11500000000']);
        expect(r.grandTotal.count).toBe(2);
        expect(row(r, 'nvidia')?.count).toBe(2);
        expect(r.grandTotal.issues.map((i) => [i.code, i.path])).toEqual([
          ['DUPLICATE_ID', ['commitments', 2, 'id']],
        ]);
        expect(r.grandTotal.issues[0]?.message).toContain('nvidia-stake');
      });
    }
    it('finds a duplicate among many ids, whatever the order', () => {
      const many = Array.from({ length: 5000 }, (_, i): Commitment => ({ ...stake, id: `s${i}` }));
      const r = aggregate([...many, { ...stake, id: 's1234' }, ...many.slice(0, 2)], {
        by: 'investor',
        listCommitments: false,
      });
      expect(r.grandTotal.count).toBe(5000);
      expect(r.grandTotal.issues.map((i) => i.path[1])).toEqual([5000, 5001, 5002]);
    });
  });

  describe('the same party twice in one role (issue 12)', () => {
    const twice: Commitment = {
      ...joint,
      parties: [...joint.parties, { party: 'nscale', role: 'recipient' }],
    };
    it('is a DUPLICATE_PARTY issue and counts the party once, so equal shares add up to the whole', () => {
      const r = aggregate([twice], { by: 'recipient', allocation: 'equal' });
      expect(iv(row(r, 'nscale')?.totals.GBP)).toEqual(['0', '5500000000']);
      expect(iv(row(r, 'coreweave')?.totals.GBP)).toEqual(['0', '5500000000']);
      expect(r.grandTotal.issues.map((i) => [i.code, i.path])).toEqual([
        ['DUPLICATE_PARTY', ['commitments', 0, 'parties', 3, 'party']],
      ]);
    });
    it('gives the one party its whole amount when it is the only one in its role', () => {
      const solo: Commitment = {
        ...stake,
        parties: [...stake.parties, { party: 'nvidia', role: 'investor' }],
      };
      const r = aggregate([solo], { by: 'investor', allocation: 'unallocated' });
      expect(iv(row(r, 'nvidia')?.totals.GBP)).toEqual(['500000000', '500000000']);
    });
    it('splits among many parties alike (a set per role beyond eight), remainders to the first ids', () => {
      const ids = ['q', 'b', 'k', 'a', 'z', 'm', 'c', 'x', 'e', 'd', 'y'];
      const crowd: Commitment = {
        ...stake,
        amount: parseFigure('£1'),
        parties: [
          { party: 'nvidia', role: 'investor' },
          ...ids.map((party) => ({ party, role: 'recipient' as const })),
          { party: 'k', role: 'recipient' },
        ],
      };
      for (const list of [[crowd], [{ ...crowd, parties: crowd.parties.slice(0, 8) }]]) {
        const n = new Set(list[0]?.parties.filter((p) => p.role === 'recipient').map((p) => p.party)).size;
        const r = aggregate(list, { by: 'recipient', allocation: 'equal' });
        const low = (v: string | null | undefined) => {
          const [whole = '0', frac = ''] = (v ?? '0').split('.');
          return Number(whole) * 100 + Number(frac.padEnd(2, '0'));
        };
        // Rows come sorted by id; 100 pence among n parties: the first 100 mod n ids get a penny more.
        expect(r.groups.map((g) => g.party)).toEqual([...new Set(ids.slice(0, n))].sort());
        expect(r.groups.map((g) => low(iv(g.totals.GBP)?.[0]))).toEqual(
          r.groups.map((_, k) => Math.floor(100 / n) + (k < 100 % n ? 1 : 0)),
        );
      }
    });
  });
});
