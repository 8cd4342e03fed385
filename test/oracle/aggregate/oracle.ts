/**
 * A deliberately simple reference for `aggregate()`, written from /work/notes/aggregation-rules.md,
 * shared/DESIGN.md "Aggregating commitments", docs/aggregation.md and docs/figures.md only. It shares no
 * code with src/: plain data in (written figures as exact rationals), plain data out, brute force
 * (for each total, for each commitment, walk its ancestors). Kind splits (`kindSplit`) and amounts
 * that hold their rounding (`amountView`) were added from docs/aggregation.md alone (kind-split.ts), and
 * so were a party's own parts of a joint whole (review4 K1); where src/ reads those rules otherwise,
 * `asSrc` applies its reading (known-disagreements.ts).
 */

import { add, cmp, decimalScale, div, mul, type Rat, rat, roundHalfEven, sub, ZERO } from '../rational';
import { decide, fromZero, linkedSets } from './kind-split';

export type Cur = 'EUR' | 'GBP' | 'USD';
export type OQualifier =
  | 'exact'
  | 'about'
  | 'upTo'
  | 'atLeast'
  | 'moreThan'
  | 'almost'
  | 'lessThan'
  | 'range';
export type OAllocation = 'unallocated' | 'equal' | 'full';
export type OView = 'nominal' | 'rounding';

/** A written figure: the value as written, its qualifier, the step its digits imply, a range's max. */
export interface OFigure {
  readonly currency: Cur;
  readonly qualifier: OQualifier;
  readonly value: Rat;
  readonly max?: Rat;
  readonly quantum: Rat;
}

export interface OParticipation {
  readonly party: string;
  readonly role: string;
}

export interface OCommitment {
  readonly id: string;
  readonly kind: string;
  readonly status: string;
  readonly parties: readonly OParticipation[];
  readonly amount?: OFigure;
  readonly date?: string;
  readonly partOf?: string;
  /** docs/aggregation.md "Commitments that may be one": the ids of the others it may be. */
  readonly kindSplit?: readonly string[];
  /** docs/aggregation.md "Sums": 'rounding' when the amount already holds its sources' rounding. */
  readonly amountView?: OView;
}

/** One day's fixes: units of GBP and USD per 1 EUR (ECB style). */
export interface OFix {
  readonly date: string;
  readonly GBP: Rat;
  readonly USD: Rat;
}

export interface OOptions {
  readonly by: string;
  readonly allocation: OAllocation;
  readonly view: OView;
  /** The "almost" band, default 1/10. */
  readonly almostBand?: Rat;
  readonly kinds?: readonly string[];
  readonly statuses?: readonly string[];
  readonly to?: Cur;
  readonly fixes?: readonly OFix[];
  readonly asOf?: string;
  readonly fallbackDate?: string;
  /** How many days before the day converted at a fix may lie (docs/aggregation.md: default 7). */
  readonly maxRateAgeDays?: number;
  /**
   * Under `by: 'party'`, whom a party shares a joint commitment with (the rules leave this to the
   * implementation, "keep the current documented behaviour"): `firstListedRole` (default; what reckon
   * did before issue 12, probed as a black box at 7dd117c), everyone in the role of the party's first
   * listed participation; `rolesOfParty`, everyone in any role the party holds in it.
   */
  readonly byPartySharers?: 'rolesOfParty' | 'firstListedRole';
  /**
   * Readings of src/ that differ from the docs' (known-disagreements.ts): each, when set, makes the
   * reference read the rule as src/ does, so that every listed disagreement is explained by one.
   */
  readonly asSrc?: AsSrc;
}

/** See OOptions.asSrc and known-disagreements.ts. */
export interface AsSrc {
  /**
   * K1a: a part of a joint whole in its currency that nobody holds in the role (left out of the
   * bounds) still leaves the share unchanged when it may be below zero or has an open end.
   */
  readonly outsidePartsBlock?: boolean;
  /**
   * F3: "linked (directly or through others)" runs through the commitments the grand total adds, in
   * every total: a row holding a and c links them through b of another row (not through a b that has
   * no amount or is filtered out). The reference's own reading: through the commitments the total adds.
   */
  readonly linkThroughGrandTotal?: boolean;
}

