import { describe, expect, it } from 'vitest';
import { nscaleDataset } from '../../src/datasets/nscale-2025-09/index';
import {
  aggregate,
  aggregator,
  type Commitment,
  parseFigure,
  ratesFromList,
  toDecimalString,
} from '../../src/index';
import { expectReckonError, intervalDigits as iv, groupOf as row } from '../helpers';

/** A commitment as `reconciledCommitments` gives it: with the groups it differs from only by kind. */
type Linked = Commitment & { readonly kindSplit?: readonly string[] };

const codes = (issues: readonly { code: string }[]) => issues.map((i) => i.code);

const c = (
  id: string,
  kind: Commitment['kind'],
  text: string,
  links: string[],
  extra: Partial<Linked> = {},
) =>
  ({
    id,
    kind,
    status: 'announced',
    date: '2025-09-17',
    amount: parseFigure(text),
    parties: [{ party: 'microsoft', role: 'investor' }],
    ...(links.length > 0 ? { kindSplit: links } : {}),
    ...extra,
  }) as Linked;

// Review G5: Microsoft's £22bn, called an investment by some outlets and a pledge ("$30bn") by others.
const investment = c('group:a', 'investment', '£22bn', ['group:e']);
const pledge = c('group:e', 'pledge', '$30bn', ['group:a']);

