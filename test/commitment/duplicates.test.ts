import { describe, expect, it } from 'vitest';
import { nscaleDatasetJSON } from '../../src/datasets/nscale-2025-09/index';
import { type Commitment, validateCommitments } from '../../src/index';
import { safeParseDataset } from '../../src/schema/index';
import { joint, parties, stake } from '../aggregate/fixtures';

const codes = (issues: readonly { code: string; path: readonly (string | number)[] }[]) =>
  issues.map((i) => [i.code, i.path]);

describe('validateCommitments', () => {
  describe('duplicates (issue 12)', () => {
    it('reports the same id twice at the later one', () => {
      expect(codes(validateCommitments(parties, [stake, joint, stake]))).toEqual([
        ['DUPLICATE_ID', ['commitments', 2, 'id']],
      ]);
    });
    it('reports the same party twice in one role, not in two roles', () => {
      const twice: Commitment = {
        ...joint,
        parties: [...joint.parties, { party: 'nscale', role: 'recipient' }],
      };
      expect(codes(validateCommitments(parties, [twice]))).toEqual([
        ['DUPLICATE_PARTY', ['commitments', 0, 'parties', 3, 'party']],
      ]);
      const tworoles: Commitment = {
        ...joint,
        kind: 'capex',
        parties: [...joint.parties, { party: 'nvidia', role: 'partner' }],
      };
      expect(validateCommitments(parties, [tworoles])).toEqual([]);
    });
  });

  describe('partOf at scale', () => {
    const n = 20_000; // bench/aggregate-scale.ts times 100,000
    const ids = Array.from({ length: n }, (_, i) => `k${i}`);
    it('checks a chain of 20,000 without an issue', () => {
      const list = ids.map(
        (id, i): Commitment => ({ ...stake, id, ...(i > 0 ? { partOf: ids[i - 1] as string } : {}) }),
      );
      expect(validateCommitments(parties, list)).toEqual([]);
    });
    it('finds a cycle of 20,000 once, at its smallest id', () => {
      const list = ids.map((id, i): Commitment => ({ ...stake, id, partOf: ids[(i + 1) % n] as string }));
      expect(codes(validateCommitments(parties, list))).toEqual([
        ['PART_OF_CYCLE', ['commitments', 0, 'partOf']],
      ]);
    });
    it('checks one commitment with 20,000 parties in a role', () => {
      const crowd = Array.from({ length: n }, (_, i) => ({
        id: `p${i}`,
        name: `P${i}`,
        kind: 'company' as const,
      }));
      const big: Commitment = {
        ...joint,
        parties: [
          { party: 'p0', role: 'investor' },
          ...crowd.map((p) => ({ party: p.id, role: 'recipient' as const })),
        ],
      };
      expect(validateCommitments(crowd, [big])).toEqual([]);
    });
  });
});

describe('parseDataset', () => {
  describe('duplicates (issue 12)', () => {
    it('reports a commitment id used twice and a party twice in one role', () => {
      const json = structuredClone(nscaleDatasetJSON);
      const first = json.commitments[0];
      if (!first) throw new Error('empty dataset');
      json.commitments.push(structuredClone(first));
      first.parties.push({ ...(first.parties[0] as { party: string; role: string }) } as never);
      const r = safeParseDataset(json);
      expect(r.success).toBe(false);
      if (r.success) return;
      expect(codes(r.issues)).toEqual([
        ['DUPLICATE_ID', ['commitments', json.commitments.length - 1, 'id']],
        // The copy cites the same figure: one amount counted twice (G6).
        ['DUPLICATE_FIGURE', ['commitments', json.commitments.length - 1, 'amount']],
        ['DUPLICATE_PARTY', ['commitments', 0, 'parties', first.parties.length - 1, 'party']],
      ]);
    });
  });
});
