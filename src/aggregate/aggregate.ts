import {
  COMMITMENT_KINDS,
  type Commitment,
  type CommitmentKind,
  type CommitmentStatus,
  type Participation,
  type Party,
  type Role,
} from '../commitment/model';
import { type Issue, ReckonError } from '../errors/reckon-error';
import {
  type BoundsSettings,
  type BoundsView,
  boundsSettings,
  boundsUnits,
  type UnitBounds,
} from '../figure/bounds';
import type { Figure } from '../figure/types';
import { type Ratio, ratio, ratioAdd, ratioMul, roundRatio } from '../math/ratio';
import { smallInt } from '../math/small';
import { type Currency, currency as currencyByCode } from '../money/currencies';
import type { Money } from '../money/money';
import { fromUnits } from '../money/units';
import { assertIsoDate } from '../rates/dates';
import type { RateProvider } from '../rates/provider';
import { addToSum, emptySum, type IntervalSum, mergeSum, sumHigh, sumLow } from './interval';

/** How a commitment with several parties in one role ("in Nscale und CoreWeave") is shared out. */
export type Allocation = 'unallocated' | 'equal' | 'full';

/** Options for {@link aggregate}. */
export interface AggregateOptions {
  /** Group by every party (`party`, role shown as `any`) or by the parties in one role. @defaultValue "party" */
  readonly by?: 'party' | Role;
  /** Only these kinds (default: all; non-additive kinds are listed beside the sums, never in them). */
  readonly kinds?: readonly CommitmentKind[];
  /** Only these statuses (default: all but `withdrawn`, which is listed as not added). */
  readonly statuses?: readonly CommitmentStatus[];
  /** Convert totals into this currency, with `rates`. */
  readonly to?: string;
  /** Where conversion rates come from. */
  readonly rates?: RateProvider;
  /**
   * One day for every conversion. Default: each commitment's own date; either way the latest fix on
   * or before that day is used, and `rates` says which day it was.
   */
  readonly asOf?: string;
  /**
   * The day to convert commitments that have no date of their own (for example the article's date);
   * without it they get a `NO_RATE` issue. Ignored when `asOf` is given.
   */
  readonly fallbackDate?: string;
  /**
   * `unallocated` (default): each of n parties in a role gets [0, high] and the grand total counts the
   * amount once; `equal`: each gets 1/n (remainders to the first ids, to the unit); `full`: each gets all.
   */
  readonly allocation?: Allocation;
  /** Nominal bounds (default) or rounding intervals. */
  readonly view?: BoundsView;
  /** See {@link FigureBoundsOptions}. */
  readonly almostBand?: string;
  /** See {@link FigureBoundsOptions}. */
  readonly aboutBand?: string;
  /** Party names for the result rows. */
  readonly parties?: readonly Party[];
  /**
   * List the ids of contributing commitments in each row (default). Set false to stream very many
   * commitments in memory that grows with the groups; `partOf` is then resolved only for parts that
   * come before their wholes (others are reported as issues).
   */
  readonly listCommitments?: boolean;
}

/** An exact interval of money; `null` is an unbounded side. */
export interface MoneyInterval {
  readonly currency: string;
  readonly low: Money | null;
  readonly high: Money | null;
  readonly lowInclusive: boolean;
  readonly highInclusive: boolean;
}

/** A total converted into the target currency, rounded half-even to its minor unit at the end. */
export interface ConvertedInterval extends MoneyInterval {
  /** False when a rate was missing for some part: then `low`/`high` leave that part out (see issues). */
  readonly complete: boolean;
}

/** A rate used in a conversion: which fix, asked for which day. */
export interface RateUse {
  readonly base: string;
  readonly quote: string;
  readonly value: Ratio;
  /** The day of the fix used. */
  readonly date: string;
  /** The day asked for (the commitment's date or `asOf`). */
  readonly requestedDate: string;
  readonly source: string;
  /** True when the fix is from an earlier day than asked (weekend, holiday). */
  readonly substituted: boolean;
}

/** A commitment shown beside the sums, and why it is not in them. */
export interface NotAddedItem {
  readonly commitment: string;
  readonly kind: CommitmentKind;
  /** `notAdditive`: a stock or mark; `partOf`: included in another commitment already added; `withdrawn`. */
  readonly reason: 'notAdditive' | 'partOf' | 'withdrawn';
  readonly includedIn?: string;
  readonly amount?: Figure;
}

