/**
 * Wrong datasets, each one mutation of the Nscale dataset with the issue `safeParseDataset` must
 * report. Shared by the parseDataset tests and the JSON Schema parity test, which also says for each
 * whether the JSON Schema can see it.
 */
import { nscaleDatasetJSON } from '../../src/datasets/nscale-2025-09/index';
import type { ReckonErrorCode } from '../../src/index';
import type { DatasetJSON } from '../../src/schema/index';

export type Json = Record<string, unknown> & DatasetJSON;

/** A fresh deep copy of the Nscale dataset's JSON. */
export const clone = (): Json => structuredClone(nscaleDatasetJSON) as Json;

/** Sets the value at a path of keys and indices, in place, and returns the dataset. */
export const set =
  (path: (string | number)[], value: unknown) =>
  (d: Json): Json => {
    let node: Record<string | number, unknown> = d;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
    node[path[path.length - 1] ?? ''] = value;
    return d;
  };

const fig = (id: string) => nscaleDatasetJSON.figures.findIndex((f) => f.id === id);
const com = (id: string) => nscaleDatasetJSON.commitments.findIndex((c) => c.id === id);
const uk = com('nvidia-uk-investment');
const stake = com('nvidia-nscale-stake');
const norway = fig('usd-1bn-norway-data-centre');
const exact = nscaleDatasetJSON.figures.findIndex((f) => f.figure.qualifier === 'exact');
const rates = nscaleDatasetJSON.rates.length;

/** One wrong dataset. */
export interface Mutation {
  readonly name: string;
  readonly make: (d: Json) => Json;
  /** The code of the issue `safeParseDataset` must report … */
  readonly code: ReckonErrorCode;
  /** … at this JSON path (dot-separated). */
  readonly path: string;
  /** Why JSON Schema cannot tell (the rule needs two items or two fields); absent when it rejects too. */
  readonly beyondJsonSchema?: string;
}

/**
 * Two valid mentions of the Nscale dataset's Nvidia figures (the second converts the first), added to
 * the copy before a mention mutation.
 */
export const withMentions = (d: Json): Json => {
  const parties = [{ party: 'nvidia', role: 'investor' as const }];
  d.mentions = [
    { id: 'gbp-11bn', figure: 'gbp-11bn-nvidia', parties, kind: 'investment', commitment: 'nvidia-uk' },
    {
      id: 'eur-12-68bn',
      figure: 'eur-12-68bn-nvidia',
      parties,
      kind: 'investment',
      convertedFrom: 'gbp-11bn',
    },
  ];
  return d;
};
const mention =
  (path: (string | number)[], value: unknown) =>
  (d: Json): Json =>
    set(['mentions', ...path], value)(withMentions(d));

const REFERENCE = 'a reference to another item';
const QUOTE = 'the quote against its document';

