import type { Commitment } from '../commitment/model';
import type { Issue } from '../errors/reckon-error';
import { type Buckets, newBuckets } from './buckets';
import type { Joint } from './joint';
import type { Settings } from './options';
import { pushAt } from './order';
import type { Part } from './parts';
import { newSeen, type Seen } from './seen';
import { newShare, type Share } from './shares';
import { newTotal, type Total } from './sums';
import { type Members, newMembers, type Standing } from './targets';
import type { NotAddedItem } from './types';

/** An eligible commitment without a `partOf` that names others it may be (`kindSplit`). @internal */
export interface Split {
  readonly position: number;
  readonly commitment: Commitment;
  /** The rows it belongs to, with each row's n and rank for its share. */
  readonly rows: readonly number[];
  readonly n: readonly number[];
  readonly rank: readonly number[];
}

/** Everything one aggregation holds while commitments are added. @internal */
export interface State {
  readonly s: Settings;
  readonly seen: Seen;
  readonly buckets: Buckets;
  /** Rows in the order their parties were met; `rowOf` finds a party's. */
  readonly rows: Total[];
  readonly rowOf: Map<string, number>;
  readonly grand: Total;
  /** Commitments with a `partOf`, decided at the end. */
  readonly parts: Part[];
  /** Eligible commitments without a `partOf` that may be one with another (`kindSplit`), added at the end. */
  readonly splits: Split[];
  /** Joint commitments without a whole: their rows' shares are added at the end (joint.ts). */
  readonly joints: Joint[];
  /** Scratch space, refilled for each commitment. */
  readonly members: Members;
  readonly memberRows: number[];
  readonly whole: Share;
  readonly share: Share;
}

/** A new aggregation. @internal */
export function newState(s: Settings, source: readonly Commitment[] | undefined): State {
  return {
    s,
    seen: newSeen(source),
    buckets: newBuckets(s),
    rows: [],
    rowOf: new Map(),
    grand: newTotal(undefined),
    parts: [],
    splits: [],
    joints: [],
    members: newMembers(),
    memberRows: [],
    whole: newShare(),
    share: newShare(),
  };
}

/** The row of a party, created when first met. @internal */
export function rowFor(st: State, party: string): number {
  let r = st.rowOf.get(party);
  if (r === undefined) {
    r = st.rows.length;
    st.rows.push(newTotal(party));
    st.rowOf.set(party, r);
  }
  return r;
}

/** An issue about the commitment at `position`, for the grand total and the rows it belongs to. @internal */
export function report(st: State, position: number, issue: Issue, rows: readonly number[]): void {
  pushAt(st.grand.issues, position, issue);
  for (const r of rows) pushAt((st.rows[r] as Total).issues, position, issue);
}

/**
 * Lists a commitment that is not added, by its standing: withdrawn, a stock or mark, or without an
 * amount, in the grand total and in the rows it belongs to.
 * @internal
 */
export function listAside(
  st: State,
  c: Commitment,
  position: number,
  standing: Exclude<Standing, 'eligible' | 'filtered'>,
  rows: readonly number[],
): void {
  if (standing === 'withoutAmount') {
    pushAt(st.grand.withoutAmount, position, c.id);
    for (const r of rows) pushAt((st.rows[r] as Total).withoutAmount, position, c.id);
    return;
  }
  const item: NotAddedItem = {
    commitment: c.id,
    kind: c.kind,
    reason: standing,
    ...(c.amount ? { amount: c.amount } : {}),
  };
  pushAt(st.grand.notAdded, position, item);
  for (const r of rows) pushAt((st.rows[r] as Total).notAdded, position, item);
}
