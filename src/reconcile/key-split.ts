/** Two commitment keys that look like one commitment (user review K8): named in a KEY_SPLIT issue. */
import { intersectIv } from './interval';
import { matchAcross, meetingCurrency } from './split-pairs';
import { type Group, item, type State } from './state';

/** Whether two explicit groups would be candidates of each other (rule 3) if their keys were one. */
function sameButKey(st: State, a: Group, b: Group): boolean {
  const same = item(st, a.core[0] as number).kindClass === item(st, b.core[0] as number).kindClass;
  return same && matchAcross(st, a, b);
}

/**
 * An explicit key overrides the heuristics, so a mistyped key ("coreweave-may" for "coreweave-uk-may")
 * makes a second group that every total adds in full. Two groups with different keys, the same kind
 * (or kinds `kindGroups` makes one), parties that match between every mention of one and every mention
 * of the other, within `windowDays` of each other and with amounts that meet in some currency their
 * mentions are written in, get a `KEY_SPLIT` issue naming both, unless `options.partOf` makes one part of
 * the other. Grouping and totals do not change: only
 * the dataset's author knows whether the keys are one commitment. @internal
 */
export function markKeySplits(st: State): void {
  const live = st.groups
    .filter((g) => g.alive && g.explicit && g.core.length > 0)
    .sort((x, y) => (x.id < y.id ? -1 : 1));
  for (let i = 0; i < live.length; i++)
    for (let j = i + 1; j < live.length; j++) {
      const [a, b] = [live[i] as Group, live[j] as Group];
      const { partOf } = st.ctx.settings;
      if (Object.hasOwn(partOf, a.id) && partOf[a.id] === b.id) continue;
      if (Object.hasOwn(partOf, b.id) && partOf[b.id] === a.id) continue;
      if (!sameButKey(st, a, b)) continue;
      const C = meetingCurrency(st, a, b, (x, y) => intersectIv(x, y) !== null);
      if (C === undefined) continue;
      st.ctx.issues.set(`keys:${a.id}:${b.id}`, {
        code: 'KEY_SPLIT',
        message: `${a.id} and ${b.id} have the same kind, parties that match, dates within the window and amounts that meet read in ${C}, and differ only by their commitment keys: possibly one commitment under two keys (a typo?), which every total counts twice; if they are one, give their mentions one key.`,
        path: [],
        received: `${a.id}, ${b.id}`,
      });
    }
}
