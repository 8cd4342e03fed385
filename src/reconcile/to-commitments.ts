import { assertArray, assertOneOf, assertRecord, invalidArgument, readKnownOptions } from '../_lib/guards';
import type { Commitment } from '../commitment/model';
import { boundsSettings, boundsUnits } from '../figure/bounds';
import type { Figure } from '../figure/types';
import { ratio } from '../math/ratio';
import { fromUnits, toUnits } from '../money/units';
import { assertGroup } from './guard-result';
import { cmpHigh, cmpLow, type Iv, intersectIv } from './interval';
import { exactOf, toInterval } from './pinning';
import { tieSpanOf } from './tie-span';
import type { MentionSource, ReconciledCommitment, ReconcileInterval, ReconcileResult } from './types';

/** A commitment made of a reconciled group: counted once, with the sources behind it. */
export interface ReconciledCommitmentInput extends Commitment {
  /** The group's sources, one per document (the first mention of each), by document id. */
  readonly sources: readonly MentionSource[];
  /** How many mentions agree on it (contradictions not counted). */
  readonly mentions: number;
  /** Only when there are some: the groups it differs from only by kind (G5); `aggregate` never adds both in full. */
  readonly kindSplit?: readonly string[];
  /** Only in the rounding view: the amount holds every source's rounding already; `aggregate` never widens it. */
  readonly amountView?: 'rounding';
}

/** Options for {@link reconciledCommitments}. */
export interface ReconciledCommitmentsOptions {
  /**
   * Group id → the id of the group it is part of (Microsoft's capital expenditure inside its £22bn):
   * `aggregate` never adds a part on top of its whole. Entries naming a group that is not in the result
   * are ignored.
   */
  readonly partOf?: Readonly<Record<string, string>> | undefined;
  /**
   * Which amount to give, as `aggregate`'s `view` reads it (pass the same to both): `nominal` the
   * amount the sources written in the group's denomination all say ("£1.5bn" stays £1.5bn, "up to £11bn"
   * a £11bn ceiling), `rounding` the tightest amount every agreeing source's rounding allows
   * (£1.45bn–£1.55bn). @defaultValue "nominal"
   */
  readonly view?: 'nominal' | 'rounding' | undefined;
}

/**
 * The intersection as a figure in the group's denomination: exact when both ends meet, a range between
 * them, or bounded on one side ("up to" when nothing but zero bounds it below). Its quantum is the minor
 * unit the ends were rounded (outward) to.
 */
function figureOf(iv: ReconcileInterval): Figure | undefined {
  const low = iv.exactLow === null || iv.exactLow.n === 0n ? null : iv.low;
  const high = iv.high;
  const end = low ?? high;
  if (end === null) return undefined;
  const { scale, currency } = toUnits(end);
  const quantum = fromUnits(1n, scale, currency);
  if (low !== null && high !== null) {
    return toUnits(low).units === toUnits(high).units
      ? { amount: low, qualifier: 'exact', quantum }
      : { amount: low, max: high, qualifier: 'range', quantum };
  }
  if (high !== null) return { amount: high, qualifier: iv.highInclusive ? 'upTo' : 'lessThan', quantum };
  return { amount: end, qualifier: iv.lowInclusive ? 'atLeast' : 'moreThan', quantum };
}

/**
 * The documents among a group's that give it as a ceiling: a mention "up to" / "less than", or a
 * conversion of one ("up to £11bn (€12.68bn)"). @internal
 */
export function ceilingDocuments(group: ReconciledCommitment): number {
  return documentsSaying(group, ['upTo', 'lessThan']);
}

/**
 * Whether a group is counted as a ceiling (F3, G8): some sources say "up to", they are not outnumbered
 * by the sources that give it firmly, and none gives a floor ("more than", "at least"): a floor and a
 * ceiling that meet say the amount is near both, not anything from zero. @internal
 */
export function countedAsCeiling(group: ReconciledCommitment): boolean {
  const ceilings = ceilingDocuments(group);
  return (
    ceilings > 0 && 2 * ceilings >= group.sources && documentsSaying(group, ['moreThan', 'atLeast']) === 0
  );
}

