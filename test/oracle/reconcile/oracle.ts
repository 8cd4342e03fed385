/**
 * A deliberately simple reference for `reconcile()`, written from shared/DESIGN.md ("Several reports of
 * one commitment" and the figure, quantum and τ rules it builds on), issue 18, docs/reconcile.md,
 * docs/figures.md and docs/conversions.md only. It shares no code with src/: the exact rationals and the
 * ECB reader are the conversion oracle's (test/oracle/conversion/oracle.ts). Brute force everywhere:
 * every unit against every group, every mention against every mention, every candidate point.
 *
 * Rules the documents leave open, and the reading chosen here (each one a place a disagreement can come
 * from; FINDINGS.md says which ones did):
 *
 * R1 Rounding view of the qualifiers not spelled out in docs/reconcile.md (h = q/2, v written, w the
 *    top of a range): exact, about [v−h, v+h]; upTo [0, v+h]; lessThan [0, v+h); atLeast [v−h, ∞);
 *    moreThan (v−h, ∞); almost [(1−band)(v−h), v+h); range [v−h, w+h]. (The aggregate oracle's reading.)
 * R2 "Widened by τ": the low end times (1 − τ/10⁴), the high end times (1 + τ/10⁴), after converting at
 *    the fix (C per X = perEuro[C] / perEuro[X]) of the last ECB day on or before the mention's date, at
 *    most 7 days before it. Only mentions converted into another currency are widened.
 * R3 Parties: a name is looked up in `aliases` by its lower-cased, space-collapsed, trimmed form; a name
 *    not in the table stands for itself, as written.
 *
 * R4–R9 were open until 2026-11-29; each is now decided and written in docs/reconcile.md, and this
 * reference implements the written rule (FINDINGS.md F5):
 * R4 Placement order, "relative width": (high − low) / (high + low) of what the figure allows; a
 *    one-sided figure's of its written value read as exact (rule 5: "up to $1.4bn" is more precise than
 *    "up to $1bn"), ∞ only for an unbounded range.
 * R5 "The currencies tried" for a group: those its mentions are written in and those of every mention
 *    that could be grouped with one of them (parties and kind of rule 3, days within the window of each
 *    other), whatever group that mention is in. A unit fits a group when the two share an amount in one
 *    of the currencies tried for either (rule 4).
 * R6 "Its written value (read as exact)": the figure with the qualifier exact, i.e. [v − h, v + h] (a
 *    range stays a range), converted and widened as in R2. Its gap to the group is the smallest, over
 *    the currencies tried for the group where the group (without the unit) has a consistent reading, of
 *    the gap to that reading (rule 6: upper / lower − 1 of the facing ends; 0 when they meet). A
 *    one-sided figure fits only when that gap is at most `nearMissBps`; a figure "reaches" the group
 *    when it is 0. Several fits: it joins the one group it reaches, if exactly one (every figure, F3).
 * R7 Near miss: every heuristic group (any size) is compared with every other group, explicit or not,
 *    with at least twice its sources that matches it in parties and kind (every pair) and window (both
 *    groups together), and that shares no amount with it. It is missed when, in some currency tried for
 *    the other group where that group is consistent, what the group's figures allow together is within
 *    `nearMissBps` of it, or 10^k of it (k ∈ ±{1, 2, 3, 6, 9}) meets it. Exactly one group missed: each
 *    of its mentions is a contradiction of that group, unless that group is itself moving. All groups
 *    are judged on the state placement left; then every ambiguous figure is placed again, in placement
 *    order.
 * R8 Explicit ids (docs rule 1): the core is found per currency of the group's figures as the set of
 *    mentions holding the lowest point covered by the most of them (points tried: every lower end, and
 *    just above it); the currency with the largest core wins, then more distinct documents, then more
 *    core figures written in it, then the code. The core is the group's membership for everything after.
 * R9 Denomination: not used by any decision above (reach and near misses look at every currency tried),
 *    and not compared (src's rule is in docs/reconcile.md, "The result").
 * Review G3 (2026-11-29): readings that only touch at one value share no amount (`intersect`, the
 *    core's candidate points and R6's reaching).
 *
 * Review G2 (a disagreement without a 2:1 majority is disputed, `tie: true`) and the tie of rule 1 left
 * two things open; decided 2026-11-29 (second session) and written in docs/reconcile.md (FINDINGS F7):
 * R10 An explicit id's `tie`: in the currency its core was found in, another set of mentions, as large
 *    as the core and not the same set, shares an amount (a point just above some lower end, as R8).
 * R11 Disputes: a heuristic group is compared, as in R7, with every group that has more sources, or as
 *    many and was founded earlier (explicit groups come first). A near miss comes first: when groups with
 *    twice its sources match and miss it, exactly one of them takes it and disputes are not looked at
 *    (two or more: it stays). Only when none does, the groups with more (or as many, earlier) sources
 *    but not twice as many count: exactly one missing it takes its mentions as contradictions
 *    (`nearMiss`) and says `tie: true`. A group that is itself moving receives none (as R7). *
 * What `reconciledCommitments` counts (review G7, G8; F8), compared in the rounding view:
 * R12 (`countedAmount` below) the reading in the denomination, spanned over a tie's contradictions that
 *    convert into it, then the "up to" ceiling; three readings were open and are now in the docs: a
 *    ceiling whose high end is open is `lessThan`; the tie's side is the group's intersection (not each
 *    mention's own interval) and its contradictions are converted; the ceiling applies to the span.
 *    Decided 2026-11-29 (fourth session, `many#7`) and written in the docs: the other side is what its
 *    contradictions allow together (each of them only when they share no amount), a writer's conversion
 *    (`convertedFrom`, whatever its basis) spans nothing, and a span with no end counts the reading.
 *
 * Writers' conversions (rule 2; the `converted` block, FINDINGS F9; agreeing and written in the docs since
 * 2026-11-29, fourth session, where src was fixed to measure placement against the figures' amount):
 * R13 A figure and the mentions of its document that convert it are a unit, placed by the figure. A
 *    conversion is read with its figure's qualifier when that is a bound, widened by τ of its pair, and
 *    converted as in R2 (read back in its figure's currency it is widened once). It meets its figure when
 *    they share an amount in the figure's currency; one that does not is a `convertedFrom`
 *    contradiction of the figure's group (and goes along when that group moves). Readings are the
 *    figures' (conversions only when a group has nothing else). A unit fits a group only when the
 *    group's conversions and the unit's that meet their figure all meet the amount with it, and two
 *    groups share an amount (R7) only when their conversions meet it too. These readings were chosen
 *    from the docs and then by looking at `reconcile`'s results in walk cases (not at src/); all are
 *    now in docs/reconcile.md rule 2 ("Precisely").
 *    A tie's span (R12) leaves writers' conversions out, whatever their basis.
 */
