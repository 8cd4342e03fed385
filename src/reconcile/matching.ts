/** Matching: whether a unit fits a group, and the evidence of a fit. */
import { type Ratio, ratioCmp } from '../math/ratio';
import { cmpWidth, gapBps, type Iv, intersectIv, relativeWidth } from './interval';
import { reading } from './items';
import { adjacent } from './neighbours';
import {
  type EvidenceDraft,
  type Fit,
  figuresOf,
  fresh,
  type Group,
  item,
  minRatio,
  type ReadingState,
  type State,
  type Unit,
} from './state';

/** Whether a unit may join a group: parties, kind, dates, and a common amount in some currency. @internal */
export function tryFit(st: State, u: Unit, g: Group): Fit | undefined {
  if (!g.alive) return undefined;
  const min = g.minDay < u.minDay ? g.minDay : u.minDay;
  const max = g.maxDay > u.maxDay ? g.maxDay : u.maxDay;
  if (max - min > st.ctx.settings.windowDays) return undefined;
  for (const x of u.items) for (const y of g.core) if (!adjacent(st, x, y)) return undefined;
  const currencies = new Set([...g.readings.keys(), ...u.currencies]);
  const readings = new Map<string, ReadingState>();
  let consistent = false;
  // The amount is what the figures allow together; every conversion, the group's and the unit's, must
  // meet it in some currency, but none narrows it (rule 2, F18).
  const figures = u.items.filter((i) => item(st, i).derivedFrom === undefined);
  for (const C of [...currencies].sort()) {
    const base = g.readings.get(C) ?? fresh(st, figuresOf(st, g.core), C);
    let { iv, ok } = base;
    for (const i of figures) {
      const r = reading(st.ctx, item(st, i), C);
      if (r === null) ok = false;
      else if (iv !== null) iv = intersectIv(iv, r);
    }
    readings.set(C, { iv, ok });
    if (ok && iv !== null) consistent = true;
  }
  if (!consistent) return undefined;
  const meets = (i: number) =>
    [...readings].some(([C, rs]) => {
      const r = rs.ok && rs.iv !== null ? reading(st.ctx, item(st, i), C) : null;
      return r !== null && rs.iv !== null && intersectIv(r, rs.iv) !== null;
    });
  for (const i of [...g.core, ...u.items])
    if (item(st, i).derivedFrom !== undefined && !meets(i)) return undefined;
  const root = item(st, u.root);
  let gap: Ratio | null = null;
  let reaches = false;
  for (const [C, rs] of g.readings) {
    if (!rs.ok || rs.iv === null) continue;
    const h = reading(st.ctx, root, C, 'headline');
    if (h !== null) gap = minRatio(gap, gapBps(h, rs.iv));
    // Touching the group's amount at one value is not reaching it (G3).
    if (h !== null && intersectIv(h, rs.iv) !== null) reaches = true;
  }
  // A bound ("up to £11bn") allows every smaller amount; it reports a commitment near its written value.
  if (u.oneSided && (gap === null || ratioCmp(gap, st.nearMiss) > 0)) return undefined;
  return { g, readings, reaches };
}

/** The live groups holding a neighbour of some member, in creation order (a group never its own candidate). @internal */
export function candidateGroups(st: State, members: readonly number[], self?: Group): Group[] {
  const seen = new Set<number>();
  for (const x of members) {
    for (const y of st.adj[x] as readonly number[]) {
      const g = st.groupOf[y] as number;
      if (g >= 0 && g !== self?.order) seen.add(g);
    }
  }
  return [...seen]
    .sort((a, b) => a - b)
    .map((o) => st.groups[o] as Group)
    .filter((g) => g.alive);
}

/**
 * The currency that holds a group together best: one every mention can be read in, then the most mentions
 * written in it, then the narrowest. Where a rate is missing, the one most mentions can be read in (F6).
 * @internal
 */
export function denominationOf(
  st: State,
  members: readonly number[],
  readings: Map<string, ReadingState>,
): string {
  let best: { C: string; read: number; n: number; w: Ratio | null } | undefined;
  for (const [C, rs] of [...readings].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (rs.iv === null) continue;
    const read = rs.ok
      ? members.length
      : members.filter((i) => reading(st.ctx, item(st, i), C) !== null).length;
    const n = members.filter((i) => item(st, i).cur === C && item(st, i).derivedFrom === undefined).length;
    const w = relativeWidth(rs.iv);
    if (
      !best ||
      read > best.read ||
      (read === best.read && (n > best.n || (n === best.n && cmpWidth(w, best.w) < 0)))
    )
      best = { C, read, n, w };
  }
  return best?.C ?? item(st, members[0] as number).cur;
}

/** The party keys mention x shares with every member. @internal */
export function sharedKeys(st: State, x: number, members: readonly number[]): string[] {
  return item(st, x).pr.filter((k) => members.every((m) => item(st, m).pr.includes(k)));
}

/** The evidence of a unit's conversions: each joined its figure as `convertedFrom`. @internal */
export function conversionEvidence(st: State, u: Unit): EvidenceDraft[] {
  const root = item(st, u.root);
  return u.items
    .filter((i) => i !== u.root)
    .map((i) => {
      const r = reading(st.ctx, item(st, i), root.cur);
      return {
        item: i,
        basis: 'convertedFrom' as const,
        currency: root.cur,
        overlap: r && intersectIv(r, (root.views as { own: Iv }).own),
        spanDays: Math.abs(item(st, i).day - root.day),
        shared: sharedKeys(st, i, [u.root]),
        alsoFits: [],
      };
    });
}
