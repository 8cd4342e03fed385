/**
 * The week of 15–19 September 2025 in which US companies announced investments in the UK, as 25 real
 * articles from 24 publishers (English and German) report it: the passages quoted, 83 money figures
 * cited at their exact offsets, 83 mentions (parties, roles, kind, figure, and the commitment key each
 * belongs to), the conversions the articles report, and the ECB reference rates of 15–19 September
 * 2025. Built by `scripts/build-uk-tech-dataset.ts` from the collected sources; made for `reconcile`.
 *
 * @packageDocumentation
 */
import { deepFreeze } from '../../_lib/freeze';
import type { Dataset } from '../../dataset/types';
import type { DatasetJSON } from '../../schema/dataset-schema';
import { parseDataset } from '../../schema/parse-dataset';
import json from './uk-tech-2025-09.json';

/**
 * The dataset's JSON form, as shipped in `reckon/datasets/uk-tech-2025-09.json`. Deeply frozen: copy it
 * (`structuredClone`) to change it.
 *
 * @example
 * ```ts
 * ukTechDatasetJSON.mentions?.length; // 83
 * ```
 */
export const ukTechDatasetJSON: DatasetJSON = /* @__PURE__ */ deepFreeze(json as DatasetJSON);

let cached: Dataset | undefined;

/**
 * The dataset, parsed and checked (exact money, exact rates). Parsed on the first call, then cached and
 * shared, so it is deeply frozen: one caller's change can never reach another.
 *
 * @returns the typed dataset
 * @example
 * ```ts
 * const dataset = ukTechDataset();
 * const result = reconcile(mentionsFromDataset(dataset), { rates: ratesFromList(dataset.rates) });
 * ```
 */
export function ukTechDataset(): Dataset {
  cached ??= deepFreeze(parseDataset(ukTechDatasetJSON));
  return cached;
}
