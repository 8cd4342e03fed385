import { z } from 'zod';
import { datasetJSONSchema } from './dataset-schema';

/**
 * The JSON Schema (draft 2020-12) of a dataset file, generated from the zod schemas, for users in other
 * languages. The package also ships it as `reckon/dataset.schema.json`. Cross-reference checks
 * (parties, quotes, cycles) are beyond JSON Schema: use `parseDataset` for those.
 *
 * @returns the JSON Schema as a plain object
 * @example
 * ```ts
 * writeFileSync('dataset.schema.json', JSON.stringify(datasetJsonSchema(), null, 2));
 * ```
 */
export function datasetJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(datasetJSONSchema, { unrepresentable: 'any' }),
    title: 'reckon dataset',
  } as Record<string, unknown>;
}
