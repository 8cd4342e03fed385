import type { Commitment, Role } from '../commitment/model';
import type { Figure } from '../figure/types';
import type { Currency } from '../money/currencies';
import type { Settings } from './options';
import type { Part } from './parts';
import { newShare, readBounds, roundingIncluded, type Share, shareOf } from './shares';

/**
 * A joint commitment without a whole (more than one party in a grouped role): its rows' shares wait
 * for the end, where its parts bound them. @internal
 */
export interface Joint {
  readonly position: number;
  readonly commitment: Commitment;
  readonly bucket: number;
  readonly rows: readonly number[];
  readonly n: readonly number[];
  readonly rank: readonly number[];
}

/** The distinct parties of c in role R, sorted: who holds that part of a whole. */
function holders(c: Commitment, role: Role): string[] {
  const out = new Set<string>();
  for (const p of c.parties) if (p.role === role) out.add(p.party);
  return [...out].sort();
}

/** The role a row's share of c is counted for: the grouped role, or the party's first listed one. */
function roleIn(c: Commitment, party: string, s: Settings): Role | undefined {
  return s.role ?? c.parties.find((p) => p.party === party)?.role;
}

const lift = (x: bigint, from: bigint, to: bigint) => x * 10n ** (to - from);

/**
 * One party's share of a joint whole, bounded by the whole's direct parts (docs/aggregation.md,
 * "A party's own part of a joint whole"): at least its own parts, at most the whole minus the parts
 * only others hold; under `equal`, its own parts plus its 1/n of what the parts leave unassigned.
 * Falls back to {@link shareOf} for n = 1, `full`, no parts, or a whole or part that is below zero or
 * open-ended (the bounds below need amounts of at least zero). Parts in another currency are skipped.
 * @internal
 */
export function jointShare(
  whole: Share,
  currency: Currency,
  wholeCommitment: Commitment,
  party: string,
  n: number,
  rank: number,
  parts: readonly Part[],
  s: Settings,
  out: Share,
): Share {
  shareOf(whole, currency, n, rank, s, out);
  if (n === 1 || s.allocation === 'full' || parts.length === 0) return out;
  if (whole.low === null || whole.high === null || whole.low < 0n) return out;
  const role = roleIn(wholeCommitment, party, s);
  if (role === undefined) return out;
  type Read = { low: bigint; high: bigint; scale: bigint; own: boolean; n: number; rank: number };
  const read: Read[] = [];
  let scale = whole.scale > currency.exponent ? whole.scale : currency.exponent;
  const b = newShare();
  for (const part of parts) {
    const c = part.commitment;
    if (c === undefined) continue;
    if (readBounds(c.amount as Figure, s, b, roundingIncluded(c)).code !== currency.code) continue;
    if (b.low === null || b.high === null || b.low < 0n) return out;
    const who = holders(c, role);
    if (who.length === 0) continue; // held by no one in the role: it may be anyone's
    const k = who.indexOf(party);
    read.push({ low: b.low, high: b.high, scale: b.scale, own: k >= 0, n: who.length, rank: k });
    if (b.scale > scale) scale = b.scale;
  }
  if (read.length === 0) return out;
  const wLow = lift(whole.low, whole.scale, scale);
  const wHigh = lift(whole.high, whole.scale, scale);
  let ownLow = 0n;
  let ownHigh = 0n;
  let othersLow = 0n;
  let assignedLow = 0n;
  let assignedHigh = 0n;
  const one = newShare();
  for (const r of read) {
    const low = lift(r.low, r.scale, scale);
    const high = lift(r.high, r.scale, scale);
    assignedLow += low;
    assignedHigh += high;
    if (!r.own) {
      othersLow += low;
      continue;
    }
    Object.assign(b, { low, high, scale, lowInclusive: true, highInclusive: true });
    shareOf(b, currency, r.n, r.rank, s, one);
    ownLow += one.low as bigint;
    ownHigh += one.high as bigint;
  }
  out.scale = scale;
  if (s.allocation === 'equal') {
    const zero = (x: bigint) => (x < 0n ? 0n : x);
    Object.assign(b, { low: zero(wLow - assignedHigh), high: zero(wHigh - assignedLow), scale });
    shareOf(b, currency, n, rank, s, one);
    ownLow += one.low as bigint;
    ownHigh += one.high as bigint;
  }
  // Never above what the others' parts leave, nor below its own parts where the data contradict.
  const most = wHigh - othersLow;
  out.low = ownLow;
  const high = s.allocation === 'equal' && ownHigh < most ? ownHigh : most;
  out.high = high < ownLow ? ownLow : high;
  out.lowInclusive = true;
  return out;
}
