/**
 * What `KIND_SPLIT` and `KEY_SPLIT` share: two groups that would be candidates of each other but for
 * one thing (their kind, or their commitment key). @internal
 */
import type { Iv } from './interval';
import { firstShared, partiesMatch } from './neighbours';
import { figuresOf, fresh, type Group, item, type State } from './state';

/** Whether every mention of a matches every mention of b in parties (rule 3), all within the window. */
export function matchAcross(st: State, a: Group, b: Group): boolean {
  const { windowDays, partyMatch } = st.ctx.settings;
  if (Math.max(a.maxDay, b.maxDay) - Math.min(a.minDay, b.minDay) > windowDays) return false;
  return a.core.every((x) =>
    b.core.every((y) => {
      const p = item(st, x);
      const q = item(st, y);
      return firstShared(p.pr, q.pr) !== undefined && partiesMatch(p, q, partyMatch);
    }),
  );
}

/**
 * The first currency (alphabetically) of the two groups' mentions in which what their figures allow
 * meets by `meets`: what the figures allow, as in placement, since a writer's conversion never narrows
 * it (rule 2).
 */
export function meetingCurrency(
  st: State,
  a: Group,
  b: Group,
  meets: (x: Iv, y: Iv) => boolean,
): string | undefined {
  const currencies = [...new Set([...a.core, ...b.core].map((i) => item(st, i).cur))].sort();
  return currencies.find((C) => {
    const x = fresh(st, figuresOf(st, a.core), C);
    const y = fresh(st, figuresOf(st, b.core), C);
    return x.ok && y.ok && x.iv !== null && y.iv !== null && meets(x.iv, y.iv);
  });
}
