/** Groups kept apart only by their kind (G5): named in a KIND_SPLIT issue, never merged. */
import type { CommitmentKind } from '../commitment/model';
import { ratioCmp } from '../math/ratio';
import { gapBps } from './interval';
import { matchAcross, meetingCurrency } from './split-pairs';
import { type Group, item, type State } from './state';
import type { ReconciledCommitment } from './types';

/** Whether two groups would be candidates of each other (rule 3) but for their kinds. */
function splitByKind(st: State, a: Group, b: Group): boolean {
  if (a.explicit && b.explicit) return false; // two commitment ids: the dataset says they differ
  const differ = item(st, a.core[0] as number).kindClass !== item(st, b.core[0] as number).kindClass;
  return differ && matchAcross(st, a, b);
}

/**
 * Rule 3 keeps kinds apart ("capex" and "operations" may be two commitments), but outlets also word one
 * commitment as a "pledge" and as an "investment": two groups that share parties, lie within the window
 * of each other and meet in amount (or within the near-miss band) in some currency, and differ only by
 * kind, may be one commitment. They stay apart; a `KIND_SPLIT` issue names both, and each group's
 * `kindSplit` names the other, which `reconciledCommitments` passes on so that `aggregate` never adds
 * both in full. @internal
 */
export function markKindSplits(st: State, out: readonly ReconciledCommitment[]): ReconciledCommitment[] {
  const live = st.groups.filter((g) => g.alive && g.core.length > 0);
  const byId = new Map(out.map((g) => [g.id, g]));
  const marks = new Map<string, { id: string; kind: CommitmentKind }[]>();
  for (let i = 0; i < live.length; i++)
    for (let j = i + 1; j < live.length; j++) {
      const [a, b] = [live[i] as Group, live[j] as Group].sort((x, y) => (x.id < y.id ? -1 : 1)) as [
        Group,
        Group,
      ];
      const ra = byId.get(a.id);
      const rb = byId.get(b.id);
      if (!ra || !rb || !splitByKind(st, a, b)) continue;
      const C = meetingCurrency(st, a, b, (x, y) => ratioCmp(gapBps(x, y), st.nearMiss) <= 0);
      if (C === undefined) continue;
      const kinds = [...new Set([...ra.mentions, ...rb.mentions].map((m) => m.kind))].sort();
      const declared = `kindGroups: [[${kinds.map((k) => `'${k}'`).join(', ')}]]`;
      st.ctx.issues.set(`kinds:${a.id}:${b.id}`, {
        code: 'KIND_SPLIT',
        message: `${a.id} (${ra.kind}) and ${b.id} (${rb.kind}) share parties and dates and meet in amount read in ${C}, and differ only by kind: they are kept apart, and aggregate(reconciledCommitments(result)) counts one of them in full and the other from 0 to its amount, true whether they are one commitment or two; if the kinds are one commitment, pass ${declared}.`,
        path: [],
        received: `${ra.kind}, ${rb.kind}`,
      });
      marks.set(a.id, [...(marks.get(a.id) ?? []), { id: b.id, kind: rb.kind }]);
      marks.set(b.id, [...(marks.get(b.id) ?? []), { id: a.id, kind: ra.kind }]);
    }
  return out.map((g) => {
    const m = marks.get(g.id);
    return m ? { ...g, kindSplit: m.sort((x, y) => (x.id < y.id ? -1 : 1)) } : g;
  });
}
