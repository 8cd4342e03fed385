import type { Participation } from '../commitment/model';
import { defaultToleranceBps } from '../conversion/check-conversion';
import type { Issue } from '../errors/reckon-error';
import { type BoundsSettings, boundsSettings, boundsUnits, type UnitBounds } from '../figure/bounds';
import type { Figure, Qualifier } from '../figure/types';
import { type Ratio, ratio, ratioAdd, ratioFromNumber } from '../math/ratio';
import { fromUnits, toUnits } from '../money/units';
import { dayNumber } from '../rates/dates';
import { DEFAULT_MAX_RATE_AGE_DAYS, freshRate } from '../rates/fresh-rate';
import { type Iv, scaleIv, widenIv } from './interval';
import { aliasKey, type ReconcileSettings } from './read-options';
import type { Mention } from './types';

/** Which interval of a mention: what it allows, its written value alone, or its significant-digit reading. */
export type View = 'own' | 'headline' | 'sig';

/** A mention prepared for reconciling. @internal */
export interface Item {
  /** Position in id order: every loop runs in this order, so input order never matters. */
  readonly i: number;
  readonly m: Mention;
  readonly cur: string;
  readonly day: number;
  /** Sorted, unique "party␀role" keys after aliases. */
  readonly pr: readonly string[];
  /** Sorted, unique party ids. */
  readonly partySet: readonly string[];
  readonly parties: readonly Participation[];
  readonly kindClass: string;
  readonly doc: string;
  /** The explicit commitment id, inherited by a conversion from the figure it converts. */
  key: string | undefined;
  /** The index of the figure its conversion chain starts from (itself when it converts nothing). */
  root: number;
  /** The currency of the figure it converts, when it is a conversion. */
  derivedFrom: string | undefined;
  /** True for figures bounded on one side only by their wording ("up to", "more than"). */
  oneSided: boolean;
  /** The figure as read (with an inherited qualifier); its significant-digit view is made when asked for. */
  figure: Figure;
  views: Partial<Record<View, Iv>>;
  /** Readings by view, then currency (few of each, so plain objects rather than string-keyed maps). */
  readonly cache: Record<View, Record<string, Iv | null>>;
}

const SEP = '\u0000';

/** "party␀role" → the participation. @internal */
export function splitKey(key: string): Participation {
  const at = key.indexOf(SEP);
  return { party: key.slice(0, at), role: key.slice(at + 1) as Participation['role'] };
}

/** A conversion inherits these qualifiers of the figure it converts: "up to £11bn (€12.68bn)". */
const INHERITED: ReadonlySet<Qualifier> = new Set(['upTo', 'lessThan', 'atLeast', 'moreThan', 'almost']);
const ONE_SIDED: ReadonlySet<Qualifier> = new Set(['upTo', 'lessThan', 'atLeast', 'moreThan']);

function ivOf(b: UnitBounds): Iv {
  const d = 10n ** b.scale;
  return {
    lo: b.low === null ? null : ratio(b.low, d),
    loInc: b.lowInclusive,
    hi: b.high === null ? null : ratio(b.high, d),
    hiInc: b.highInclusive,
  };
}

/** The quantum with the trailing zeros of a whole written number read as rounding: 700 (m) → 100 (m). */
function significantQuantum(figure: Figure): Figure {
  const q = toUnits(figure.quantum);
  const parts = [toUnits(figure.amount), ...(figure.max ? [toUnits(figure.max)] : [])];
  const scale = parts.reduce((s, x) => (x.scale > s ? x.scale : s), q.scale);
  const at = (x: { units: bigint; scale: bigint }) => x.units * 10n ** (scale - x.scale);
  const step0 = at(q);
  const values = parts.map(at);
  let step = step0;
  // Grow the step while every written value stays a whole multiple of it (and is not zero).
  while (values.every((x) => x !== 0n && x % (step * 10n) === 0n)) step *= 10n;
  return step === step0 ? figure : { ...figure, quantum: fromUnits(step, scale, q.currency) };
}

/** Per-call state: settings, rate lookups (cached), issues. @internal */
export interface Context {
  readonly settings: ReconcileSettings;
  readonly bounds: BoundsSettings;
  readonly items: Item[];
  readonly issues: Map<string, Issue>;
  readonly rateCache: Map<string, { value: Ratio; date: string; source: string } | null>;
  readonly tauCache: Map<string, Ratio>;
}