describe('aggregate', () => {
  describe('commitments that may be one, split only by kind (G5)', () => {
    it('counts one in full and the other from 0 to its amount: true whether they are one or two', () => {
      const r = aggregate([investment, pledge], { by: 'investor' });
      const ms = row(r, 'microsoft');
      // One commitment: £22bn (and $0 more); two: £22bn + $30bn. Both lie in £22bn + [$0, $30bn].
      expect(iv(ms?.totals.GBP)).toEqual(['22000000000', '22000000000']);
      expect(iv(ms?.totals.USD)).toEqual(['0', '30000000000']);
      expect(iv(r.grandTotal.totals.GBP)).toEqual(['22000000000', '22000000000']);
      expect(iv(r.grandTotal.totals.USD)).toEqual(['0', '30000000000']);
      expect(ms?.commitments).toEqual(['group:a', 'group:e']);
      expect(ms?.count).toBe(2);
    });

    it('says so in a KIND_SPLIT issue on the row and the grand total, naming both commitments', () => {
      const r = aggregate([investment, pledge], { by: 'investor' });
      for (const issues of [row(r, 'microsoft')?.issues ?? [], r.grandTotal.issues]) {
        expect(codes(issues)).toEqual(['KIND_SPLIT']);
        expect(issues[0]?.path).toEqual(['commitments', 1, 'kindSplit']);
        expect(issues[0]?.message).toContain('group:a');
        expect(issues[0]?.message).toContain('group:e');
      }
    });

    it('converts the same way: low end the one in full, high end both (€25,360,230,547.55–€50,704,490,072.77)', () => {
      const rates = ratesFromList(nscaleDataset().rates);
      const r = aggregate([investment, pledge], { by: 'investor', to: 'EUR', rates, asOf: '2025-09-17' });
      // £22bn / 0.8675 = €25,360,230,547.5504…; + $30bn / 1.1837 = €25,344,259,525.2175… → €50,704,490,072.7680
      const conv = row(r, 'microsoft')?.converted;
      expect(conv?.low && toDecimalString(conv.low)).toBe('25360230547.55');
      expect(conv?.high && toDecimalString(conv.high)).toBe('50704490072.77');
      expect(conv?.complete).toBe(true);
    });

    it('in one currency, counts in full the one with the larger low end when they meet (the amount both allow)', () => {
      // £22bn and £21.9bn–£22.1bn: one commitment is £22bn, two £43.9bn–£44.1bn: together £22bn–£44.1bn.
      const a = c('a', 'investment', '£22bn', ['b']);
      const b = c('b', 'pledge', '£21.9bn to £22.1bn', ['a']);
      for (const list of [
        [a, b],
        [b, a],
      ]) {
        const r = aggregate(list, { by: 'investor' });
        expect(iv(row(r, 'microsoft')?.totals.GBP)).toEqual(['22000000000', '44100000000']);
      }
    });

    it('in one currency, counts in full the one with the smaller low end when they only nearly meet', () => {
      // "£22bn" and "£20bn" (within the near-miss band): if one commitment, either may be right.
      const a = c('a', 'investment', '£22bn', ['b']);
      const b = c('b', 'pledge', '£20bn', ['a']);
      const r = aggregate([a, b], { by: 'investor' });
      expect(iv(row(r, 'microsoft')?.totals.GBP)).toEqual(['20000000000', '42000000000']);
    });

    it('counts a row that holds only one of them in full, without an issue', () => {
      const withRecipient = c('group:e', 'pledge', '$30bn', ['group:a'], {
        parties: [
          { party: 'microsoft', role: 'investor' },
          { party: 'uk', role: 'recipient' },
        ],
      });
      const r = aggregate([investment, withRecipient], { by: 'recipient' });
      expect(iv(row(r, 'uk')?.totals.USD)).toEqual(['30000000000', '30000000000']);
      expect(row(r, 'uk')?.issues).toEqual([]);
      expect(codes(r.grandTotal.issues)).toEqual(['KIND_SPLIT']);
    });

    it('counts the one left by a kinds filter in full, without an issue', () => {
      const r = aggregate([investment, pledge], { by: 'investor', kinds: ['pledge'] });
      expect(iv(row(r, 'microsoft')?.totals.USD)).toEqual(['30000000000', '30000000000']);
      expect(r.grandTotal.issues).toEqual([]);
    });

    it('links three: one in full, two from 0, whatever the order and over a stream', () => {
      const a = c('a', 'investment', '£22bn', ['b', 'x']);
      const b = c('b', 'pledge', '£22bn', ['a']);
      const x = c('x', 'capex', '£22bn', ['a']);
      const want = ['22000000000', '66000000000'];
      expect(iv(aggregate([a, b, x]).grandTotal.totals.GBP)).toEqual(want);
      expect(iv(aggregate([x, b, a]).grandTotal.totals.GBP)).toEqual(want);
      const agg = aggregator({ by: 'investor' });
      for (const y of [b, x, a]) agg.add(y);
      const r = agg.result();
      expect(iv(row(r, 'microsoft')?.totals.GBP)).toEqual(want);
      expect(codes(r.grandTotal.issues)).toEqual(['KIND_SPLIT', 'KIND_SPLIT']);
    });

    it('ignores a link to an id that is not among the commitments', () => {
      const r = aggregate([c('a', 'investment', '£22bn', ['nowhere'])]);
      expect(iv(r.grandTotal.totals.GBP)).toEqual(['22000000000', '22000000000']);
      expect(r.grandTotal.issues).toEqual([]);
    });

    it('rejects a kindSplit that is not a list of ids, naming its path', () => {
      const bad = { ...investment, kindSplit: 'group:e' } as unknown as Commitment;
      expect(() => aggregate([pledge, bad])).toThrow(
        expect.objectContaining({
          code: 'INVALID_ARGUMENT',
          message: expect.stringContaining('commitments[1].kindSplit'),
        }),
      );
    });
  });

  describe('an amount that already holds its rounding (amountView: "rounding")', () => {
    const range = c('r', 'investment', '£1.45bn to £1.55bn', [], {
      amountView: 'rounding',
    } as Partial<Linked>);

    it('is read as it is in the rounding view, never widened by half its quantum again', () => {
      // "£1.45bn to £1.55bn" has a quantum of £0.01bn: read as written digits it would be £1.445bn–£1.555bn.
      const t = aggregate([range], { view: 'rounding' }).grandTotal.totals.GBP;
      expect(iv(t)).toEqual(['1450000000', '1550000000']);
      const written = aggregate([{ ...range, amountView: undefined } as Commitment], { view: 'rounding' });
      expect(iv(written.grandTotal.totals.GBP)).toEqual(['1445000000', '1555000000']);
    });

    it('rejects an amountView that is not a view, naming its path', () => {
      const bad = { ...range, amountView: 'rounded' } as unknown as Commitment;
      expect(() => aggregate([bad])).toThrow(
        expect.objectContaining({
          code: 'INVALID_ARGUMENT',
          message: expect.stringContaining('commitments[0].amountView'),
        }),
      );
    });
  });

  // Found by the aggregate reference (test/oracle/aggregate, families F1 and F2 of its fourth session).
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
