/**
 * Generated joint wholes with each party's own part (docs/aggregation.md "A party's own part of a
 * joint whole", review4 K1): drafted commitments are rewritten in place so that some become direct
 * parts of a joint whole, held by one of its parties, by two jointly, or by someone outside its role.
 */
import fc from 'fast-check';
import { rat } from '../rational';
import type { OCommitment, OFigure, OQualifier } from './oracle';

export interface JointDraft {
  readonly whole: number;
  readonly parts: readonly number[];
  /** Per part: 0 or 1 the whole's first or second holder alone, 2 both jointly, 3 nobody in the role. */
  readonly holders: readonly number[];
  /** Per part: its value in tenths of the whole's value (so that parts may add up to it, or exceed it). */
  readonly tenths: readonly number[];
  readonly qualifiers: readonly OQualifier[];
}

const PART_QUALIFIERS: readonly OQualifier[] = [
  'exact',
  'exact',
  'exact',
  'upTo',
  'range',
  'about',
  'almost',
  'atLeast',
];

export const jointDraftArb: fc.Arbitrary<JointDraft> = fc.record({
  whole: fc.nat(9),
  parts: fc.uniqueArray(fc.nat(9), { minLength: 1, maxLength: 3 }),
  holders: fc.array(fc.nat(3), { minLength: 3, maxLength: 3 }),
  tenths: fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 3, maxLength: 3 }),
  qualifiers: fc.array(fc.constantFrom(...PART_QUALIFIERS), { minLength: 3, maxLength: 3 }),
});

/**
 * Rewrites `built` (in a copy) for each joint draft; `parties`: the scenario's parties; `by`: the
 * grouping, whose role the whole is held in (its first role by party). Commitments linked by
 * `kindSplit` are left alone (a whole with one keeps its share; rewriting a member would cut a link).
 */
export function linkJointParts(
  built: readonly OCommitment[],
  drafts: readonly JointDraft[],
  parties: readonly string[],
  by: string,
): OCommitment[] {
  const out = [...built];
  const n = out.length;
  for (const jd of drafts) {
    const wi = jd.whole % n;
    const w = out[wi];
    const first = w?.parties[0];
    if (!w || !first || w.kindSplit) continue;
    const role = by === 'party' ? first.role : by;
    // At least two holders of the whole's first role, and an amount of at least zero with both ends.
    const holders = [...new Set(w.parties.filter((p) => p.role === role).map((p) => p.party))];
    const extra = parties.find((p) => !holders.includes(p));
    if (holders.length < 2 && extra !== undefined) holders.push(extra);
    const a = w.amount;
    const amount: OFigure =
      a && a.value.n >= 0n && a.qualifier !== 'atLeast' && a.qualifier !== 'moreThan'
        ? a
        : { currency: a?.currency ?? 'GBP', qualifier: 'exact', value: rat(1_000_000n), quantum: rat(1000n) };
    const { partOf: _whole, ...own } = w;
    const whole: OCommitment = {
      ...own,
      kind: 'investment',
      status: 'announced',
      parties: [...w.parties.filter((p) => p.role !== role), ...holders.map((party) => ({ party, role }))],
      amount,
    };
    out[wi] = whole;
    const outsider = parties.find((p) => !holders.includes(p)) ?? 'outsider';
    [...new Set(jd.parts.map((p) => p % n))]
      .filter((pi) => pi !== wi)
      .forEach((pi, j) => {
        const c = out[pi];
        if (!c || c.kindSplit) return;
        const h = jd.holders[j] ?? 0;
        const who =
          h === 3
            ? [{ party: outsider, role: 'subject' }]
            : (h === 2 ? holders.slice(0, 2) : [holders[h] ?? outsider]).map((party) => ({ party, role }));
        const value = rat(amount.value.n * BigInt(jd.tenths[j] ?? 1), amount.value.d * 10n);
        const qualifier = jd.qualifiers[j] ?? 'exact';
        out[pi] = {
          ...c,
          kind: 'investment',
          status: 'announced',
          parties: who,
          amount: {
            currency: amount.currency,
            qualifier,
            value,
            quantum: amount.quantum,
            ...(qualifier === 'range' ? { max: rat(value.n * 11n, value.d * 10n) } : {}),
          },
          ...(whole.date !== undefined ? { date: whole.date } : {}),
          partOf: whole.id,
        };
      });
  }
  return out;
}
