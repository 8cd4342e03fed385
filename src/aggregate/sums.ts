import type { Issue } from '../errors/reckon-error';
import { addPlain, addToSum, emptySum, type IntervalSum, mergeSum } from './interval';
import { type Positioned, positioned } from './order';
import type { Share } from './shares';
import type { NotAddedItem } from './types';

/** What a row (or the grand total) holds while commitments are added. @internal */
export interface Total {
  /** The party of a row; undefined for the grand total. */
  readonly party: string | undefined;
  /** Sums by bucket id. */
  readonly sums: (IntervalSum | undefined)[];
  /**
   * Sums of commitments this row holds alone (its one party in the role, eligible, no whole): the
   * grand total reads them from here instead of adding each such commitment a second time.
   */
  readonly solo: (IntervalSum | undefined)[];
  /**
   * Input positions of the commitments added (with `listCommitments`), but for those held by one row
   * alone: those are read from `Seen.wholes` at the end, so that the common case writes no list.
   */
  readonly added: number[];
  addedInOrder: boolean;
  count: number;
  readonly notAdded: Positioned<NotAddedItem>;
  readonly withoutAmount: Positioned<string>;
  /** Issues about single commitments; missing rates are found when the total is finished. */
  readonly issues: Positioned<Issue>;
}

/** An empty total. @internal */
export function newTotal(party: string | undefined): Total {
  return {
    party,
    sums: [],
    solo: [],
    added: [],
    addedInOrder: true,
    count: 0,
    notAdded: positioned(),
    withoutAmount: positioned(),
    issues: positioned(),
  };
}

/** Counts a commitment held by one row alone (its position is in `Seen.wholes`). @internal */
export function countSolo(row: Total, grand: Total): void {
  row.count++;
  grand.count++;
}

/** Counts a commitment as added to a total, and lists its position when asked to. @internal */
export function countAdded(t: Total, position: number, list: boolean): void {
  t.count++;
  if (!list) return;
  const last = t.added[t.added.length - 1];
  if (last !== undefined && last > position) t.addedInOrder = false;
  t.added.push(position);
}

/** Adds a share to one bucket of a list of sums. @internal */
export function addShare(sums: (IntervalSum | undefined)[], bucket: number, share: Share): void {
  let sum = sums[bucket];
  if (sum === undefined) {
    sum = emptySum(share.scale);
    sums[bucket] = sum;
  }
  const plain = share.plain;
  if (plain !== undefined && addPlain(sum, plain === 'exact', share.high as bigint, share.scale)) return;
  addToSum(sum, share.low, share.high, share.scale, share.lowInclusive, share.highInclusive);
}

/** Adds every sum of `from` into `into`, bucket by bucket. @internal */
export function mergeSums(
  into: (IntervalSum | undefined)[],
  from: readonly (IntervalSum | undefined)[],
): void {
  from.forEach((sum, id) => {
    if (sum === undefined) return;
    let target = into[id];
    if (target === undefined) {
      target = emptySum(sum.scale);
      into[id] = target;
    }
    mergeSum(target, sum);
  });
}
