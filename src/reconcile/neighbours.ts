/** Which mentions may be grouped at all: shared parties in a role, a compatible kind, days in the window. */
import type { Context, Item } from './items';
import type { State } from './state';

/** Whether sorted `a` is a subset of sorted `b`. @internal */
export function isSubset(a: readonly string[], b: readonly string[]): boolean {
  let j = 0;
  for (const x of a) {
    while (j < b.length && (b[j] as string) < x) j++;
    if (b[j] !== x) return false;
    j++;
  }
  return true;
}

/** The first element two sorted lists share, if any. @internal */
export function firstShared(a: readonly string[], b: readonly string[]): string | undefined {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as string;
    const y = b[j] as string;
    if (x === y) return x;
    if (x < y) i++;
    else j++;
  }
  return undefined;
}

/** Whether two mentions name parties that match under the `partyMatch` setting. @internal */
export function partiesMatch(a: Item, b: Item, mode: State['ctx']['settings']['partyMatch']): boolean {
  switch (mode) {
    case 'exact':
      return a.pr.length === b.pr.length && isSubset(a.pr, b.pr);
    case 'subset':
      return isSubset(a.pr, b.pr) || isSubset(b.pr, a.pr);
    case 'nested':
      // A shared party in the same role is given: the pair was found in that party's bucket.
      return isSubset(a.partySet, b.partySet) || isSubset(b.partySet, a.partySet);
  }
}

/**
 * Which mentions may be one commitment as far as parties, kind and dates go. Mentions are bucketed by
 * each party in its role; within a bucket they are sorted by day and swept with the window, so no
 * two mentions without a party in common are ever compared. A pair is looked at only in the bucket of
 * the first key it shares.
 * @internal
 */
export function adjacency(ctx: Context): number[][] {
  const { items, settings } = ctx;
  const buckets = new Map<string, number[]>();
  for (const item of items) {
    for (const key of item.pr) {
      const list = buckets.get(key);
      if (list) list.push(item.i);
      else buckets.set(key, [item.i]);
    }
  }
  const adj: number[][] = items.map(() => []);
  for (const [key, list] of buckets) {
    list.sort((x, y) => (items[x] as Item).day - (items[y] as Item).day || x - y);
    for (let x = 0; x < list.length; x++) {
      const a = items[list[x] as number] as Item;
      for (let y = x + 1; y < list.length; y++) {
        const b = items[list[y] as number] as Item;
        if (b.day - a.day > settings.windowDays) break;
        if (a.kindClass !== b.kindClass || firstShared(a.pr, b.pr) !== key) continue;
        if (!partiesMatch(a, b, settings.partyMatch)) continue;
        (adj[a.i] as number[]).push(b.i);
        (adj[b.i] as number[]).push(a.i);
      }
    }
  }
  for (const list of adj) list.sort((x, y) => x - y);
  return adj;
}

/** Whether mentions x and y may be grouped (binary search in the adjacency list). @internal */
export function adjacent(st: State, x: number, y: number): boolean {
  if (x === y || (st.items[x] as Item).root === (st.items[y] as Item).root) return true;
  const list = st.adj[x] as readonly number[];
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as number) < y) lo = mid + 1;
    else hi = mid;
  }
  return list[lo] === y;
}
