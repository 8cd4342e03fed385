/**
 * zod schemas for the JSON forms of reckon's data. Kept out of the core entry so that importing
 * `reckon` does not pull in zod.
 *
 * @packageDocumentation
 */
export {
  currencyCodeSchema,
  decimalStringSchema,
  figureJSONSchema,
  figureSchema,
  positiveDecimalSchema,
  qualifierSchema,
} from './figure-schema';
