/**
 * The Nscale article (wallstreetONLINE, 18 September 2025, by Nicolas Ebert) as a cited dataset: nine
 * money figures, seven GPU counts, eleven commitments, one reported conversion (£11bn → €12.68bn) and
 * the ECB reference rates of 15–19 September 2025, every item quoting its exact place in the text.
 *
 * @packageDocumentation
 */
import { deepFreeze } from '../../_lib/freeze';
import type { Dataset } from '../../dataset/types';
import type { DatasetJSON } from '../../schema/dataset-schema';
import { parseDataset } from '../../schema/parse-dataset';
import json from './nscale-2025-09.json';

/**
 * The dataset's JSON form, as shipped in `reckon/datasets/nscale-2025-09.json`. Deeply frozen: copy it
 * (`structuredClone`) to change it.
 *
 * @example
 * ```ts
 * nscaleDatasetJSON.figures.length; // 9
 * ```
 */
export const nscaleDatasetJSON: DatasetJSON = /* @__PURE__ */ deepFreeze(json as DatasetJSON);

let cached: Dataset | undefined;

/**
 * The dataset, parsed and checked (exact money, exact rates). Parsed on the first call, then cached and
 * shared, so it is deeply frozen: one caller's change can never reach another.
 *
 * @returns the typed dataset
 * @example
 * ```ts
 * const dataset = nscaleDataset();
 * aggregate(dataset.commitments, { by: 'investor', parties: dataset.parties });
 * ```
 */
export function nscaleDataset(): Dataset {
  cached ??= deepFreeze(parseDataset(nscaleDatasetJSON));
  return cached;
}

/**
 * The article's text: every quote in the dataset is `nscaleArticle().slice(start, end)`.
 *
 * @example
 * ```ts
 * nscaleArticle().startsWith('Am Dienstag'); // true
 * ```
 */
export function nscaleArticle(): string {
  return nscaleDatasetJSON.documents[0]?.text ?? '';
}
