import { describe, expect, it } from 'vitest';
import { aggregate, type Commitment, parseFigure } from '../../src/index';
import { expectReckonError, intervalDigits as iv, groupOf as row } from '../helpers';

// Found by the aggregate oracle (test/oracle/aggregate, families F1 and F2 of its fourth session).
type Linked = Commitment & { readonly kindSplit?: readonly string[] };
const c = (id: string, kind: Commitment['kind'], text: string, links: string[]) =>
  ({
    id,
    kind,
    status: 'announced',
    date: '2025-09-17',
    amount: parseFigure(text),
    parties: [{ party: 'microsoft', role: 'investor' }],
    ...(links.length > 0 ? { kindSplit: links } : {}),
  }) as Linked;

describe('aggregate', () => {
  describe('kindSplit links', () => {
    it('refuses a link the named commitment does not return, in either order (was both added in full)', () => {
      const a = c('a', 'investment', '£22bn', ['b']);
      const b = c('b', 'pledge', '£22bn', []);
      for (const input of [
        [a, b],
        [b, a],
      ]) {
        const e = expectReckonError(() => aggregate(input, { by: 'investor' }), 'INVALID_ARGUMENT');
        expect(e.message).toContain('kindSplit');
      }
    });
    it('accepts a one-way link to a commitment a filter leaves out: it is not added', () => {
      const a = c('a', 'investment', '£22bn', ['b']);
      const b = c('b', 'pledge', '£22bn', []);
      const r = aggregate([b, a], { by: 'investor', kinds: ['investment'] });
      expect(iv(r.grandTotal.totals.GBP)).toEqual(['22000000000', '22000000000']);
    });
    it('still ignores a link to a commitment that is not in the input', () => {
      const r = aggregate([c('a', 'investment', '£22bn', ['gone'])], { by: 'investor' });
      expect(iv(r.grandTotal.totals.GBP)).toEqual(['22000000000', '22000000000']);
    });
    it('counts the smallest low end in full when an open end only touches the other: they share no value', () => {
      // "£22bn" and "less than £22bn": [£0, £22bn) + [£0, £22bn], not [£22bn, £44bn).
      const r = aggregate(
        [c('a', 'investment', '£22bn', ['b']), c('b', 'pledge', 'less than £22bn', ['a'])],
        {
          by: 'investor',
        },
      );
      expect(iv(row(r, 'microsoft')?.totals.GBP)).toEqual(['0', '44000000000']);
      expect(iv(r.grandTotal.totals.GBP)).toEqual(['0', '44000000000']);
    });
    it('counts the largest low end in full when closed ends touch: they share that value', () => {
      const r = aggregate(
        [c('a', 'investment', 'up to £22bn', ['b']), c('b', 'pledge', 'at least £22bn', ['a'])],
        {
          by: 'investor',
        },
      );
      // One commitment: £22bn at least (the amount both allow); two: at least £22bn + up to £22bn more.
      expect(iv(r.grandTotal.totals.GBP)).toEqual(['22000000000', null]);
    });
  });
});
