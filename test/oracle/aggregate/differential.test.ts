import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AggregateResult,
  type AggregateTotals,
  aggregate,
  type Commitment,
  type Money,
  parseFigure,
  type RateProvider,
  ratesFromList,
  toDecimalString,
} from '../../../src/index';
import { parseDecimal, show } from '../rational';
import {
  ASPECTS,
  type Aspect,
  BY_VALUES,
  describeScenario,
  differences,
  differencesUnder,
  type Features,
  grandTotalByDifferences,
  type Scenario,
  scenarioArb,
  streamDifferences,
} from './harness';
import { KNOWN_FAMILIES, KNOWN_READINGS } from './known-disagreements';
import { type OCommitment, OInvalidArgument, oracleAggregate } from './oracle';

const SEED = 20250917;

/** The scenario with the known readings of src/ applied (known-disagreements.ts). */
const asKnown = (s: Scenario): Scenario => ({ ...s, options: { ...s.options, asSrc: KNOWN_READINGS } });

/** How many shares of a joint whole its parts bound in the reference (0 where it is invalid input). */
const jointPartShares = (s: Scenario): number => {
  try {
    return oracleAggregate(s.commitments, s.options).jointParts;
  } catch (error) {
    if (error instanceof OInvalidArgument) return 0;
    throw error;
  }
};

const agree = (aspect?: Aspect) => (s: Scenario) => {
  const d = differences(asKnown(s), aspect);
  if (d.length > 0) throw new Error(`${describeScenario(s)}\n${d.join('\n')}`);
};

