import { z } from 'zod';
import { COMMITMENT_KINDS, COMMITMENT_STATUSES, ROLES } from '../commitment/model';
import { isIsoDate } from '../rates/dates';
import { currencyCodeSchema, decimalStringSchema, figureJSONSchema, qualifierSchema } from './figure-schema';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id such as "goldman-sachs"');
const isoDay = z.string().refine(isIsoDate, { message: 'expected an ISO day such as "2025-09-18"' });
const offset = z.number().int().nonnegative();

/** Where a quote stands: a document id and UTF-16 offsets, with the quote itself. */
export const sourceSpanSchema = z.object({
  document: id,
  start: offset,
  end: offset,
  quote: z.string().min(1),
});

/** A document: its text and the metadata to cite it. */
export const documentSchema = z.object({
  id,
  title: z.string().optional(),
  publisher: z.string().optional(),
  author: z.string().optional(),
  publishedDate: isoDay,
  language: z.enum(['en', 'de']),
  url: z.string().optional(),
  text: z.string(),
});

/** A party. */
export const partySchema = z.object({
  id,
  name: z.string().min(1),
  kind: z.enum(['company', 'government', 'fund', 'bank', 'person', 'institution', 'media', 'other']),
  aliases: z.array(z.string()).optional(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code')
    .optional(),
});

/** A money figure cited in a document. Its `figure` has no position fields: `source` says where. */
export const citedFigureSchema = z.object({
  id,
  figure: figureJSONSchema,
  source: sourceSpanSchema,
  attributedTo: z.string().optional(),
});

/** A commitment; `amount` names a figure by id. */
export const commitmentJSONSchema = z.object({
  id,
  kind: z.enum(Object.keys(COMMITMENT_KINDS) as [string, ...string[]]),
  status: z.enum(COMMITMENT_STATUSES as unknown as [string, ...string[]]),
  parties: z.array(z.object({ party: id, role: z.enum(ROLES as unknown as [string, ...string[]]) })).min(1),
  amount: id.optional(),
  date: isoDay.optional(),
  period: z
    .object({
      start: isoDay.optional(),
      end: isoDay.optional(),
      duration: z
        .string()
        .regex(/^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?$/, 'expected an ISO 8601 duration such as "P5Y"')
        .optional(),
    })
    .optional(),
  location: z.string().optional(),
  partOf: id.optional(),
  source: sourceSpanSchema,
  attributedTo: z.string().optional(),
  description: z.string().optional(),
});

/** A reported conversion between two cited figures. */
export const conversionJSONSchema = z.object({
  id,
  from: id,
  to: id,
  eventDate: isoDay.optional(),
  publishedDate: isoDay.optional(),
  source: sourceSpanSchema,
});

/** A non-money count with a unit. */
export const capacitySchema = z.object({
  id,
  value: decimalStringSchema,
  unit: z.string().min(1),
  qualifier: qualifierSchema,
  party: id.optional(),
  commitment: id.optional(),
  date: isoDay.optional(),
  dateMeaning: z.enum(['by', 'from']).optional(),
  description: z.string().optional(),
  source: sourceSpanSchema,
});

/** A reference rate: `value` units of `quote` per `base`, exact ("0.8675" or "400/347"). */
export const rateJSONSchema = z.object({
  base: currencyCodeSchema,
  quote: currencyCodeSchema,
  value: z.string().regex(/^(\d+(\.\d+)?|\d+\/[1-9]\d*)$/, 'expected a positive decimal or "n/d"'),
  date: isoDay,
  source: z.string().min(1),
});

/** The JSON form of a dataset (shape only; `parseDataset` also checks references and quotes). */
export const datasetJSONSchema = z.object({
  version: z.literal(1),
  id,
  title: z.string().optional(),
  documents: z.array(documentSchema),
  parties: z.array(partySchema),
  figures: z.array(citedFigureSchema),
  commitments: z.array(commitmentJSONSchema),
  conversions: z.array(conversionJSONSchema),
  capacities: z.array(capacitySchema),
  rates: z.array(rateJSONSchema),
});

/** The JSON form of a dataset, as {@link datasetJSONSchema} reads it. */
export type DatasetJSON = z.input<typeof datasetJSONSchema>;