/** What the reference throws where the docs call for an `INVALID_ARGUMENT`, with the path named. */
export class OInvalidArgument extends Error {
  /** Each argument the error may name: the docs do not say which of several invalid ones is named. */
  constructor(readonly paths: readonly string[]) {
    super(`INVALID_ARGUMENT at ${paths.join(' or ')}`);
  }
}

/** An interval; null is an unbounded side. */
export interface OInterval {
  readonly low: Rat | null;
  readonly high: Rat | null;
  readonly lowInclusive: boolean;
  readonly highInclusive: boolean;
}

export interface OConverted {
  readonly low: Rat | null;
  readonly high: Rat | null;
  readonly complete: boolean;
}

export interface ONotAdded {
  readonly commitment: string;
  readonly reason: 'notAdditive' | 'partOf' | 'withdrawn';
  readonly includedIn?: string;
}

export interface OKindSplit {
  readonly position: number;
  readonly zero: string;
  readonly full: string;
}

/**
 * What the rules say about a total's issues. `counts`: codes whose number the rules fix; `present`:
 * codes whose presence (true) or absence (false) the rules fix; `anyOf`: at least one of these codes.
 * Codes not named here are not checked.
 */
export interface OIssueFacts {
  readonly counts: Record<string, number>;
  /** The KIND_SPLIT issues the rules call for: the one counted from 0 (id, input position), the one in full. */
  readonly kindSplits: readonly OKindSplit[];
  readonly present: Record<string, boolean>;
  readonly anyOf: (readonly string[])[];
}

export interface OTotals {
  readonly totals: ReadonlyMap<Cur, OInterval>;
  readonly converted?: OConverted;
  readonly added: readonly string[];
  readonly notAdded: readonly ONotAdded[];
  readonly withoutAmount: readonly string[];
  readonly issues: OIssueFacts;
}

export interface OResult {
  readonly rows: ReadonlyMap<string, OTotals>;
  readonly grandTotal: OTotals;
  /** How many shares of a joint whole its parts bounded (review4 K1), to measure the generators. */
  readonly jointParts: number;
}

/** docs/aggregation.md "The rules": the kinds that are summed. */
export const ADDITIVE_KINDS: ReadonlySet<string> = new Set([
  'investment',
  'equityStake',
  'loan',
  'grant',
  'capex',
  'contract',
  'pledge',
  'fundingRound',
  'project',
]);

const DEFAULT_STATUSES = ['announced', 'confirmed', 'planned', 'underConsideration', 'completed'];
/** EUR, GBP and USD all have two decimals. */
const MINOR_DIGITS = 2;
const HALF = rat(1n, 2n);
const ONE = rat(1n);

/**
 * docs/figures.md: nominal and rounding views of a written figure. The rounding view of exact, upTo,
 * moreThan and range is documented (docs/figures.md, test/figure/bounds.test.ts); for about, atLeast,
 * almost and lessThan it is this oracle's reading: the written value stands for [v - q/2, v + q/2].
 */
export function figureInterval(f: OFigure, view: OView, almostBand: Rat = rat(1n, 10n)): OInterval {
  const h = view === 'rounding' ? mul(f.quantum, HALF) : ZERO;
  const lo = sub(f.value, h);
  const hi = add(f.value, h);
  const iv = (low: Rat | null, high: Rat | null, lowInclusive: boolean, highInclusive: boolean) => ({
    low,
    high,
    lowInclusive,
    highInclusive,
  });
  switch (f.qualifier) {
    case 'exact':
    case 'about':
      return iv(lo, hi, true, true);
    case 'upTo':
      return iv(ZERO, hi, true, true);
    case 'atLeast':
      return iv(lo, null, true, false);
    case 'moreThan':
      return iv(lo, null, false, false);
    case 'almost':
      return iv(mul(sub(ONE, almostBand), lo), hi, true, false);
    case 'lessThan':
      return iv(ZERO, hi, true, false);
    case 'range':
      return iv(lo, add(f.max ?? f.value, h), true, true);
  }
}

/** Splits x into n shares in units of 10^-s; share i (0-based) gets a remainder unit first. */
export function equalShare(x: Rat, n: number, i: number, s: number): Rat {
  const unit = 10n ** BigInt(s);
  const units = (x.n * unit) / x.d;
  const mag = units < 0n ? -units : units;
  const N = BigInt(n);
  const part = mag / N + (BigInt(i) < mag % N ? 1n : 0n);
  return rat(units < 0n ? -part : part, unit);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isValidIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const max = mo === 2 && leap ? 29 : (DAYS_IN_MONTH[mo - 1] ?? 0);
  return d <= max;
}

