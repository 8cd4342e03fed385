import { z } from 'zod';
import { ISO_DURATION, KEBAB_ID } from '../_lib/patterns';
import {
  COMMITMENT_KINDS,
  COMMITMENT_STATUSES,
  type CommitmentKind,
  type CommitmentStatus,
  PARTY_KINDS,
  type PartyKind,
  ROLES,
  type Role,
} from '../commitment/model';
import { currencyCodeSchema, decimalStringSchema, figureJSONSchema, qualifierSchema } from './figure-schema';

const id = z.string().regex(KEBAB_ID, 'expected a kebab-case id such as "goldman-sachs"');
/**
 * A calendar day, YYYY-MM-DD, that exists: 2024-02-29 but not 2025-02-29 or 2025-04-31. A pattern rather
 * than a refinement so that the JSON Schema checks exactly the same; it accepts what `isIsoDate` does
 * (years 0000–9999, proleptic Gregorian leap years), which a test holds it to.
 *
 * @internal
 */
export const ISO_DAY_PATTERN = (() => {
  const year = '\\d{4}';
  const fourths = '(?:0[48]|[2468][048]|[13579][26])';
  const leapYear = `(?:\\d{2}${fourths}|${fourths}00|0000)`;
  const monthDay =
    '(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))';
  return new RegExp(`^(?:${year}-${monthDay}|${leapYear}-02-29)$`);
})();
const isoDay = z.string().regex(ISO_DAY_PATTERN, 'expected an ISO day that exists, such as "2025-09-18"');
const offset = z.number().int().nonnegative();
const kindSchema = z.enum(COMMITMENT_KINDS as [CommitmentKind, ...CommitmentKind[]]);
const participationSchema = z.strictObject({
  party: id,
  role: z.enum(ROLES as unknown as [Role, ...Role[]]),
});

/** Where a quote stands: a document id and UTF-16 offsets, with the quote itself. */
export const sourceSpanSchema = z.strictObject({
  document: id,
  start: offset,
  end: offset,
  quote: z.string().min(1),
});

/** A document: its text and the metadata to cite it. */
export const documentSchema = z.strictObject({
  id,
  title: z.string().optional(),
  publisher: z.string().optional(),
  author: z.string().optional(),
  /** Absent when the page shows no date (say why in `dateNote`). */
  publishedDate: isoDay.optional(),
  /** Where the date was read, or why there is none. */
  dateNote: z.string().optional(),
  language: z.enum(['en', 'de']),
  url: z.string().optional(),
  text: z.string(),
});

/** A party. */
export const partySchema = z.strictObject({
  id,
  name: z.string().min(1),
  kind: z.enum(PARTY_KINDS as [PartyKind, ...PartyKind[]]),
  aliases: z.array(z.string()).optional(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code')
    .optional(),
});

/** A money figure cited in a document. Its `figure` has no position fields: `source` says where. */
export const citedFigureSchema = z.strictObject({
  id,
  figure: figureJSONSchema,
  source: sourceSpanSchema,
  attributedTo: z.string().optional(),
});

/** A commitment; `amount` names a figure by id. */
export const commitmentJSONSchema = z.strictObject({
  id,
  kind: kindSchema,
  status: z.enum(COMMITMENT_STATUSES as unknown as [CommitmentStatus, ...CommitmentStatus[]]),
  parties: z.array(participationSchema).min(1),
  amount: id.optional(),
  date: isoDay.optional(),
  period: z
    .strictObject({
      start: isoDay.optional(),
      end: isoDay.optional(),
      duration: z.string().regex(ISO_DURATION, 'expected an ISO 8601 duration such as "P5Y"').optional(),
    })
    // ISO days compare as strings.
    .refine((p) => p.start === undefined || p.end === undefined || p.start <= p.end, {
      path: ['end'],
      message: 'the period ends before it starts',
    })
    .optional(),
  location: z.string().optional(),
  partOf: id.optional(),
  source: sourceSpanSchema,
  attributedTo: z.string().optional(),
  description: z.string().optional(),
});

/**
 * One report of a commitment: a cited figure (by id) with the parties, roles and kind its document
 * gives. Many mentions may report one commitment; `reconcile` finds which, and `commitment` (a key
 * shared by the mentions of one commitment, not necessarily the id of an item in `commitments`) says so
 * explicitly.
 */
export const mentionJSONSchema = z.strictObject({
  id,
  figure: id,
  parties: z.array(participationSchema).min(1),
  kind: kindSchema,
  /** The day the mention is dated for reconciling; defaults to its document's `publishedDate`. */
  date: isoDay.optional(),
  commitment: id.optional(),
  /** The commitment key that this mention's commitment is part of (needs `commitment`). */
  partOf: id.optional(),
  /** The id of the mention, in the same document, whose figure this one converts. */
  convertedFrom: id.optional(),
  note: z.string().optional(),
});

/** A reported conversion between two cited figures. */
export const conversionJSONSchema = z.strictObject({
  id,
  from: id,
  to: id,
  eventDate: isoDay.optional(),
  publishedDate: isoDay.optional(),
  source: sourceSpanSchema,
});

/** A non-money count with a unit. */
export const capacitySchema = z.strictObject({
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
export const rateJSONSchema = z.strictObject({
  base: currencyCodeSchema,
  quote: currencyCodeSchema,
  value: z
    .string()
    .regex(
      /^(?:0*[1-9]\d*(?:\.\d+)?|0+\.0*[1-9]\d*|0*[1-9]\d*\/[1-9]\d*)$/,
      'expected a positive decimal or "n/d"',
    ),
  date: isoDay,
  source: z.string().min(1),
});

/**
 * The JSON form of a dataset (shape only; `parseDataset` also checks references and quotes). Unknown
 * keys are errors at every level; `$schema` (a link to the JSON Schema, for editors) is allowed at the
 * top and not kept.
 */
export const datasetJSONSchema = z.strictObject({
  $schema: z.string().optional(),
  version: z.literal(1),
  id,
  title: z.string().optional(),
  documents: z.array(documentSchema),
  parties: z.array(partySchema),
  figures: z.array(citedFigureSchema),
  commitments: z.array(commitmentJSONSchema),
  conversions: z.array(conversionJSONSchema),
  capacities: z.array(capacitySchema),
  /** Reports of commitments, for `reconcile` (absent: none). */
  mentions: z.array(mentionJSONSchema).optional(),
  rates: z.array(rateJSONSchema),
});

/** The JSON form of a dataset, as {@link datasetJSONSchema} reads it. */
export type DatasetJSON = z.input<typeof datasetJSONSchema>;
