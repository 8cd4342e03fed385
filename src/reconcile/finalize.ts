/** The result written out: groups in a stable order, converted readings, detached conversions settled. */
import type { CommitmentKind } from '../commitment/model';
import { evidenceOf, toContradiction } from './contradictions';
import { type Iv, scaleIv } from './interval';
import { rateFor } from './items';
import { denominationOf, sharedKeys } from './matching';
import { exactOf, finalReading, toInterval } from './pinning';
import { partiesOf } from './roles';
import { fresh, type Group, item, type State } from './state';
import type {
  Contradiction,
  ConvertedReading,
  CurrencyReading,
  MergeEvidence,
  ReconciledCommitment,
} from './types';

/** The earliest or latest day among some mentions. @internal */
export function isoDay(st: State, members: readonly number[], pick: 'min' | 'max'): string {
  let best = item(st, members[0] as number);
  for (const i of members) {
    const it = item(st, i);
    if (pick === 'min' ? it.m.date < best.m.date : it.m.date > best.m.date) best = it;
  }
  return best.m.date;
}

/** The groups as returned: readings, evidence and contradictions written out, in a stable order. @internal */
export function finalize(st: State): ReconciledCommitment[] {
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
      parties: partiesOf(st, g.id, core),
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

/** A reading converted to the `to` currency at the fix of a day, or undefined without one. @internal */
export function convertTo(
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

/** Conversions that did not match their figure follow it: into its group's contradictions, or its ambiguity. @internal */
export function settleDetached(st: State): void {
  for (const [root, list] of st.detached) {
    const g = st.groupOf[root] as number;
    const target = g >= 0 ? g : st.contradictionOf.get(root);
    if (target !== undefined) {
      const t = st.groups[target] as Group;
      for (const i of list) t.pending.push({ item: i, basis: 'convertedFrom', currency: item(st, root).cur });
    }
  }
}
