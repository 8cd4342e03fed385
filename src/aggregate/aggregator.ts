import type { Commitment } from '../commitment/model';
import { ReckonError } from '../errors/reckon-error';
import { addCommon, newRecent } from './fast-path';
import { finishResult } from './finish';
import { readCommitment } from './input';
import { resolveSplits } from './kind-splits';
import { readOptions } from './options';
import { pushAt } from './order';
import { type Part, resolveParts } from './parts';
import { admit, firstPositions, repeatsOf } from './seen';
import { newState, report } from './state';
import { placeJoint, placePart, take } from './take';
import type { AggregateOptions, AggregateResult, Aggregator } from './types';

/** An aggregator over an array, which can also tell the positions that repeat an earlier id. @internal */
export interface ArrayAggregator extends Aggregator {
  repeats(): ReadonlyMap<number, number>;
}

/**
 * The incremental form of {@link aggregate}: `add` commitments one by one (from any source), then
 * `result()`. Commitments without a `partOf` are added as they come; parts wait for the end, since a
 * whole may come after its part, and so do commitments with a `kindSplit` (docs/aggregation.md). Memory grows with the rows, the parts and the ids seen (to count a
 * repeated id once), plus the id lists unless `listCommitments` is false.
 *
 * @param options - {@link AggregateOptions}, each checked
 * @returns the aggregator; `result()` returns the same result each time, and `add` after it throws
 * @throws {@link ReckonError} `INVALID_ARGUMENT` for an option it does not allow (naming it and what
 *   it allows) and, from `add`, for a value that is not a commitment (naming its path, such as
 *   `commitments[3].amount`: an id that is not a string, an unknown kind, status or role …);
 *   `UNKNOWN_CURRENCY` for `to`; `INVALID_DATE` for `asOf` or `fallbackDate`
 * @example
 * ```ts
 * const agg = aggregator({ by: 'investor' });
 * for (const c of commitments) agg.add(c);
 * agg.result().groups;
 * ```
 */
export function aggregator(options: AggregateOptions = {}): Aggregator {
  return newAggregator(options);
}

/**
 * {@link aggregator}; over an array (added in its order) ids are read from it, and repeated ids
 * are found at the end ({@link ArrayAggregator.repeats}) and skipped by a second aggregator given them.
 * @internal
 */
export function newAggregator(options: AggregateOptions): Aggregator;
export function newAggregator(
  options: AggregateOptions,
  source: readonly Commitment[],
  skip?: ReadonlyMap<number, number>,
): ArrayAggregator;
export function newAggregator(
  options: AggregateOptions,
  source?: readonly Commitment[],
  skip?: ReadonlyMap<number, number>,
): Aggregator | ArrayAggregator {
  const st = newState(readOptions(options), source);
  const { seen, grand } = st;
  const recent = newRecent();
  // Streams only: commitments whose id may have come before, settled at the end.
  const maybeRepeated: { readonly position: number; readonly commitment: Commitment }[] = [];
  let finished: AggregateResult | undefined;

  const repeated = (c: Commitment, position: number, first: number) =>
    pushAt(grand.issues, position, {
      code: 'DUPLICATE_ID',
      message: `${c.id}: the id is used again at position ${position} (first at ${first}); only the first counts`,
      path: ['commitments', position, 'id'],
    });

  const add = (given: Commitment): void => {
    if (finished)
      throw new ReckonError('INVALID_ARGUMENT', 'add() after result(): this aggregator is finished.');
    const position = seen.count;
    const c = readCommitment(given, position);
    if (!admit(seen, c.id)) maybeRepeated.push({ position, commitment: c });
    else if (skip?.has(position)) repeated(c, position, skip.get(position) as number);
    else if (!addCommon(st, recent, c, position)) take(st, c, position);
  };

  const result = (): AggregateResult => {
    if (finished) return finished;
    const first = firstPositions(seen, new Set(maybeRepeated.map((m) => m.commitment.id)));
    for (const { position, commitment: c } of maybeRepeated) {
      const at = first.get(c.id) as number;
      if (at < position) repeated(c, position, at);
      else take(st, c, position);
    }
    // Before the parts: a part below one of them must find its rows in `seen.wholes`.
    resolveSplits(st);
    const partsOf = new Map<number, readonly Part[]>();
    resolveParts(st.parts, seen, st.rows.length, {
      place: (part, blocked, grandBlocked, below) => placePart(st, part, blocked, grandBlocked, below),
      below: (position, parts) => partsOf.set(position, parts),
      issue: (part, issue) => report(st, part.position, issue, part.rows),
    });
    for (const j of st.joints) placeJoint(st, j, partsOf.get(j.position) ?? []);
    finished = finishResult(st.s, st.rows, grand, st.buckets.list, seen);
    return finished;
  };

  const repeats = () => new Map(repeatsOf(seen).map((r) => [r.position, r.first]));

  return source === undefined ? { add, result } : { add, result, repeats };
}
