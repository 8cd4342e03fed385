/** The working state of one reconcile call: the types its passes share and the readings of groups. */
import { type Ratio, ratioCmp } from '../math/ratio';
import { type Iv, intersectIv } from './interval';
import { type Context, type Item, reading } from './items';
import type { Contradiction, MergeBasis } from './types';

/** The whole line: no bound on either side. @internal */
export const FULL: Iv = { lo: null, loInc: false, hi: null, hiInc: false };

/** A group's mentions read in one currency: their intersection (null: empty), and whether all converted. @internal */
export interface ReadingState {
  readonly iv: Iv | null;
  readonly ok: boolean;
}

/** A figure and the conversions of it in the same source ("£22bn ($30bn)"): placed together. @internal */
export interface Unit {
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

/** A mention held back from a group's core, to be reported as its contradiction. @internal */
export interface Pending {
  readonly item: number;
  readonly basis: Contradiction['basis'];
  /** The currency it was found in. */
  readonly currency: string;
}

/** Why a mention joined its group, before the overlap is written out. @internal */
export interface EvidenceDraft {
  readonly item: number;
  readonly basis: MergeBasis;
  readonly currency: string;
  readonly overlap: Iv | null;
  readonly spanDays: number;
  readonly shared: readonly string[];
  readonly alsoFits: readonly number[];
}

/** A group being built: its core mentions, their readings per currency, pending contradictions and evidence. @internal */
export interface Group {
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

/** How a unit fits a group: the group and its readings with the unit in. @internal */
export interface Fit {
  readonly g: Group;
  readonly readings: Map<string, ReadingState>;
  /** The figure's written value meets the group's amount (the tie-break between several fits). */
  readonly reaches: boolean;
}

/** Everything one call works on. @internal */
export interface State {
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

/** Item i of the call. @internal */
export function item(st: State, i: number): Item {
  return st.items[i] as Item;
}

/** The intersection of some mentions read in C. @internal */
export function fresh(st: State, members: readonly number[], C: string): ReadingState {
  let iv: Iv | null = FULL;
  let ok = true;
  for (const i of members) {
    const r = reading(st.ctx, item(st, i), C);
    if (r === null) ok = false;
    else if (iv !== null) iv = intersectIv(iv, r);
  }
  return { iv, ok };
}

/**
 * A group's reported figures, without the writers' conversions of them: what its amount is read from
 * (rule 2: a conversion meets the amount, never narrows it). All of them when none is a figure.
 * @internal
 */
export function figuresOf(st: State, members: readonly number[]): readonly number[] {
  const figures = members.filter((i) => item(st, i).derivedFrom === undefined);
  return figures.length > 0 ? figures : members;
}

/**
 * The readings a group is judged in (R5): each currency its mentions are written in and each currency of
 * a mention that could be grouped with one of them, so that every group is tried in the same currencies
 * whichever of its mentions founded it.
 * @internal
 */
export function triedReadings(st: State, members: readonly number[]): Map<string, ReadingState> {
  const near = new Set<string>();
  for (const i of members) {
    near.add(item(st, i).cur);
    for (const j of st.adj[i] as readonly number[]) near.add(item(st, j).cur);
  }
  const out = new Map<string, ReadingState>();
  const figures = figuresOf(st, members);
  for (const C of [...near].sort()) out.set(C, fresh(st, figures, C));
  return out;
}

/** The smaller of two ratios (null counts as none). @internal */
export function minRatio(a: Ratio | null, b: Ratio): Ratio {
  return a === null || ratioCmp(b, a) < 0 ? b : a;
}
