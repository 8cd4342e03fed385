/**
 * The cross-reference checks of {@link safeParseDataset}, one part of a dataset each, in the order it
 * runs them (so the issues come in the same order).
 */

import type { z } from 'zod';
import { defined } from '../_lib/defined';
import { COMMITMENT_KIND_INFO, type Commitment, type Party } from '../commitment/model';
import { validateCommitments } from '../commitment/validate';
import type { SourceSpan } from '../dataset/source-span';
import type { Capacity, DatasetCommitment, DatasetConversion, DatasetMention } from '../dataset/types';
import { type Issue, isReckonError, type ReckonErrorCode } from '../errors/reckon-error';
import type { Figure } from '../figure/types';
import { type Rate, rate } from '../rates/rate';
import type { datasetJSONSchema } from './dataset-schema';

/** A JSON path. */
export type Path = (string | number)[];

/** What the checks share: the data as the schema read it, where issues go, and the lookups. */
export interface DatasetCheck {
  readonly data: z.output<typeof datasetJSONSchema>;
  readonly issues: Issue[];
  readonly add: (code: ReckonErrorCode, message: string, path: Path) => void;
  /** Checks a source span against its document's text. */
  readonly span: (s: SourceSpan, path: Path) => void;
  readonly figures: ReadonlyMap<string, Figure>;
  readonly figureIndex: ReadonlyMap<string, number>;
  readonly partyIds: ReadonlySet<string>;
  readonly commitmentIds: ReadonlySet<string>;
  readonly documents: ReadonlyMap<string, z.output<typeof datasetJSONSchema>['documents'][number]>;
}

/** The commitments, their amounts, and the cross-references of validateCommitments. */
export function datasetCommitments(check: DatasetCheck): DatasetCommitment[] {
  const { data, add, span, figures, figureIndex, issues } = check;
  const commitments: DatasetCommitment[] = data.commitments.map((c, i) => {
    span(c.source, ['commitments', i, 'source']);
    let amount: Figure | undefined;
    if (c.amount !== undefined) {
      amount = figures.get(c.amount);
      if (!figureIndex.has(c.amount))
        add('INVALID_DATASET', `unknown figure "${c.amount}"`, ['commitments', i, 'amount']);
      else if (amount && amount.amount.toJSON().amount < 0n) {
        add('INVALID_DATASET', `a ${c.kind} cannot be negative`, [
          'figures',
          figureIndex.get(c.amount) ?? 0,
          'figure',
          'amount',
        ]);
      }
    }
    return defined({ ...c, amount }) as unknown as DatasetCommitment;
  });
  // One cited figure is one amount in one place of one article: two commitments counting it count it
  // twice, unless one is part of the other (G6).
  const byFigure = new Map<string, number[]>();
  data.commitments.forEach((c, i) => {
    if (c.amount !== undefined) byFigure.set(c.amount, [...(byFigure.get(c.amount) ?? []), i]);
  });
  for (const [figure, users] of byFigure) {
    if (users.length < 2) continue;
    const cs = users.map((i) => data.commitments[i] as (typeof data.commitments)[number]);
    const apart = cs.some((a, x) => cs.some((b, y) => x < y && a.partOf !== b.id && b.partOf !== a.id));
    if (apart)
      add(
        'DUPLICATE_FIGURE',
        `figure "${figure}" is the amount of ${users.length} commitments (${cs.map((c) => c.id).join(', ')}): one amount counted ${users.length} times; keep one commitment, or make one \`partOf\` the other`,
        ['commitments', users[1] as number, 'amount'],
      );
  }
  for (const issue of validateCommitments(data.parties as Party[], commitments as readonly Commitment[])) {
    // Shape problems were reported by the schema; keep the cross-reference ones.
    if (!['INVALID_ARGUMENT', 'INVALID_COMMITMENT', 'INVALID_DATE', 'DUPLICATE_ID'].includes(issue.code))
      issues.push(issue);
  }
  return commitments;
}

/** The conversions, refusing here what checkConversion would refuse later. */
export function datasetConversions(check: DatasetCheck): DatasetConversion[] {
  const { data, add, span, figures, figureIndex } = check;
  const conversions: DatasetConversion[] = data.conversions.map((c, i) => {
    span(c.source, ['conversions', i, 'source']);
    const from = figures.get(c.from);
    const to = figures.get(c.to);
    if (!figureIndex.has(c.from))
      add('INVALID_DATASET', `unknown figure "${c.from}"`, ['conversions', i, 'from']);
    if (!figureIndex.has(c.to)) add('INVALID_DATASET', `unknown figure "${c.to}"`, ['conversions', i, 'to']);
    // A conversion's figures are the two sides of its quote: an id slip to another place (another
    // article even) would have `check` judge a pair the article never wrote (K16). Overlap, not
    // containment: a figure's qualifier ("bis zu") may stand before the quote.
    for (const side of ['from', 'to'] as const) {
      const at = data.figures[figureIndex.get(c[side]) ?? -1]?.source;
      const s = c.source;
      if (at && (at.document !== s.document || at.end <= s.start || at.start >= s.end))
        add(
          'INVALID_DATASET',
          `figure "${c[side]}" ("${at.quote}" in ${at.document}) is not in the conversion's quote "${s.quote}" (${s.document} ${s.start}–${s.end})`,
          ['conversions', i, side],
        );
    }
    // What checkConversion refuses is refused here, with a path, so that `reckon check` never meets it.
    if (from && to) {
      const [a, b] = [from.amount.toJSON(), to.amount.toJSON()];
      if (a.currency.code === b.currency.code)
        add('INVALID_DATASET', `a conversion between two amounts in ${a.currency.code}`, [
          'conversions',
          i,
          'to',
        ]);
      if (a.amount <= 0n)
        add('INVALID_DATASET', 'a conversion needs a positive amount', ['conversions', i, 'from']);
      if (b.amount <= 0n)
        add('INVALID_DATASET', 'a conversion needs a positive amount', ['conversions', i, 'to']);
    }
    return defined({ ...c, from, to }) as unknown as DatasetConversion;
  });
  return conversions;
}

