/**
 * Commitments that may be one, told apart only by their kind (review G5): "pledge" in some articles,
 * "investment" in others. A total must be true whether they are one commitment or several.
 */
import { invalidArgument } from '../_lib/guards';
import type { Commitment } from '../commitment/model';
import type { Figure } from '../figure/types';
import type { Currency } from '../money/currencies';
import { bucketOf, ownDay } from './buckets';
import { pushAt } from './order';
import { firstPositions, WHOLE } from './seen';
import { newShare, readBounds, roundingIncluded, type Share, shareOf } from './shares';
import type { Split, State } from './state';
import { addShare, countAdded, type Total } from './sums';

/** The ids a commitment says it may be one with, as `reconciledCommitments` sets them; none: undefined. @internal */
export function linksOf(c: Commitment): readonly string[] | undefined {
  const links = (c as { readonly kindSplit?: readonly string[] }).kindSplit;
  return links !== undefined && links.length > 0 ? links : undefined;
}

interface Member {
  readonly split: Split;
  readonly bounds: Share;
  readonly currency: Currency;
  readonly bucket: number;
}

/** a < b for two ends at their scales; `null` is −∞ for a low end, +∞ for a high end. */
function below(a: bigint, aScale: bigint, b: bigint, bScale: bigint): boolean {
  const s = aScale > bScale ? aScale : bScale;
  return a * 10n ** (s - aScale) < b * 10n ** (s - bScale);
}

/**
 * The member counted in full in a total that holds several: in one currency, the one with the largest
 * low end when their amounts share a value (every reading is at least that: one commitment lies where
 * all allow), else the one with the smallest low end (one commitment may be any of them); in several
 * currencies, the first by id. Ties go to the first by id, so the input order never matters.
 */
function counted(members: readonly Member[]): Member {
  const byId = [...members].sort((a, b) =>
    a.split.commitment.id < b.split.commitment.id
      ? -1
      : a.split.commitment.id > b.split.commitment.id
        ? 1
        : 0,
  );
  const first = byId[0] as Member;
  if (byId.some((m) => m.currency.code !== first.currency.code)) return first;
  // An open low end lies just above a closed one at the same value.
  const lowBelow = (a: Member, b: Member) =>
    a.bounds.low === null
      ? b.bounds.low !== null
      : b.bounds.low !== null &&
        (below(a.bounds.low, a.bounds.scale, b.bounds.low, b.bounds.scale) ||
          (!below(b.bounds.low, b.bounds.scale, a.bounds.low, a.bounds.scale) &&
            a.bounds.lowInclusive &&
            !b.bounds.lowInclusive));
  let highest = first;
  let lowest = first;
  for (const m of byId) {
    if (lowBelow(highest, m)) highest = m;
    if (lowBelow(m, lowest)) lowest = m;
  }
  // They share a value when the largest low end is not above any high end; ends that touch share it
  // only when both are closed ("£22bn" and "less than £22bn" share none: oracle4 F2).
  const h = highest.bounds;
  const meet = byId.every(
    ({ bounds: b }) =>
      b.high === null ||
      h.low === null ||
      (!below(b.high, b.scale, h.low, h.scale) &&
        (below(h.low, h.scale, b.high, b.scale) || (b.highInclusive && h.lowInclusive))),
  );
  return meet ? highest : lowest;
}

/** From zero to the amount: the hull of 0 and the bounds, as a new share. */
function fromZero(s: Share): Share {
  const out = { ...s, plain: undefined };
  if (s.low !== null && s.low > 0n) {
    out.low = 0n;
    out.lowInclusive = true;
  }
  if (s.high !== null && s.high < 0n) {
    out.high = 0n;
    out.highInclusive = true;
  }
  return out;
}

function issue(m: Member, whole: Member) {
  const c = m.split.commitment;
  const w = whole.split.commitment;
  return {
    code: 'KIND_SPLIT' as const,
    message: `${c.id} (${c.kind}) and ${w.id} (${w.kind}) may be one commitment told apart only by its kind: ${w.id} is counted in full and ${c.id} from 0 to its amount on top, so the total holds whether they are one commitment or two`,
    path: ['commitments', m.split.position, 'kindSplit'],
    received: `${w.id}, ${c.id}`,
  };
}