describe('aggregate', () => {
  describe('against the reference aggregator (test/oracle/aggregate/oracle.ts)', () => {
    it('agrees exactly on every row and the grand total of 1,000 generated commitment sets', () => {
      fc.assert(fc.property(scenarioArb(), agree()), { numRuns: 1000, seed: SEED });
    }, 120_000);
    // One property per aspect, so that one disagreement does not hide the others: each gets its own
    // minimal counterexample.
    it.each(ASPECTS)(
      'agrees on %s (200 sets)',
      (aspect) => {
        fc.assert(fc.property(scenarioArb(), agree(aspect)), { numRuns: 200, seed: SEED + 1 });
      },
      60_000,
    );
    // The same, within narrower parts of the input space.
    it.each([
      [
        'plain sums (no partOf, hygiene or conversion)',
        { partOf: false, hygiene: false, conversion: false, kindSplit: false },
      ],
      [
        'partOf chains without hygiene issues or conversion',
        { partOf: true, hygiene: false, conversion: false, kindSplit: false },
      ],
      [
        'conversions without partOf or hygiene issues',
        { partOf: false, hygiene: false, conversion: true, kindSplit: false },
      ],
    ] as const)(
      'agrees on %s (200 sets)',
      (_name, features: Features) => {
        fc.assert(fc.property(scenarioArb(features), agree()), { numRuns: 200, seed: SEED + 2 });
      },
      60_000,
    );
    it('agrees on kind splits and amounts that hold their rounding, with conversions (300 sets)', () => {
      const features = { partOf: false, hygiene: false, conversion: true, kindSplit: true };
      fc.assert(fc.property(scenarioArb(features), agree()), { numRuns: 300, seed: SEED + 3 });
    }, 60_000);
    it("agrees on joint wholes whose parts bound a party's share (review4 K1, 300 sets)", () => {
      const features = { partOf: true, hygiene: false, conversion: false, kindSplit: false };
      const bounded = scenarioArb(features).filter((s) => jointPartShares(s) > 0);
      fc.assert(fc.property(bounded, agree()), { numRuns: 300, seed: SEED + 4 });
    }, 60_000);
    it("draws joint wholes whose parts bound a party's share in at least 3% of all sets", () => {
      const sets = fc.sample(scenarioArb(), { numRuns: 1000, seed: SEED });
      expect(sets.filter((s) => jointPartShares(s) > 0).length).toBeGreaterThanOrEqual(30);
    }, 60_000);
    it('gives the same grand total for every `by` (the law, on the real implementation)', () => {
      fc.assert(
        fc.property(scenarioArb(), (s) => {
          const d = grandTotalByDifferences(s);
          if (d.length > 0) throw new Error(d.join('\n'));
        }),
        { numRuns: 300, seed: SEED + 5 },
      );
    }, 60_000);
  });

  describe('over streams (the law, on the real implementation)', () => {
    it('gives the same result over an array, an iterable, an aggregator and an async iterable (300 sets)', async () => {
      await fc.assert(
        fc.asyncProperty(scenarioArb(), async (s) => {
          const d = await streamDifferences(s);
          if (d.length > 0) throw new Error(`${describeScenario(s)}\n${d.join('\n')}`);
        }),
        { numRuns: 300, seed: SEED + 8 },
      );
    }, 60_000);
  });

  describe('where src/ reads the docs otherwise (known-disagreements.ts)', () => {
    const families = Object.entries(KNOWN_FAMILIES);
    it.each(families)(
      "%s: its repro differs from the docs' reading by exactly the listed lines",
      (_id, f) => {
        const s: Scenario = { ...f.repro, fixes: [], ratesAs: 'provider' };
        const [docs, read] = differencesUnder(s, [{}, { [f.reading]: true }]);
        expect(docs).toEqual(f.differences);
        expect(read).toEqual([]);
      },
    );
    it('explains every disagreement of 1,000 generated sets, each family in the listed number of sets', () => {
      const readings = [
        KNOWN_READINGS,
        ...families.map(([, f]) => ({ ...KNOWN_READINGS, [f.reading]: false })),
      ];
      const unexplained: string[] = [];
      const walk = Object.fromEntries(families.map(([id]) => [id, 0]));
      for (const s of fc.sample(scenarioArb(), { numRuns: 1000, seed: SEED + 7 })) {
        const [known = [], ...without] = differencesUnder(s, readings);
        if (known.length > 0) unexplained.push(`${describeScenario(s)}\n${known.join('\n')}`);
        families.forEach(([id], i) => {
          if ((without[i] ?? []).length > 0) walk[id] = (walk[id] ?? 0) + 1;
        });
      }
      expect(unexplained.slice(0, 1)).toEqual([]);
      expect(walk).toEqual(Object.fromEntries(families.map(([id, f]) => [id, f.walk])));
    }, 120_000);
  });

  describe('anchors from issue 12 (literal expectations)', () => {
    const bn = (x: string) => `${x}000000000`;
    const iv = (t: AggregateTotals | undefined, cur: string) => {
      const m = t?.totals[cur];
      const dec = (x: Money | null) => (x === null ? null : toDecimalString(x, { trim: true }));
      return m ? [dec(m.low), dec(m.high)] : undefined;
    };
    const row = (r: AggregateResult, party: string) => r.groups.find((g) => g.party === party);
    const w: Commitment = {
      id: 'w',
      kind: 'investment',
      status: 'announced',
      date: '2025-09-16',
      amount: parseFigure('up to £11bn'),
      parties: [
        { party: 'nvidia', role: 'investor' },
        { party: 'nscale', role: 'recipient' },
        { party: 'coreweave', role: 'recipient' },
      ],
    };
    const m: Commitment = {
      id: 'm',
      kind: 'project',
      status: 'announced',
      date: '2025-09-16',
      amount: parseFigure('£2bn'),
      parties: [{ party: 'nscale', role: 'partner' }],
      partOf: 'w',
    };
    const p: Commitment = {
      id: 'p',
      kind: 'capex',
      status: 'confirmed',
      date: '2025-09-17',
      amount: parseFigure('£500m'),
      parties: [
        { party: 'nvidia', role: 'investor' },
        { party: 'nscale', role: 'recipient' },
      ],
      partOf: 'm',
    };
    const { amount: _dropped, ...mWithoutAmount } = m;
    const chains: [string, Commitment[], Parameters<typeof aggregate>[1]][] = [
      ['as it is', [w, m, p], {}],
      ['m withdrawn', [w, { ...m, status: 'withdrawn' }, p], {}],
      ['m without amount', [w, mWithoutAmount, p], {}],
      ['m filtered out by kinds', [w, m, p], { kinds: ['investment', 'capex'] }],
      [
        'm filtered out by statuses',
        [w, { ...m, status: 'planned' }, p],
        { statuses: ['announced', 'confirmed'] },
      ],
      ['the part listed before its whole', [p, m, w], {}],
    ];
    describe.each(chains)('the w ← m ← p chain, %s', (_name, list, options) => {
      it('gives Nvidia [£0, £11bn] by party and by investor, p not added (included in m)', () => {
        for (const by of ['party', 'investor'] as const) {
          const r = aggregate(list, { ...options, by });
          expect(iv(row(r, 'nvidia'), 'GBP')).toEqual(['0', bn('11')]);
          expect(row(r, 'nvidia')?.commitments).toEqual(['w']);
          expect(row(r, 'nvidia')?.notAdded).toContainEqual(
            expect.objectContaining({ commitment: 'p', reason: 'partOf', includedIn: 'm' }),
          );
        }
      });
      it('gives Nscale [£0, £11bn] by recipient', () => {
        expect(iv(row(aggregate(list, { ...options, by: 'recipient' }), 'nscale'), 'GBP')).toEqual([
          '0',
          bn('11'),
        ]);
      });
      it('gives a grand total of [£0, £11bn] whatever the grouping', () => {
        for (const by of BY_VALUES) {
          const r = aggregate(list, { ...options, by: by as 'party' });
          expect([by, iv(r.grandTotal, 'GBP')]).toEqual([by, ['0', bn('11')]]);
          expect([by, r.grandTotal.commitments]).toEqual([by, ['w']]);
        }
      });
    });

    it('counts the same commitment id passed twice once, with a DUPLICATE_ID issue', () => {
      const { partOf: _whole, ...pAlone } = p;
      const solo = aggregate([pAlone, pAlone], { by: 'investor' });
      expect(iv(solo.grandTotal, 'GBP')).toEqual(['500000000', '500000000']);
      expect(iv(row(solo, 'nvidia'), 'GBP')).toEqual(['500000000', '500000000']);
      expect(solo.grandTotal.commitments).toEqual(['p']);
      expect(solo.grandTotal.issues.map((i) => i.code)).toEqual(['DUPLICATE_ID']);
    });

    it('shares a party listed twice in one role once under equal, with a DUPLICATE_PARTY issue', () => {
      const twice: Commitment = {
        id: 'twice',
        kind: 'investment',
        status: 'announced',
        amount: parseFigure('£9m'),
        parties: [
          { party: 'nvidia', role: 'investor' },
          { party: 'nscale', role: 'recipient' },
          { party: 'nscale', role: 'recipient' },
          { party: 'coreweave', role: 'recipient' },
        ],
      };
      const r = aggregate([twice], { by: 'recipient', allocation: 'equal' });
      expect(iv(row(r, 'nscale'), 'GBP')).toEqual(['4500000', '4500000']);
      expect(iv(row(r, 'coreweave'), 'GBP')).toEqual(['4500000', '4500000']);
      expect(r.grandTotal.issues.map((i) => i.code)).toContain('DUPLICATE_PARTY');
    });

    it('invents no row: a valuation subject has no row by investor, and is listed in the grand total', () => {
      const valuation: Commitment = {
        id: 'cw-valuation',
        kind: 'valuation',
        status: 'announced',
        amount: parseFigure('$58bn'),
        parties: [{ party: 'coreweave', role: 'subject' }],
      };
      const r = aggregate([w, valuation], { by: 'investor' });
      expect(r.groups.map((g) => g.party)).toEqual(['nvidia']);
      expect(r.grandTotal.notAdded).toContainEqual(
        expect.objectContaining({ commitment: 'cw-valuation', reason: 'notAdditive' }),
      );
    });

    describe('a GBP [120m, 170m] commitment without a rate for its day', () => {
      const c: Commitment = {
        id: 'gbp-range',
        kind: 'investment',
        status: 'announced',
        date: '2025-09-10',
        amount: parseFigure('between £120m and £170m'),
        parties: [{ party: 'nvidia', role: 'investor' }],
      };
      const fixes = [
        { base: 'EUR', quote: 'GBP', value: '0.8675', date: '2025-09-15', source: 'ECB' },
        { base: 'EUR', quote: 'USD', value: '1.1837', date: '2025-09-15', source: 'ECB' },
      ];
      it.each([
        ['a provider', ratesFromList(fixes)],
        ['a list of rates', fixes],
      ])(
        'converts to high null, low 0 and complete false, with NO_RATE on the row and the total (%s)',
        (_n, rates) => {
          // The rules: `rates` takes what ratesFrom takes (a provider, one rate or a list).
          const r = aggregate([c], { by: 'investor', to: 'EUR', rates: rates as unknown as RateProvider });
          for (const t of [row(r, 'nvidia'), r.grandTotal]) {
            expect(t?.converted?.high).toBeNull();
            expect(t?.converted?.low && toDecimalString(t.converted.low, { trim: true })).toBe('0');
            expect(t?.converted?.complete).toBe(false);
            expect(t?.issues.map((i) => i.code)).toContain('NO_RATE');
            expect(iv(t, 'GBP')).toEqual(['120000000', '170000000']);
          }
        },
      );
    });

    describe('a part of the total without a rate (the rules on the converted low)', () => {
      const at = (id: string, figure: string, date: string): Commitment => ({
        id,
        kind: 'investment',
        status: 'announced',
        date,
        amount: parseFigure(figure),
        parties: [{ party: 'nvidia', role: 'investor' }],
      });
      const rates = ratesFromList([{ base: 'EUR', quote: 'GBP', value: '0.8675', date: '2025-09-15' }]);
      const converted = (list: Commitment[]) => {
        const c = aggregate(list, { by: 'investor', to: 'EUR', rates }).grandTotal.converted;
        const dec = (x: Money | null | undefined) => (x ? toDecimalString(x, { trim: true }) : x);
        return [dec(c?.low), dec(c?.high), c?.complete];
      };
      it('keeps the converted part as the low when the unconverted part is not negative', () => {
        // £10m / 0.8675 = €11,527,377.5216…; the £5m of 2025-09-10 has no rate.
        expect(converted([at('a', '£5m', '2025-09-10'), at('b', '£10m', '2025-09-16')])).toEqual([
          '11527377.52',
          null,
          false,
        ]);
      });
      it('makes the low unknown when an unconverted part is negative', () => {
        expect(converted([at('a', '-£5m', '2025-09-10'), at('b', '£10m', '2025-09-16')])).toEqual([
          null,
          null,
          false,
        ]);
      });
    });

    describe('partOf targets that are not there or go round', () => {
      const c = (id: string, figure: string, partOf?: string): Commitment => ({
        id,
        kind: 'investment',
        status: 'announced',
        amount: parseFigure(figure),
        parties: [{ party: 'nvidia', role: 'investor' }],
        ...(partOf ? { partOf } : {}),
      });
      it('reports an unknown whole on the grand total and on the row, and adds the part', () => {
        const r = aggregate([c('p', '£1m', 'ghost')], { by: 'investor' });
        for (const t of [row(r, 'nvidia'), r.grandTotal]) {
          expect(t?.issues.map((i) => i.code)).toEqual(['UNKNOWN_COMMITMENT']);
          expect(t?.commitments).toEqual(['p']);
        }
      });
      it('breaks a cycle at its smallest id: m has no whole, w is a part of m', () => {
        const r = aggregate([c('w', '£3m', 'm'), c('m', '£2m', 'w')], { by: 'investor' });
        expect(r.grandTotal.issues.map((i) => i.code)).toContain('PART_OF_CYCLE');
        expect(r.grandTotal.commitments).toEqual(['m']);
        expect(iv(r.grandTotal, 'GBP')).toEqual(['2000000', '2000000']);
        expect(r.grandTotal.notAdded).toContainEqual(
          expect.objectContaining({ commitment: 'w', reason: 'partOf', includedIn: 'm' }),
        );
      });
    });

    describe('the reference aggregator on the same anchors', () => {
      const plain = (c: Commitment): OCommitment => ({
        id: c.id,
        kind: c.kind,
        status: c.status,
        parties: c.parties,
        ...(c.amount
          ? {
              amount: {
                currency: c.amount.amount.toJSON().currency.code as 'GBP',
                qualifier: c.amount.qualifier,
                value: parseDecimal(toDecimalString(c.amount.amount, { trim: true })),
                quantum: parseDecimal(toDecimalString(c.amount.quantum, { trim: true })),
              },
            }
          : {}),
        ...(c.partOf ? { partOf: c.partOf } : {}),
      });
      it.each(chains)('agrees with the literal numbers for the chain, %s', (_name, list, options) => {
        for (const by of ['party', 'investor'] as const) {
          const r = oracleAggregate(list.map(plain), {
            by,
            allocation: 'unallocated',
            view: 'nominal',
            ...(options?.kinds ? { kinds: options.kinds } : {}),
            ...(options?.statuses ? { statuses: options.statuses } : {}),
          });
          const t = r.rows.get('nvidia')?.totals.get('GBP');
          expect([show(t?.low ?? null), show(t?.high ?? null)]).toEqual(['0', bn('11')]);
          const g = r.grandTotal.totals.get('GBP');
          expect([show(g?.low ?? null), show(g?.high ?? null)]).toEqual(['0', bn('11')]);
          expect(r.rows.get('nvidia')?.notAdded).toContainEqual({
            commitment: 'p',
            reason: 'partOf',
            includedIn: 'm',
          });
        }
      });
    });
  });
});