/** Builds the context and the items, in id order. @internal */
export function prepare(mentions: readonly Mention[], settings: ReconcileSettings): Context {
  const bounds = boundsSettings({
    view: 'rounding',
    ...(settings.almostBand !== undefined ? { almostBand: settings.almostBand } : {}),
    ...(settings.aboutBand !== undefined ? { aboutBand: settings.aboutBand } : {}),
  });
  const sorted = [...mentions].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const index = new Map(sorted.map((m, i) => [m.id, i]));
  const items: Item[] = sorted.map((m, i) => {
    const keys = new Set<string>();
    for (const p of m.parties) {
      const id = settings.aliases.get(aliasKey(p.party)) ?? p.party;
      keys.add(`${id}${SEP}${p.role}`);
    }
    const pr = [...keys].sort();
    const parties = pr.map(splitKey);
    return {
      i,
      m,
      cur: toUnits(m.figure.amount).currency.code,
      day: dayNumber(m.date),
      pr,
      partySet: [...new Set(parties.map((p) => p.party))].sort(),
      parties,
      kindClass: settings.kindClass(m.kind),
      doc: m.source.document,
      key: m.commitment,
      root: i,
      derivedFrom: undefined,
      oneSided: false,
      figure: m.figure,
      views: {},
      cache: { own: Object.create(null), headline: Object.create(null), sig: Object.create(null) },
    };
  });
  const from = (item: Item): Item | undefined =>
    item.m.convertedFrom === undefined ? undefined : items[index.get(item.m.convertedFrom) ?? -1];
  for (const item of items) {
    // Chains are acyclic (checked by readMentions); walk to the figure the chain starts from.
    let at = item;
    let inherited: Qualifier | undefined;
    for (let next = from(at); next; next = from(at)) {
      at = next;
      const q = at.m.figure.qualifier;
      if (inherited === undefined && q !== 'exact' && q !== 'about') inherited = q;
    }
    if (at !== item) {
      item.derivedFrom = at.cur;
      // A conversion belongs with the figure it converts, unless explicit ids say otherwise.
      if (item.key === undefined) item.key = at.key;
      if (item.key === at.key) item.root = at.i;
    }
    const own = item.m.figure;
    const figure0 =
      inherited !== undefined && INHERITED.has(inherited) && own.qualifier !== inherited
        ? withQualifier(own, inherited)
        : own;
    const figure = settings.quantum === 'significant' ? significantQuantum(figure0) : figure0;
    const headline: Figure = { ...figure, qualifier: figure.max ? 'range' : 'exact' };
    item.oneSided = ONE_SIDED.has(figure.qualifier);
    item.figure = figure0;
    item.views = { own: ivOf(boundsUnits(figure, bounds)), headline: ivOf(boundsUnits(headline, bounds)) };
  }
  return { settings, bounds, items, issues: new Map(), rateCache: new Map(), tauCache: new Map() };
}

function withQualifier(figure: Figure, qualifier: Qualifier): Figure {
  const { max: _max, ...rest } = figure;
  return { ...rest, qualifier };
}

/** τ for a pair, exact, in basis points. @internal */
export function tau(ctx: Context, a: string, b: string): Ratio {
  const key = a < b ? `${a}/${b}` : `${b}/${a}`;
  let t = ctx.tauCache.get(key);
  if (!t) {
    t = ratioFromNumber(ctx.settings.toleranceBps ?? defaultToleranceBps(a, b), 'toleranceBps');
    ctx.tauCache.set(key, t);
  }
  return t;
}

/**
 * The fix `quote` per `base` on or before `date` (at most a week before), or undefined, with a
 * `NO_RATE` issue. @internal
 */
export function rateFor(
  ctx: Context,
  base: string,
  quote: string,
  date: string,
): { value: Ratio; date: string; source: string } | undefined {
  const key = `${base}>${quote}@${date}`;
  const hit = ctx.rateCache.get(key);
  if (hit !== undefined) return hit ?? undefined;
  const rates = ctx.settings.rates;
  const fresh = rates && freshRate(rates, base, quote, date, 'previous', DEFAULT_MAX_RATE_AGE_DAYS);
  const value = fresh ? { value: fresh.rate.value, date: fresh.rate.date, source: fresh.rate.source } : null;
  ctx.rateCache.set(key, value);
  if (!value) {
    const [a, b] = base < quote ? [base, quote] : [quote, base];
    const issueKey = rates ? `${a}/${b}@${date}` : `${a}/${b}`;
    if (!ctx.issues.has(issueKey)) {
      const message = rates
        ? `No ${base}/${quote} rate on ${date} or in the ${DEFAULT_MAX_RATE_AGE_DAYS} days before: mentions in ${base} dated ${date} were not compared with mentions in ${quote}.`
        : `No rates were given (options.rates): mentions in ${a} and in ${b} were not compared.`;
      ctx.issues.set(issueKey, { code: 'NO_RATE', message, path: [] });
    }
  }
  return value ?? undefined;
}

/**
 * A mention's interval read in currency C: converted at the fix of its own day and widened by τ when
 * C is not its currency; a conversion ("(€12.68bn)") is also widened by τ of the pair it converts.
 * `null` when no rate converts it. @internal
 */
export function reading(ctx: Context, item: Item, C: string, view: View = 'own'): Iv | null {
  const cache = item.cache[view];
  const hit = cache[C];
  if (hit !== undefined) return hit;
  let base = item.views[view];
  if (!base) {
    base = ivOf(boundsUnits(significantQuantum(item.figure), ctx.bounds));
    item.views.sig = base;
  }
  let out: Iv | null;
  const derived = item.derivedFrom;
  if (C === item.cur) {
    out = derived !== undefined && derived !== item.cur ? widenIv(base, tau(ctx, item.cur, derived)) : base;
  } else {
    const rate = rateFor(ctx, item.cur, C, item.m.date);
    if (!rate) out = null;
    else {
      let t = tau(ctx, item.cur, C);
      if (derived !== undefined && derived !== C && derived !== item.cur)
        t = ratioAdd(t, tau(ctx, item.cur, derived));
      out = widenIv(scaleIv(base, rate.value), t);
    }
  }
  cache[C] = out;
  return out;
}