/** The totals of one row, or of the whole. */
export interface AggregateTotals {
  /** Exact totals per original currency. */
  readonly totals: Readonly<Record<string, MoneyInterval>>;
  /** The converted total, when `to` was given. */
  readonly converted?: ConvertedInterval;
  /** Ids of the commitments added (empty with `listCommitments: false`). */
  readonly commitments: readonly string[];
  /** How many commitments were added. */
  readonly count: number;
  readonly notAdded: readonly NotAddedItem[];
  /** Commitments without an amount: counted and listed, adding nothing. */
  readonly withoutAmount: readonly string[];
  /** Problems such as a missing rate (`NO_RATE`). */
  readonly issues: readonly Issue[];
  /** Rates used for the conversion. */
  readonly rates: readonly RateUse[];
}

/** One row: a party in a role, with its totals. */
export interface AggregateGroup extends AggregateTotals {
  readonly party: string;
  readonly partyName?: string;
  readonly role: Role | 'any';
}

/** The result of {@link aggregate}. */
export interface AggregateResult {
  readonly by: 'party' | Role;
  readonly allocation: Allocation;
  readonly view: BoundsView;
  /** Rows sorted by party id. */
  readonly groups: readonly AggregateGroup[];
  /**
   * The rows' total without double counting: every commitment that has a row counted once, parts of
   * wholes not added again. Commitments with no party in the grouped role are outside it.
   */
  readonly grandTotal: AggregateTotals;
  /** Every rate used. */
  readonly rates: readonly RateUse[];
}

interface GroupState {
  readonly party: string;
  readonly role: Role | 'any';
  /** Sums by bucket id (a currency and a rate day, interned per aggregator). */
  readonly sums: (IntervalSum | undefined)[];
  /**
   * Sums of commitments this row holds alone (one party in the grouped role, nobody sharing it): the
   * grand total takes them from here instead of adding each commitment a second time.
   */
  readonly solo: (IntervalSum | undefined)[];
  readonly ids: string[];
  count: number;
  readonly notAdded: NotAddedItem[];
  readonly withoutAmount: string[];
}

/** A party a commitment counts for: its share is index-th of n (n parties in its role). */
interface Target {
  readonly party: string;
  readonly n: number;
  readonly index: number;
}

const ALL_BUT_WITHDRAWN: ReadonlySet<CommitmentStatus> = new Set([
  'announced',
  'confirmed',
  'planned',
  'underConsideration',
  'completed',
]);

function newGroup(party: string, role: Role | 'any'): GroupState {
  return { party, role, sums: [], solo: [], ids: [], count: 0, notAdded: [], withoutAmount: [] };
}

/** Splits x into n parts that sum to x exactly; part i gets the remainder's units first. */
function share(x: bigint, n: number, i: number): bigint {
  const N = BigInt(n);
  const neg = x < 0n;
  const mag = neg ? -x : x;
  const part = mag / N + (BigInt(i) < mag % N ? 1n : 0n);
  return neg ? -part : part;
}

const byParty = (a: Participation, b: Participation) => (a.party < b.party ? -1 : a.party > b.party ? 1 : 0);

/**
 * The incremental form of {@link aggregate}: `add` commitments one by one (from any source), then
 * `result()`.
 *
 * @param options - {@link AggregateOptions}
 * @returns the aggregator
 * @throws {@link ReckonError} `INVALID_ARGUMENT` for `to` without `rates`, `UNKNOWN_CURRENCY`,
 *   `INVALID_DATE` for `asOf`
 * @example
 * ```ts
 * const agg = createAggregator({ by: 'investor' });
 * for (const c of commitments) agg.add(c);
 * agg.result().groups;
 * ```
 */
