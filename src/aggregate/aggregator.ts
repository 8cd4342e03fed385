import type { Commitment } from '../commitment/model';
import { type Issue, ReckonError } from '../errors/reckon-error';
import { boundsUnits, type UnitBounds } from '../figure/bounds';
import type { Figure } from '../figure/types';
import { bucketOf, type Day, newBuckets, ownDay } from './buckets';
import { finishResult } from './finish';
import { readOptions } from './options';
import { pushAt } from './order';
import { type Part, resolveParts } from './parts';
import { admit, firstPositions, newSeen, WHOLE } from './seen';
import { addShare, countAdded, newTotal, type Total } from './sums';
import {
  membersOf,
  newMembers,
  repeatedParties,
  type Share,
  type Standing,
  shareOf,
  standingOf,
} from './targets';
import type { AggregateOptions, AggregateResult, Aggregator, NotAddedItem } from './types';

/**
 * The incremental form of {@link aggregate}: `add` commitments one by one (from any source), then
 * `result()`. Commitments without a `partOf` are added as they come; parts wait for the end, since a
 * whole may come after its part. Memory grows with the rows, the parts and the ids seen (to count a
 * repeated id once), plus the id lists unless `listCommitments` is false.
 *
 * @param options - {@link AggregateOptions}, each checked
 * @returns the aggregator; `add` after `result()` throws
 * @throws {@link ReckonError} `INVALID_ARGUMENT` for an option it does not allow (naming it and what
 *   it allows) and, from `add`, for a commitment without an id or of an unknown kind or status;
 *   `UNKNOWN_CURRENCY` for `to`; `INVALID_DATE` for `asOf` or `fallbackDate`
 * @example
 * ```ts
 * const agg = createAggregator({ by: 'investor' });
 * for (const c of commitments) agg.add(c);
 * agg.result().groups;
 * ```
 */
