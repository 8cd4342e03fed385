/** Merging: groups founded and joined, explicit commitment ids first. */
import { largestCore } from './core';
import { type Iv, intersectIv } from './interval';
import { reading } from './items';
import { candidateGroups, conversionEvidence, denominationOf, sharedKeys, tryFit } from './matching';
import { type Fit, FULL, fresh, type Group, item, type State, triedReadings, type Unit } from './state';

/** Records members as a group's: their group, documents and day span. @internal */
export function setMembers(st: State, g: Group, members: readonly number[]): void {
  for (const i of members) {
    st.groupOf[i] = g.order;
    g.docs.add(item(st, i).doc);
    const d = item(st, i).day;
    if (d < g.minDay) g.minDay = d;
    if (d > g.maxDay) g.maxDay = d;
  }
}

/** Creates an empty group and adds it to the state. @internal */
export function newGroup(st: State, id: string, explicit: boolean): Group {
  const g: Group = {
    order: st.groups.length,
    id,
    explicit,
    core: [],
    units: 0,
    docs: new Set(),
    minDay: Number.POSITIVE_INFINITY,
    maxDay: Number.NEGATIVE_INFINITY,
    readings: new Map(),
    pending: [],
    evidence: [],
    alive: true,
    tie: false,
    coreCurrency: undefined,
  };
  st.groups.push(g);
  return g;
}

/** Founds a group with a unit that fits none. @internal */
export function found(st: State, u: Unit): void {
  const g = newGroup(st, `group:${item(st, u.root).m.id}`, false);
  g.core.push(...u.items);
  g.units = 1;
  setMembers(st, g, u.items);
  g.readings = triedReadings(st, g.core);
  g.evidence.push(...conversionEvidence(st, u));
}

/** Adds a unit to the group it fits, with the evidence of why. @internal */
export function join(st: State, u: Unit, fit: Fit, alsoFits: readonly number[]): void {
  const g = fit.g;
  const shared = sharedKeys(st, u.root, g.core);
  g.core.push(...u.items);
  g.units++;
  setMembers(st, g, u.items);
  g.readings = fit.readings;
  const C = denominationOf(st, g.core, g.readings);
  g.evidence.push({
    item: u.root,
    basis: 'heuristic',
    currency: C,
    overlap: g.readings.get(C)?.iv ?? null,
    spanDays: g.maxDay - g.minDay,
    shared,
    alsoFits,
  });
  g.evidence.push(...conversionEvidence(st, u));
}

/**
 * Places a unit: no group fits → it founds one; one fits → it joins; several → the one its written
 * value reaches, if exactly one does; otherwise it is ambiguous and joins none.
 * @internal
 */
export function place(st: State, u: Unit): void {
  const fits = candidateGroups(st, u.items)
    .map((g) => tryFit(st, u, g))
    .filter((f): f is Fit => f !== undefined);
  const reach = fits.filter((f) => f.reaches);
  const chosen = fits.length === 1 ? fits[0] : reach.length === 1 ? reach[0] : undefined;
  if (fits.length === 0) found(st, u);
  else if (chosen) {
    const others = fits.filter((f) => f !== chosen).map((f) => f.g.order);
    join(st, u, chosen, others);
  } else {
    st.ambiguous.set(
      u.root,
      fits.map((f) => f.g.order),
    );
  }
}

