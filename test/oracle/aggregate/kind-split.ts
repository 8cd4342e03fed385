/**
 * The reference's reading of docs/aggregation.md "Commitments that may be one: `kindSplit`", written
 * from that text alone: within one total, commitments linked by `kindSplit` (directly or through
 * others) count one in full and each other from 0 to its amount.
 */
import { cmp, type Rat, ZERO } from '../rational';

/** An interval as the reference keeps it (null: unbounded). */
export interface KInterval {
  readonly low: Rat | null;
  readonly high: Rat | null;
  readonly lowInclusive: boolean;
  readonly highInclusive: boolean;
}

/** A commitment a total adds, with what it adds. */
export interface KMember {
  readonly id: string;
  readonly currency: string;
  readonly iv: KInterval;
}

/** What a linked set of a total comes to: the one in full, and the others counted from 0. */
export interface KDecision {
  readonly full: string;
  readonly zero: readonly string[];
}

/**
 * Low ends in order; at the same value an open end lies above a closed one (its values are all
 * larger), and a missing (unbounded) low end lies below every other.
 */
function cmpLow(a: KInterval, b: KInterval): number {
  if (a.low === null || b.low === null) return a.low === b.low ? 0 : a.low === null ? -1 : 1;
  return cmp(a.low, b.low) || (a.lowInclusive === b.lowInclusive ? 0 : a.lowInclusive ? -1 : 1);
}

/** High ends in order, likewise (an open end lies below a closed one, none above every other). */
function cmpHigh(a: KInterval, b: KInterval): number {
  if (a.high === null || b.high === null) return a.high === b.high ? 0 : a.high === null ? 1 : -1;
  return cmp(a.high, b.high) || (a.highInclusive === b.highInclusive ? 0 : a.highInclusive ? 1 : -1);
}

/** "Their amounts share a value": every one of them allows one value (ends touching at an open end do not). */
export function shareAValue(ivs: readonly KInterval[]): boolean {
  const first = ivs[0];
  if (!first) return false;
  let lo = first;
  let hi = first;
  for (const x of ivs) {
    if (cmpLow(x, lo) > 0) lo = x;
    if (cmpHigh(x, hi) < 0) hi = x;
  }
  if (lo.low === null || hi.high === null) return true;
  const c = cmp(lo.low, hi.high);
  return c < 0 || (c === 0 && lo.lowInclusive && hi.highInclusive);
}

const byId = (a: KMember, b: KMember) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Which one counts in full (`members` with their own amounts, as the total reads them, before any
 * sharing: "their amounts"): in one currency, the largest low end when the amounts share a value, else
 * the smallest; in several currencies the first by id. Equal low ends: a closed one lies below an open
 * one, then the first by id.
 */
export function decide(members: readonly KMember[]): KDecision {
  const sorted = [...members].sort(byId);
  const first = sorted[0];
  if (!first) throw new Error('decide: no members');
  let full = first;
  if (new Set(members.map((m) => m.currency)).size === 1) {
    const largest = shareAValue(members.map((m) => m.iv));
    for (const m of sorted) {
      const c = cmpLow(m.iv, full.iv);
      if (largest ? c > 0 : c < 0) full = m;
    }
  }
  return { full: full.id, zero: sorted.filter((m) => m !== full).map((m) => m.id) };
}

/** "From 0 to its amount": the hull of 0 and the interval. */
export function fromZero(iv: KInterval): KInterval {
  const lowBelow = iv.low === null || cmp(iv.low, ZERO) < 0;
  const highAbove = iv.high === null || cmp(iv.high, ZERO) > 0;
  return {
    low: lowBelow ? iv.low : ZERO,
    lowInclusive: lowBelow ? iv.lowInclusive : true,
    high: highAbove ? iv.high : ZERO,
    highInclusive: highAbove ? iv.highInclusive : true,
  };
}

/** Union-find over ids. */
function components(ids: readonly string[], edges: readonly (readonly [string, string])[]): string[][] {
  const parent = new Map(ids.map((id) => [id, id]));
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r) ?? r;
    return r;
  };
  for (const [a, b] of edges) if (parent.has(a) && parent.has(b)) parent.set(find(a), find(b));
  const groups = new Map<string, string[]>();
  for (const id of ids) {
    const r = find(id);
    groups.set(r, [...(groups.get(r) ?? []), id]);
  }
  return [...groups.values()];
}

/**
 * The linked sets of one total (only those of two or more). `linkable`: the ids the total adds that
 * may be linked (a commitment with a `partOf` is counted as parts are, whatever its `kindSplit`);
 * `edges`: every link between two commitments of the input that may be linked; `through`: when given,
 * the commitments links may run through (else those of `linkable`).
 */
export function linkedSets(
  linkable: readonly string[],
  edges: readonly (readonly [string, string])[],
  through?: readonly string[],
): string[][] {
  const inTotal = new Set(linkable);
  return components(through ?? linkable, edges)
    .map((g) => g.filter((id) => inTotal.has(id)))
    .filter((g) => g.length > 1);
}
