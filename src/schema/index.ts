/**
 * zod schemas for the JSON forms of reckon's data. Kept out of the core entry so that importing
 * `reckon` does not pull in zod.
 *
 * @packageDocumentation
 */

export type { DatasetJSON } from './dataset-schema';
export {
  capacitySchema,
  citedFigureSchema,
  commitmentJSONSchema,
  conversionJSONSchema,
  datasetJSONSchema,
  documentSchema,
  mentionJSONSchema,
  partySchema,
  rateJSONSchema,
  sourceSpanSchema,
} from './dataset-schema';
export { datasetToJSON } from './dataset-to-json';
export {
  currencyCodeSchema,
  decimalStringSchema,
  figureJSONSchema,
  figureSchema,
  positiveDecimalSchema,
  qualifierSchema,
} from './figure-schema';
export { datasetJSONSchemaDocument } from './json-schema';
export { parseDataset, safeParseDataset } from './parse-dataset';
