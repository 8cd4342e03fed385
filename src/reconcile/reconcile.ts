import type { CommitmentKind } from '../commitment/model';
import { ReckonError } from '../errors/reckon-error';
import { type Ratio, ratio, ratioCmp, ratioFromNumber, ratioToApproxNumber } from '../math/ratio';
import { currency } from '../money/currencies';
import { fromUnits } from '../money/units';
import { largestCore } from './core';
import { cmpHigh, cmpLow, cmpWidth, gapBps, type Iv, intersectIv, relativeWidth, scaleIv } from './interval';
import { type Context, type Item, prepare, rateFor, reading, splitKey } from './items';
import type {
  Contradiction,
  ConvertedReading,
  CurrencyReading,
  Mention,
  MergeBasis,
  MergeEvidence,
  ReconciledCommitment,
  ReconcileInterval,
  ReconcileOptions,
  ReconcileResult,
} from './types';
import { readMentions, readReconcileOptions } from './validate';

const FULL: Iv = { lo: null, loInc: false, hi: null, hiInc: false };

/** A group's mentions read in one currency: their intersection (null: empty), and whether all converted. */
interface ReadingState {
  readonly iv: Iv | null;
  readonly ok: boolean;
}

/** A figure and the conversions of it in the same source ("£22bn ($30bn)"): placed together. */
interface Unit {
  readonly root: number;
  readonly items: number[];
  readonly minDay: number;
  readonly maxDay: number;
  readonly oneSided: boolean;
  readonly width: Ratio | null;
  /**
   * The currencies of its figures and of every mention it could be grouped with: the readings its fit
   * is judged in, so that a pound commitment reported in dollars and euros is read in pounds even
   * before a pound figure has joined.
   */
  readonly currencies: readonly string[];
}

interface Pending {
  readonly item: number;
  readonly basis: Contradiction['basis'];
  /** The currency it was found in. */
  readonly currency: string;
}

interface EvidenceDraft {
  readonly item: number;
  readonly basis: MergeBasis;
  readonly currency: string;
  readonly overlap: Iv | null;
  readonly spanDays: number;
  readonly shared: readonly string[];
  readonly alsoFits: readonly number[];
}

interface Group {
  readonly order: number;
  readonly id: string;
  readonly explicit: boolean;
  readonly core: number[];
  units: number;
  readonly docs: Set<string>;
  minDay: number;
  maxDay: number;
  readings: Map<string, ReadingState>;
  readonly pending: Pending[];
  readonly evidence: EvidenceDraft[];
  alive: boolean;
  tie: boolean;
  /** For an explicit id: the currency its largest agreeing set was found in. */
  coreCurrency: string | undefined;
}

interface Fit {
  readonly g: Group;
  readonly readings: Map<string, ReadingState>;
  /** The figure's written value meets the group's amount (the tie-break between several fits). */
  readonly reaches: boolean;
}

/** Everything one call works on. */
interface State {
  readonly ctx: Context;
  readonly items: readonly Item[];
  readonly adj: readonly (readonly number[])[];
  readonly groups: Group[];
  readonly groupOf: Int32Array;
  readonly units: Map<number, Unit>;
  /** Conversions that do not match the figure they convert, by that figure. */
  readonly detached: Map<number, number[]>;
  /** Units merged nowhere because they fit several groups: root → group orders. */
  readonly ambiguous: Map<number, number[]>;
  /** Mentions that became contradictions of a group: item → group order. */
  readonly contradictionOf: Map<number, number>;
  readonly nearMiss: Ratio;
}

function isSubset(a: readonly string[], b: readonly string[]): boolean {
  let j = 0;
  for (const x of a) {
    while (j < b.length && (b[j] as string) < x) j++;
    if (b[j] !== x) return false;
    j++;
  }
  return true;
}

