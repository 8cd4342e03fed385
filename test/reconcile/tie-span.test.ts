import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Figure,
  figureFromJSON,
  type Participation,
  type Qualifier,
  toDecimalString,
} from '../../src/index';
import { toUnits } from '../../src/money/units';
import {
  type Mention,
  type ReconcileInterval,
  reconcile,
  reconciledCommitments,
} from '../../src/reconcile/index';
import { ecbHistory, mention, weekRates } from './fixtures';
import { figure, mentionsArb } from './generators';

const dec = (m: Parameters<typeof toDecimalString>[0] | null | undefined) =>
  m ? toDecimalString(m, { trim: true }) : null;
const ends = (f: Figure | undefined) => f && [f.qualifier, dec(f.amount), dec(f.max)];

/** Whether a counted amount holds the whole interval (in minor units of one currency). */
function holds(f: Figure, iv: ReconcileInterval): boolean {
  const u = (m: Figure['amount']) => toUnits(m).units;
  const low = iv.low && u(iv.low);
  const high = iv.high && u(iv.high);
  const a = u(f.amount);
  switch (f.qualifier) {
    case 'range':
      return f.max !== undefined && low !== null && high !== null && a <= low && u(f.max) >= high;
    case 'exact':
      return a === low && a === high;
    case 'upTo':
    case 'lessThan':
      return high !== null && a >= high;
    default:
      return low !== null && a <= low;
  }
}

describe('reconciledCommitments', () => {
  describe('a disputed group whose other side is one-sided both ways (reference case many#7)', () => {
    const history = ecbHistory();
    const ms = [
      ['m08', 'lessThan', 'EUR', 463n, 7n, '2019-01-13', false, 'doc2'],
      ['m05', 'exact', 'GBP', 814n, 6n, '2019-01-18', false, 'doc0'],
      ['m07', 'exact', 'USD', 53n, 7n, '2019-01-19', true, 'doc7'],
      ['m00', 'exact', 'GBP', 4072n, 5n, '2019-01-21', true, 'doc2'],
      ['m02', 'lessThan', 'EUR', 47n, 7n, '2019-01-11', false, 'doc2'],
      ['m03', 'moreThan', 'USD', 1053n, 5n, '2019-01-18', false, 'doc0'],
      ['m01', 'upTo', 'USD', 2n, 9n, '2019-01-20', true, 'doc7'],
      ['m04', 'exact', 'GBP', 4036n, 5n, '2019-01-31', true, 'doc6'],
    ] as const;
    const parties = (cw: boolean): Participation[] => [
      { party: 'microsoft', role: 'investor' },
      ...(cw ? [{ party: 'coreweave', role: 'recipient' } as const] : []),
    ];
    const m = (id: string, f: Figure, date: string, cw: boolean, doc: string): Mention => ({
      id,
      figure: f,
      parties: parties(cw),
      kind: 'capex',
      date,
      source: { document: doc },
    });
    const mentions = [
      ...ms.map(([id, q, c, mant, e, date, cw, doc]) =>
        m(id, figure(c, mant, e, q as Qualifier), date, cw, doc),
      ),
      m(
        'm06',
        figureFromJSON({
          currency: 'GBP',
          amount: '800000000',
          max: '900000000',
          qualifier: 'range',
          quantum: '100000000',
        }),
        '2019-01-21',
        true,
        'doc5',
      ),
    ];

    it.skipIf(!history)('counts it as the span to what the other side allows together', () => {
      const r = reconcile(mentions, { rates: history ?? weekRates });
      const g = r.groups.find((x) => x.mentions.some((y) => y.id === 'm05'));
      expect(g?.tie).toBe(true);
      expect(g?.contradictions.map((c) => c.mention.id).sort()).toEqual(['m02', 'm03', 'm08']);
      const c = reconciledCommitments(r, { view: 'rounding' }).find((x) => x.id === g?.id);
      // Together the other side allows more than £80.8m and at most £429.5m; the three sources £814m.
      expect(ends(c?.amount)).toEqual(['range', '80801725.16', '814500000']);
      expect(ends(reconciledCommitments(r).find((x) => x.id === g?.id)?.amount)).toEqual(ends(c?.amount));
      expect(c?.description).toMatch(/counted as the span of the amounts given/);
    });
  });

  describe('a disputed group whose other side shares no amount and spans everything', () => {
    const id = { commitment: 'x' };
    const r = reconcile(
      [
        mention('a', '£814m', { ...id, document: 'a' }),
        mention('b', '£814 million', { ...id, document: 'b' }),
        mention('c', 'less than £400m', { ...id, document: 'c' }),
        mention('d', 'more than £2bn', { ...id, document: 'd' }),
        mention('e', 'more than £2.5bn', { ...id, document: 'e' }),
      ],
      { rates: weekRates },
    );

    it('counts what its own sources allow together, and says so', () => {
      const g = r.groups[0];
      expect([g?.tie, g?.mentions.map((x) => x.id)]).toEqual([true, ['a', 'b']]);
      const [c] = reconciledCommitments(r, { view: 'rounding' });
      expect(ends(c?.amount)).toEqual(['range', '813500000', '814500000']);
      expect(c?.description).toMatch(
        /the amounts given span everything, counted as what its own sources allow/,
      );
    });

    it('spans a one-sided other side that holds together', () => {
      const two = reconcile(
        [
          mention('a', '£814m', { ...id, document: 'a' }),
          mention('b', '£814 million', { ...id, document: 'b' }),
          mention('d', 'more than £2bn', { ...id, document: 'd' }),
          mention('e', 'more than £2.5bn', { ...id, document: 'e' }),
        ],
        { rates: weekRates },
      );
      const [c] = reconciledCommitments(two, { view: 'rounding' });
      expect(two.groups[0]?.tie).toBe(true);
      expect(ends(c?.amount)).toEqual(['atLeast', '813500000', null]);
    });
  });

  describe('a disputed group (property)', () => {
    it('always has an amount, and it holds what its own sources allow together', () => {
      let ties = 0;
      fc.assert(
        fc.property(mentionsArb({ documents: 6 }), (ms) => {
          const r = reconcile(ms, { rates: weekRates });
          for (const view of ['rounding', 'nominal'] as const) {
            const counted = reconciledCommitments(r, { view });
            r.groups.forEach((g, i) => {
              const reading = g.readings.find((x) => x.currency === g.denomination);
              if (!g.tie || reading?.status === 'empty' || !reading?.interval) return;
              ties++;
              const amount = counted[i]?.amount;
              expect(amount).toBeDefined();
              expect(holds(amount as Figure, reading.interval)).toBe(true);
            });
          }
        }),
        { numRuns: 300 },
      );
      // The property must have seen disputes to say anything.
      expect(ties).toBeGreaterThan(20);
    }, 60_000);
  });
});