import { add, cmp, dayOf, div, type EcbTable, mul, type Q, q, sub } from '../conversion/oracle';

export type OQualifier =
  | 'exact'
  | 'about'
  | 'upTo'
  | 'atLeast'
  | 'moreThan'
  | 'almost'
  | 'lessThan'
  | 'range';

export interface OMention {
  readonly id: string;
  readonly currency: string;
  readonly qualifier: OQualifier;
  readonly value: Q;
  readonly max?: Q;
  readonly quantum: Q;
  readonly parties: readonly { readonly party: string; readonly role: string }[];
  readonly kind: string;
  readonly date: string;
  readonly document: string;
  readonly commitment?: string;
  /** The id of the mention of the same document this figure converts (rule 2). */
  readonly convertedFrom?: string;
}

export interface OOptions {
  readonly windowDays?: number;
  readonly aliases?: Readonly<Record<string, string>>;
  readonly partyMatch?: 'exact' | 'subset' | 'nested';
  readonly toleranceBps?: number;
  readonly nearMissBps?: number;
  /** src's readings where they differ from this oracle's (FINDINGS.md): each one a known disagreement. */
  readonly compat?: Compat;
}

export interface Compat {
  /**
   * F2: an end that is not a whole number of minor units (cents) is reported closed, whatever the
   * figure's: the flags describe the Money ends rounded outward, and `exactLow`/`exactHigh` share them.
   */
  readonly roundedEndsClosed?: boolean;
}

/** An interval of amounts; null is an unbounded side. */
export interface OInterval {
  readonly low: Q | null;
  readonly high: Q | null;
  readonly lowInclusive: boolean;
  readonly highInclusive: boolean;
}

export type OReading =
  | { readonly status: 'consistent'; readonly interval: OInterval }
  | { readonly status: 'empty' | 'noRate' };

export interface OGroup {
  readonly id: string;
  readonly explicit: boolean;
  /** Mention ids, sorted. */
  readonly mentions: readonly string[];
  /** One per currency its mentions are written in. */
  readonly readings: ReadonlyMap<string, OReading>;
  readonly contradictions: readonly {
    readonly mention: string;
    readonly basis: 'explicitId' | 'nearMiss' | 'convertedFrom';
  }[];
  /** No side has the majority (rule 1's tie, rule 6's dispute: R10, R11). */
  readonly tie: boolean;
}

export interface OResult {
  readonly groups: readonly OGroup[];
  readonly ambiguous: readonly { readonly mention: string; readonly candidates: readonly string[] }[];
}

const ONE = q(1n);
const ZERO = q(0n);
const HALF = q(1n, 2n);
const BP = q(1n, 10_000n);
const ONE_SIDED = new Set<OQualifier>(['upTo', 'lessThan', 'atLeast', 'moreThan']);
const SCALES = [1, 2, 3, 6, 9].flatMap((k) => [k, -k]);

// ---------------------------------------------------------------------------------------------------
// Intervals

