/** The near-miss pass: a small group that misses a larger one narrowly becomes its contradictions. */
import { type Ratio, ratioCmp } from '../math/ratio';
import { gapBps, type Iv, intersectIv, scaleIv } from './interval';
import { reading } from './items';
import { candidateGroups, tryFit } from './matching';
import { adjacent } from './neighbours';
import { FULL, type Group, item, type State, type Unit } from './state';

// Written out, so that nothing is computed when the module is imported.
export const SLIPS: readonly (readonly [string, Ratio])[] = [
  ['10', { n: 10n, d: 1n }],
  ['1/10', { n: 1n, d: 10n }],
  ['100', { n: 100n, d: 1n }],
  ['1/100', { n: 1n, d: 100n }],
  ['1000', { n: 1000n, d: 1n }],
  ['1/1000', { n: 1n, d: 1000n }],
  ['1000000', { n: 1_000_000n, d: 1n }],
  ['1/1000000', { n: 1n, d: 1_000_000n }],
  ['1000000000', { n: 1_000_000_000n, d: 1n }],
  ['1/1000000000', { n: 1n, d: 1_000_000_000n }],
];

/** The power of ten that would make an interval meet another ("£220bn" for "£22bn"). @internal */
export function scaleSlip(mine: Iv, others: Iv): string | undefined {
  return SLIPS.find(([, f]) => intersectIv(scaleIv(mine, f), others) !== null)?.[0];
}

/**
 * A group found by the heuristics that matches another group with at least twice its sources in
 * everything but the amount (parties, kind, window), and misses it by at most `nearMissBps` or by a
 * power of ten, is that group's set of contradictions — when exactly one such group exists and that group
 * is not itself leaving. A lone figure against a group of two sources is the smallest case; two copies of
 * one wire story with the wrong currency, against ten reports that agree, is another. Without that
 * majority either way the pair is disputed (G2): the side with fewer sources becomes the other's
 * contradictions all the same, and the other group is marked a tie, so the two are never added.
 * @internal
 */
export function nearMissPass(st: State): void {
  const moves: { s: Group; t: Group; C: string; tie: boolean }[] = [];
  for (const s of st.groups) {
    if (!s.alive || s.explicit) continue;
    const roots = [...new Set(s.core.map((x) => item(st, x).root))].sort((a, b) => a - b);
    const currencies = [...new Set(roots.flatMap((r) => st.units.get(r)?.currencies ?? []))].sort();
    const probe: Unit = {
      root: roots[0] as number,
      items: s.core,
      minDay: s.minDay,
      maxDay: s.maxDay,
      oneSided: false,
      width: null,
      currencies,
    };
    const near: { g: Group; currency: string }[] = [];
    const disputed: { g: Group; currency: string }[] = [];
    for (const t of candidateGroups(st, s.core, s)) {
      // Without a 2:1 majority either way (G2) the pair is disputed: the smaller side (on equal sources,
      // the later group) comes back as contradictions of the other, which is marked a tie.
      const majority = t.docs.size >= 2 * s.docs.size;
      if (!majority && (t.docs.size < s.docs.size || (t.docs.size === s.docs.size && t.order > s.order)))
        continue;
      const min = Math.min(t.minDay, s.minDay);
      const max = Math.max(t.maxDay, s.maxDay);
      if (max - min > st.ctx.settings.windowDays) continue;
      if (!s.core.every((x) => t.core.every((y) => adjacent(st, x, y)))) continue;
      if (tryFit(st, probe, t)) continue;
      let best: { gap: Ratio; C: string } | undefined;
      let slipC: string | undefined;
      for (const [C, rs] of [...t.readings].sort(([a], [b]) => (a < b ? -1 : 1))) {
        if (!rs.ok || rs.iv === null) continue;
        // What the group's figures (not their conversions) allow together, read in C.
        let mine: Iv | null = FULL;
        for (const r of roots) {
          const own = reading(st.ctx, item(st, r), C);
          mine = own === null || mine === null ? null : intersectIv(mine, own);
          if (mine === null) break;
        }
        if (mine === null) continue;
        const gap = gapBps(mine, rs.iv);
        if (!best || ratioCmp(gap, best.gap) < 0) best = { gap, C };
        if (slipC === undefined && scaleSlip(mine, rs.iv) !== undefined) slipC = C;
      }
      const into = majority ? near : disputed;
      if (best && ratioCmp(best.gap, st.nearMiss) <= 0) into.push({ g: t, currency: best.C });
      else if (slipC !== undefined) into.push({ g: t, currency: slipC });
    }
    const only = near.length === 1 ? near[0] : undefined;
    const tie = near.length === 0 && disputed.length === 1 ? disputed[0] : undefined;
    if (only) moves.push({ s, t: only.g, C: only.currency, tie: false });
    else if (tie) moves.push({ s, t: tie.g, C: tie.currency, tie: true });
  }
  const leaving = new Set(moves.map((m) => m.s));
  for (const { s, t, C, tie } of moves) {
    if (leaving.has(t)) continue;
    s.alive = false;
    if (tie) t.tie = true;
    for (const x of s.core) {
      st.groupOf[x] = -1;
      t.pending.push({ item: x, basis: 'nearMiss', currency: C });
      st.contradictionOf.set(x, t.order);
    }
  }
}