/**
 * Adds the commitments held back by `take` for their `kindSplit`. Linked commitments (through any chain
 * of links among those held back) form a cluster; in each total that holds several of a cluster, one is
 * counted in full ({@link counted}) and each other from 0 to its amount, with a `KIND_SPLIT` issue: if
 * they are one commitment, the total is that one; if several, their sum; both lie in the interval. A
 * total that holds one of them counts it as any other. Rare input: kept simple, not streamed.
 * @internal
 */
export function resolveSplits(st: State): void {
  const splits = [...st.splits].sort((a, b) => a.position - b.position);
  if (splits.length === 0) return;
  const { s, seen, grand } = st;
  const index = new Map(splits.map((x, k) => [x.commitment.id, k]));
  const root = splits.map((_, k) => k);
  const find = (k: number): number => {
    let r = k;
    while (root[r] !== r) r = root[r] as number;
    root[k] = r;
    return r;
  };
  const oneWay = new Map<string, Split>();
  splits.forEach((x, k) => {
    for (const id of linksOf(x.commitment) ?? []) {
      const j = index.get(id);
      if (j !== undefined) root[find(j)] = find(k);
      else if (!oneWay.has(id)) oneWay.set(id, x);
    }
  });
  // A link the named commitment does not return: that one was added in full as it came (oracle4 F1).
  for (const [id, position] of firstPositions(seen, new Set(oneWay.keys()))) {
    // Filtered out, a part or a repeat: it was not added on its own, nothing counts twice.
    if (seen.wholes[position] === WHOLE.NOT_ELIGIBLE) continue;
    const x = oneWay.get(id) as Split;
    throw invalidArgument(
      `commitments[${x.position}].kindSplit`,
      `ids of commitments whose own kindSplit names "${x.commitment.id}" back (commitments[${position}] does not)`,
      id,
    );
  }
  const clusters = new Map<number, Member[]>();
  splits.forEach((split, k) => {
    const c = split.commitment;
    const bounds = newShare();
    const currency = readBounds(c.amount as Figure, s, bounds, roundingIncluded(c));
    const bucket = bucketOf(st.buckets, s, ownDay(st.buckets, c), currency);
    const r = find(k);
    clusters.set(r, [...(clusters.get(r) ?? []), { split, bounds, currency, bucket }]);
  });
  const scratch = newShare();
  for (const members of clusters.values()) {
    const inRow = new Map<number, Member[]>();
    for (const m of members) for (const r of m.split.rows) inRow.set(r, [...(inRow.get(r) ?? []), m]);
    const wholeOfRow = new Map([...inRow].map(([r, list]) => [r, counted(list)]));
    const wholeOfGrand = counted(members);
    for (const m of members) {
      const { split } = m;
      split.rows.forEach((r, k) => {
        const t = st.rows[r] as Total;
        const share = shareOf(m.bounds, m.currency, split.n[k] ?? 1, split.rank[k] ?? 0, s, scratch);
        const whole = wholeOfRow.get(r) as Member;
        addShare(t.sums, m.bucket, whole === m ? share : fromZero(share));
        countAdded(t, split.position, s.list);
        if (whole !== m) pushAt(t.issues, split.position, issue(m, whole));
      });
      addShare(grand.sums, m.bucket, wholeOfGrand === m ? m.bounds : fromZero(m.bounds));
      countAdded(grand, split.position, s.list);
      if (wholeOfGrand !== m) pushAt(grand.issues, split.position, issue(m, wholeOfGrand));
      if (split.rows.length === 0) seen.wholes[split.position] = WHOLE.NO_ROW;
      else {
        seen.wholes[split.position] = WHOLE.MANY_ROWS;
        seen.manyRows.set(split.position, split.rows);
      }
    }
  }
}