/** R1: what a figure allows in its own currency. */
export function ownInterval(m: OMention, almostBand = q(1n, 10n)): OInterval {
  const h = mul(m.quantum, HALF);
  const lo = sub(m.value, h);
  const hi = add(m.value, h);
  const iv = (low: Q | null, high: Q | null, lowInclusive: boolean, highInclusive: boolean) => ({
    low,
    high,
    lowInclusive,
    highInclusive,
  });
  switch (m.qualifier) {
    case 'exact':
    case 'about':
      return iv(lo, hi, true, true);
    case 'upTo':
      return iv(ZERO, hi, true, true);
    case 'lessThan':
      return iv(ZERO, hi, true, false);
    case 'atLeast':
      return iv(lo, null, true, false);
    case 'moreThan':
      return iv(lo, null, false, false);
    case 'almost':
      return iv(mul(sub(ONE, almostBand), lo), hi, true, false);
    case 'range':
      return iv(lo, add(m.max ?? m.value, h), true, true);
  }
}

/** The common part of intervals, or null when empty. Lows are never null here (amounts are ≥ 0). */
export function intersect(ivs: readonly OInterval[]): OInterval | null {
  let low: Q | null = null;
  let lowInclusive = true;
  let high: Q | null = null;
  let highInclusive = false;
  for (const iv of ivs) {
    if (iv.low !== null) {
      const c = low === null ? 1 : cmp(iv.low, low);
      if (c > 0) [low, lowInclusive] = [iv.low, iv.lowInclusive];
      else if (c === 0) lowInclusive &&= iv.lowInclusive;
    }
    if (iv.high !== null) {
      const c = high === null ? -1 : cmp(iv.high, high);
      if (c < 0) [high, highInclusive] = [iv.high, iv.highInclusive];
      else if (c === 0) highInclusive &&= iv.highInclusive;
    }
  }
  // Rule 4 (review G3): readings agree only on an amount of positive width; "£22bn" and "£23bn" touch at
  // £22.5bn and disagree. (Rounding readings are never a single value: every quantum is positive.)
  if (low !== null && high !== null && cmp(low, high) >= 0) return null;
  return { low, high, lowInclusive, highInclusive };
}

const scaleIv = (iv: OInterval, lowBy: Q, highBy: Q): OInterval => ({
  ...iv,
  low: iv.low === null ? null : mul(iv.low, lowBy),
  high: iv.high === null ? null : mul(iv.high, highBy),
});

/** R6/rule 6: the gap from a to b as a fraction (upper / lower − 1 of the facing ends); 0 when they meet. */
function gap(a: OInterval, b: OInterval): Q {
  if (intersect([a, b]) !== null) return ZERO;
  // They do not meet, so one lies wholly above the other; both lows are finite.
  const aAbove = b.high !== null && a.low !== null && cmp(a.low, b.high) >= 0;
  const upper = aAbove ? a.low : b.low;
  const lower = aAbove ? b.high : a.high;
  if (upper === null || lower === null) throw new Error('oracle: gap of unbounded intervals');
  if (lower.n === 0n) return q(10n ** 30n); // nothing but 0 allowed below: infinitely far
  return sub(div(upper, lower), ONE);
}

/** R4: what a figure allows; a one-sided figure's written value read as exact. */
function placementInterval(m: OMention): OInterval {
  return ownInterval(ONE_SIDED.has(m.qualifier) ? { ...m, qualifier: 'exact' } : m);
}

/** R4 */
function relativeWidth(iv: OInterval): Q | null {
  if (iv.low === null || iv.high === null) return null;
  const s = add(iv.high, iv.low);
  return s.n === 0n ? ZERO : div(sub(iv.high, iv.low), s);
}

const cmpWidth = (a: Q | null, b: Q | null) =>
  a === null ? (b === null ? 0 : 1) : b === null ? -1 : cmp(a, b);

// ---------------------------------------------------------------------------------------------------
// Rates

function tauBps(a: string, b: string, o: OOptions): number {
  if (o.toleranceBps !== undefined) return o.toleranceBps;
  const pair = [a, b].sort().join('/');
  return pair === 'EUR/GBP' ? 44 : pair === 'GBP/USD' ? 67 : pair === 'EUR/USD' ? 70 : 100;
}

function perEuro(table: EcbTable, code: string, day: number): Q | undefined {
  if (code === 'EUR') return ONE;
  const cell = table.perEuro.get(code)?.get(day);
  if (cell === undefined) return undefined;
  const [whole, frac = ''] = cell.split('.');
  return q(BigInt(`${whole}${frac}`), 10n ** BigInt(frac.length));
}