export function createAggregator(options: AggregateOptions = {}) {
  const by = options.by ?? 'party';
  const rowRole: Role | 'any' = by === 'party' ? 'any' : by;
  const allocation = options.allocation ?? 'unallocated';
  const view = options.view ?? 'nominal';
  const settings: BoundsSettings = boundsSettings({
    view,
    ...(options.almostBand !== undefined ? { almostBand: options.almostBand } : {}),
    ...(options.aboutBand !== undefined ? { aboutBand: options.aboutBand } : {}),
  });
  const target: Currency | undefined = options.to === undefined ? undefined : currencyByCode(options.to);
  if (target && !options.rates) {
    throw new ReckonError('INVALID_ARGUMENT', `Converting to ${target.code} needs rates (options.rates).`);
  }
  const asOf = options.asOf === undefined ? undefined : assertIsoDate(options.asOf, 'asOf');
  const fallbackDate =
    options.fallbackDate === undefined ? '' : assertIsoDate(options.fallbackDate, 'fallbackDate');
  const kinds = options.kinds ? new Set(options.kinds) : undefined;
  const statuses = options.statuses ? new Set(options.statuses) : undefined;
  const list = options.listCommitments !== false;
  const names = new Map((options.parties ?? []).map((p) => [p.id, p.name]));

  const groups = new Map<string, GroupState>();
  const grand = newGroup('', 'any');
  const currencies = new Map<string, Currency>();
  // For partOf: wholes named by a part seen earlier are kept as they are added; with id lists, wholes
  // added before their parts are found in the lists at the end.
  const added = new Map<string, Commitment>();
  const wanted = new Set<string>();
  const parts: Commitment[] = [];
  const parentOf = new Map<string, string>();

  const groupFor = (party: string): GroupState => {
    let g = groups.get(party);
    if (!g) {
      g = newGroup(party, rowRole);
      groups.set(party, g);
    }
    return g;
  };

  const fits = (p: Participation, additive: boolean) =>
    additive ? by === 'party' || p.role === by : p.role === 'subject';

  const scratch = { party: '', n: 1, index: 0 };
  const single: readonly Target[] = [scratch];

  /** The parties a commitment counts for in this grouping, with the size of their role. */
  const targetsOf = (c: Commitment, additive: boolean): readonly Target[] => {
    const ps = c.parties;
    // Common case: one party in the grouped role, nobody else sharing its role.
    let hit = -1;
    let hits = 0;
    for (let i = 0; i < ps.length; i++) {
      if (fits(ps[i] as Participation, additive)) {
        hit = i;
        hits++;
      }
    }
    if (hits === 0) return [];
    if (hits === 1) {
      const p = ps[hit] as Participation;
      let n = 0;
      for (const q of ps) if (q.role === p.role) n++;
      if (n === 1) {
        // The hot path allocates nothing: the one target is written into a scratch list that is read
        // before the next call (add and resolveParts use targets at once and never keep them).
        scratch.party = p.party;
        return single;
      }
    }
    const sorted = [...ps].sort(byParty);
    const out: Target[] = [];
    const seen = new Set<string>();
    for (const p of sorted) {
      if (!fits(p, additive) || seen.has(p.party)) continue;
      seen.add(p.party);
      const sameRole = sorted.filter((q) => q.role === p.role);
      out.push({ party: p.party, n: sameRole.length, index: sameRole.indexOf(p) });
    }
    return out;
  };

  const addBounds = (
    g: GroupState,
    c: Commitment,
    b: UnitBounds,
    t: Target | undefined,
    bucket: number,
    sums: (IntervalSum | undefined)[] = g.sums,
  ) => {
    let low = b.low;
    let high = b.high;
    let lowInclusive = b.lowInclusive;
    let highInclusive = b.highInclusive;
    if (t !== undefined && t.n > 1) {
      if (allocation === 'equal') {
        low = low === null ? null : share(low, t.n, t.index);
        high = high === null ? null : share(high, t.n, t.index);
      } else if (allocation === 'unallocated') {
        if (low !== null && low > 0n) {
          low = 0n;
          lowInclusive = true;
        }
        if (high !== null && high < 0n) {
          high = 0n;
          highInclusive = true;
        }
      }
    }
    let sum = sums[bucket];
    if (!sum) {
      sum = emptySum(b.scale);
      sums[bucket] = sum;
    }
    addToSum(sum, low, high, b.scale, lowInclusive, highInclusive);
    g.count++;
    if (list) g.ids.push(c.id);
  };

  // Buckets: one id per (currency, rate day), so that rows index an array instead of nested maps.
  const bucketIds = new Map<string, Map<string, number>>();
  const bucketKeys: { readonly code: string; readonly day: string }[] = [];
  const bucketOf = (c: Commitment, b: UnitBounds): number => {
    const code = b.currency.code;
    const day = asOf ?? c.date ?? fallbackDate;
    let byDay = bucketIds.get(code);
    if (!byDay) {
      byDay = new Map();
      bucketIds.set(code, byDay);
      currencies.set(code, b.currency);
    }
    let id = byDay.get(day);
    if (id === undefined) {
      id = bucketKeys.length;
      bucketKeys.push({ code, day });
      byDay.set(day, id);
    }
    return id;
  };

  const contribute = (c: Commitment, b: UnitBounds, targets: readonly Target[]) => {
    const bucket = bucketOf(c, b);
    const only = targets.length === 1 ? (targets[0] as Target) : undefined;
    if (only !== undefined && only.n === 1) {
      // Held by one row alone: added once, to that row's solo sums, which the grand total reads.
      const g = groupFor(only.party);
      addBounds(g, c, b, only, bucket, g.solo);
      grand.count++;
      if (list) grand.ids.push(c.id);
    } else {
      for (let i = 0; i < targets.length; i++) {
        const t = targets[i] as Target;
        addBounds(groupFor(t.party), c, b, t, bucket);
      }
      addBounds(grand, c, b, undefined, bucket);
    }
    if (wanted.has(c.id)) added.set(c.id, c);
  };

  const add = (c: Commitment): void => {
    const info = COMMITMENT_KINDS[c.kind];
    if (!info)
      throw new ReckonError('INVALID_ARGUMENT', `${c.id}: unknown kind "${String(c.kind)}"`, { id: c.id });
    if (kinds && !kinds.has(c.kind)) return;
    if (statuses && !statuses.has(c.status)) return;
    const targets = targetsOf(c, info.additive);
    // No party of this commitment has the grouped role: it is outside this grouping, and so outside
    // its grand total (which is the rows' total without double counting).
    if (targets.length === 0) return;
    const amount = c.amount;
    if (info.additive && amount && c.partOf === undefined && (statuses || ALL_BUT_WITHDRAWN.has(c.status))) {
      contribute(c, boundsUnits(amount, settings), targets);
      return;
    }
    const notAdded = (item: NotAddedItem) => {
      for (const t of targets) groupFor(t.party).notAdded.push(item);
      grand.notAdded.push(item);
    };
    if (!statuses && !ALL_BUT_WITHDRAWN.has(c.status)) {
      notAdded({ commitment: c.id, kind: c.kind, reason: 'withdrawn', ...(amount ? { amount } : {}) });
    } else if (!info.additive) {
      notAdded({ commitment: c.id, kind: c.kind, reason: 'notAdditive', ...(amount ? { amount } : {}) });
    } else if (!amount) {
      for (const t of targets) groupFor(t.party).withoutAmount.push(c.id);
      grand.withoutAmount.push(c.id);
    } else if (c.partOf !== undefined) {
      parentOf.set(c.id, c.partOf);
      wanted.add(c.partOf);
      parts.push(c);
    }
  };

  const ancestors = (id: string): string[] => {
    const out: string[] = [];
    const seen = new Set<string>([id]);
    for (let p = parentOf.get(id); p !== undefined && !seen.has(p); p = parentOf.get(p)) {
      out.push(p);
      seen.add(p);
    }
    return out;
  };

  const grandIssues: Issue[] = [];
  /** Parties a commitment was added for, in this grouping. */
  const addedFor = new Map<string, Set<string>>();
  const partiesOf = (id: string): Set<string> => {
    let set = addedFor.get(id);
    if (!set) {
      const c = added.get(id);
      set = new Set(c ? targetsOf(c, true).map((t) => t.party) : []);
      addedFor.set(id, set);
    }
    return set;
  };

  const resolveParts = () => {
    if (parts.length === 0) return;
    if (list) {
      // Wholes that came before their parts: their parties are the rows that list them.
      const missing = new Set([...wanted].filter((id) => !added.has(id)));
      if (missing.size > 0) {
        for (const g of groups.values()) {
          for (const id of g.ids) {
            if (!missing.has(id)) continue;
            let set = addedFor.get(id);
            if (!set) {
              set = new Set();
              addedFor.set(id, set);
            }
            set.add(g.party);
          }
        }
        for (const id of grand.ids) if (missing.has(id) && !addedFor.has(id)) addedFor.set(id, new Set());
      }
    }
    const isAdded = (id: string) => added.has(id) || addedFor.has(id);
    // Wholes before their parts: shallow parts first.
    parts.sort((a, b) => ancestors(a.id).length - ancestors(b.id).length);
    for (const c of parts) {
      const chain = ancestors(c.id).filter(isAdded);
      if (chain.length === 0 && !list && parentOf.has(c.id)) {
        grandIssues.push({
          code: 'UNKNOWN_COMMITMENT',
          message: `${c.id}: its whole "${parentOf.get(c.id)}" was not seen after it, so it is added (with listCommitments: false, give parts before their wholes)`,
          path: [c.id],
        });
      }
      const figure = c.amount as Figure;
      const b = boundsUnits(figure, settings);
      const bucket = bucketOf(c, b);
      const keep = new Set<string>();
      // Copied: partiesOf below calls targetsOf again, which reuses the scratch list.
      for (const t of targetsOf(c, true).map((x) => ({ ...x }))) {
        const whole = chain.find((id) => partiesOf(id).has(t.party));
        const g = groupFor(t.party);
        if (whole)
          g.notAdded.push({
            commitment: c.id,
            kind: c.kind,
            reason: 'partOf',
            includedIn: whole,
            amount: figure,
          });
        else {
          addBounds(g, c, b, t, bucket);
          keep.add(t.party);
        }
      }
      const whole = chain[0];
      if (whole)
        grand.notAdded.push({
          commitment: c.id,
          kind: c.kind,
          reason: 'partOf',
          includedIn: whole,
          amount: figure,
        });
      else addBounds(grand, c, b, undefined, bucket);
      addedFor.set(c.id, keep);
    }
  };

  const rateCache = new Map<string, { rate?: RateUse; value?: Ratio }>();
  const allRates = new Map<string, RateUse>();

  const rateFor = (code: string, day: string): { rate?: RateUse; value?: Ratio } => {
    const key = `${code}\u0000${day}`;
    const hit = rateCache.get(key);
    if (hit) return hit;
    let found: { rate?: RateUse; value?: Ratio } = {};
    if (target && code === target.code) found = { value: ratio(1n) };
    else if (target && options.rates && day !== '') {
      const lookup = options.rates.rateOn(code, target.code, day, { policy: 'previous' });
      if (lookup) {
        const use: RateUse = {
          base: code,
          quote: target.code,
          value: lookup.rate.value,
          date: lookup.rate.date,
          requestedDate: day,
          source: lookup.rate.source,
          substituted: lookup.substituted,
        };
        allRates.set(`${code}\u0000${use.date}\u0000${day}`, use);
        found = { rate: use, value: lookup.rate.value };
      }
    }
    rateCache.set(key, found);
    return found;
  };

  /** A row's sums per bucket: its own plus its solo ones; for the grand total, every row's solo ones. */
  const bucketsOf = (g: GroupState): (IntervalSum | undefined)[] => {
    const lists = g === grand ? [grand.sums, ...[...groups.values()].map((r) => r.solo)] : [g.sums, g.solo];
    const out: (IntervalSum | undefined)[] = [];
    for (const list of lists) {
      list.forEach((sum, id) => {
        if (!sum) return;
        let into = out[id];
        if (!into) {
          into = emptySum(sum.scale);
          out[id] = into;
        }
        mergeSum(into, sum);
      });
    }
    return out;
  };

  const finish = (g: GroupState): AggregateTotals => {
    const buckets = bucketsOf(g);
    const perCurrency = new Map<string, IntervalSum>();
    let low: Ratio = ratio(0n);
    let high: Ratio = ratio(0n);
    let unboundedLow = false;
    let unboundedHigh = false;
    let lowExclusive = false;
    let highExclusive = false;
    let complete = true;
    const used = new Map<string, RateUse>();
    const issues: Issue[] = [];
    for (let id = 0; id < buckets.length; id++) {
      const sum = buckets[id];
      if (!sum) continue;
      const { code, day } = bucketKeys[id] as { code: string; day: string };
      let total = perCurrency.get(code);
      if (!total) {
        total = emptySum(sum.scale);
        perCurrency.set(code, total);
      }
      mergeSum(total, sum);
      if (!target) continue;
      const r = rateFor(code, day);
      if (!r.value) {
        complete = false;
        issues.push({
          code: 'NO_RATE',
          message:
            day === ''
              ? `no date to pick a ${code}→${target.code} rate for ${sum.count} commitment(s); pass asOf or give them dates`
              : `no ${code}→${target.code} rate on or before ${day} (${sum.count} commitment(s))`,
          path: [code, day],
        });
        continue;
      }
      if (r.rate) used.set(`${r.rate.base}\u0000${r.rate.date}\u0000${r.rate.requestedDate}`, r.rate);
      const den = 10n ** sum.scale;
      if (sum.unboundedLow > 0) unboundedLow = true;
      else low = ratioAdd(low, ratioMul(ratio(sumLow(sum), den), r.value));
      if (sum.unboundedHigh > 0) unboundedHigh = true;
      else high = ratioAdd(high, ratioMul(ratio(sumHigh(sum), den), r.value));
      if (sum.lowExclusive) lowExclusive = true;
      if (sum.highExclusive) highExclusive = true;
    }
    const totals: Record<string, MoneyInterval> = {};
    for (const code of [...perCurrency.keys()].sort()) {
      const s = perCurrency.get(code) as IntervalSum;
      const cur = currencies.get(code) as Currency;
      totals[code] = {
        currency: code,
        low: s.unboundedLow > 0 ? null : fromUnits(sumLow(s), s.scale, cur),
        high: s.unboundedHigh > 0 ? null : fromUnits(sumHigh(s), s.scale, cur),
        lowInclusive: !s.lowExclusive && s.unboundedLow === 0,
        highInclusive: !s.highExclusive && s.unboundedHigh === 0,
      };
    }
    const converted: ConvertedInterval | undefined = target
      ? {
          currency: target.code,
          low: unboundedLow
            ? null
            : fromUnits(roundRatio(low, smallInt(target.exponent)), target.exponent, target),
          high: unboundedHigh
            ? null
            : fromUnits(roundRatio(high, smallInt(target.exponent)), target.exponent, target),
          lowInclusive: !lowExclusive && !unboundedLow,
          highInclusive: !highExclusive && !unboundedHigh,
          complete,
        }
      : undefined;
    return {
      totals,
      ...(converted ? { converted } : {}),
      commitments: [...g.ids].sort(),
      count: g.count,
      notAdded: g.notAdded,
      withoutAmount: g.withoutAmount,
      issues,
      rates: [...used.values()].sort((a, b) => (a.base + a.date < b.base + b.date ? -1 : 1)),
    };
  };

  const result = (): AggregateResult => {
    resolveParts();
    const rows = [...groups.values()]
      .sort((a, b) => (a.party < b.party ? -1 : a.party > b.party ? 1 : 0))
      .map((g): AggregateGroup => {
        const name = names.get(g.party);
        return {
          party: g.party,
          ...(name !== undefined ? { partyName: name } : {}),
          role: g.role,
          ...finish(g),
        };
      });
    const whole = finish(grand);
    return {
      by,
      allocation,
      view,
      groups: rows,
      grandTotal: { ...whole, issues: [...grandIssues, ...whole.issues] },
      rates: [...allRates.values()].sort((a, b) => (a.base + a.date < b.base + b.date ? -1 : 1)),
    };
  };

  return { add, result };
}

