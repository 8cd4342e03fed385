import { describe, expect, it } from 'vitest';
import {
  type AggregateOptions,
  type AggregateResult,
  aggregate,
  type Commitment,
  ROLES,
} from '../../src/index';
import { intervalDigits as iv, groupOf as row } from '../helpers';
import { chain, chainMiddle, chainPart, chainWhole, joint } from './fixtures';

const gbp = (r: AggregateResult, party: string) => iv(row(r, party)?.totals.GBP);
const ELEVEN = ['0', '11000000000'];

/** The chain with its middle link changed so that it is not added anywhere. */
const { amount: _amount, ...amountless } = chainMiddle;
const variants: [string, readonly Commitment[], AggregateOptions][] = [
  ['as given', chain, {}],
  ['the middle link withdrawn', [chainWhole, { ...chainMiddle, status: 'withdrawn' }, chainPart], {}],
  ['the middle link without an amount', [chainWhole, amountless, chainPart], {}],
  ['the middle link filtered out by kinds', chain, { kinds: ['investment', 'capex'] }],
  [
    'the middle link filtered out by statuses',
    [chainWhole, { ...chainMiddle, status: 'planned' }, chainPart],
    { statuses: ['announced'] },
  ],
  ['parts before their wholes', [chainPart, chainMiddle, chainWhole], {}],
];