/** The documents among a group's with a mention of these qualifiers, or a conversion of one. */
function documentsSaying(group: ReconciledCommitment, qualifiers: readonly string[]): number {
  const byId = new Map(group.mentions.map((m) => [m.id, m]));
  const docs = new Set<string>();
  for (const m of group.mentions) {
    // Conversion chains are acyclic (reconcile checked them); a figure outside the group ends the walk.
    for (
      let at: typeof m | undefined = m;
      at;
      at = at.convertedFrom ? byId.get(at.convertedFrom) : undefined
    ) {
      if (qualifiers.includes(at.figure.qualifier)) {
        docs.add(m.source.document);
        break;
      }
    }
  }
  return docs.size;
}

/**
 * A group counted as a ceiling ({@link countedAsCeiling}, F3): a source that drops the "up to"
 * is not evidence that the pledge is certain, so the low end is zero and the high end the group's.
 */
function ceilingOf(iv: ReconcileInterval): Figure | undefined {
  return iv.high === null ? figureOf(iv) : figureOf({ ...iv, low: null, exactLow: null });
}

const NOMINAL = boundsSettings({ view: 'nominal' });

/**
 * The nominal reading of a group in its denomination (G9): the intersection of what its mentions written
 * in that currency say, nominally ("£1.5bn" is £1.5bn, "up to £11bn" £0–£11bn), within what every
 * agreeing source allows (`rounded`). Mentions written in other currencies are never nominally equal to
 * a converted amount, so they only bound it through `rounded`. When the nominal readings do not meet
 * ("$30bn" and "more than $30bn"), the span from the lowest to the highest of them is what the sources
 * say together (still within `rounded`): no source's value is narrowed away.
 */
function nominalOf(group: ReconciledCommitment, rounded: ReconcileInterval): ReconcileInterval {
  const within = exactOf(rounded);
  const own: Iv[] = [];
  // A writer's conversion ("78 Milliarden Euro" for $85.4bn) never narrows the amount (rule 2, K2).
  const figures = group.mentions.filter((m) => m.convertedFrom === undefined);
  for (const m of figures.length > 0 ? figures : group.mentions) {
    if (toUnits(m.figure.amount).currency.code !== group.denomination) continue;
    const b = boundsUnits(m.figure, NOMINAL);
    const d = 10n ** b.scale;
    own.push({
      lo: b.low === null ? null : ratio(b.low, d),
      loInc: b.lowInclusive,
      hi: b.high === null ? null : ratio(b.high, d),
      hiInc: b.highInclusive,
    });
  }
  let iv: Iv | null = own.reduce<Iv | null>((acc, x) => (acc === null ? null : intersectIv(acc, x)), within);
  if (iv === null && own.length > 0) {
    const span = own.reduce((acc, x) => ({
      ...(cmpLow(x.lo, x.loInc, acc.lo, acc.loInc) < 0
        ? { lo: x.lo, loInc: x.loInc }
        : { lo: acc.lo, loInc: acc.loInc }),
      ...(cmpHigh(x.hi, x.hiInc, acc.hi, acc.hiInc) > 0
        ? { hi: x.hi, hiInc: x.hiInc }
        : { hi: acc.hi, hiInc: acc.hiInc }),
    }));
    iv = intersectIv(within, span);
  }
  return iv === null ? rounded : toInterval(iv, group.denomination);
}

function sourcesOf(group: ReconciledCommitment): MentionSource[] {
  const byDoc = new Map<string, MentionSource>();
  for (const m of group.mentions) if (!byDoc.has(m.source.document)) byDoc.set(m.source.document, m.source);
  return [...byDoc.values()].sort((a, b) => (a.document < b.document ? -1 : a.document > b.document ? 1 : 0));
}