/**
 * Totals per party (or per party in one role), in original currencies and, with `to` and `rates`,
 * converted — as honest intervals, without double counting: a joint commitment counts once in the
 * grand total, a part is not added to a total that holds its whole, valuations and other stocks are
 * listed beside the sums, never in them.
 *
 * @param commitments - an array or any iterable (for async iterables use {@link aggregateAsync})
 * @param options - {@link AggregateOptions}
 * @returns rows sorted by party id, the grand total and the rates used
 * @throws {@link ReckonError} `INVALID_ARGUMENT` (bad options, unknown kind), `UNKNOWN_CURRENCY`,
 *   `INVALID_DATE`; a missing rate is never thrown: it is a `NO_RATE` issue in the row
 * @example
 * ```ts
 * const { groups, grandTotal } = aggregate(commitments, { by: 'recipient' });
 * // Nvidia's "up to £11bn" in Nscale and CoreWeave: Nscale [£0.5bn, £11.5bn] with its £0.5bn stake,
 * // CoreWeave [£0, £11bn], grand total [£0.5bn, £11.5bn]
 * ```
 */
export function aggregate(
  commitments: Iterable<Commitment>,
  options: AggregateOptions = {},
): AggregateResult {
  const agg = createAggregator(options);
  for (const c of commitments) agg.add(c);
  return agg.result();
}

/**
 * {@link aggregate} over an async iterable (a stream of commitments), holding only the groups.
 *
 * @example
 * ```ts
 * const result = await aggregateAsync(readCommitments(stream), { by: 'investor', listCommitments: false });
 * ```
 */
export async function aggregateAsync(
  commitments: AsyncIterable<Commitment> | Iterable<Commitment>,
  options: AggregateOptions = {},
): Promise<AggregateResult> {
  const agg = createAggregator(options);
  for await (const c of commitments) agg.add(c);
  return agg.result();
}
