import { ratioFromNumber } from '../math/ratio';
import { assertAccounted } from './exactly-once';
import { finalize, settleDetached } from './finalize';
import { prepare } from './items';
import { markKeySplits } from './key-split';
import { markKindSplits } from './kind-split';
import { place, seedExplicit } from './merging';
import { nearMissPass } from './near-miss';
import { adjacency } from './neighbours';
import { readReconcileOptions } from './read-options';
import { type Group, item, type State } from './state';
import type { Mention, ReconcileOptions, ReconcileResult } from './types';
import { heuristicUnits } from './units';
import { readMentions } from './validate';

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
 *   `INVALID_FIGURE` for a figure that contradicts itself (a quantum that is not positive or in another
 *   currency, a range without `max`); `INVALID_COMMITMENT` for a mention without parties;
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
 *   { rates: ratesFromEcbCsv(readFileSync('eurofxref-hist.csv', 'utf8')) },
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
  const groups = markKindSplits(st, finalize(st));
  markKeySplits(st);
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