function firstShared(a: readonly string[], b: readonly string[]): string | undefined {
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

function partiesMatch(a: Item, b: Item, mode: State['ctx']['settings']['partyMatch']): boolean {
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
 */
function adjacency(ctx: Context): number[][] {
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

function adjacent(st: State, x: number, y: number): boolean {
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

function item(st: State, i: number): Item {
  return st.items[i] as Item;
}

/** The intersection of some mentions read in C. */
function fresh(st: State, members: readonly number[], C: string): ReadingState {
  let iv: Iv | null = FULL;
  let ok = true;
  for (const i of members) {
    const r = reading(st.ctx, item(st, i), C);
    if (r === null) ok = false;
    else if (iv !== null) iv = intersectIv(iv, r);
  }
  return { iv, ok };
}

function readingsOf(st: State, members: readonly number[]): Map<string, ReadingState> {
  const out = new Map<string, ReadingState>();
  for (const C of [...new Set(members.map((i) => item(st, i).cur))].sort()) out.set(C, fresh(st, members, C));
  return out;
}

function minRatio(a: Ratio | null, b: Ratio): Ratio {
  return a === null || ratioCmp(b, a) < 0 ? b : a;
}

/** Whether a unit may join a group: parties, kind, dates, and a common amount in some currency. */
function tryFit(st: State, u: Unit, g: Group): Fit | undefined {
  if (!g.alive) return undefined;
  const min = g.minDay < u.minDay ? g.minDay : u.minDay;
  const max = g.maxDay > u.maxDay ? g.maxDay : u.maxDay;
  if (max - min > st.ctx.settings.windowDays) return undefined;
  for (const x of u.items) for (const y of g.core) if (!adjacent(st, x, y)) return undefined;
  const currencies = new Set([...g.readings.keys(), ...u.currencies]);
  const readings = new Map<string, ReadingState>();
  let consistent = false;
  for (const C of [...currencies].sort()) {
    const base = g.readings.get(C) ?? fresh(st, g.core, C);
    let { iv, ok } = base;
    for (const i of u.items) {
      const r = reading(st.ctx, item(st, i), C);
      if (r === null) ok = false;
      else if (iv !== null) iv = intersectIv(iv, r);
    }
    readings.set(C, { iv, ok });
    if (ok && iv !== null) consistent = true;
  }
  if (!consistent) return undefined;
  const root = item(st, u.root);
  let gap: Ratio | null = null;
  for (const [C, rs] of g.readings) {
    if (!rs.ok || rs.iv === null) continue;
    const h = reading(st.ctx, root, C, 'headline');
    if (h !== null) gap = minRatio(gap, gapBps(h, rs.iv));
  }
  // A bound ("up to £11bn") allows every smaller amount; it reports a commitment near its written value.
  if (u.oneSided && (gap === null || ratioCmp(gap, st.nearMiss) > 0)) return undefined;
  return { g, readings, reaches: gap !== null && gap.n === 0n };
}

function candidateGroups(st: State, members: readonly number[], self?: Group): Group[] {
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
 */
function denominationOf(st: State, members: readonly number[], readings: Map<string, ReadingState>): string {
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

function sharedKeys(st: State, x: number, members: readonly number[]): string[] {
  return item(st, x).pr.filter((k) => members.every((m) => item(st, m).pr.includes(k)));
}

function conversionEvidence(st: State, u: Unit): EvidenceDraft[] {
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

function setMembers(st: State, g: Group, members: readonly number[]): void {
  for (const i of members) {
    st.groupOf[i] = g.order;
    g.docs.add(item(st, i).doc);
    const d = item(st, i).day;
    if (d < g.minDay) g.minDay = d;
    if (d > g.maxDay) g.maxDay = d;
  }
}

function newGroup(st: State, id: string, explicit: boolean): Group {
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

function found(st: State, u: Unit): void {
  const g = newGroup(st, `group:${item(st, u.root).m.id}`, false);
  g.core.push(...u.items);
  g.units = 1;
  setMembers(st, g, u.items);
  g.readings = readingsOf(st, g.core);
  g.evidence.push(...conversionEvidence(st, u));
}

function join(st: State, u: Unit, fit: Fit, alsoFits: readonly number[]): void {
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
 */
function place(st: State, u: Unit): void {
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

/** Explicit ids first: each id is one group; the largest set of its mentions that agree is its core. */
function seedExplicit(st: State): void {
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
      | { C: string; core: number[]; out: number[]; tie: boolean; score: [number, number, number] }
      | undefined;
    for (const C of [...new Set(members.map((i) => item(st, i).cur))].sort()) {
      const convertible = members.filter((i) => reading(st.ctx, item(st, i), C) !== null);
      const unconverted = members.filter((i) => reading(st.ctx, item(st, i), C) === null);
      const found = largestCore(convertible.map((i) => reading(st.ctx, item(st, i), C) as Iv));
      const inCore = new Set(found.members.map((k) => convertible[k] as number));
      const core = [...inCore, ...unconverted].sort((a, b) => a - b);
      const score: [number, number, number] = [
        inCore.size,
        new Set([...inCore].map((i) => item(st, i).doc)).size,
        // The core's own figures: a currency none of them is written in must not win the tie (F1).
        [...inCore].filter((i) => item(st, i).cur === C && item(st, i).derivedFrom === undefined).length,
      ];
      const better =
        !best ||
        score[0] > best.score[0] ||
        (score[0] === best.score[0] &&
          (score[1] > best.score[1] || (score[1] === best.score[1] && score[2] > best.score[2])));
      if (better) {
        best = { C, core, out: convertible.filter((i) => !inCore.has(i)), tie: found.tie, score };
      }
    }
    if (!best) continue;
    const placed = placeUnread(st, best.core, best.C);
    const g = newGroup(st, key, true);
    g.core.push(...placed.core);
    g.units = new Set(placed.core.map((i) => item(st, i).root)).size;
    setMembers(st, g, placed.core);
    g.readings = readingsOf(st, g.core);
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

/** The units of mentions without an explicit id, with conversions that do not match their figure set apart. */
function heuristicUnits(st: State): Unit[] {
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

// Written out, so that nothing is computed when the module is imported.
const SLIPS: readonly (readonly [string, Ratio])[] = [
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

/** The power of ten that would make an interval meet another ("£220bn" for "£22bn"). */
function scaleSlip(mine: Iv, others: Iv): string | undefined {
  return SLIPS.find(([, f]) => intersectIv(scaleIv(mine, f), others) !== null)?.[0];
}

/**
 * A group found by the heuristics that matches another group with at least twice its sources in
 * everything but the amount (parties, kind, window), and misses it by at most `nearMissBps` or by a
 * power of ten, is that group's set of contradictions — when exactly one such group exists and that group
 * is not itself leaving. A lone figure against a group of two sources is the smallest case; two copies of
 * one wire story with the wrong currency, against ten reports that agree, is another.
 */
function nearMissPass(st: State): void {
  const moves: { s: Group; t: Group; C: string }[] = [];
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
    for (const t of candidateGroups(st, s.core, s)) {
      if (t.docs.size < 2 * s.docs.size) continue;
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
      if (best && ratioCmp(best.gap, st.nearMiss) <= 0) near.push({ g: t, currency: best.C });
      else if (slipC !== undefined) near.push({ g: t, currency: slipC });
    }
    const only = near.length === 1 ? near[0] : undefined;
    if (only) moves.push({ s, t: only.g, C: only.currency });
  }
  const leaving = new Set(moves.map((m) => m.s));
  for (const { s, t, C } of moves) {
    if (leaving.has(t)) continue;
    s.alive = false;
    for (const x of s.core) {
      st.groupOf[x] = -1;
      t.pending.push({ item: x, basis: 'nearMiss', currency: C });
      st.contradictionOf.set(x, t.order);
    }
  }
}

/**
 * An exact interval as money, rounded outward to the minor unit so that it always holds the exact one.
 * The flags are the exact ends' (oracle F2): an open end moved outward still holds the exact interval.
 */
function toInterval(iv: Iv, C: string): ReconcileInterval {
  const cur = currency(C);
  const unit = 10n ** cur.exponent;
  const end = (v: Ratio | null, inc: boolean, up: boolean) => {
    if (v === null) return { money: null, inc };
    const scaled = v.n * unit;
    let q = scaled / v.d; // truncates toward zero
    if (q * v.d !== scaled && (up ? scaled > 0n : scaled < 0n)) q += up ? 1n : -1n;
    return { money: fromUnits(q, cur.exponent, cur), inc };
  };
  const lo = end(iv.lo, iv.loInc, false);
  const hi = end(iv.hi, iv.hiInc, true);
  return {
    currency: C,
    low: lo.money,
    high: hi.money,
    lowInclusive: lo.inc,
    highInclusive: hi.inc,
    exactLow: iv.lo && ratio(iv.lo.n, iv.lo.d),
    exactHigh: iv.hi && ratio(iv.hi.n, iv.hi.d),
  };
}

function pinsOf(st: State, members: readonly number[], C: string, iv: Iv): { low: string[]; high: string[] } {
  const low: string[] = [];
  const high: string[] = [];
  for (const i of members) {
    const r = reading(st.ctx, item(st, i), C);
    if (r === null) continue;
    if (iv.lo !== null && cmpLow(r.lo, r.loInc, iv.lo, iv.loInc) === 0) low.push(item(st, i).m.id);
    if (iv.hi !== null && cmpHigh(r.hi, r.hiInc, iv.hi, iv.hiInc) === 0) high.push(item(st, i).m.id);
  }
  return { low: low.sort(), high: high.sort() };
}

function finalReading(st: State, members: readonly number[], C: string): CurrencyReading {
  const convertible = members.filter((i) => reading(st.ctx, item(st, i), C) !== null);
  // A writer's conversion ("(25,5 Milliarden Euro)") had to meet the group to join it, but never narrows
  // its amount: read back at another day's fix, two of them pinned Microsoft's $30bn out of it (F18).
  const reported = convertible.filter((i) => item(st, i).derivedFrom === undefined);
  const { iv } = fresh(st, reported.length > 0 ? reported : convertible, C);
  const status = convertible.length < members.length ? 'noRate' : iv === null ? 'empty' : 'consistent';
  // Named, never dropped: the amount is what the others allow (F6).
  const unchecked =
    status === 'noRate'
      ? {
          unchecked: members
            .filter((i) => reading(st.ctx, item(st, i), C) === null)
            .map((i) => item(st, i).m.id)
            .sort(),
        }
      : {};
  if (iv === null) return { currency: C, status, lowPinnedBy: [], highPinnedBy: [], ...unchecked };
  const pins = pinsOf(st, reported.length > 0 ? reported : convertible, C, iv);
  return {
    currency: C,
    status,
    interval: toInterval(iv, C),
    lowPinnedBy: pins.low,
    highPinnedBy: pins.high,
    ...unchecked,
  };
}

/** The exact interval behind a reported one (its flags are the exact ends' too). */
function exactOf(iv: ReconcileInterval): Iv {
  return { lo: iv.exactLow, loInc: iv.lowInclusive, hi: iv.exactHigh, hiInc: iv.highInclusive };
}

function toContradiction(
  st: State,
  g: Group,
  p: Pending,
  readings: ReadonlyMap<string, CurrencyReading>,
  D: string,
): Contradiction | undefined {
  const x = item(st, p.item);
  const root = item(st, x.root);
  let C: string;
  let others: Iv | null = null;
  let pinsLow: readonly string[] = [];
  let pinsHigh: readonly string[] = [];
  if (p.basis === 'convertedFrom') {
    C = root.cur;
    others = (root.views as { own: Iv }).own;
    pinsLow = [root.m.id];
    pinsHigh = [root.m.id];
  } else {
    // Measured in the denomination where it can be, so that a group's contradictions compare; else in
    // the currency it was found in, even one none of the group's figures is written in (a group may hold
    // together only in another currency: F4); else in any currency the group has an amount in.
    const tried = [D, p.currency, ...[...g.readings.keys()].sort()];
    C = p.currency;
    for (const c of new Set(tried)) {
      if (reading(st.ctx, x, c) === null) continue;
      const r = readings.get(c) ?? finalReading(st, g.core, c);
      if (r.interval === undefined) continue;
      C = c;
      others = exactOf(r.interval);
      pinsLow = r.lowPinnedBy;
      pinsHigh = r.highPinnedBy;
      break;
    }
  }
  const mine = reading(st.ctx, x, C);
  if (mine === null || others === null) return undefined;
  const above = others.hi !== null && mine.lo !== null && ratioCmp(mine.lo, others.hi) >= 0;
  const raw = gapBps(mine, others);
  const gap = ratio(raw.n, raw.d);
  const sig = reading(st.ctx, x, C, 'sig');
  const slip = scaleSlip(mine, others);
  const byId = new Map(g.core.map((i) => [item(st, i).m.id, item(st, i).m]));
  byId.set(root.m.id, root.m);
  return {
    mention: x.m,
    group: g.id,
    basis: p.basis,
    currency: C,
    interval: toInterval(mine, C),
    others: toInterval(others, C),
    side: above ? 'above' : 'below',
    pinnedBy: (above ? pinsHigh : pinsLow).map((id) => byId.get(id) as Mention),
    gap,
    gapBps: ratioToApproxNumber(gap),
    roundingMayExplain:
      st.ctx.settings.quantum === 'written' && sig !== null && intersectIv(sig, others) !== null,
    ...(slip !== undefined ? { scaleFactor: slip } : {}),
  };
}

function evidenceOf(st: State, d: EvidenceDraft): MergeEvidence {
  const x = item(st, d.item);
  const mine = reading(st.ctx, x, d.currency);
  return {
    mention: x.m.id,
    basis: d.basis,
    ...(d.basis === 'convertedFrom' && x.m.convertedFrom !== undefined
      ? { convertedFrom: x.m.convertedFrom }
      : {}),
    sharedParties: d.shared.map(splitKey),
    spanDays: d.spanDays,
    currency: d.currency,
    ...(mine ? { interval: toInterval(mine, d.currency) } : {}),
    ...(d.overlap ? { overlap: toInterval(d.overlap, d.currency) } : {}),
    // Groups later dissolved into contradictions are not named: their mentions are listed as such.
    alsoFits: d.alsoFits
      .map((o) => st.groups[o] as Group)
      .filter((g) => g.alive)
      .map((g) => g.id)
      .sort(),
  };
}

function isoDay(st: State, members: readonly number[], pick: 'min' | 'max'): string {
  let best = item(st, members[0] as number);
  for (const i of members) {
    const it = item(st, i);
    if (pick === 'min' ? it.m.date < best.m.date : it.m.date > best.m.date) best = it;
  }
  return best.m.date;
}

function finalize(st: State): ReconciledCommitment[] {
  const out: ReconciledCommitment[] = [];
  for (const g of st.groups) {
    if (!g.alive || g.core.length === 0) continue;
    const core = [...g.core].sort((a, b) => item(st, a).day - item(st, b).day || a - b);
    const currencies = [...new Set(core.map((i) => item(st, i).cur))].sort();
    const readings = new Map(currencies.map((C) => [C, finalReading(st, core, C)]));
    const D =
      g.coreCurrency ?? denominationOf(st, core, new Map(currencies.map((C) => [C, fresh(st, core, C)])));
    const firstDate = isoDay(st, core, 'min');
    const converted = convertTo(st, readings.get(D), D, firstDate);
    const unchecked = readings.get(D)?.unchecked ?? [];
    if (unchecked.length > 0)
      st.ctx.issues.set(`unchecked:${g.id}`, {
        code: 'NO_RATE',
        message: `${g.id}: ${unchecked.join(', ')} could not be converted into ${D} (no rate) and ${unchecked.length === 1 ? 'was' : 'were'} not checked against the other mentions; the amount is what those allow.`,
        path: [],
        received: unchecked.join(', '),
      });
    const kinds = new Map<CommitmentKind, number>();
    for (const i of core) kinds.set(item(st, i).m.kind, (kinds.get(item(st, i).m.kind) ?? 0) + 1);
    const kind = [...kinds].sort(([a, n], [b, m]) => m - n || (a < b ? -1 : 1))[0]?.[0] as CommitmentKind;
    // What the group's amount is (conversions do not narrow it: F18), so the merges explain that amount.
    const amountD = readings.get(D)?.interval;
    const overlap = amountD ? exactOf(amountD) : fresh(st, core, D).iv;
    const evidence: MergeEvidence[] = g.explicit
      ? core.slice(1).map((i) =>
          evidenceOf(st, {
            item: i,
            basis: 'explicitId',
            currency: D,
            overlap,
            spanDays: g.maxDay - g.minDay,
            shared: sharedKeys(
              st,
              i,
              core.filter((j) => j !== i),
            ),
            alsoFits: [],
          }),
        )
      : g.evidence.map((d) => evidenceOf(st, d));
    const contradictions = g.pending
      .map((p) => toContradiction(st, g, p, readings, D))
      .filter((c): c is Contradiction => c !== undefined)
      .sort((a, b) => (a.mention.id < b.mention.id ? -1 : 1));
    out.push({
      id: g.id,
      explicit: g.explicit,
      kind,
      parties: [...new Set(core.flatMap((i) => item(st, i).pr))].sort().map(splitKey),
      firstDate,
      lastDate: isoDay(st, core, 'max'),
      mentions: core.map((i) => item(st, i).m),
      sources: new Set(core.map((i) => item(st, i).doc)).size,
      denomination: D,
      readings: [...readings.values()],
      ...(converted ? { converted } : {}),
      evidence,
      contradictions,
      tie: g.tie,
    });
  }
  return out.sort((a, b) =>
    a.firstDate < b.firstDate ? -1 : a.firstDate > b.firstDate ? 1 : a.id < b.id ? -1 : 1,
  );
}

function convertTo(
  st: State,
  r: CurrencyReading | undefined,
  D: string,
  date: string,
): ConvertedReading | undefined {
  const to = st.ctx.settings.to;
  if (to === undefined || !r?.interval) return undefined;
  if (to === D) return { interval: r.interval, from: D };
  const rate = rateFor(st.ctx, D, to, date);
  if (!rate) return undefined;
  const iv: Iv = {
    lo: r.interval.exactLow,
    loInc: r.interval.lowInclusive,
    hi: r.interval.exactHigh,
    hiInc: r.interval.highInclusive,
  };
  return {
    interval: toInterval(scaleIv(iv, rate.value), to),
    from: D,
    rate: { value: rate.value, date: rate.date, requestedDate: date, source: rate.source },
  };
}

/** Conversions that did not match their figure follow it: into its group's contradictions, or its ambiguity. */
function settleDetached(st: State): void {
  for (const [root, list] of st.detached) {
    const g = st.groupOf[root] as number;
    const target = g >= 0 ? g : st.contradictionOf.get(root);
    if (target !== undefined) {
      const t = st.groups[target] as Group;
      for (const i of list) t.pending.push({ item: i, basis: 'convertedFrom', currency: item(st, root).cur });
    }
  }
}

/**
 * Nothing lost, nothing twice: every mention given comes back exactly once, in a group, as a
 * contradiction or as ambiguous. A mention that does not is a bug in reconcile, never a result to return.
 */
function assertAccounted(
  items: readonly Item[],
  groups: readonly ReconciledCommitment[],
  ambiguous: readonly { readonly mention: Mention }[],
): void {
  const seen = new Map<string, number>();
  const count = (m: Mention) => seen.set(m.id, (seen.get(m.id) ?? 0) + 1);
  for (const g of groups) {
    for (const m of g.mentions) count(m);
    for (const c of g.contradictions) count(c.mention);
  }
  for (const a of ambiguous) count(a.mention);
  const wrong = items.filter((it) => seen.get(it.m.id) !== 1).map((it) => it.m.id);
  if (wrong.length > 0 || seen.size !== items.length)
    throw new ReckonError(
      'INTERNAL',
      `reconcile: mentions not returned exactly once: ${wrong.slice(0, 10).join(', ')} (a bug in reckon: please report it)`,
      { received: wrong.slice(0, 10).join(', ') },
    );
}

/**
 * Reconciles many reports of the same commitments: groups the mentions that may be one commitment,
 * intersects what their figures allow, and returns contradictions and ambiguous mentions instead of
 * merging them silently. See docs/reconcile.md for every rule.
 *
 * 1. Mentions with one explicit `commitment` id are one group; the largest set of them that shares an
 *    amount is its core, the others are contradictions.
 * 2. Other mentions are compared only with mentions that share a party in the same role (after
 *    `aliases`), have a compatible kind and lie within `windowDays`; a figure and its conversions in the
 *    same source ("£22bn ($30bn)") move together.
 * 3. From the most precise figure to the least, each joins the one group it fits (a common amount in
 *    some currency, each mention read at the rounding of its digits and converted at the fix of its
 *    day, widened by τ), founds a group when none fits, and is ambiguous when several fit.
 * 4. A group that misses exactly one group with at least twice its sources by at most `nearMissBps` (or
 *    by a power of ten), and matches it otherwise, is that group's contradictions (a lone figure against
 *    two sources; two copies of one wire story against ten reports).
 *
 * The result does not depend on the order of the mentions.
 *
 * @param mentions - the reports, each with a figure, parties, kind, date and source
 * @param options - {@link ReconcileOptions}
 * @returns the groups with their intersections, evidence and contradictions, and the ambiguous mentions
 * @throws {@link ReckonError} `INVALID_ARGUMENT` naming the path of a malformed mention or option;
 *   `DUPLICATE_ID` for a mention id used twice; `INVALID_DATE` for a date that is not an ISO day;
 *   `UNKNOWN_CURRENCY` for an unknown `to`. `INTERNAL` only for a bug in reckon: a mention that would not
 *   come back exactly once (in a group, as a contradiction or as ambiguous) is never returned silently.
 * @example
 * ```ts
 * const src = (document: string) => ({ document });
 * const investor = [{ party: 'microsoft', role: 'investor' }] as const;
 * const result = reconcile(
 *   [
 *     { id: 'a', figure: parseFigure('£22bn'), parties: investor, kind: 'investment', date: '2025-09-17', source: src('itpro') },
 *     { id: 'b', figure: parseFigure('$30bn'), parties: investor, kind: 'investment', date: '2025-09-17', source: src('menafn') },
 *   ],
 *   { rates: parseEcbCsv(readFileSync('eurofxref-hist.csv', 'utf8')) },
 * );
 * result.groups.length; // 1
 * explainGroup(result.groups[0]);
 * ```
 */
export function reconcile(mentions: readonly Mention[], options?: ReconcileOptions): ReconcileResult {
  const settings = readReconcileOptions(options);
  const ctx = prepare(readMentions(mentions), settings);
  const st: State = {
    ctx,
    items: ctx.items,
    adj: adjacency(ctx),
    groups: [],
    groupOf: new Int32Array(ctx.items.length).fill(-1),
    units: new Map(),
    detached: new Map(),
    ambiguous: new Map(),
    contradictionOf: new Map(),
    nearMiss: ratioFromNumber(settings.nearMissBps, 'nearMissBps'),
  };
  seedExplicit(st);
  const units = heuristicUnits(st);
  for (const u of units) place(st, u);
  nearMissPass(st);
  // Groups dissolved into contradictions may leave an ambiguous figure with one group that fits.
  const waiting = units.filter((u) => st.ambiguous.has(u.root));
  for (const u of waiting) {
    st.ambiguous.delete(u.root);
    place(st, u);
  }
  settleDetached(st);
  const groups = finalize(st);
  const ambiguous = [...st.ambiguous].flatMap(([root, orders]) => {
    const candidates = orders.map((o) => (st.groups[o] as Group).id).sort();
    const members = [...(st.units.get(root)?.items ?? [root]), ...(st.detached.get(root) ?? [])];
    return members.map((i) => ({ mention: item(st, i).m, candidates }));
  });
  ambiguous.sort((a, b) => (a.mention.id < b.mention.id ? -1 : 1));
  assertAccounted(ctx.items, groups, ambiguous);
  return {
    groups,
    ambiguous,
    issues: [...ctx.issues.values()].sort((a, b) => (a.message < b.message ? -1 : 1)),
    settings: {
      windowDays: settings.windowDays,
      partyMatch: settings.partyMatch,
      quantum: settings.quantum,
      nearMissBps: settings.nearMissBps,
      ...(settings.to !== undefined ? { to: settings.to } : {}),
    },
  };
}
