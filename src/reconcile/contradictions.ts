/** Contradictions and merge evidence as returned. */
import { ratio, ratioCmp, ratioToApproxNumber } from '../math/ratio';
import { gapBps, type Iv, intersectIv } from './interval';
import { reading, splitKey } from './items';
import { scaleSlip } from './near-miss';
import { exactOf, finalReading, toInterval } from './pinning';
import { type EvidenceDraft, type Group, item, type Pending, type State } from './state';
import type { Contradiction, CurrencyReading, Mention, MergeEvidence } from './types';

/** The smallest interval holding every reading of the core in C, with the mentions at its ends. */
function spanOf(
  st: State,
  core: readonly number[],
  C: string,
): { iv: Iv; low: string[]; high: string[] } | undefined {
  let iv: Iv | undefined;
  let low: string[] = [];
  let high: string[] = [];
  for (const i of core) {
    const r = reading(st.ctx, item(st, i), C);
    if (r === null) continue;
    const id = item(st, i).m.id;
    if (iv === undefined) {
      iv = r;
      low = [id];
      high = [id];
      continue;
    }
    const lo = iv.lo === null || r.lo === null ? null : ratioCmp(r.lo, iv.lo) < 0 ? r.lo : iv.lo;
    const hi = iv.hi === null || r.hi === null ? null : ratioCmp(r.hi, iv.hi) > 0 ? r.hi : iv.hi;
    if (lo !== iv.lo) low = [id];
    if (hi !== iv.hi) high = [id];
    iv = {
      lo,
      loInc: lo === iv.lo ? iv.loInc : r.loInc,
      hi,
      hiInc: hi === iv.hi ? iv.hiInc : r.hiInc,
    };
  }
  return iv === undefined ? undefined : { iv, low, high };
}

/** A pending mention as a contradiction of its group: how far it misses and why, or undefined when it cannot be read. @internal */
export function toContradiction(
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
    // The group's mentions share no amount in any currency this one can be read in: it is measured
    // against the span of their readings, so that it still comes back (nothing lost), as a contradiction.
    for (const c of others === null ? new Set(tried) : []) {
      if (reading(st.ctx, x, c) === null) continue;
      const hull = spanOf(st, g.core, c);
      if (hull === undefined) continue;
      C = c;
      others = hull.iv;
      pinsLow = hull.low;
      pinsHigh = hull.high;
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

/** An evidence draft written out: the mention, its basis and the overlap it had. @internal */
export function evidenceOf(st: State, d: EvidenceDraft): MergeEvidence {
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
