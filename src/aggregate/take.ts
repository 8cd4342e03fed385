import type { Commitment } from '../commitment/model';
import type { Figure } from '../figure/types';
import { bucketOf, type Day, ownDay } from './buckets';
import { type Joint, jointShare } from './joint';
import { linksOf } from './kind-splits';
import { pushAt } from './order';
import type { Part } from './parts';
import { WHOLE } from './seen';
import { readBounds, roundingIncluded, shareOf } from './shares';
import { listAside, report, rowFor, type State } from './state';
import { addShare, countAdded, countSolo, type Total } from './sums';
import { membersOf, repeatedParties, standingOf } from './targets';
import type { NotAddedItem } from './types';

/** Adds a commitment without a whole to each of its rows (its share) and once to the grand total. */
function addRoot(st: State, c: Commitment, position: number, own: Day | undefined, count: number): void {
  const { s, whole, share, memberRows, members, grand, seen } = st;
  const currency = readBounds(c.amount as Figure, s, whole, roundingIncluded(c));
  const bucket = bucketOf(st.buckets, s, own, currency);
  if (count === 1) {
    // Held by one row alone: added once, to its solo sums, which the grand total reads.
    const r = memberRows[0] as number;
    const t = st.rows[r] as Total;
    addShare(t.solo, bucket, whole);
    countSolo(t, grand);
    seen.wholes[position] = r;
    return;
  }
  const n = members.n.slice(0, count);
  const joint = s.allocation !== 'full' && n.some((x) => x > 1);
  if (joint) {
    // Joint: its parts, which may come later, bound each row's share (joint.ts); added at the end.
    const rank = members.rank.slice(0, count);
    st.joints.push({ position, commitment: c, bucket, rows: memberRows.slice(0, count), n, rank });
  }
  for (let k = 0; k < count; k++) {
    const t = st.rows[memberRows[k] as number] as Total;
    if (!joint)
      addShare(t.sums, bucket, shareOf(whole, currency, n[k] as number, members.rank[k] as number, s, share));
    countAdded(t, position, s.list);
  }
  addShare(grand.sums, bucket, whole);
  countAdded(grand, position, s.list);
  if (count === 0) seen.wholes[position] = WHOLE.NO_ROW;
  else {
    seen.wholes[position] = WHOLE.MANY_ROWS;
    seen.manyRows.set(position, memberRows.slice(0, count));
  }
}

/**
 * Takes any commitment: its rows, its issues (a party twice in a role, an impossible date), then adds
 * it, lists it aside, or keeps it as a part for the end.
 * @internal
 */
export function take(st: State, c: Commitment, position: number): void {
  const standing = standingOf(c, st.s);
  membersOf(c, st.s, st.members);
  const count = st.members.count;
  const memberRows = st.memberRows;
  for (let k = 0; k < count; k++) memberRows[k] = rowFor(st, st.members.party[k] as string);
  for (const j of repeatedParties(c) ?? []) {
    const p = c.parties[j];
    pushAt(st.grand.issues, position, {
      code: 'DUPLICATE_PARTY',
      message: `${c.id}: "${p?.party}" is listed twice as ${p?.role}; counted once`,
      path: ['commitments', position, 'parties', j, 'party'],
    });
  }
  const own = ownDay(st.buckets, c);
  if (own !== undefined && own.problem === 'invalid') {
    const message = `${c.id}: date ${JSON.stringify(c.date)} is not a calendar day`;
    report(
      st,
      position,
      { code: 'INVALID_DATE', message, path: ['commitments', position, 'date'] },
      memberRows.slice(0, count),
    );
  }
  if (c.partOf !== undefined) {
    const rows = memberRows.slice(0, count);
    const eligible = standing === 'eligible';
    if (!eligible && standing !== 'filtered') listAside(st, c, position, standing, rows);
    st.parts.push({
      position,
      id: c.id,
      partOf: c.partOf,
      rows,
      ...(eligible
        ? { commitment: c, n: st.members.n.slice(0, count), rank: st.members.rank.slice(0, count) }
        : {}),
    });
  } else if (standing === 'eligible' && linksOf(c) !== undefined) {
    st.splits.push({
      position,
      commitment: c,
      rows: memberRows.slice(0, count),
      n: st.members.n.slice(0, count),
      rank: st.members.rank.slice(0, count),
    });
  } else if (standing === 'eligible') addRoot(st, c, position, own, count);
  else if (standing !== 'filtered') listAside(st, c, position, standing, memberRows.slice(0, count));
}

/**
 * Adds an eligible part to the rows and the grand total where no eligible ancestor holds it, and lists
 * it as included in its direct whole where one does.
 * @internal
 */
export function placePart(
  st: State,
  part: Part,
  blocked: Int32Array,
  grandBlocked: boolean,
  below: readonly Part[],
): void {
  const { s, whole, share, grand } = st;
  const c = part.commitment as Commitment;
  const amount = c.amount as Figure;
  const currency = readBounds(amount, s, whole, roundingIncluded(c));
  const bucket = bucketOf(st.buckets, s, ownDay(st.buckets, c), currency);
  const item: NotAddedItem = {
    commitment: c.id,
    kind: c.kind,
    reason: 'partOf',
    includedIn: part.partOf,
    amount,
  };
  part.rows.forEach((r, k) => {
    const t = st.rows[r] as Total;
    if ((blocked[r] as number) > 0) pushAt(t.notAdded, part.position, item);
    else {
      const n = part.n?.[k] ?? 1;
      const rank = part.rank?.[k] ?? 0;
      addShare(t.sums, bucket, jointShare(whole, currency, c, t.party as string, n, rank, below, s, share));
      countAdded(t, part.position, s.list);
    }
  });
  if (grandBlocked) pushAt(grand.notAdded, part.position, item);
  else {
    addShare(grand.sums, bucket, whole);
    countAdded(grand, part.position, s.list);
  }
}

/**
 * Adds a joint commitment without a whole to each of its rows, its share bounded by its direct
 * parts (`below`); the grand total holds it already.
 * @internal
 */
export function placeJoint(st: State, j: Joint, below: readonly Part[]): void {
  const { s, whole, share } = st;
  const currency = readBounds(j.commitment.amount as Figure, s, whole, roundingIncluded(j.commitment));
  j.rows.forEach((r, k) => {
    const t = st.rows[r] as Total;
    const n = j.n[k] as number;
    const rank = j.rank[k] as number;
    addShare(
      t.sums,
      j.bucket,
      jointShare(whole, currency, j.commitment, t.party as string, n, rank, below, s, share),
    );
  });
}
