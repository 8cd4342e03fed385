import { assertIterable, invalidArgument } from '../_lib/guards';
import type { Commitment } from '../commitment/model';
import { aggregator, newAggregator } from './aggregator';
import type { AggregateOptions, AggregateResult } from './types';

export { aggregator } from './aggregator';
export type {
  AggregateGroup,
  AggregateOptions,
  AggregateResult,
  AggregateTotals,
  Aggregator,
  Allocation,
  ConvertedInterval,
  MoneyInterval,
  NotAddedItem,
  RateUse,
} from './types';

/**
 * Totals per party (or per party in one role), in original currencies and, with `to` and `rates`,
 * converted — as honest intervals, without double counting: each commitment once in the grand total,
 * a part never in a total that holds one of its wholes, valuations and other stocks beside the sums,
 * never in them, and a missing rate never hidden. See docs/aggregation.md for every rule.
 *
 * @param commitments - an array or any iterable (for async iterables use {@link aggregateAsync}); an
 *   amount may be a figure or its JSON form (`figureToJSON`), which is read with `figureFromJSON`
 * @param options - {@link AggregateOptions}, each checked
 * @returns rows sorted by party id, the grand total (the same for every `by`) and the rates used
 * @throws {@link ReckonError} `INVALID_ARGUMENT` (commitments that are not iterable; an element that
 *   is not a commitment, naming its path such as `commitments[2].parties[0].role`; an option it does
 *   not allow, naming it and what it allows), `UNKNOWN_CURRENCY`, `INVALID_DATE` (for `asOf`
 *   and `fallbackDate`). Problems in the data are issues, never thrown: `DUPLICATE_ID`,
 *   `DUPLICATE_PARTY`, `UNKNOWN_COMMITMENT`, `PART_OF_CYCLE`, `INVALID_DATE`, `NO_RATE`, `KIND_SPLIT`
 *   (commitments that may be one, told apart by kind: `kindSplit`, set by `reconciledCommitments`)
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
  if (Array.isArray(commitments)) {
    const list = commitments as readonly Commitment[];
    const first = overArray(list, options);
    const repeats = first.repeats();
    // A repeated id is found at the end: the rare input with one is aggregated again without it.
    return (repeats.size === 0 ? first : overArray(list, options, repeats)).result();
  }
  assertIterable(commitments, 'commitments');
  const agg = aggregator(options);
  for (const c of commitments) agg.add(c);
  return agg.result();
}

function overArray(
  list: readonly Commitment[],
  options: AggregateOptions,
  skip?: ReadonlyMap<number, number>,
) {
  const agg = newAggregator(options, list, skip);
  for (let i = 0; i < list.length; i++) agg.add(list[i] as Commitment);
  return agg;
}

/**
 * {@link aggregate} over an async iterable (a stream of commitments).
 *
 * @param commitments - an async iterable, or any iterable
 * @param options - {@link AggregateOptions}, each checked
 * @returns what {@link aggregate} returns
 * @throws what {@link aggregate} throws
 * @example
 * ```ts
 * const result = await aggregateAsync(readCommitments(stream), { by: 'investor', listCommitments: false });
 * ```
 */
export async function aggregateAsync(
  commitments: AsyncIterable<Commitment> | Iterable<Commitment>,
  options: AggregateOptions = {},
): Promise<AggregateResult> {
  const iterable = commitments as Partial<AsyncIterable<unknown> & Iterable<unknown>> | null;
  if (
    typeof iterable !== 'object' ||
    iterable === null ||
    (typeof iterable[Symbol.asyncIterator] !== 'function' && typeof iterable[Symbol.iterator] !== 'function')
  ) {
    throw invalidArgument('commitments', 'an async iterable, an array or another iterable', commitments);
  }
  const agg = aggregator(options);
  for await (const c of commitments) agg.add(c);
  return agg.result();
}
