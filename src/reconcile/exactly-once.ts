/** The exactly-once check: every mention comes back once, or reconcile throws INTERNAL. */
import { ReckonError } from '../errors/reckon-error';
import type { Item } from './items';
import type { Mention, ReconciledCommitment } from './types';

/**
 * Nothing lost, nothing twice: every mention given comes back exactly once, in a group, as a
 * contradiction or as ambiguous. A mention that does not is a bug in reconcile, never a result to return.
 * @internal
 */
export function assertAccounted(
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