type Missing = 'noRate' | 'invalidDate';

/** The exact rate from → to for a commitment, or why there is none. */
function rateFor(c: OCommitment, from: Cur, o: OOptions): Rat | Missing {
  if (o.to === undefined) throw new Error('rateFor without a target');
  // Same currency needs no rate, so no date either: the rules do not list this case.
  if (from === o.to) return ONE;
  let day: string | undefined;
  if (o.asOf !== undefined) day = o.asOf;
  else if (c.date !== undefined) {
    if (!isValidIsoDate(c.date)) return 'invalidDate';
    day = c.date;
  } else day = o.fallbackDate;
  if (day === undefined) return 'noRate';
  let fix: OFix | undefined;
  for (const f of o.fixes ?? []) if (f.date <= day && (fix === undefined || f.date > fix.date)) fix = f;
  if (fix === undefined) return 'noRate';
  // The latest fix on or before the day counts only when it is at most maxRateAgeDays older.
  const age = (Date.parse(`${day}T00:00:00Z`) - Date.parse(`${fix.date}T00:00:00Z`)) / 86_400_000;
  if (age > (o.maxRateAgeDays ?? 7)) return 'noRate';
  const perEur = (cur: Cur) => (cur === 'EUR' ? ONE : fix[cur]);
  return div(perEur(o.to), perEur(from));
}

interface Contribution {
  readonly c: OCommitment;
  readonly iv: OInterval;
  readonly currency: Cur;
  /** The commitment's own amount as the total reads it (before any sharing). */
  readonly own: OInterval;
}

function sumIntervals(parts: readonly OInterval[]): OInterval {
  let low: Rat | null = ZERO;
  let high: Rat | null = ZERO;
  let lowInclusive = true;
  let highInclusive = true;
  for (const p of parts) {
    low = low === null || p.low === null ? null : add(low, p.low);
    high = high === null || p.high === null ? null : add(high, p.high);
    lowInclusive &&= p.lowInclusive;
    highInclusive &&= p.highInclusive;
  }
  return { low, high, lowInclusive, highInclusive };
}

function convert(
  contributions: readonly Contribution[],
  o: OOptions,
): {
  converted: OConverted;
  missing: Set<Missing>;
} {
  let low: Rat | null = ZERO;
  let high: Rat | null = ZERO;
  let lowKnown = true;
  const missing = new Set<Missing>();
  for (const { c, iv, currency } of contributions) {
    const r = rateFor(c, currency, o);
    if (typeof r === 'string') {
      missing.add(r);
      high = null;
      if (iv.low === null || cmp(iv.low, ZERO) < 0) lowKnown = false;
      continue;
    }
    low = low === null || iv.low === null ? null : add(low, mul(iv.low, r));
    high = high === null || iv.high === null ? null : add(high, mul(iv.high, r));
  }
  const round = (x: Rat | null) => (x === null ? null : roundHalfEven(x, MINOR_DIGITS));
  return {
    converted: { low: lowKnown ? round(low) : null, high: round(high), complete: missing.size === 0 },
    missing,
  };
}

