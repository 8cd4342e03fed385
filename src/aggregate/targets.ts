import {
  COMMITMENT_KINDS,
  COMMITMENT_STATUSES,
  type Commitment,
  type KindInfo,
  type Participation,
} from '../commitment/model';
import { ReckonError } from '../errors/reckon-error';
import type { Settings } from './options';
import { compareText } from './order';

/** What the totals may do with a commitment, before `partOf` is looked at. @internal */
export type Standing = 'eligible' | 'filtered' | 'withdrawn' | 'notAdditive' | 'withoutAmount';

const KINDS: ReadonlyMap<string, KindInfo> = new Map(Object.entries(COMMITMENT_KINDS));
const STATUSES: ReadonlySet<string> = new Set(COMMITMENT_STATUSES);

/**
 * Filters (`kinds`, `statuses`, withdrawn by default), then additive kinds with an amount: `eligible`.
 *
 * @throws {@link ReckonError} `INTERNAL` for an unknown kind or status (readCommitment refused those already)
 * @internal
 */
export function standingOf(c: Commitment, s: Settings): Standing {
  const info = KINDS.get(c.kind);
  if (info === undefined)
    throw new ReckonError('INTERNAL', `${c.id}: unknown kind "${String(c.kind)}"`, { id: c.id });
  if (!STATUSES.has(c.status))
    throw new ReckonError('INTERNAL', `${c.id}: unknown status "${String(c.status)}"`, { id: c.id });
  if (s.kinds !== undefined && !s.kinds.has(c.kind)) return 'filtered';
  if (!isAddedStatus(c.status, s)) return s.statuses === undefined ? 'withdrawn' : 'filtered';
  if (!info.additive) return 'notAdditive';
  return c.amount === undefined ? 'withoutAmount' : 'eligible';
}

/** Whether a kind is known, additive and passes `kinds`: a commitment of it may be added. @internal */
export function isAddedKind(kind: string, s: Settings): boolean {
  const info = KINDS.get(kind);
  return info?.additive === true && (s.kinds === undefined || s.kinds.has(kind));
}

/** Whether a status is known and passes `statuses` (by default, every status but withdrawn). @internal */
export function isAddedStatus(status: string, s: Settings): boolean {
  return STATUSES.has(status) && (s.statuses === undefined ? status !== 'withdrawn' : s.statuses.has(status));
}

/**
 * The parties a commitment counts for in the grouping, each with n, the number of distinct parties in
 * the role it is counted for, and its rank by id among them (for `equal`). Refilled by each call of
 * {@link membersOf}, so that the common case allocates nothing. @internal
 */
export interface Members {
  count: number;
  readonly party: string[];
  readonly n: number[];
  readonly rank: number[];
}

/** An empty {@link Members}. @internal */
export function newMembers(): Members {
  return { count: 0, party: [], n: [], rank: [] };
}

/** Up to this many participations, members are found by pairwise comparison. */
const SMALL = 8;

/**
 * Fills `out` with the members of c: under `by: R` its distinct parties in role R; under `by: 'party'`
 * its distinct parties, each counted for the role it is listed with first. Ranks only for `equal`.
 * @internal
 */
export function membersOf(c: Commitment, s: Settings, out: Members): void {
  out.count = 0;
  if (c.parties.length <= SMALL) few(c.parties, s, out);
  else many(c.parties, s, out);
}

/** A participation counts when it is in the grouped role and repeats no earlier (party, role). */
function counts(ps: readonly Participation[], j: number, role: string | undefined): boolean {
  const p = ps[j] as Participation;
  if (role !== undefined && p.role !== role) return false;
  for (let i = 0; i < j; i++) {
    const q = ps[i] as Participation;
    if (q.party === p.party && q.role === p.role) return false;
  }
  return true;
}

/** Few parties (nearly every commitment): pairwise comparisons, nothing allocated. */
function few(ps: readonly Participation[], s: Settings, out: Members): void {
  const role = s.role;
  for (let j = 0; j < ps.length; j++) {
    if (!counts(ps, j, role)) continue;
    const p = ps[j] as Participation;
    let member = false;
    for (let m = 0; m < out.count; m++) if (out.party[m] === p.party) member = true;
    if (member) continue; // counted for the role it is listed with first
    let n = 0;
    let rank = 0;
    for (let i = 0; i < ps.length; i++) {
      const q = ps[i] as Participation;
      if (q.role !== p.role || !counts(ps, i, role)) continue;
      n++;
      if (q.party < p.party) rank++;
    }
    out.party[out.count] = p.party;
    out.n[out.count] = n;
    out.rank[out.count] = s.allocation === 'equal' ? rank : 0;
    out.count++;
  }
}

/** Many parties: distinct parties per role with sets, linear (plus a sort for `equal`). */
function many(ps: readonly Participation[], s: Settings, out: Members): void {
  const role = s.role;
  const byRole = new Map<string, string[]>();
  const roleOf = new Map<string, string>();
  const held = new Set<string>();
  for (const p of ps) {
    if (role !== undefined && p.role !== role) continue;
    const key = `${p.role}\u0000${p.party}`;
    if (held.has(key)) continue;
    held.add(key);
    const list = byRole.get(p.role);
    if (list) list.push(p.party);
    else byRole.set(p.role, [p.party]);
    if (!roleOf.has(p.party)) roleOf.set(p.party, p.role);
  }
  const ranks = new Map<string, Map<string, number>>();
  for (const [party, r] of roleOf) {
    const list = byRole.get(r) as string[];
    let rank = 0;
    if (s.allocation === 'equal' && list.length > 1) {
      let inRole = ranks.get(r);
      if (!inRole) {
        inRole = new Map([...list].sort(compareText).map((id, k) => [id, k]));
        ranks.set(r, inRole);
      }
      rank = inRole.get(party) as number;
    }
    out.party[out.count] = party;
    out.n[out.count] = list.length;
    out.rank[out.count] = rank;
    out.count++;
  }
}

/**
 * Each participation that repeats a party in a role it already holds in c (by index), for
 * `DUPLICATE_PARTY`. Linear; allocates nothing for the common two-party commitment.
 * @internal
 */
export function repeatedParties(c: Commitment): number[] | undefined {
  const ps = c.parties;
  if (ps.length < 2) return undefined;
  if (ps.length === 2) {
    const [a, b] = ps as [{ party: string; role: string }, { party: string; role: string }];
    return a.party === b.party && a.role === b.role ? [1] : undefined;
  }
  let out: number[] | undefined;
  const held = new Set<string>();
  ps.forEach((p, j) => {
    const key = `${p.role}\u0000${p.party}`;
    if (held.has(key)) {
      out ??= [];
      out.push(j);
    }
    held.add(key);
  });
  return out;
}
