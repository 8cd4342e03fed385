/** What a disputed group (a tie) is counted as: the span of the amounts its two sides give. */
import { cmpHigh, cmpLow, type Iv, intersectIv } from './interval';
import { exactOf, toInterval } from './pinning';
import type { ReconciledCommitment, ReconcileInterval } from './types';

/** How a tie's amount was found: `span` of both sides, or the group's `own` amount (no span has an end). */
export interface TieSpan {
  readonly iv: ReconcileInterval;
  readonly basis: 'span' | 'own';
}

function hull(a: Iv, b: Iv): Iv {
  const low = cmpLow(a.lo, a.loInc, b.lo, b.loInc) <= 0 ? a : b;
  const high = cmpHigh(a.hi, a.hiInc, b.hi, b.hiInc) >= 0 ? a : b;
  return { lo: low.lo, loInc: low.loInc, hi: high.hi, hiInc: high.hiInc };
}

/** An end at zero counts as no end (as `reconciledCommitments` reads amounts). */
function hasNoEnd(iv: Iv): boolean {
  return (iv.lo === null || iv.lo.n === 0n) && iv.hi === null;
}

/**
 * A tie (G2, G7; user review of `many#7`): no side has the majority, so nothing says which amount is
 * right, and it is counted as the span from the group's intersection (`own`, in its denomination) to
 * what the other side allows TOGETHER: the intersection of the contradictions measured in the
 * denomination. Spanning each of them instead lost the amount whenever they were one-sided in both
 * directions ("less than €470m", "more than $105.3m": everything from zero up). When they share no
 * amount, the span runs over each of them. A writer's conversion (`convertedFrom`, whatever its basis)
 * is a second-hand number and spans nothing, as it never narrows a group (rule 2). When the span has no
 * end at all, the group's own amount is counted: the agreeing sources' amount is never dropped.
 * @internal
 */
export function tieSpanOf(group: ReconciledCommitment, own: ReconcileInterval): TieSpan {
  const other = group.contradictions
    .filter((c) => c.mention.convertedFrom === undefined && c.currency === group.denomination)
    .map((c) => exactOf(c.interval));
  if (other.length === 0) return { iv: own, basis: 'span' };
  const [first, ...rest] = other as [Iv, ...Iv[]];
  const together = rest.reduce<Iv | null>((acc, x) => (acc === null ? null : intersectIv(acc, x)), first);
  const span = (together === null ? other : [together]).reduce(hull, exactOf(own));
  return hasNoEnd(span)
    ? { iv: own, basis: 'own' }
    : { iv: toInterval(span, group.denomination), basis: 'span' };
}
