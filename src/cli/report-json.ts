import type { AggregateResult } from '../aggregate/aggregate';
import { aggregateResultToJSON } from '../aggregate/result-json';
import type { Dataset } from '../dataset/types';
import type { reportInput } from './reconcile';

/**
 * `reckon report --json`: {@link aggregateResultToJSON} with the dataset named and, for a dataset of
 * mentions, the number of sources (documents) behind the commitments each row adds (docs/cli.md).
 */
export function reportJSON(
  result: AggregateResult,
  dataset: Dataset,
  source: string,
  { sources, unreported }: ReturnType<typeof reportInput>,
) {
  const json = aggregateResultToJSON(result, { parties: dataset.parties });
  const groups = sources
    ? json.groups.map((g, i) => {
        const row = result.groups[i];
        const { party, role, ...totals } = g;
        return { party, role, sources: sources(row?.commitments ?? []), ...totals };
      })
    : json.groups;
  // Only for a dataset with commitments and mentions: the mentions it leaves out (K6).
  const left = unreported ? { mentionsNotReported: unreported } : {};
  return { dataset: { id: dataset.id, source }, ...left, ...json, groups };
}