/** R2: units of `to` per unit of `from` at the last fix on or before `date`, at most 7 days old. */
export function rateOn(table: EcbTable, from: string, to: string, date: string): Q | undefined {
  const day = dayOf(date);
  for (let d = day; d >= day - 7; d--) {
    if (!table.rowDays.has(d)) continue;
    const f = perEuro(table, from, d);
    const t = perEuro(table, to, d);
    if (f !== undefined && t !== undefined) return div(t, f);
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------
// The reference

interface Ctx {
  readonly table: EcbTable;
  readonly o: OOptions & {
    readonly windowDays: number;
    readonly partyMatch: 'exact' | 'subset' | 'nested';
    readonly nearMissBps: number;
  };
  readonly byId: ReadonlyMap<string, OMention>;
  /** Canonical (party, role) pairs per mention, after aliases. */
  readonly roles: ReadonlyMap<string, ReadonlySet<string>>;
  readonly partySets: ReadonlyMap<string, ReadonlySet<string>>;
  /** R13: a conversion's id → the figure it converts (given, in the same document). */
  readonly parentOf: ReadonlyMap<string, OMention>;
}

/** What reading a mention needs. */
type ReadCtx = Pick<Ctx, 'table' | 'parentOf'> & { readonly o: OOptions };

const BOUNDS = new Set<OQualifier>(['upTo', 'lessThan', 'atLeast', 'moreThan', 'almost']);

/** R2: a mention's interval read in currency c, or undefined without a rate. */
function readIn(ctx: ReadCtx, m: OMention, c: string): OInterval | undefined {
  const parent = ctx.parentOf.get(m.id);
  let own = ownInterval(m);
  if (parent !== undefined) {
    // R13: a conversion takes a bound's qualifier, and is widened by τ of its pair in every reading.
    own = ownInterval(BOUNDS.has(parent.qualifier) ? { ...m, qualifier: parent.qualifier } : m);
    // Read back in its figure's currency, the conversion's own widening is that τ: once.
    if (c !== parent.currency) {
      const tp = mul(q(BigInt(tauBps(parent.currency, m.currency, ctx.o))), BP);
      own = scaleIv(own, sub(ONE, tp), add(ONE, tp));
    }
  }
  if (m.currency === c) return own;
  const r = rateOn(ctx.table, m.currency, c, m.date);
  if (r === undefined) return undefined;
  const t = mul(q(BigInt(tauBps(m.currency, c, ctx.o))), BP);
  return scaleIv(own, mul(r, sub(ONE, t)), mul(r, add(ONE, t)));
}

function reading(ctx: Ctx, ids: readonly string[], c: string): OReading {
  const ivs: OInterval[] = [];
  // R13: the reported figures say the amount; conversions only when there is nothing else.
  const figures = ids.filter((id) => !ctx.parentOf.has(id));
  for (const id of figures.length > 0 ? figures : ids) {
    const iv = readIn(ctx, ctx.byId.get(id) as OMention, c);
    if (iv === undefined) return { status: 'noRate' };
    ivs.push(iv);
  }
  const interval = intersect(ivs);
  return interval === null ? { status: 'empty' } : { status: 'consistent', interval };
}

/** R13: conversions whose figure is given, in the same document. */
function parents(byId: ReadonlyMap<string, OMention>): Map<string, OMention> {
  const out = new Map<string, OMention>();
  for (const m of byId.values()) {
    const p = m.convertedFrom === undefined ? undefined : byId.get(m.convertedFrom);
    if (p !== undefined && p.document === m.document && p.convertedFrom === undefined) out.set(m.id, p);
  }
  return out;
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

function sameOrSubset<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  return [...small].every((x) => big.has(x));
}

/** Rule 3, parties and kind (the window is checked on whole groups). */
function pairMatches(ctx: Ctx, a: string, b: string): boolean {
  const ma = ctx.byId.get(a) as OMention;
  const mb = ctx.byId.get(b) as OMention;
  if (ma.kind !== mb.kind) return false;
  const ra = ctx.roles.get(a) as ReadonlySet<string>;
  const rb = ctx.roles.get(b) as ReadonlySet<string>;
  switch (ctx.o.partyMatch) {
    case 'exact':
      return ra.size === rb.size && [...ra].every((x) => rb.has(x));
    case 'subset':
      return sameOrSubset(ra, rb);
    case 'nested':
      return (
        sameOrSubset(
          ctx.partySets.get(a) as ReadonlySet<string>,
          ctx.partySets.get(b) as ReadonlySet<string>,
        ) && [...ra].some((x) => rb.has(x))
      );
  }
}

function span(ctx: Ctx, ids: readonly string[]): number {
  const days = ids.map((id) => dayOf((ctx.byId.get(id) as OMention).date));
  return Math.max(...days) - Math.min(...days);
}

/** Parties, kind and window of a mention against every member of a group. */
function compatible(ctx: Ctx, id: string, members: readonly string[]): boolean {
  return members.every((g) => pairMatches(ctx, id, g)) && span(ctx, [...members, id]) <= ctx.o.windowDays;
}

/**
 * R5: the currencies tried for some mentions: those they are written in and those of every mention that
 * could be grouped with one of them (parties and kind of rule 3, days within the window).
 */
function triedFor(ctx: Ctx, ids: readonly string[]): string[] {
  const out = new Set<string>();
  for (const id of ids) {
    out.add((ctx.byId.get(id) as OMention).currency);
    for (const m of ctx.byId.values())
      if (m.id !== id && pairMatches(ctx, id, m.id) && span(ctx, [id, m.id]) <= ctx.o.windowDays)
        out.add(m.currency);
  }
  return [...out].sort();
}

interface WorkGroup {
  readonly id: string;
  readonly explicit: boolean;
  members: string[];
  readonly contradictions: { mention: string; basis: 'explicitId' | 'nearMiss' | 'convertedFrom' }[];
  tie: boolean;
}

const currenciesOf = (ctx: Ctx, ids: readonly string[]) =>
  [...new Set(ids.map((id) => (ctx.byId.get(id) as OMention).currency))].sort();

const documents = (ctx: Ctx, ids: readonly string[]) =>
  new Set(ids.map((id) => (ctx.byId.get(id) as OMention).document)).size;

/** The mentions holding the lowest point covered by the most intervals (every lower end, and just above it). */
function largestShared(ivs: readonly { id: string; iv: OInterval }[]): string[] {
  return sharedSets(ivs).core;
}

/**
 * The set of mentions just above every lower end, and the largest of them (the lowest point on equal
 * size): the candidate amounts of rule 1.
 */
function sharedSets(ivs: readonly { id: string; iv: OInterval }[]): { core: string[]; all: string[][] } {
  const all: string[][] = [];
  let core: string[] = [];
  let at: { x: Q; above: boolean } | undefined;
  for (const { iv } of ivs) {
    if (iv.low === null) continue;
    // Only just above each low end: ranges that share no more than a low end touch (review G3).
    for (const above of [true]) {
      const x = iv.low;
      const set = ivs
        .filter(({ iv: j }) => {
          const lo = j.low === null ? 1 : cmp(x, j.low);
          const loOk = above ? lo >= 0 : lo > 0 || (lo === 0 && j.lowInclusive);
          const hi = j.high === null ? -1 : cmp(x, j.high);
          const hiOk = above ? hi < 0 : hi < 0 || (hi === 0 && j.highInclusive);
          return loOk && hiOk;
        })
        .map(({ id }) => id);
      all.push(set);
      const lower = at === undefined || cmp(x, at.x) < 0 || (cmp(x, at.x) === 0 && !above && at.above);
      if (set.length > core.length || (set.length === core.length && set.length > 0 && lower)) {
        core = set;
        at = { x, above };
      }
    }
  }
  return { core, all };
}

/**
 * R8: the core of an explicit group. The mentions that cannot be read in the core's currency (no rate)
 * are compared in each currency they can be read in, with one another and within what the core's
 * mentions readable there allow; the largest agreeing set joins (its currency: largest set, then more
 * documents, then the code), the others read there are contradictions; repeated until none is left
 * (docs/reconcile.md, "Mentions without a rate").
 */
function explicitCore(ctx: Ctx, ids: readonly string[]): { core: string[]; tie: boolean } {
  let best: { core: string[]; docs: number; written: number; cur: string; tie: boolean } | undefined;
  for (const c of currenciesOf(ctx, ids)) {
    const ivs = ids.flatMap((id) => {
      const iv = readIn(ctx, ctx.byId.get(id) as OMention, c);
      return iv === undefined ? [] : [{ id, iv }];
    });
    const { core, all } = sharedSets(ivs);
    const key = [...core].sort().join(',');
    const cand = {
      core: core.sort(),
      // R10: another set of as many mentions, read in the same currency, shares another amount.
      tie: all.some((set) => set.length === core.length && [...set].sort().join(',') !== key),
      docs: documents(ctx, core),
      written: core.filter((id) => (ctx.byId.get(id) as OMention).currency === c).length,
      cur: c,
    };
    if (
      best === undefined ||
      cand.core.length > best.core.length ||
      (cand.core.length === best.core.length &&
        (cand.docs > best.docs || (cand.docs === best.docs && cand.written > best.written)))
    )
      best = cand;
  }
  if (best === undefined) return { core: [], tie: false };
  const c0 = best.cur;
  const core = [...best.core];
  let rest = ids.filter((id) => readIn(ctx, ctx.byId.get(id) as OMention, c0) === undefined);
  while (rest.length > 0) {
    let pick: { readable: string[]; joined: string[]; docs: number } | undefined;
    for (const k of currenciesOf(ctx, rest)) {
      const readable = rest.filter((id) => readIn(ctx, ctx.byId.get(id) as OMention, k) !== undefined);
      // What the core allows in k; when its mentions read there share nothing, no bound.
      const base =
        intersect(
          core.flatMap((id) => {
            const iv = readIn(ctx, ctx.byId.get(id) as OMention, k);
            return iv === undefined ? [] : [iv];
          }),
        ) ?? ({ low: ZERO, high: null, lowInclusive: true, highInclusive: false } as OInterval);
      const bounded = readable.flatMap((id) => {
        const iv = intersect([readIn(ctx, ctx.byId.get(id) as OMention, k) as OInterval, base]);
        return iv === null ? [] : [{ id, iv }];
      });
      const joined = largestShared(bounded);
      const docs = documents(ctx, joined);
      if (
        pick === undefined ||
        joined.length > pick.joined.length ||
        (joined.length === pick.joined.length && docs > pick.docs)
      )
        pick = { readable, joined, docs };
    }
    if (pick === undefined) break;
    core.push(...pick.joined);
    const done = new Set(pick.readable);
    rest = rest.filter((id) => !done.has(id));
  }
  return { core: core.sort(), tie: best.tie };
}

/**
 * The reference reconcile: explicit groups, then every other mention placed in order (rule 5), then
 * near misses (rule 6).
 */
export function oracleReconcile(
  mentions: readonly OMention[],
  table: EcbTable,
  options: OOptions = {},
): OResult {
  const o = {
    windowDays: 14,
    partyMatch: 'nested' as const,
    nearMissBps: 5000,
    ...options,
  };
  const aliases = new Map(Object.entries(options.aliases ?? {}).map(([k, v]) => [norm(k), v]));
  const canon = (p: string) => aliases.get(norm(p)) ?? p;
  const sorted = [...mentions].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ctx: Ctx = {
    table,
    o,
    byId: new Map(sorted.map((m) => [m.id, m])),
    roles: new Map(
      sorted.map((m) => [m.id, new Set(m.parties.map((p) => `${canon(p.party)}\u0000${p.role}`))]),
    ),
    partySets: new Map(sorted.map((m) => [m.id, new Set(m.parties.map((p) => canon(p.party)))])),
    parentOf: parents(new Map(sorted.map((m) => [m.id, m]))),
  };
  const nearMiss = mul(q(BigInt(o.nearMissBps)), BP);

  // Rule 1: explicit ids.
  const groups: WorkGroup[] = [];
  const byCommitment = new Map<string, string[]>();
  for (const m of sorted)
    if (m.commitment !== undefined)
      byCommitment.set(m.commitment, [...(byCommitment.get(m.commitment) ?? []), m.id]);
  for (const [cid, ids] of [...byCommitment].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const { core, tie } = explicitCore(ctx, ids);
    groups.push({
      id: cid,
      explicit: true,
      members: core,
      tie,
      contradictions: ids
        .filter((id) => !core.includes(id))
        .map((mention) => ({ mention, basis: 'explicitId' })),
    });
  }

  // Rule 5: placement order.
  // R13: a unit is a figure and its conversions, placed by the figure.
  const heuristic = sorted.filter((m) => m.commitment === undefined && !ctx.parentOf.has(m.id));
  const conversionsOf = (id: string) =>
    sorted.filter((m) => ctx.parentOf.get(m.id)?.id === id && m.commitment === undefined).map((m) => m.id);
  const mentionOf = (id: string) => ctx.byId.get(id) as OMention;
  /** R13: a conversion meets some mentions when it shares an amount with what they allow, in a currency tried. */
  const meets = (cv: string, ids: readonly string[], tried?: readonly string[]) =>
    (tried ?? [...new Set([...triedFor(ctx, ids), (ctx.byId.get(cv) as OMention).currency])]).some((c) => {
      const amount = reading(ctx, ids, c);
      const mine = readIn(ctx, ctx.byId.get(cv) as OMention, c);
      return (
        amount.status === 'consistent' && mine !== undefined && intersect([mine, amount.interval]) !== null
      );
    });
  const order = [...heuristic].sort((a, b) => {
    const sa = ONE_SIDED.has(a.qualifier) ? 1 : 0;
    const sb = ONE_SIDED.has(b.qualifier) ? 1 : 0;
    if (sa !== sb) return sa - sb;
    const pa = (ctx.partySets.get(a.id) as ReadonlySet<string>).size;
    const pb = (ctx.partySets.get(b.id) as ReadonlySet<string>).size;
    if (pa !== pb) return pb - pa;
    const w = cmpWidth(relativeWidth(placementInterval(a)), relativeWidth(placementInterval(b)));
    if (w !== 0) return w;
    if (a.date !== b.date) return a.date < b.date ? -1 : 1;
    return a.id < b.id ? -1 : 1;
  });

  /** R6: the figure's written value, read as exact (a range stays a range). */
  const written = (m: OMention): OMention => ({
    ...m,
    qualifier: m.qualifier === 'range' ? 'range' : 'exact',
  });

  /** Does the unit fit the group, and does its written value reach it (R5, R6)? */
  const fitsGroup = (id: string, g: WorkGroup): { fits: boolean; reaches: boolean } => {
    if (g.members.length === 0 || !compatible(ctx, id, g.members)) return { fits: false, reaches: false };
    const m = ctx.byId.get(id) as OMention;
    const curs = [...new Set([...triedFor(ctx, g.members), ...triedFor(ctx, [id])])].sort();
    if (!curs.some((c) => reading(ctx, [...g.members, id], c).status === 'consistent'))
      return { fits: false, reaches: false };
    // R13: the group's conversions and the unit's that meet their figure must meet the amount with it.
    const convs = [
      ...g.members.filter((x) => ctx.parentOf.has(x)),
      ...conversionsOf(id).filter((cv) => meets(cv, [id], [mentionOf(id).currency])),
    ];
    if (!convs.every((cv) => meets(cv, [...g.members, id], curs))) return { fits: false, reaches: false };
    // R6: the smallest gap from the written value to the group's amount, over the group's readings;
    // reaching is sharing an amount, and touching at one value (a gap of 0) is not (review G3).
    let best: Q | undefined;
    let reaches = false;
    for (const c of triedFor(ctx, g.members)) {
      const alone = reading(ctx, g.members, c);
      const mine = readIn(ctx, written(m), c);
      if (alone.status !== 'consistent' || mine === undefined) continue;
      const g0 = gap(mine, alone.interval);
      if (best === undefined || cmp(g0, best) < 0) best = g0;
      if (intersect([mine, alone.interval]) !== null) reaches = true;
    }
    if (best === undefined) return { fits: !ONE_SIDED.has(m.qualifier), reaches: false };
    return { fits: !ONE_SIDED.has(m.qualifier) || cmp(best, nearMiss) <= 0, reaches };
  };

  const ambiguous = new Map<string, string[]>();
  const place = (id: string) => {
    const fitting = groups.map((g) => ({ g, ...fitsGroup(id, g) })).filter((x) => x.fits);
    const reaching = fitting.filter((x) => x.reaches);
    // Rule 5: the tie-break by reach holds for every figure (F3).
    const one = fitting.length === 1 ? fitting[0] : reaching.length === 1 ? reaching[0] : undefined;
    let into = one?.g;
    if (into === undefined && fitting.length === 0) {
      into = { id: `group:${id}`, explicit: false, members: [], contradictions: [], tie: false };
      groups.push(into);
    }
    if (into === undefined) {
      for (const x of [id, ...conversionsOf(id)]) ambiguous.set(x, fitting.map((f) => f.g.id).sort());
      return;
    }
    into.members.push(id);
    // R13: a conversion that meets its figure comes along (the fit checked it meets the group); one
    // that does not contradicts the figure's group.
    for (const cv of conversionsOf(id)) {
      if (meets(cv, [id], [mentionOf(id).currency])) into.members.push(cv);
      else into.contradictions.push({ mention: cv, basis: 'convertedFrom' });
    }
  };
  for (const m of order) place(m.id);

  // Rule 6 (R7, R11): near misses and disputes, all judged on the state placement left.
  const moves: { g: WorkGroup; into: WorkGroup }[] = [];
  const created = new Map(groups.map((g, i) => [g, i]));
  for (const g of groups) {
    if (g.explicit || g.members.length === 0) continue;
    const dg = documents(ctx, g.members);
    const near = groups.filter((h) => {
      if (h === g || h.members.length === 0) return false;
      // R11: only a group with more sources (twice as many: a near miss; fewer: a dispute), or as many
      // and founded first, can take it.
      const dh = documents(ctx, h.members);
      if (dh < dg || (dh === dg && (created.get(h) ?? 0) > (created.get(g) ?? 0))) return false;
      if (!g.members.every((id) => h.members.every((x) => pairMatches(ctx, id, x)))) return false;
      if (span(ctx, [...g.members, ...h.members]) > ctx.o.windowDays) return false;
      // A group that shares an amount with it is not missed.
      const both = [...g.members, ...h.members];
      const curs = [...new Set([...triedFor(ctx, g.members), ...triedFor(ctx, h.members)])];
      // R13: sharing an amount includes the conversions meeting it.
      if (
        curs.some((c) => reading(ctx, both, c).status === 'consistent') &&
        both.filter((x) => ctx.parentOf.has(x)).every((cv) => meets(cv, both, curs))
      )
        return false;
      let close = false;
      for (const c of triedFor(ctx, h.members)) {
        const others = reading(ctx, h.members, c);
        const mine = reading(ctx, g.members, c);
        if (others.status !== 'consistent' || mine.status !== 'consistent') continue;
        if (cmp(gap(mine.interval, others.interval), nearMiss) <= 0) close = true;
        if (
          SCALES.some((k) => {
            const f = k > 0 ? q(10n ** BigInt(k)) : q(1n, 10n ** BigInt(-k));
            return intersect([scaleIv(mine.interval, f, f), others.interval]) !== null;
          })
        )
          close = true;
      }
      return close;
    });
    // R11: a near miss (a group with twice its sources) first; a dispute only when there is none.
    const majority = near.filter((h) => documents(ctx, h.members) >= 2 * dg);
    const pick = majority.length > 0 ? majority : near;
    if (pick.length === 1) moves.push({ g, into: pick[0] as WorkGroup });
  }
  // A group that is itself moving into a third receives none.
  const leaving = new Set(moves.map(({ g }) => g));
  for (const { g, into } of moves) {
    if (leaving.has(into)) continue;
    for (const mention of g.members) into.contradictions.push({ mention, basis: 'nearMiss' });
    // Its own contradictions (conversions that missed their figure) go along.
    into.contradictions.push(...g.contradictions);
    // R11: no 2:1 majority, so the receiving group is disputed.
    if (2 * documents(ctx, g.members) > documents(ctx, into.members)) into.tie = true;
    g.members = [];
  }
  // Every ambiguous figure is placed once more, in placement order.
  const again = order.filter((m) => ambiguous.has(m.id));
  for (const m of again) {
    for (const x of [m.id, ...conversionsOf(m.id)]) ambiguous.delete(x);
    place(m.id);
  }

  return {
    groups: groups
      .filter((g) => g.members.length > 0 || g.explicit)
      .map((g) => ({
        id: g.id,
        explicit: g.explicit,
        mentions: [...g.members].sort(),
        readings: new Map(currenciesOf(ctx, g.members).map((c) => [c, reading(ctx, g.members, c)])),
        contradictions: [...g.contradictions].sort((a, b) => (a.mention < b.mention ? -1 : 1)),
        tie: g.tie,
      }))
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
    ambiguous: [...ambiguous]
      .map(([mention, candidates]) => ({ mention, candidates }))
      .sort((a, b) => (a.mention < b.mention ? -1 : 1)),
  };
}

/** Rounds x ≥ 0 down (or up) to a whole number of cents: the minor unit of EUR, GBP and USD. */
function cents(x: Q, up: boolean): Q {
  const n = x.n * 100n;
  let k = n / x.d;
  if (up && k * x.d !== n) k += 1n;
  return q(k, 100n);
}

/**
 * R12: the amount `reconciledCommitments(result, { view: 'rounding' })` counts for a group, as text
 * ("upTo 500500000", "range 10500000000–11500000000", "none"), in `denomination` (src's: the reference
 * does not choose one, R9). From docs/reconcile.md, "Counting each commitment once":
 * - the group's reading; for a tie (rules 1 and 6), the span from the reading to what the other side
 *   allows together: the intersection of the contradictions that are not writers' conversions and can
 *   be read in the denomination (rule 4: converted and widened by τ); when they share no amount, each
 *   of them; when that span has no end at all, the reading itself;
 * - then "up to" (G8): when the documents with an "up to" or "less than" figure are at least half of the
 *   group's documents and no figure says "more than" or "at least", the low end of that amount becomes
 *   zero ("up to" its high end, or "less than" when that end is open); a span with no high end (a tie
 *   with "more than" on the other side) stays as it is;
 * - an end at zero or unbounded is no end: a range, one-sided ("more than"/"less than" for an open end),
 *   or no amount. Ends rounded outward to the cent.
 * A reading that is not consistent has no amount to count here: undefined (not compared).
 */
export function countedAmount(
  g: OGroup,
  byId: ReadonlyMap<string, OMention>,
  denomination: string,
  table: EcbTable,
  options: OOptions = {},
): string | undefined {
  const r = g.readings.get(denomination);
  if (r === undefined || r.status !== 'consistent') return undefined;
  const members = g.mentions.map((id) => byId.get(id) as OMention);
  const docs = (ms: readonly OMention[]) => new Set(ms.map((m) => m.document)).size;
  const ceilings = docs(members.filter((m) => m.qualifier === 'upTo' || m.qualifier === 'lessThan'));
  const floors = members.some((m) => m.qualifier === 'moreThan' || m.qualifier === 'atLeast');
  const ceiling = ceilings > 0 && 2 * ceilings >= docs(members) && !floors;
  let iv: OInterval = r.interval;
  const parentOf = parents(byId);
  if (g.tie) {
    // The other side: the contradictions that can be read in the denomination, except writers'
    // conversions (second-hand numbers, whatever their basis).
    const other = g.contradictions
      .filter((c) => byId.get(c.mention)?.convertedFrom === undefined)
      .map((c) => readIn({ table, o: options, parentOf }, byId.get(c.mention) as OMention, denomination))
      .filter((x): x is OInterval => x !== undefined);
    const together = other.length > 0 ? intersect(other) : null;
    const span = (together === null ? other : [together]).reduce(hull, iv);
    // A span with no end at all: the group's own amount.
    if (!((span.low === null || span.low.n === 0n) && span.high === null)) iv = span;
  }
  if (ceiling && iv.high !== null) iv = { ...iv, low: ZERO, lowInclusive: true };
  const text = (x: Q) => (x.d === 1n ? `${x.n}` : `${x.n}/${x.d}`);
  const low = iv.low === null || iv.low.n === 0n ? null : text(cents(iv.low, false));
  const high = iv.high === null ? null : text(cents(iv.high, true));
  const tie = g.tie ? 'tie ' : '';
  if (low !== null && high !== null) return `${tie}range ${low}–${high}`;
  if (low !== null) return `${tie}${iv.lowInclusive ? 'atLeast' : 'moreThan'} ${low}`;
  if (high !== null) return `${tie}${iv.highInclusive ? 'upTo' : 'lessThan'} ${high}`;
  return `${tie}none`;
}

/** The smallest interval holding both. */
function hull(a: OInterval, b: OInterval): OInterval {
  const lc = a.low === null || b.low === null ? 0 : cmp(a.low, b.low);
  const hc = a.high === null || b.high === null ? 0 : cmp(a.high, b.high);
  return {
    low: a.low === null || b.low === null ? null : lc <= 0 ? a.low : b.low,
    lowInclusive: lc < 0 ? a.lowInclusive : lc > 0 ? b.lowInclusive : a.lowInclusive || b.lowInclusive,
    high: a.high === null || b.high === null ? null : hc >= 0 ? a.high : b.high,
    highInclusive: hc > 0 ? a.highInclusive : hc < 0 ? b.highInclusive : a.highInclusive || b.highInclusive,
  };
}

/** Exact interval text for comparisons and messages. */
export function showInterval(iv: OInterval): string {
  const s = (x: Q | null) => (x === null ? '∞' : x.d === 1n ? `${x.n}` : `${x.n}/${x.d}`);
  return `${iv.lowInclusive ? '[' : '('}${s(iv.low)}, ${s(iv.high)}${iv.highInclusive ? ']' : ')'}`;
}