/**
 * Turns the groups of {@link reconcile} into commitments that `aggregate` counts once each: the amount is,
 * in the group's denomination, what its sources say nominally (the intersection of the nominal readings
 * of the mentions written in it, `view: 'nominal'`, the default) or the group's intersection (the
 * tightest amount every agreeing source's rounding allows, `view: 'rounding'`): pass `aggregate` the
 * same view. Its parties are those its mentions name, its date its first mention's, and its sources are
 * kept beside. A group whose mentions agree on no amount in any currency gets no amount (`aggregate`
 * lists it as without one). Contradictions and ambiguous mentions are left out: they are not counted.
 *
 * @param result - what `reconcile` returned
 * @param options - {@link ReconciledCommitmentsOptions}
 * @returns one commitment per group, in the result's order, with status `announced`
 * @throws `ReckonError` `INVALID_ARGUMENT` (naming the path) when `result` is not a reconcile result,
 *   `options.partOf` is not a record of strings or `options.view` is not "nominal" or "rounding"
 * @example
 * ```ts
 * const result = reconcile(mentions, { rates });
 * const totals = aggregate(reconciledCommitments(result), { by: 'investor', to: 'EUR', rates });
 * ```
 */
export function reconciledCommitments(
  result: ReconcileResult,
  options?: ReconciledCommitmentsOptions,
): ReconciledCommitmentInput[] {
  const r = assertRecord(result, 'result');
  const groups = assertArray(r.groups, 'result.groups') as readonly ReconciledCommitment[];
  const o = readKnownOptions(options, ['partOf', 'view'], 'reconciledCommitments');
  const partOf = o.partOf === undefined ? {} : assertRecord(o.partOf, 'options.partOf');
  for (const [k, v] of Object.entries(partOf))
    if (typeof v !== 'string') throw invalidArgument(`options.partOf.${k}`, 'a group id', v);
  const view =
    o.view === undefined ? 'nominal' : assertOneOf(o.view, ['nominal', 'rounding'] as const, 'options.view');
  const ids = new Set<string>();
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i];
    assertGroup(g, `result.groups[${i}]`);
    ids.add(g.id);
  }
  return groups.map((g) => {
    const reading = g.readings.find((x) => x.currency === g.denomination);
    // A mention without a rate is left unchecked, never the group's amount dropped (F6).
    const ceilings = ceilingDocuments(g);
    const rounded = reading?.status !== 'empty' && reading?.interval ? reading.interval : undefined;
    const ceiling = countedAsCeiling(g);
    // A tie (G2, G7) is counted as the span of what every side's digits allow, whatever the view: no
    // side's nominal value is more right than the other's. Else the view asked for (G9). Then "up to"
    // as a ceiling (G8).
    const tie = rounded && g.tie ? tieSpanOf(g, rounded) : undefined;
    const iv = !rounded ? undefined : tie ? tie.iv : view === 'nominal' ? nominalOf(g, rounded) : rounded;
    const amount = iv ? (ceiling ? ceilingOf : figureOf)(iv) : undefined;
    const parent = Object.hasOwn(partOf, g.id) ? (partOf[g.id] as string) : undefined;
    const sources = sourcesOf(g);
    const split = (g.kindSplit ?? []).map((k) => k.id).filter((id) => ids.has(id));
    return {
      id: g.id,
      kind: g.kind,
      status: 'announced' as const,
      parties: g.parties,
      ...(amount ? { amount } : {}),
      date: g.firstDate,
      ...(parent !== undefined && parent !== g.id && ids.has(parent) ? { partOf: parent } : {}),
      description: `${g.mentions.length} mention(s) from ${sources.length} source(s), reconciled${g.tie ? `; disputed: ${g.contradictions.length} mention(s) give another amount and no side has a clear majority: ${tie?.basis === 'own' ? 'the amounts given span everything, counted as what its own sources allow together' : 'counted as the span of the amounts given'}` : ''}${ceilings > 0 ? `; ${ceilings} of ${sources.length} source(s) say up to: ${ceiling ? 'counted as a ceiling' : 'outnumbered or met by a floor, counted as what all allow together'}` : ''}`,
      sources,
      mentions: g.mentions.length,
      ...(split.length > 0 ? { kindSplit: split } : {}),
      ...(amount && view === 'rounding' ? { amountView: 'rounding' as const } : {}),
    };
  });
}
