import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readableCommitments, readableFigure } from '../../src/cli/report-shown';
import type { Commitment } from '../../src/commitment/model';
import type { Figure } from '../../src/figure/types';
import { formatFigure, money, parseFigure, toDecimalString } from '../../src/index';

/** A figure as reconciliation makes it: its quantum the minor unit. */
const cents = (qualifier: Figure['qualifier'], amount: string, code = 'USD', max?: string): Figure => ({
  amount: money(amount, code),
  ...(max === undefined ? {} : { max: money(max, code) }),
  qualifier,
  quantum: money('0.01', code),
});

describe('readableFigure', () => {
  describe('round reconciled amounts (review4 K3)', () => {
    it('writes them as the sources do, not to the cent', () => {
      expect(formatFigure(cents('exact', '108700000000'))).toBe('$108,700,000,000.00');
      expect(formatFigure(readableFigure(cents('exact', '108700000000')))).toBe('$108.7bn');
      expect(formatFigure(readableFigure(cents('moreThan', '300000000000')))).toBe('more than $300bn');
      expect(formatFigure(readableFigure(cents('range', '45000000000', 'USD', '50000000000')))).toBe(
        'between $45bn and $50bn',
      );
    });
  });
  describe('an amount with cents', () => {
    it('keeps every digit', () => {
      const f = cents('range', '77854629799.74', 'EUR', '78000000000');
      expect(formatFigure(readableFigure(f))).toBe(formatFigure(f));
    });
  });
  describe('any amount', () => {
    it('reads back as the same amounts and qualifier', () => {
      fc.assert(
        fc.property(
          fc.bigInt({ min: 0n, max: 10n ** 16n }),
          fc.nat({ max: 12 }),
          fc.constantFrom('exact', 'upTo', 'moreThan', 'atLeast') as fc.Arbitrary<Figure['qualifier']>,
          (units, zeros, qualifier) => {
            const amount = toDecimalString(money(String(units * 10n ** BigInt(zeros)), 'GBP'));
            const shown = readableFigure(cents(qualifier, amount, 'GBP'));
            const back = parseFigure(formatFigure(shown));
            expect(toDecimalString(back.amount)).toBe(toDecimalString(shown.amount));
            expect(back.qualifier).toBe(qualifier);
          },
        ),
      );
    });
  });
});

describe('readableCommitments', () => {
  describe('commitments with and without an amount', () => {
    it('changes only the amounts’ quantum', () => {
      const base = { kind: 'investment', status: 'announced', parties: [] } as const;
      const list: Commitment[] = [
        { ...base, id: 'a', amount: cents('exact', '5000000000', 'GBP') },
        { ...base, id: 'b' },
      ];
      const [a, b] = readableCommitments(list);
      expect(a?.amount && formatFigure(a.amount)).toBe('£5bn');
      expect(b).toBe(list[1]);
    });
  });
});