/** The reference aggregate. */
export function oracleAggregate(input: readonly OCommitment[], o: OOptions): OResult {
  // Input hygiene: the first occurrence of an id counts, later ones are ignored (DUPLICATE_ID).
  const retained: OCommitment[] = [];
  const ids = new Set<string>();
  let duplicateIds = 0;
  for (const c of input) {
    if (ids.has(c.id)) duplicateIds++;
    else {
      ids.add(c.id);
      retained.push(c);
    }
  }
  const unknownPartOf = new Set(
    retained.filter((c) => c.partOf !== undefined && !ids.has(c.partOf)).map((c) => c.id),
  );
  const parent = new Map<string, string | undefined>();
  for (const c of retained)
    parent.set(c.id, c.partOf !== undefined && ids.has(c.partOf) ? c.partOf : undefined);
  // Cycles: the smallest id on each cycle loses its whole.
  let cycles = 0;
  const state = new Map<string, 'walking' | 'done'>();
  for (const c of retained) {
    const path: string[] = [];
    let cur: string | undefined = c.id;
    while (cur !== undefined && !state.has(cur)) {
      state.set(cur, 'walking');
      path.push(cur);
      cur = parent.get(cur);
    }
    if (cur !== undefined && state.get(cur) === 'walking') {
      const cycle = path.slice(path.indexOf(cur));
      const smallest = cycle.reduce((a, b) => (b < a ? b : a));
      parent.set(smallest, undefined);
      cycles++;
    }
    for (const x of path) state.set(x, 'done');
  }
  const byId = new Map(retained.map((c) => [c.id, c]));
  const ancestors = (c: OCommitment): OCommitment[] => {
    const out: OCommitment[] = [];
    for (let p = parent.get(c.id); p !== undefined; p = parent.get(p)) {
      const w = byId.get(p);
      if (w) out.push(w);
    }
    return out;
  };

  const kindPasses = (c: OCommitment) => o.kinds === undefined || o.kinds.includes(c.kind);
  const statusPasses = (c: OCommitment) => (o.statuses ?? DEFAULT_STATUSES).includes(c.status);
  const passes = (c: OCommitment) => kindPasses(c) && statusPasses(c);
  const band = o.almostBand ?? rat(1n, 10n);
  // An amount that holds its sources' rounding already is read as it is (its nominal reading) in both views.
  const own = (c: OCommitment) =>
    c.amount ? figureInterval(c.amount, c.amountView === 'rounding' ? 'nominal' : o.view, band) : undefined;
  // Links between commitments that may be linked: both among the commitments, neither with a partOf.
  const position = new Map<string, number>();
  input.forEach((c, i) => {
    if (!position.has(c.id)) position.set(c.id, i);
  });
  const linkable = (id: string) => {
    const c = byId.get(id);
    return c !== undefined && c.partOf === undefined;
  };
  // "Links go both ways": an added commitment naming one that is added in full as it came (it has
  // no kindSplit, so it does not wait for the end) and does not name it back is invalid.
  const added = (c: OCommitment) => passes(c) && ADDITIVE_KINDS.has(c.kind) && c.amount !== undefined;
  const oneWay = retained.filter(
    (c) =>
      linkable(c.id) &&
      added(c) &&
      (c.kindSplit ?? []).some((id) => {
        const other = byId.get(id);
        return id !== c.id && other && linkable(id) && (other.kindSplit ?? []).length === 0 && added(other);
      }),
  );
  if (oneWay.length > 0)
    throw new OInvalidArgument(oneWay.map((c) => `commitments[${position.get(c.id) ?? -1}].kindSplit`));
  const edges = retained.flatMap((c) =>
    (c.kindSplit ?? [])
      .filter((id) => id !== c.id && linkable(c.id) && linkable(id))
      .map((id) => [c.id, id] as const),
  );
  const universe = retained
    .filter((c) => passes(c) && ADDITIVE_KINDS.has(c.kind) && c.amount !== undefined)
    .map((c) => c.id)
    .filter(linkable);
  const converting = o.to !== undefined && o.fixes !== undefined;

  const total = (
    belongs: (c: OCommitment) => boolean,
    contribution: (c: OCommitment, whole: OInterval) => OInterval,
    grand: boolean,
  ): OTotals => {
    const eligible = (c: OCommitment) =>
      belongs(c) && passes(c) && ADDITIVE_KINDS.has(c.kind) && c.amount !== undefined;
    const added: string[] = [];
    const notAdded: ONotAdded[] = [];
    const withoutAmount: string[] = [];
    let contributions: Contribution[] = [];
    for (const c of retained) {
      if (!belongs(c)) continue;
      if (!passes(c)) {
        if (c.status === 'withdrawn' && o.statuses === undefined && kindPasses(c))
          notAdded.push({ commitment: c.id, reason: 'withdrawn' });
        continue;
      }
      if (!ADDITIVE_KINDS.has(c.kind)) {
        notAdded.push({ commitment: c.id, reason: 'notAdditive' });
        continue;
      }
      const whole = own(c);
      if (!whole || !c.amount) {
        withoutAmount.push(c.id);
        continue;
      }
      if (ancestors(c).some(eligible)) {
        notAdded.push({ commitment: c.id, reason: 'partOf', ...(c.partOf ? { includedIn: c.partOf } : {}) });
        continue;
      }
      added.push(c.id);
      contributions.push({ c, iv: contribution(c, whole), currency: c.amount.currency, own: whole });
    }
    const kindSplits: OKindSplit[] = [];
    const sets = linkedSets(
      contributions.filter((x) => x.c.partOf === undefined).map((x) => x.c.id),
      edges,
      o.asSrc?.linkThroughGrandTotal ? universe : undefined,
    );
    for (const set of sets) {
      const members = contributions
        .filter((x) => set.includes(x.c.id))
        .map((x) => ({ id: x.c.id, currency: x.currency, iv: x.own }));
      const { full, zero } = decide(members);
      contributions = contributions.map((x) => (zero.includes(x.c.id) ? { ...x, iv: fromZero(x.iv) } : x));
      for (const id of zero) kindSplits.push({ position: position.get(id) ?? -1, zero: id, full });
    }
    const totals = new Map<Cur, OInterval>();
    for (const cur of ['EUR', 'GBP', 'USD'] as const) {
      const parts = contributions.filter((x) => x.currency === cur).map((x) => x.iv);
      if (parts.length > 0) totals.set(cur, sumIntervals(parts));
    }
    const counts: Record<string, number> = {
      KIND_SPLIT: kindSplits.length,
      UNKNOWN_COMMITMENT: retained.filter((c) => belongs(c) && unknownPartOf.has(c.id)).length,
    };
    const present: Record<string, boolean> = {};
    const anyOf: string[][] = [];
    if (grand) {
      counts.DUPLICATE_ID = duplicateIds;
      present.DUPLICATE_PARTY = retained.some((c) =>
        c.parties.some((p, i) => c.parties.some((q, j) => j < i && q.party === p.party && q.role === p.role)),
      );
      present.PART_OF_CYCLE = cycles > 0;
      present.INVALID_DATE = retained.some((c) => c.date !== undefined && !isValidIsoDate(c.date));
    }
    if (!converting) {
      present.NO_RATE = false;
      return { totals, added, notAdded, withoutAmount, issues: { counts, kindSplits, present, anyOf } };
    }
    const { converted, missing } = convert(contributions, o);
    if (missing.has('noRate')) present.NO_RATE = true;
    else if (missing.has('invalidDate')) anyOf.push(['NO_RATE', 'INVALID_DATE']);
    else present.NO_RATE = false;
    return {
      totals,
      converted,
      added,
      notAdded,
      withoutAmount,
      issues: { counts, kindSplits, present, anyOf },
    };
  };

  // Rows: every party of a retained commitment (by party) or every holder of the role (by role).
  const holds = (c: OCommitment, party: string) =>
    c.parties.some((p) => p.party === party && (o.by === 'party' || p.role === o.by));
  const rowParties = new Set<string>();
  for (const c of retained)
    for (const p of c.parties) if (o.by === 'party' || p.role === o.by) rowParties.add(p.party);

  const rows = new Map<string, OTotals>();
  let jointPartShares = 0;
  for (const party of [...rowParties].sort()) {
    /**
     * docs/aggregation.md "A party's own part of a joint whole" (review4 K1): P's share of a joint W
     * bounded by W's direct eligible parts in W's currency, read in the roles P's share is counted
     * for; undefined where the section leaves the share unchanged.
     */
    const jointParts = (
      c: OCommitment,
      whole: OInterval,
      roles: ReadonlySet<string>,
      n: number,
      i: number,
    ): OInterval | undefined => {
      if ((c.kindSplit ?? []).length > 0) return undefined;
      const holders = (x: OCommitment) =>
        [...new Set(x.parties.filter((p) => roles.has(p.role)).map((p) => p.party))].sort();
      const sameCurrency = retained
        .filter(
          (x) =>
            parent.get(x.id) === c.id &&
            passes(x) &&
            ADDITIVE_KINDS.has(x.kind) &&
            x.amount?.currency === c.amount?.currency,
        )
        .map((x) => ({ hs: holders(x), iv: own(x) as OInterval }));
      const parts = sameCurrency.filter((x) => x.hs.length > 0);
      if (parts.length === 0) return undefined;
      // "Has an open end": an unbounded side (an end that is only exclusive still bounds the share).
      const usable = (v: OInterval) => v.low !== null && v.high !== null && cmp(v.low, ZERO) >= 0;
      const checked = o.asSrc?.outsidePartsBlock ? sameCurrency : parts;
      if (!usable(whole) || !checked.every((x) => usable(x.iv))) return undefined;
      const lo = (v: OInterval) => v.low ?? ZERO;
      const hi = (v: OInterval) => v.high ?? ZERO;
      const sum = (xs: readonly Rat[]) => xs.reduce(add, ZERO);
      const mine = parts.filter((x) => x.hs.includes(party));
      const others = parts.filter((x) => !x.hs.includes(party));
      const othersLow = sum(others.map((x) => lo(x.iv)));
      const cap = sub(hi(whole), othersLow);
      const max = (a: Rat, b: Rat) => (cmp(a, b) >= 0 ? a : b);
      const min = (a: Rat, b: Rat) => (cmp(a, b) <= 0 ? a : b);
      // The docs leave the ends' inclusiveness open: the reference keeps W's (exclusive only where W is).
      const closed = (low: Rat, high: Rat): OInterval => ({
        low,
        high,
        lowInclusive: whole.lowInclusive,
        highInclusive: whole.highInclusive,
      });
      const split = (x: Rat, k: number, j: number) =>
        equalShare(x, k, j, Math.max(MINOR_DIGITS, decimalScale(x)));
      if (o.allocation === 'unallocated') {
        // A part P holds jointly gives 0 at the low end (its own share of the part is [0, high]).
        const low = sum(mine.map((x) => (x.hs.length === 1 ? lo(x.iv) : ZERO)));
        return closed(low, max(cap, low));
      }
      const share = (x: (typeof parts)[number], end: (v: OInterval) => Rat) =>
        split(end(x.iv), x.hs.length, x.hs.indexOf(party));
      const ownLow = sum(mine.map((x) => share(x, lo)));
      const ownHigh = sum(mine.map((x) => share(x, hi)));
      const leftLow = max(ZERO, sub(lo(whole), sum(parts.map((x) => hi(x.iv)))));
      const leftHigh = max(ZERO, sub(hi(whole), sum(parts.map((x) => lo(x.iv)))));
      const low = add(ownLow, split(leftLow, n, i));
      // Parts that exceed W (inconsistent input) would put the cap below the low end: as under
      // `unallocated`, the share is never below P's own parts.
      return closed(low, max(low, min(add(ownHigh, split(leftHigh, n, i)), cap)));
    };
    const allocate = (c: OCommitment, whole: OInterval): OInterval => {
      // The parties P shares c with: those in the grouped role, or (by party) see byPartySharers.
      const mine = c.parties.filter((p) => p.party === party && (o.by === 'party' || p.role === o.by));
      const roles = new Set(
        o.by === 'party' && o.byPartySharers !== 'rolesOfParty'
          ? mine.slice(0, 1).map((p) => p.role)
          : mine.map((p) => p.role),
      );
      const sharers = [...new Set(c.parties.filter((p) => roles.has(p.role)).map((p) => p.party))].sort();
      const n = sharers.length;
      if (n <= 1 || o.allocation === 'full') return whole;
      const bounded = jointParts(c, whole, roles, n, sharers.indexOf(party));
      if (bounded) {
        jointPartShares++;
        return bounded;
      }
      // "In general the hull of 0 and the bounds" (a negative amount gives [low, 0]).
      if (o.allocation === 'unallocated') return fromZero(whole);
      const i = sharers.indexOf(party);
      // Each bound in the finer of the minor unit and its own last decimal: "the row's units" are
      // not defined further (see the report).
      const split = (x: Rat | null) =>
        x === null ? null : equalShare(x, n, i, Math.max(MINOR_DIGITS, decimalScale(x)));
      return {
        low: split(whole.low),
        high: split(whole.high),
        lowInclusive: whole.lowInclusive,
        highInclusive: whole.highInclusive,
      };
    };
    rows.set(
      party,
      total((c) => holds(c, party), allocate, false),
    );
  }
  const grandTotal = total(
    () => true,
    (_c, whole) => whole,
    true,
  );
  return { rows, grandTotal, jointParts: jointPartShares };
}
