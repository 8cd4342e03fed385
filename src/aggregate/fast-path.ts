import type { Commitment } from '../commitment/model';
import { bucketOf, ownDay } from './buckets';
import { linksOf } from './kind-splits';
import { readBounds } from './shares';
import { rowFor, type State } from './state';
import { addShare, countSolo, type Total } from './sums';
import { isAddedKind, isAddedStatus } from './targets';

/** What the last commitments' kind and status allowed: inputs repeat them, so each is looked up once. @internal */
export interface Recent {
  kind: string | undefined;
  kindAdded: boolean;
  status: string | undefined;
  statusAdded: boolean;
}

/** Nothing seen yet. @internal */
export function newRecent(): Recent {
  return { kind: undefined, kindAdded: false, status: undefined, statusAdded: false };
}

/**
 * Adds the commonest commitment in one pass, allocating nothing: no `partOf`, added by kind and
 * status, an exact or "up to" amount of at least zero read nominally, one party in the grouped role
 * (and at most one other participation), a valid date or none. Returns false for anything else, which
 * {@link take} handles; both give the same result.
 * @internal
 */
export function addCommon(st: State, recent: Recent, c: Commitment, position: number): boolean {
  if (c.partOf !== undefined || linksOf(c) !== undefined) return false;
  const s = st.s;
  const kind = c.kind;
  if (kind !== recent.kind) {
    recent.kind = kind;
    recent.kindAdded = isAddedKind(kind, s);
  }
  const status = c.status;
  if (status !== recent.status) {
    recent.status = status;
    recent.statusAdded = isAddedStatus(status, s);
  }
  const amount = c.amount;
  if (!recent.kindAdded || !recent.statusAdded || amount === undefined) return false;
  const q = amount.qualifier;
  if ((q !== 'exact' && q !== 'upTo') || s.bounds.rounding) return false;
  const ps = c.parties;
  const role = s.role;
  let party: string;
  if (ps.length === 1) {
    const p = ps[0] as { party: string; role: string };
    if (role !== undefined && p.role !== role) return false;
    party = p.party;
  } else if (ps.length === 2 && role !== undefined) {
    const a = ps[0] as { party: string; role: string };
    const b = ps[1] as { party: string; role: string };
    const inA = a.role === role;
    // Neither or both in the role (perhaps the same party twice): the general path.
    if (inA === (b.role === role)) return false;
    party = inA ? a.party : b.party;
  } else return false;
  const own = ownDay(st.buckets, c);
  if (own !== undefined && own.problem === 'invalid') return false;
  const whole = st.whole;
  const currency = readBounds(amount, s, whole);
  if (whole.plain === undefined) return false; // a negative amount
  const r = rowFor(st, party);
  const t = st.rows[r] as Total;
  addShare(t.solo, bucketOf(st.buckets, s, own, currency), whole);
  countSolo(t, st.grand);
  st.seen.wholes[position] = r;
  return true;
}