export function createAggregator(options: AggregateOptions = {}): Aggregator {
  const s = readOptions(options);
  const seen = newSeen();
  const buckets = newBuckets(s);
  const rows: Total[] = [];
  const rowOf = new Map<string, number>();
  const grand = newTotal(undefined);
  const parts: Part[] = [];
  const maybeRepeated: { readonly position: number; readonly commitment: Commitment }[] = [];
  const members = newMembers();
  const share: Share = { low: null, high: null, scale: 0n, lowInclusive: true, highInclusive: true };
  const memberRows: number[] = [];
  let finished: AggregateResult | undefined;

  const rowFor = (party: string): number => {
    let r = rowOf.get(party);
    if (r === undefined) {
      r = rows.length;
      rows.push(newTotal(party));
      rowOf.set(party, r);
    }
    return r;
  };

  /** An issue about the commitment at `position`, for the grand total and the rows it belongs to. */
  const report = (position: number, issue: Issue, rowList: readonly number[]) => {
    pushAt(grand.issues, position, issue);
    for (const r of rowList) pushAt((rows[r] as Total).issues, position, issue);
  };

  const list = (c: Commitment, position: number, standing: Standing, rowList: readonly number[]) => {
    if (standing === 'withoutAmount') {
      pushAt(grand.withoutAmount, position, c.id);
      for (const r of rowList) pushAt((rows[r] as Total).withoutAmount, position, c.id);
      return;
    }
    const reason = standing === 'withdrawn' ? 'withdrawn' : 'notAdditive';
    const item: NotAddedItem = {
      commitment: c.id,
      kind: c.kind,
      reason,
      ...(c.amount ? { amount: c.amount } : {}),
    };
    pushAt(grand.notAdded, position, item);
    for (const r of rowList) pushAt((rows[r] as Total).notAdded, position, item);
  };

  const whole = (b: UnitBounds): Share => {
    share.low = b.low;
    share.high = b.high;
    share.scale = b.scale;
    share.lowInclusive = b.lowInclusive;
    share.highInclusive = b.highInclusive;
    return share;
  };

  /** Adds a commitment without a whole: to each of its rows (its share) and once to the grand total. */
  const addRoot = (c: Commitment, position: number, own: Day | undefined, count: number) => {
    const b = boundsUnits(c.amount as Figure, s.bounds);
    const bucket = bucketOf(buckets, s, own, b.currency);
    if (count === 1) {
      // Held by one row alone: added once, to its solo sums, which the grand total reads.
      const r = memberRows[0] as number;
      const t = rows[r] as Total;
      addShare(t.solo, bucket, whole(b));
      countAdded(t, position, s.list);
      countAdded(grand, position, s.list);
      seen.wholes[position] = r;
      return;
    }
    for (let k = 0; k < count; k++) {
      const t = rows[memberRows[k] as number] as Total;
      addShare(t.sums, bucket, shareOf(b, members.n[k] as number, members.rank[k] as number, s, share));
      countAdded(t, position, s.list);
    }
    addShare(grand.sums, bucket, whole(b));
    countAdded(grand, position, s.list);
    if (count === 0) seen.wholes[position] = WHOLE.NO_ROW;
    else {
      seen.wholes[position] = WHOLE.MANY_ROWS;
      seen.manyRows.set(position, memberRows.slice(0, count));
    }
  };

  const take = (c: Commitment, position: number) => {
    const standing = standingOf(c, s);
    membersOf(c, s, members);
    const count = members.count;
    for (let k = 0; k < count; k++) memberRows[k] = rowFor(members.party[k] as string);
    const repeated = repeatedParties(c);
    for (const j of repeated ?? []) {
      const p = c.parties[j];
      pushAt(grand.issues, position, {
        code: 'DUPLICATE_PARTY',
        message: `${c.id}: "${p?.party}" is listed twice as ${p?.role}; counted once`,
        path: ['commitments', position, 'parties', j, 'party'],
      });
    }
    const own = ownDay(buckets, c);
    if (own !== undefined && own.problem === 'invalid') {
      const issue: Issue = {
        code: 'INVALID_DATE',
        message: `${c.id}: date ${JSON.stringify(c.date)} is not a calendar day; its amount counts, its conversion has no rate`,
        path: ['commitments', position, 'date'],
      };
      report(position, issue, memberRows.slice(0, count));
    }
    if (c.partOf !== undefined) {
      const rowList = memberRows.slice(0, count);
      const eligible = standing === 'eligible';
      if (!eligible && standing !== 'filtered') list(c, position, standing, rowList);
      parts.push({
        position,
        id: c.id,
        partOf: c.partOf,
        rows: rowList,
        ...(eligible
          ? { commitment: c, n: members.n.slice(0, count), rank: members.rank.slice(0, count) }
          : {}),
      });
    } else if (standing === 'eligible') addRoot(c, position, own, count);
    else if (standing !== 'filtered') list(c, position, standing, memberRows.slice(0, count));
  };

  const add = (c: Commitment): void => {
    if (finished)
      throw new ReckonError('INVALID_ARGUMENT', 'add() after result(): this aggregator is finished.');
    if (typeof c?.id !== 'string')
      throw new ReckonError('INVALID_ARGUMENT', `commitment ${seen.ids.length} has no id (a string).`);
    const position = seen.ids.length;
    if (admit(seen, c.id)) take(c, position);
    else maybeRepeated.push({ position, commitment: c });
  };

  /** Settles the ids that may have been seen before: repeats are issues, the others are taken now. */
  const settleRepeats = () => {
    const first = firstPositions(seen, new Set(maybeRepeated.map((m) => m.commitment.id)));
    for (const { position, commitment: c } of maybeRepeated) {
      const at = first.get(c.id) as number;
      if (at < position) {
        pushAt(grand.issues, position, {
          code: 'DUPLICATE_ID',
          message: `${c.id}: the id is used again at position ${position} (first at ${at}); only the first counts`,
          path: ['commitments', position, 'id'],
        });
      } else take(c, position);
    }
  };

  const placePart = (part: Part, blocked: Int32Array, grandBlocked: boolean) => {
    const c = part.commitment as Commitment;
    const b = boundsUnits(c.amount as Figure, s.bounds);
    const bucket = bucketOf(buckets, s, ownDay(buckets, c), b.currency);
    const item: NotAddedItem = {
      commitment: c.id,
      kind: c.kind,
      reason: 'partOf',
      includedIn: part.partOf,
      amount: c.amount as Figure,
    };
    part.rows.forEach((r, k) => {
      const t = rows[r] as Total;
      if ((blocked[r] as number) > 0) pushAt(t.notAdded, part.position, item);
      else {
        addShare(t.sums, bucket, shareOf(b, part.n?.[k] ?? 1, part.rank?.[k] ?? 0, s, share));
        countAdded(t, part.position, s.list);
      }
    });
    if (grandBlocked) pushAt(grand.notAdded, part.position, item);
    else {
      addShare(grand.sums, bucket, whole(b));
      countAdded(grand, part.position, s.list);
    }
  };

  const result = (): AggregateResult => {
    if (finished) return finished;
    settleRepeats();
    resolveParts(parts, seen, rows.length, {
      place: placePart,
      issue: (part, issue) => report(part.position, issue, part.rows),
    });
    finished = finishResult(s, rows, grand, buckets.list, seen.ids);
    return finished;
  };

  return { add, result };
}
