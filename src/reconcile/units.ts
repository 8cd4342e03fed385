/** The units that are placed: a figure with its conversions in the same source. */
import { cmpWidth, type Iv, intersectIv, relativeWidth } from './interval';
import { reading } from './items';
import { item, type State, type Unit } from './state';

/** The units of mentions without an explicit id, with conversions that do not match their figure set apart. @internal */
export function heuristicUnits(st: State): Unit[] {
  const byRoot = new Map<number, number[]>();
  for (const it of st.items) {
    if (it.key !== undefined) continue;
    const list = byRoot.get(it.root);
    if (list) list.push(it.i);
    else byRoot.set(it.root, [it.i]);
  }
  const units: Unit[] = [];
  for (const [rootIndex, members] of byRoot) {
    const root = item(st, rootIndex);
    const own = (root.views as { own: Iv }).own;
    const kept: number[] = [];
    for (const i of members) {
      const r = i === rootIndex ? own : reading(st.ctx, item(st, i), root.cur);
      // Without a rate the conversion cannot be checked; it stays with its figure.
      if (r === null || intersectIv(r, own) !== null) kept.push(i);
      else {
        const list = st.detached.get(rootIndex);
        if (list) list.push(i);
        else st.detached.set(rootIndex, [i]);
      }
    }
    const days = kept.map((i) => item(st, i).day);
    const headline = (root.views as { headline: Iv; own: Iv })[root.oneSided ? 'headline' : 'own'];
    const near = new Set(kept.map((i) => item(st, i).cur));
    for (const i of kept) for (const j of st.adj[i] as readonly number[]) near.add(item(st, j).cur);
    const unit: Unit = {
      root: rootIndex,
      items: kept,
      currencies: [...near].sort(),
      minDay: Math.min(...days),
      maxDay: Math.max(...days),
      oneSided: root.oneSided,
      width: relativeWidth(headline),
    };
    units.push(unit);
    st.units.set(rootIndex, unit);
  }
  // Figures bounded on both sides first, then those naming more parties (the specific descriptions found
  // the groups that vaguer ones are then matched against), then the most precise, so that tight groups
  // form before looser figures are placed.
  return units.sort(
    (a, b) =>
      (a.oneSided ? 1 : 0) - (b.oneSided ? 1 : 0) ||
      item(st, b.root).pr.length - item(st, a.root).pr.length ||
      cmpWidth(a.width, b.width) ||
      item(st, a.root).day - item(st, b.root).day ||
      a.root - b.root,
  );
}