/** The capacities and the parties and commitments they name. */
export function datasetCapacities(check: DatasetCheck): Capacity[] {
  const { data, add, span, partyIds, commitmentIds } = check;
  const capacities: Capacity[] = data.capacities.map((c, i) => {
    span(c.source, ['capacities', i, 'source']);
    if (c.party !== undefined && !partyIds.has(c.party))
      add('UNKNOWN_PARTY', `unknown party "${c.party}"`, ['capacities', i, 'party']);
    if (c.commitment !== undefined && !commitmentIds.has(c.commitment)) {
      add('UNKNOWN_COMMITMENT', `unknown commitment "${c.commitment}"`, ['capacities', i, 'commitment']);
    }
    return defined(c) as Capacity;
  });
  return capacities;
}

/** The mentions: their figures, parties and roles, `convertedFrom` and `partOf`, and their dates. */
export function datasetMentions(check: DatasetCheck): DatasetMention[] {
  const { data, add, figures, figureIndex, partyIds, documents } = check;
  const mentionDocuments = new Map(
    (data.mentions ?? []).map((m) => [m.id, data.figures[figureIndex.get(m.figure) ?? -1]?.source.document]),
  );
  const keys = new Set(
    (data.mentions ?? []).flatMap((m) => (m.commitment === undefined ? [] : [m.commitment])),
  );
  const wholeOf = new Map<string, string>();
  const mentions: DatasetMention[] = (data.mentions ?? []).flatMap((m, i) => {
    const at = (...rest: Path): Path => ['mentions', i, ...rest];
    const cited = data.figures[figureIndex.get(m.figure) ?? -1];
    const figure = figures.get(m.figure);
    if (!cited) add('INVALID_DATASET', `unknown figure "${m.figure}"`, at('figure'));
    const roles: readonly string[] = COMMITMENT_KIND_INFO[m.kind].roles;
    m.parties.forEach((p, j) => {
      if (!partyIds.has(p.party))
        add('UNKNOWN_PARTY', `unknown party "${p.party}"`, at('parties', j, 'party'));
      if (!roles.includes(p.role))
        add('ROLE_MISMATCH', `a ${m.kind} has no role "${p.role}"`, at('parties', j, 'role'));
    });
    if (m.convertedFrom !== undefined) {
      if (!mentionDocuments.has(m.convertedFrom))
        add('INVALID_DATASET', `unknown mention "${m.convertedFrom}"`, at('convertedFrom'));
      else if (m.convertedFrom === m.id)
        add('INVALID_DATASET', 'a mention cannot convert itself', at('convertedFrom'));
      else if (cited && mentionDocuments.get(m.convertedFrom) !== cited.source.document) {
        add('INVALID_DATASET', `mention "${m.convertedFrom}" is in another document`, at('convertedFrom'));
      }
    }
    if (m.partOf !== undefined) {
      if (m.commitment === undefined)
        add('INVALID_DATASET', 'partOf needs the mention’s own commitment key', at('partOf'));
      else if (m.partOf === m.commitment)
        add('INVALID_DATASET', 'a commitment cannot be part of itself', at('partOf'));
      else if (!keys.has(m.partOf))
        add('UNKNOWN_COMMITMENT', `no mention has the key "${m.partOf}"`, at('partOf'));
      else if (wholeOf.has(m.commitment) && wholeOf.get(m.commitment) !== m.partOf) {
        add(
          'INVALID_DATASET',
          `another mention of "${m.commitment}" says it is part of "${wholeOf.get(m.commitment)}"`,
          at('partOf'),
        );
      }
      if (m.commitment !== undefined && !wholeOf.has(m.commitment)) wholeOf.set(m.commitment, m.partOf);
    }
    if (cited && m.date === undefined && documents.get(cited.source.document)?.publishedDate === undefined) {
      add('INVALID_DATASET', 'the mention has no date and its document no publishedDate', at('date'));
    }
    if (!cited || !figure) return [];
    return [defined({ ...m, figure, source: cited.source }) as DatasetMention];
  });
  return mentions;
}

/** The rates, one per pair and day in either direction (EUR/USD and USD/EUR are one pair: K10). */
export function datasetRates(check: DatasetCheck): Rate[] {
  const { data, add } = check;
  const seenRates = new Map<string, number>();
  const rates = data.rates.flatMap((r, i) => {
    const key = `${[r.base, r.quote].sort().join('/')}/${r.date}`;
    const first = data.rates[seenRates.get(key) ?? -1];
    if (first)
      add(
        'INVALID_DATASET',
        first.base === r.base
          ? `a second ${r.base}/${r.quote} rate for ${r.date}`
          : `a ${r.base}/${r.quote} rate for ${r.date}, where rates.${seenRates.get(key)} gives ${first.base}/${first.quote} for that day: one rate per pair and day, in one direction (keep the source's own; an inverse rounded to its digits is not the same rate)`,
        ['rates', i],
      );
    else seenRates.set(key, i);
    try {
      return [rate(r)];
    } catch (error) {
      add('INVALID_RATES', isReckonError(error) ? error.message : String(error), ['rates', i, 'value']);
      return [];
    }
  });
  return rates;
}
