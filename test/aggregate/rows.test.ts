import { describe, expect, it } from 'vitest';
import { nscaleDataset } from '../../src/datasets/nscale-2025-09/index';
import { type AggregateResult, aggregate, ROLES } from '../../src/index';
import { intervalDigits as iv } from '../helpers';
import { joint, nvidia, stake, valuation } from './fixtures';

const parties = (r: AggregateResult) => r.groups.map((g) => g.party);

describe('aggregate', () => {
  describe('rows (issue 12: no invented rows)', () => {
    const dataset = nscaleDataset();
    it('by investor: only parties that hold the investor role, never a valuation subject', () => {
      const r = aggregate(dataset.commitments, { by: 'investor' });
      expect(parties(r)).toEqual(['microsoft', 'nscale', 'nvidia']);
      expect(r.grandTotal.notAdded.map((n) => n.commitment)).toContain('coreweave-valuation');
    });
    it('by lender: no rows at all in the Nscale dataset, the stocks in the grand total only', () => {
      const r = aggregate(dataset.commitments, { by: 'lender' });
      expect(parties(r)).toEqual([]);
      expect(r.grandTotal.notAdded.map((n) => [n.commitment, n.reason])).toEqual([
        ['nscale-capital-under-management', 'notAdditive'],
        ['coreweave-valuation', 'notAdditive'],
      ]);
    });
    it('by subject: a row for each party a stock is about', () => {
      const r = aggregate(dataset.commitments, { by: 'subject' });
      expect(parties(r)).toEqual(['coreweave', 'nscale']);
      expect(r.groups.every((g) => g.count === 0 && Object.keys(g.totals).length === 0)).toBe(true);
    });
    it('by recipient: a valuation is listed in the grand total, not in the row of its subject', () => {
      const r = aggregate(nvidia, { by: 'recipient' });
      expect(r.groups.find((g) => g.party === 'coreweave')?.notAdded).toEqual([]);
      expect(r.grandTotal.notAdded).toEqual([
        {
          commitment: 'coreweave-valuation',
          kind: 'valuation',
          reason: 'notAdditive',
          amount: valuation.amount,
        },
      ]);
    });
    it('a row exists for a party in the role even when every commitment of it is filtered out', () => {
      const r = aggregate([joint, stake], { by: 'recipient', kinds: ['loan'] });
      expect(parties(r)).toEqual(['coreweave', 'nscale']);
      expect(r.groups.every((g) => g.count === 0)).toBe(true);
    });
  });

  describe('the grand total never depends on the grouping (issue 12)', () => {
    it('is the same for every `by` on the Nscale dataset', () => {
      const dataset = nscaleDataset();
      const totals = (by: 'party' | (typeof ROLES)[number]) => {
        const g = aggregate(dataset.commitments, { by }).grandTotal;
        return JSON.stringify([
          Object.values(g.totals).map(iv),
          g.count,
          [...g.commitments].sort(),
          g.notAdded.map((n) => n.commitment).sort(),
          [...g.withoutAmount].sort(),
        ]);
      };
      const party = totals('party');
      for (const by of ROLES) expect(totals(by), by).toBe(party);
    });
    it('holds a commitment that has no party in the grouped role', () => {
      const r = aggregate([joint, { ...stake, parties: [{ party: 'nscale', role: 'recipient' }] }], {
        by: 'investor',
      });
      expect(iv(r.grandTotal.totals.GBP)).toEqual(['500000000', '11500000000']);
      expect(iv(r.groups.find((g) => g.party === 'nvidia')?.totals.GBP)).toEqual(['0', '11000000000']);
    });
  });
});