export const MUTATIONS: readonly Mutation[] = [
  { name: 'not an object', make: () => 'hello' as unknown as Json, code: 'INVALID_DATASET', path: '' },
  { name: 'wrong version', make: set(['version'], 2), code: 'INVALID_DATASET', path: 'version' },
  { name: 'missing parties', make: set(['parties'], undefined), code: 'INVALID_DATASET', path: 'parties' },
  {
    name: 'wrong type of amount',
    make: set(['figures', 0, 'figure', 'amount'], 6.2e9),
    code: 'INVALID_DATASET',
    path: 'figures.0.figure.amount',
  },
  {
    name: 'unknown currency',
    make: set(['figures', 0, 'figure', 'currency'], 'XYZ'),
    code: 'INVALID_DATASET',
    path: 'figures.0.figure.currency',
  },
  {
    name: 'unknown qualifier',
    make: set(['figures', 0, 'figure', 'qualifier'], 'roughly'),
    code: 'INVALID_DATASET',
    path: 'figures.0.figure.qualifier',
  },
  {
    name: 'exponent in an amount',
    make: set(['figures', 1, 'figure', 'amount'], '1e9'),
    code: 'INVALID_DATASET',
    path: 'figures.1.figure.amount',
  },
  {
    name: 'zero quantum',
    make: set(['figures', 1, 'figure', 'quantum'], '0'),
    code: 'INVALID_DATASET',
    path: 'figures.1.figure.quantum',
  },
  {
    name: 'negative quantum',
    make: set(['figures', 1, 'figure', 'quantum'], '-1'),
    code: 'INVALID_DATASET',
    path: 'figures.1.figure.quantum',
  },
  {
    name: 'max on an exact figure',
    make: set(['figures', exact, 'figure', 'max'], '7000000000'),
    code: 'INVALID_DATASET',
    path: `figures.${exact}.figure.max`,
  },
  {
    name: 'range without max',
    make: set(['figures', exact, 'figure', 'qualifier'], 'range'),
    code: 'INVALID_DATASET',
    path: `figures.${exact}.figure.max`,
  },
  {
    name: 'range with max below amount',
    make: (d) =>
      set(
        ['figures', exact, 'figure', 'max'],
        '1',
      )(set(['figures', exact, 'figure', 'qualifier'], 'range')(d)),
    code: 'INVALID_DATASET',
    path: `figures.${exact}.figure.max`,
    beyondJsonSchema: 'compares two fields (max ≥ amount)',
  },
  {
    name: 'negative amount of a commitment',
    make: set(['figures', norway, 'figure', 'amount'], '-1000000000'),
    code: 'INVALID_DATASET',
    path: `figures.${norway}.figure.amount`,
    beyondJsonSchema: 'a figure may be negative unless a commitment names it as its amount',
  },
  {
    name: 'unknown party',
    make: set(['commitments', 0, 'parties', 0, 'party'], 'amazon'),
    code: 'UNKNOWN_PARTY',
    path: 'commitments.0.parties.0.party',
    beyondJsonSchema: REFERENCE,
  },
  {
    name: 'role that does not fit',
    make: set(['commitments', 0, 'parties', 0, 'role'], 'lender'),
    code: 'ROLE_MISMATCH',
    path: 'commitments.0.parties.0.role',
  },
  {
    name: 'unknown role',
    make: set(['commitments', 0, 'parties', 0, 'role'], 'sponsor'),
    code: 'INVALID_DATASET',
    path: 'commitments.0.parties.0.role',
  },
  {
    name: 'unknown kind',
    make: set(['commitments', 0, 'kind'], 'gift'),
    code: 'INVALID_DATASET',
    path: 'commitments.0.kind',
  },
  {
    name: 'unknown key (a typo)',
    make: set(['commitments', 0, 'descripton'], 'the Norway project'),
    code: 'INVALID_DATASET',
    path: 'commitments.0.descripton',
  },
  {
    name: 'unknown top-level key',
    make: set(['comment'], 'draft'),
    code: 'INVALID_DATASET',
    path: 'comment',
  },
  {
    name: 'duplicate commitment id',
    make: set(['commitments', 1, 'id'], nscaleDatasetJSON.commitments[0]?.id),
    code: 'DUPLICATE_ID',
    path: 'commitments.1.id',
    beyondJsonSchema: 'ids unique across items',
  },
  {
    // G6: one cited figure counted as two commitments' amounts is one amount added twice.
    name: 'one figure the amount of two commitments',
    make: set(['commitments', 1, 'amount'], nscaleDatasetJSON.commitments[0]?.amount),
    code: 'DUPLICATE_FIGURE',
    path: 'commitments.1.amount',
    beyondJsonSchema: REFERENCE,
  },
  {
    name: 'partOf cycle',
    make: (d) =>
      set(
        ['commitments', stake, 'partOf'],
        'nvidia-uk-investment',
      )(set(['commitments', uk, 'partOf'], 'nvidia-nscale-stake')(d)),
    code: 'PART_OF_CYCLE',
    path: `commitments.${stake}.partOf`,
    beyondJsonSchema: REFERENCE,
  },
  {
    name: 'unknown partOf',
    make: set(['commitments', 0, 'partOf'], 'nope'),
    code: 'UNKNOWN_COMMITMENT',
    path: 'commitments.0.partOf',
    beyondJsonSchema: REFERENCE,
  },
  {
    name: 'unknown figure',
    make: set(['commitments', 0, 'amount'], 'usd-1tn'),
    code: 'INVALID_DATASET',
    path: 'commitments.0.amount',
    beyondJsonSchema: REFERENCE,
  },
  {
    name: 'bad offsets',
    make: set(['commitments', 0, 'source', 'start'], 5),
    code: 'INVALID_DATASET',
    path: 'commitments.0.source.quote',
    beyondJsonSchema: QUOTE,
  },
  {
    name: 'end past the text',
    make: set(['figures', 0, 'source', 'end'], 99999),
    code: 'INVALID_DATASET',
    path: 'figures.0.source.end',
    beyondJsonSchema: QUOTE,
  },
  {
    name: 'start after end',
    make: set(['figures', 0, 'source', 'start'], 9999),
    code: 'INVALID_DATASET',
    path: 'figures.0.source.start',
    beyondJsonSchema: 'compares two fields (start ≤ end)',
  },
  {
    name: 'bad date',
    make: set(['commitments', 0, 'date'], '16.09.2025'),
    code: 'INVALID_DATASET',
    path: 'commitments.0.date',
  },
  {
    name: 'date in words',
    make: set(['documents', 0, 'publishedDate'], '18 Sep 2025'),
    code: 'INVALID_DATASET',
    path: 'documents.0.publishedDate',
  },
  {
    name: 'day that does not exist',
    make: set(['commitments', 0, 'date'], '2025-02-30'),
    code: 'INVALID_DATASET',
    path: 'commitments.0.date',
  },
  {
    name: '29 February of a year that is not a leap year',
    make: set(['rates', 0, 'date'], '2100-02-29'),
    code: 'INVALID_DATASET',
    path: 'rates.0.date',
  },
  {
    name: 'period that ends before it starts',
    make: set(['commitments', 1, 'period'], { start: '2025-07-31', end: '2025-07-01' }),
    code: 'INVALID_DATASET',
    path: 'commitments.1.period.end',
    beyondJsonSchema: 'compares two fields (start ≤ end)',
  },
  {
    name: 'unknown document',
    make: set(['conversions', 0, 'source', 'document'], 'other-article'),
    code: 'INVALID_DATASET',
    path: 'conversions.0.source.document',
    beyondJsonSchema: REFERENCE,
  },
  {
    name: 'unknown conversion figure',
    make: set(['conversions', 0, 'to'], 'eur-13bn'),
    code: 'INVALID_DATASET',
    path: 'conversions.0.to',
    beyondJsonSchema: REFERENCE,
  },
  {
    name: 'duplicate rate',
    make: set(['rates', rates], nscaleDatasetJSON.rates[0]),
    code: 'INVALID_DATASET',
    path: `rates.${rates}`,
    beyondJsonSchema: 'one rate per pair and day, across items',
  },
  {
    name: 'zero rate',
    make: set(['rates', 0, 'value'], '0'),
    code: 'INVALID_DATASET',
    path: 'rates.0.value',
  },
  {
    name: 'zero rate as a fraction',
    make: set(['rates', 0, 'value'], '0/5'),
    code: 'INVALID_DATASET',
    path: 'rates.0.value',
  },
  {
    name: 'unknown rate currency',
    make: set(['rates', 0, 'base'], 'QQQ'),
    code: 'INVALID_DATASET',
    path: 'rates.0.base',
  },
  {
    name: 'unknown capacity party',
    make: set(['capacities', 0, 'party'], 'intel'),
    code: 'UNKNOWN_PARTY',
    path: 'capacities.0.party',
    beyondJsonSchema: REFERENCE,
  },
  {
    name: 'unknown capacity commitment',
    make: set(['capacities', 0, 'commitment'], 'nope'),
    code: 'UNKNOWN_COMMITMENT',
    path: 'capacities.0.commitment',
    beyondJsonSchema: REFERENCE,
  },
  {
    name: 'unknown mention figure',
    make: mention([0, 'figure'], 'usd-1tn'),
    code: 'INVALID_DATASET',
    path: 'mentions.0.figure',
    beyondJsonSchema: REFERENCE,
  },
  {
    name: 'unknown mention party',
    make: mention([0, 'parties', 0, 'party'], 'intel'),
    code: 'UNKNOWN_PARTY',
    path: 'mentions.0.parties.0.party',
    beyondJsonSchema: REFERENCE,
  },
  {
    name: 'mention role that does not fit its kind',
    make: mention([0, 'parties', 0, 'role'], 'lender'),
    code: 'ROLE_MISMATCH',
    path: 'mentions.0.parties.0.role',
  },
  {
    name: 'unknown mention kind',
    make: mention([0, 'kind'], 'gift'),
    code: 'INVALID_DATASET',
    path: 'mentions.0.kind',
  },
  {
    name: 'mention without parties',
    make: mention([0, 'parties'], []),
    code: 'INVALID_DATASET',
    path: 'mentions.0.parties',
  },
  {
    name: 'bad mention date',
    make: mention([0, 'date'], '2025-09-31'),
    code: 'INVALID_DATASET',
    path: 'mentions.0.date',
  },
  {
    name: 'unknown key in a mention',
    make: mention([0, 'quote'], 'bis zu 11 Milliarden Pfund'),
    code: 'INVALID_DATASET',
    path: 'mentions.0.quote',
  },
  {
    name: 'duplicate mention id',
    make: mention([1, 'id'], 'gbp-11bn'),
    code: 'DUPLICATE_ID',
    path: 'mentions.1.id',
    beyondJsonSchema: 'ids unique across items',
  },
  {
    name: 'unknown convertedFrom',
    make: mention([1, 'convertedFrom'], 'usd-15bn'),
    code: 'INVALID_DATASET',
    path: 'mentions.1.convertedFrom',
    beyondJsonSchema: REFERENCE,
  },
  {
    name: 'mention that converts itself',
    make: mention([1, 'convertedFrom'], 'eur-12-68bn'),
    code: 'INVALID_DATASET',
    path: 'mentions.1.convertedFrom',
    beyondJsonSchema: REFERENCE,
  },
  {
    name: 'mention with no date in a document without one',
    make: (d) => set(['documents', 0, 'publishedDate'], undefined)(withMentions(d)),
    code: 'INVALID_DATASET',
    path: 'mentions.0.date',
    beyondJsonSchema: 'a mention is dated by its own date or its document’s (two items)',
  },
];
