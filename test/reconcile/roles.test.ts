import { describe, expect, it } from 'vitest';
import { aggregate } from '../../src/index';
import { reconcile, reconciledCommitments } from '../../src/reconcile/index';
import { mention } from './fixtures';

const nvidia = { party: 'nvidia', role: 'investor' } as const;
const as = (role: 'investor' | 'recipient' | 'partner') => [nvidia, { party: 'nscale', role }];
const of = (id: string, role: 'investor' | 'recipient' | 'partner', doc = `doc-${id}`) =>
  mention(id, 'up to £11bn', { parties: as(role), document: doc, commitment: 'nvidia-uk' });

describe('partiesOf (through reconcile)', () => {
  describe('sources that agree', () => {
    it('keeps each party in its role, with no issue', () => {
      const r = reconcile([of('a', 'recipient'), of('b', 'recipient')]);
      expect(r.groups[0]?.parties).toEqual([
        { party: 'nscale', role: 'recipient' },
        { party: 'nvidia', role: 'investor' },
      ]);
      expect(r.issues).toEqual([]);
    });
  });

  describe('sources that disagree on a role (G4)', () => {
    it('keeps the role most sources give and names the disagreement', () => {
      const r = reconcile([of('a', 'recipient'), of('b', 'recipient'), of('c', 'investor')]);
      expect(r.groups[0]?.parties).toContainEqual({ party: 'nscale', role: 'recipient' });
      expect(r.groups[0]?.parties).not.toContainEqual({ party: 'nscale', role: 'investor' });
      const issue = r.issues.find((i) => i.code === 'ROLE_DISAGREEMENT');
      expect(issue?.message).toMatch(
        /nscale: recipient \(2 sources\), investor \(1 source\); counted as recipient/,
      );
    });

    it('never counts a party as the investor of money it receives on a tie', () => {
      const r = reconcile([of('a', 'recipient'), of('b', 'investor'), of('c', 'partner')]);
      expect(r.groups[0]?.parties).toContainEqual({ party: 'nscale', role: 'recipient' });
      const totals = aggregate(reconciledCommitments(r), { by: 'investor' });
      expect(totals.groups.map((g) => g.party)).toEqual(['nvidia']);
      expect(r.issues.map((i) => i.code)).toEqual(['ROLE_DISAGREEMENT']);
    });

    it('counts a source naming a party in two roles for both: a disagreement', () => {
      const both = mention('a', 'up to £11bn', {
        parties: [nvidia, { party: 'nscale', role: 'investor' }, { party: 'nscale', role: 'recipient' }],
        document: 'doc-a',
        commitment: 'nvidia-uk',
      });
      const r = reconcile([both]);
      expect(r.groups[0]?.parties).toContainEqual({ party: 'nscale', role: 'recipient' });
      expect(r.issues.map((i) => i.code)).toEqual(['ROLE_DISAGREEMENT']);
    });

    it('counts one source once however many of its mentions name the role', () => {
      const r = reconcile([of('a', 'investor', 'doc-x'), of('b', 'investor', 'doc-x'), of('c', 'recipient')]);
      expect(r.groups[0]?.parties).toContainEqual({ party: 'nscale', role: 'recipient' });
    });
  });
});