describe('aggregate', () => {
  describe('a partOf chain through a link that is not added (issue 12)', () => {
    for (const [name, list, extra] of variants) {
      for (const listCommitments of [true, false]) {
        describe(`${name}${listCommitments ? '' : ', listCommitments: false'}`, () => {
          const opts = { ...extra, listCommitments };
          it('by party: Nvidia [£0, £11bn]', () => {
            expect(gbp(aggregate(list, { ...opts, by: 'party' }), 'nvidia')).toEqual(ELEVEN);
          });
          it('by investor: Nvidia [£0, £11bn], the capex listed as included in its direct whole', () => {
            const r = aggregate(list, { ...opts, by: 'investor' });
            expect(gbp(r, 'nvidia')).toEqual(ELEVEN);
            expect(row(r, 'nvidia')?.notAdded).toContainEqual(
              expect.objectContaining({ commitment: 'p', reason: 'partOf', includedIn: 'm' }),
            );
          });
          it('by recipient: Nscale and CoreWeave [£0, £11bn]', () => {
            const r = aggregate(list, { ...opts, by: 'recipient' });
            expect(gbp(r, 'nscale')).toEqual(ELEVEN);
            expect(gbp(r, 'coreweave')).toEqual(ELEVEN);
          });
          it('the grand total is [£0, £11bn] for every grouping, with the same includedIn', () => {
            for (const by of ['party', ...ROLES] as const) {
              const r = aggregate(list, { ...opts, by });
              expect(iv(r.grandTotal.totals.GBP), by).toEqual(ELEVEN);
              expect(r.grandTotal.count, by).toBe(1);
              expect(
                r.grandTotal.notAdded.find((n) => n.commitment === 'p'),
                by,
              ).toMatchObject({ reason: 'partOf', includedIn: 'm' });
            }
          });
        });
      }
    }
  });

  describe('partOf where the whole is not in the row', () => {
    it('adds the middle link to Nscale as partner: its whole holds no partner', () => {
      const r = aggregate(chain, { by: 'partner' });
      expect(gbp(r, 'nscale')).toEqual(['2000000000', '2000000000']);
      expect(iv(r.grandTotal.totals.GBP)).toEqual(ELEVEN);
      expect(r.grandTotal.notAdded).toContainEqual(
        expect.objectContaining({ commitment: 'm', reason: 'partOf', includedIn: 'w' }),
      );
    });
    it('adds a part to a row whose party is not in any eligible ancestor', () => {
      const part: Commitment = {
        ...chainPart,
        parties: [
          { party: 'microsoft', role: 'investor' },
          { party: 'nscale', role: 'recipient' },
        ],
      };
      const r = aggregate([chainWhole, chainMiddle, part], { by: 'investor' });
      expect(gbp(r, 'microsoft')).toEqual(['500000000', '500000000']);
      expect(gbp(r, 'nvidia')).toEqual(ELEVEN);
      expect(iv(r.grandTotal.totals.GBP)).toEqual(ELEVEN);
    });
  });

  describe('includedIn', () => {
    it('names the direct whole in rows and in the grand total alike', () => {
      const r = aggregate(chain, { by: 'party' });
      for (const t of [row(r, 'nvidia'), row(r, 'nscale'), r.grandTotal]) {
        expect(t?.notAdded.find((n) => n.commitment === 'p')?.includedIn).toBe('m');
      }
      expect(row(r, 'nscale')?.notAdded.find((n) => n.commitment === 'm')?.includedIn).toBe('w');
    });
  });

  describe('listCommitments: false', () => {
    const whole: Commitment = { ...joint, id: 'whole' };
    const part: Commitment = { ...joint, id: 'part', partOf: 'whole' };
    it('resolves a part that comes after its whole, in its row too', () => {
      const r = aggregate([whole, part], { by: 'investor', listCommitments: false });
      expect(gbp(r, 'nvidia')).toEqual(ELEVEN);
      expect(row(r, 'nvidia')?.count).toBe(1);
      expect(row(r, 'nvidia')?.notAdded).toMatchObject([{ commitment: 'part', includedIn: 'whole' }]);
      expect(r.grandTotal.issues).toEqual([]);
    });
    it('reports a whole that never comes on the row and on the grand total, and adds the part', () => {
      const r = aggregate([part], { by: 'investor', listCommitments: false });
      expect(gbp(r, 'nvidia')).toEqual(ELEVEN);
      expect(row(r, 'nvidia')?.issues.map((i) => i.code)).toEqual(['UNKNOWN_COMMITMENT']);
      expect(r.grandTotal.issues.map((i) => i.code)).toEqual(['UNKNOWN_COMMITMENT']);
      expect(r.grandTotal.issues[0]?.message).toContain('part');
    });
  });

  describe('cycles', () => {
    it('breaks a cycle at its smallest id, reports it, and counts each commitment once', () => {
      const a: Commitment = { ...joint, id: 'a', partOf: 'c' };
      const b: Commitment = { ...joint, id: 'b', partOf: 'a' };
      const c: Commitment = { ...joint, id: 'c', partOf: 'b' };
      const r = aggregate([b, c, a], { by: 'investor' });
      expect(r.grandTotal.issues.map((i) => i.code)).toEqual(['PART_OF_CYCLE']);
      expect(r.grandTotal.commitments).toEqual(['a']);
      expect(r.grandTotal.notAdded.map((n) => [n.commitment, n.includedIn])).toEqual([
        ['b', 'a'],
        ['c', 'b'],
      ]);
      expect(gbp(r, 'nvidia')).toEqual(ELEVEN);
    });
    it('handles a chain and a cycle of 20,000 commitments (no recursion; bench/aggregate-scale.ts times 100,000)', () => {
      const n = 20_000;
      const ids = Array.from({ length: n }, (_, i) => `k${String(i).padStart(6, '0')}`);
      const long = ids.map(
        (id, i): Commitment => ({
          ...joint,
          id,
          ...(i > 0 ? { partOf: ids[i - 1] as string } : {}),
        }),
      );
      const r = aggregate([...long].reverse(), { by: 'investor', listCommitments: false });
      expect(r.grandTotal.count).toBe(1);
      expect(gbp(r, 'nvidia')).toEqual(ELEVEN);
      const cycle = long.map((c, i) => ({ ...c, partOf: ids[(i + n - 1) % n] as string }));
      const rc = aggregate(cycle, { by: 'party' });
      expect(rc.grandTotal.issues.map((i) => i.code)).toEqual(['PART_OF_CYCLE']);
      expect(rc.grandTotal.commitments).toEqual(['k000000']);
    });
  });
});
