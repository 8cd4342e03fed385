/**
 * The minimal cases of FINDINGS.md, as data: differential.test.ts checks that each still disagrees
 * exactly as listed; a fixed one keeps its case with no differences, so that it must keep agreeing.
 */
import type { Compat, OMention, OOptions, OQualifier } from './oracle';

/**
 * src's readings that the reference models as switches so that other disagreements stand out: none
 * today. F3's `reachTwoSided` became the documented rule (both sides implement it), F2's
 * `roundedEndsClosed` was dropped when src fixed F2.
 */
export const SRC_READINGS: Compat = {};

export interface Finding {
  readonly id: string;
  readonly title: string;
  readonly mentions: readonly OMention[];
  readonly options: OOptions;
  /** The disagreement today (harness `differences`, without the compat switches). */
  readonly differences: readonly string[];
  /** The compat switch that models src's reading, when the finding has one. */
  readonly compat?: keyof Compat;
}

const bn = (x: number) => ({ n: BigInt(Math.round(x * 1000)) * 1_000_000n, d: 1n });
const m = (
  id: string,
  qualifier: OQualifier,
  currency: string,
  value: number,
  quantum: number,
  date: string,
  document: string,
  extra: Partial<OMention> = {},
): OMention => ({
  id,
  qualifier,
  currency,
  value: bn(value),
  quantum: bn(quantum),
  parties: [{ party: 'microsoft', role: 'investor' }],
  kind: 'investment',
  date,
  document,
  ...extra,
});
const recipient = {
  parties: [
    { party: 'microsoft', role: 'investor' },
    { party: 'nscale', role: 'recipient' },
  ],
};

export const FINDINGS: readonly Finding[] = [
  {
    id: 'F1',
    title: 'explicit id: a mention outside the core is lost when the core is read in another currency',
    mentions: [
      m('a', 'exact', 'USD', 10, 1, '2022-02-04', 'd1', { commitment: 'c1' }),
      m('c', 'exact', 'EUR', 100, 1, '2022-02-04', 'd2', { commitment: 'c1' }),
    ],
    options: {},
    // Fixed: src lost `c` ('contradictions oracle: c → c1 (explicitId)', 'accounted real:   lost c').
    differences: [],
  },
  {
    id: 'F2',
    title: 'an open end converted to a non-whole number of cents is reported closed',
    mentions: [
      m('a', 'moreThan', 'USD', 110, 1, '2019-01-23', 'd1'),
      m('b', 'exact', 'GBP', 85, 10, '2019-01-23', 'd2'),
    ],
    options: { toleranceBps: 0 },
    // Fixed: the flags are the exact ends' now; src said [106109150000000/1263, … where the reference
    // says (106109150000000/1263, … (the `roundedEndsClosed` switch modelled the old reading).
    differences: [],
  },
  {
    id: 'F3',
    title: 'a two-sided figure that fits two groups joins the one it reaches instead of being ambiguous',
    mentions: [
      m('m00', 'exact', 'GBP', 1, 1, '2023-01-28', 'doc1', recipient),
      m('m04', 'exact', 'USD', 1.411, 0.001, '2023-01-31', 'doc1'),
      m('m01', 'exact', 'EUR', 1.32, 0.001, '2023-02-12', 'doc8', recipient),
    ],
    options: { toleranceBps: 100 },
    // Decided (docs/reconcile.md rule 5): the tie-break by reach holds for every figure, and the
    // reference now implements it; before, it made m04 ambiguous between group:m00 and group:m01.
    differences: [],
  },
  {
    id: 'F4',
    title:
      'a near miss of a group held together only in a currency none of its figures is written in is lost',
    mentions: [
      m('m00', 'exact', 'EUR', 28.9, 0.1, '2019-01-16', 'doc4'),
      m('m03', 'exact', 'USD', 32.6, 0.1, '2019-01-10', 'doc2', recipient),
      m('m02', 'exact', 'EUR', 28.4, 0.1, '2019-01-11', 'doc2'),
    ],
    options: { windowDays: 7, toleranceBps: 10 },
    // Fixed: src lost `m03` ('contradictions oracle: m03 → group:m00 (nearMiss)', 'accounted real:   lost m03').
    differences: [],
  },
  {
    id: 'F7',
    title: 'a lone figure missed by a group with twice its sources and by another lone figure is a near miss',
    mentions: [
      m('a', 'exact', 'GBP', 22, 1, '2025-09-16', 'd1'),
      m('b', 'exact', 'GBP', 22, 1, '2025-09-17', 'd2'),
      m('c', 'exact', 'GBP', 30, 1, '2025-09-17', 'd3'),
      m('d', 'exact', 'GBP', 25, 1, '2025-09-18', 'd4'),
    ],
    options: {},
    // Decided (docs/reconcile.md rule 6, R11): `d` misses group:a (two sources) and group:c (one, founded
    // first); the near miss comes first, so both `c` and `d` are contradictions of group:a, which has
    // no tie. Read as one rule (two candidates), the reference kept group:d on its own.
    differences: [],
  },
  {
    id: 'F7 (G2)',
    title: 'one source against one, missed by a power of ten: the later is a contradiction, the group a tie',
    mentions: [
      m('a', 'exact', 'GBP', 22, 1, '2025-09-16', 'd1'),
      m('b', 'exact', 'GBP', 220, 10, '2025-09-17', 'd2'),
      m('c', 'exact', 'EUR', 5, 1, '2025-09-17', 'd3', { commitment: 'x' }),
      m('e', 'exact', 'EUR', 7, 1, '2025-09-17', 'd4', { commitment: 'x' }),
    ],
    options: {},
    // Modelled from the docs (rule 6, R11; rule 1, R10): `b` → group:a, both group:a and x say tie.
    differences: [],
  },
  {
    id: 'F8',
    title: 'counted: a ceiling with an open high end is "less than"; a tie spans its converted contradiction',
    mentions: [
      m('a', 'lessThan', 'GBP', 28, 1, '2019-01-17', 'd1'),
      m('b', 'exact', 'GBP', 28, 1, '2019-01-17', 'd2'),
      m('c', 'exact', 'GBP', 0.814, 0.001, '2019-01-18', 'd3', { kind: 'capex' }),
      m('e', 'exact', 'EUR', 1, 0.1, '2019-01-18', 'd4', { kind: 'capex' }),
    ],
    options: {},
    // Decided (docs/reconcile.md "Counting each commitment once", R12): group:b is counted lessThan
    // £28.5bn; group:c (tie) from £813.5m to "€1.0bn"'s high end converted into pounds and widened.
    differences: [],
  },
];