/** Explicit ids first: each id is one group; the largest set of its mentions that agree is its core. @internal */
export function seedExplicit(st: State): void {
  const byKey = new Map<string, number[]>();
  for (const it of st.items) {
    if (it.key === undefined) continue;
    const list = byKey.get(it.key);
    if (list) list.push(it.i);
    else byKey.set(it.key, [it.i]);
  }
  for (const key of [...byKey.keys()].sort()) {
    const members = byKey.get(key) as number[];
    let best:
      | { C: string; core: number[]; out: number[]; tie: boolean; score: [number, number, number, number] }
      | undefined;
    // Rule 2: the currency is the one where most reported figures agree; writers' conversions count only
    // after them (K2: two "$X (€Y)" pairs met in euros, so the euro conversions chose the currency).
    const hasFigures = members.some((i) => item(st, i).derivedFrom === undefined);
    for (const C of [...new Set(members.map((i) => item(st, i).cur))].sort()) {
      const convertible = members.filter((i) => reading(st.ctx, item(st, i), C) !== null);
      const unconverted = members.filter((i) => reading(st.ctx, item(st, i), C) === null);
      // A reported figure outweighs every conversion together: conversions only break ties.
      const weights = convertible.map((i) => (item(st, i).derivedFrom === undefined ? members.length : 1));
      const found = largestCore(
        convertible.map((i) => reading(st.ctx, item(st, i), C) as Iv),
        weights,
      );
      const inCore = new Set(found.members.map((k) => convertible[k] as number));
      const core = [...inCore, ...unconverted].sort((a, b) => a - b);
      const score: [number, number, number, number] = [
        hasFigures ? [...inCore].filter((i) => item(st, i).derivedFrom === undefined).length : inCore.size,
        new Set([...inCore].map((i) => item(st, i).doc)).size,
        // The core's own figures: a currency none of them is written in must not win the tie (F1).
        [...inCore].filter((i) => item(st, i).cur === C && item(st, i).derivedFrom === undefined).length,
        inCore.size,
      ];
      const k = best ? score.findIndex((x, n) => x !== (best as { score: number[] }).score[n]) : 0;
      if (!best || (k >= 0 && (score[k] as number) > (best.score[k] as number))) {
        best = { C, core, out: convertible.filter((i) => !inCore.has(i)), tie: found.tie, score };
      }
    }
    if (!best) continue;
    const placed = placeUnread(st, best.core, best.C);
    const g = newGroup(st, key, true);
    g.core.push(...placed.core);
    g.units = new Set(placed.core.map((i) => item(st, i).root)).size;
    setMembers(st, g, placed.core);
    g.readings = triedReadings(st, g.core);
    g.tie = best.tie;
    g.coreCurrency = best.C;
    for (const [i, C] of [...best.out.map((i) => [i, best.C] as const), ...placed.out]) {
      g.pending.push({ item: i, basis: 'explicitId', currency: C });
      st.contradictionOf.set(i, g.order);
    }
  }
}

/**
 * The mentions of an explicit id that could not be read in the core's currency C (no rate) are still
 * compared wherever they can be (F7): in each currency they can be read in — always their own — with one
 * another and with the core members read there, the largest agreeing set joins the core (the currency with
 * the largest such set first), the others are contradictions found in that currency. "30 Milliarden Pfund"
 * is measured against "£22 billion" with no rate at all.
 * @internal
 */
function placeUnread(
  st: State,
  members: readonly number[],
  C: string,
): { core: number[]; out: (readonly [number, string])[] } {
  const core = members.filter((i) => reading(st.ctx, item(st, i), C) !== null);
  let rest = members.filter((i) => reading(st.ctx, item(st, i), C) === null);
  const out: (readonly [number, string])[] = [];
  while (rest.length > 0) {
    let best: { K: string; readable: number[]; inCore: number[]; docs: number } | undefined;
    for (const K of [...new Set(rest.map((i) => item(st, i).cur))].sort()) {
      const readable = rest.filter((i) => reading(st.ctx, item(st, i), K) !== null);
      // What the core allows in K (every core mention that can be read there); nothing known: no bound.
      const base = fresh(st, core, K).iv ?? FULL;
      const bounded = readable
        .map((i) => ({ i, iv: intersectIv(reading(st.ctx, item(st, i), K) as Iv, base) }))
        .filter((x): x is { i: number; iv: Iv } => x.iv !== null);
      const found = largestCore(bounded.map((x) => x.iv));
      const inCore = found.members.map((k) => (bounded[k] as { i: number }).i);
      const docs = new Set(inCore.map((i) => item(st, i).doc)).size;
      if (
        !best ||
        inCore.length > best.inCore.length ||
        (inCore.length === best.inCore.length && docs > best.docs)
      )
        best = { K, readable, inCore, docs };
    }
    if (!best) break;
    const joined = new Set(best.inCore);
    core.push(...best.inCore);
    for (const i of best.readable) if (!joined.has(i)) out.push([i, best.K]);
    const done = new Set(best.readable);
    rest = rest.filter((i) => !done.has(i));
  }
  return { core: core.sort((a, b) => a - b), out };
}
