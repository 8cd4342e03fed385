import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/reconcile/index';
import { expectReckonError } from '../helpers';
import { mention, weekRates } from './fixtures';

const rates = weekRates;
const coreweave = [{ party: 'CoreWeave', role: 'investor' as const }];
// Review K8: three outlets key CoreWeave's May £1bn "coreweave-uk-may", the fourth "coreweave-may".
const typo = () => [
  mention('a', '£1bn', { parties: coreweave, commitment: 'coreweave-uk-may', date: '2025-09-16' }),
  mention('b', '£1 billion', { parties: coreweave, commitment: 'coreweave-uk-may', date: '2025-09-16' }),
  mention('c', '1 Milliarde Pfund', { parties: coreweave, commitment: 'coreweave-uk-may' }),
  mention('d', '£1bn', { parties: coreweave, commitment: 'coreweave-may' }),
];
const keySplits = (r: ReturnType<typeof reconcile>) => r.issues.filter((i) => i.code === 'KEY_SPLIT');

describe('reconcile', () => {
  describe('two commitment keys with the same kind, parties, dates and amount (K8)', () => {
    it('keeps both groups and names both keys in one KEY_SPLIT issue', () => {
      const r = reconcile(typo(), { rates });
      expect(r.groups.map((g) => g.id).sort()).toEqual(['coreweave-may', 'coreweave-uk-may']);
      const issues = keySplits(r);
      expect(issues).toHaveLength(1);
      expect(issues[0]?.message).toContain('coreweave-may');
      expect(issues[0]?.message).toContain('coreweave-uk-may');
    });

    it('says nothing when options.partOf makes one part of the other', () => {
      const r = reconcile(typo(), { rates, partOf: { 'coreweave-may': 'coreweave-uk-may' } });
      expect(keySplits(r)).toEqual([]);
    });

    it('says nothing when the amounts do not meet', () => {
      const ms = typo();
      ms[3] = mention('d', '£2bn', { parties: coreweave, commitment: 'coreweave-may' });
      expect(keySplits(reconcile(ms, { rates }))).toEqual([]);
    });

    it('says nothing when the kinds differ or the dates are beyond the window', () => {
      const kind = typo();
      kind[3] = mention('d', '£1bn', { parties: coreweave, commitment: 'coreweave-may', kind: 'pledge' });
      expect(keySplits(reconcile(kind, { rates }))).toEqual([]);
      const late = typo();
      late[3] = mention('d', '£1bn', { parties: coreweave, commitment: 'coreweave-may', date: '2025-10-30' });
      expect(keySplits(reconcile(late, { rates }))).toEqual([]);
    });

    it('says nothing when the parties differ', () => {
      const ms = typo();
      ms[3] = mention('d', '£1bn', {
        parties: [{ party: 'Nvidia', role: 'investor' }],
        commitment: 'coreweave-may',
      });
      expect(keySplits(reconcile(ms, { rates }))).toEqual([]);
    });
  });

  describe('options.partOf that is not a record of strings', () => {
    it('throws INVALID_ARGUMENT', () => {
      expectReckonError(() => reconcile(typo(), { rates, partOf: { x: 1 } as never }), 'INVALID_ARGUMENT');
      expectReckonError(() => reconcile(typo(), { rates, partOf: 'x' as never }), 'INVALID_ARGUMENT');
    });
  });
});
