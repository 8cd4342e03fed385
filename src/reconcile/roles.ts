/** The parties of a reconciled commitment, in the role most of its sources give each (G4). */
import type { Participation, Role } from '../commitment/model';
import { splitKey } from './items';
import { item, type State } from './state';

/** Roles that pay the money: in a tie, a party is never counted as paying money it may receive. */
const PAYING: ReadonlySet<Role> = new Set<Role>(['investor', 'lender', 'customer']);

/** In a tie: recipient first (the money goes somewhere), paying roles last. */
const tieRank = (r: Role) => (r === 'recipient' ? 0 : PAYING.has(r) ? 2 : 1);

/**
 * Each party in one role: the role most sources (documents) name it in, a source naming it in two roles
 * counting for both. A tie goes to recipient, then to a role that does not pay, then the first
 * alphabetically. A party given more than one role is a disagreement between the sources: a
 * `ROLE_DISAGREEMENT` issue names the roles and how many sources give each. Outlets word roles
 * differently ("invests in Nscale" vs "with partners Nscale"), so a union of their roles would count
 * a recipient as an investor of the money it receives. @internal
 */
export function partiesOf(st: State, id: string, core: readonly number[]): Participation[] {
  const byDoc = new Map<string, Set<string>>();
  for (const i of core) {
    const it = item(st, i);
    const keys = byDoc.get(it.doc) ?? new Set<string>();
    for (const k of it.pr) keys.add(k);
    byDoc.set(it.doc, keys);
  }
  const roles = new Map<string, Map<Role, number>>();
  for (const keys of byDoc.values())
    for (const k of keys) {
      const { party, role } = splitKey(k);
      const counts = roles.get(party) ?? new Map<Role, number>();
      counts.set(role, (counts.get(role) ?? 0) + 1);
      roles.set(party, counts);
    }
  const out: Participation[] = [];
  for (const [party, counts] of [...roles].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const ranked = [...counts].sort(
      ([a, n], [b, m]) => m - n || tieRank(a) - tieRank(b) || (a < b ? -1 : a > b ? 1 : 0),
    );
    const [role] = ranked[0] as [Role, number];
    out.push({ party, role });
    if (ranked.length > 1) {
      const tie = ranked[1]?.[1] === ranked[0]?.[1];
      const given = ranked.map(([r, n]) => `${r} (${n} source${n === 1 ? '' : 's'})`).join(', ');
      st.ctx.issues.set(`roles:${id}:${party}`, {
        code: 'ROLE_DISAGREEMENT',
        message: `${id}: the sources disagree on the role of ${party}: ${given}; counted as ${role}${tie ? ' (a tie: never as paying money it may receive)' : ', the role most sources give'}.`,
        path: [],
        received: given,
      });
    }
  }
  return out;
}
