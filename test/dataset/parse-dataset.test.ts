import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nscaleDatasetJSON } from '../../src/datasets/nscale-2025-09/index';
import { isReckonError } from '../../src/index';
import {
  type DatasetJSON,
  datasetJsonSchema,
  datasetToJSON,
  parseDataset,
  safeParseDataset,
} from '../../src/schema/index';
import { expectReckonError } from '../helpers';

type Json = Record<string, unknown> & DatasetJSON;
const clone = (): Json => structuredClone(nscaleDatasetJSON) as Json;
/** Sets the value at a path of keys and indices, in place, and returns the dataset. */
const set =
  (path: (string | number)[], value: unknown) =>
  (d: Json): Json => {
    let node: Record<string | number, unknown> = d;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
    node[path[path.length - 1] ?? ''] = value;
    return d;
  };
const fig = (d: Json, id: string) => d.figures.findIndex((f) => f.id === id);
const com = (d: Json, id: string) => d.commitments.findIndex((c) => c.id === id);

describe('safeParseDataset', () => {
  it('accepts the Nscale dataset', () => {
    expect(safeParseDataset(nscaleDatasetJSON).success).toBe(true);
  });

  /** Sets the value at a path of keys and indices, in place, and returns the dataset. */
  const set =
    (path: (string | number)[], value: unknown) =>
    (d: Json): Json => {
      let node: Record<string | number, unknown> = d;
      for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
      node[path[path.length - 1] ?? ''] = value;
      return d;
    };
  const uk = com(clone(), 'nvidia-uk-investment');
  const stake = com(clone(), 'nvidia-nscale-stake');
  const norway = fig(clone(), 'usd-1bn-norway-data-centre');

  // Twenty-odd wrong datasets, each with the issue it must produce, at its JSON path.
  const cases: [string, (d: Json) => Json, string, string][] = [
    ['not an object', () => 'hello' as unknown as Json, 'INVALID_DATASET', ''],
    ['wrong version', set(['version'], 2), 'INVALID_DATASET', 'version'],
    ['missing parties', set(['parties'], undefined), 'INVALID_DATASET', 'parties'],
    [
      'wrong type of amount',
      set(['figures', 0, 'figure', 'amount'], 6.2e9),
      'INVALID_DATASET',
      'figures.0.figure.amount',
    ],
    [
      'unknown currency',
      set(['figures', 0, 'figure', 'currency'], 'XYZ'),
      'INVALID_DATASET',
      'figures.0.figure.currency',
    ],
    [
      'unknown qualifier',
      set(['figures', 0, 'figure', 'qualifier'], 'roughly'),
      'INVALID_DATASET',
      'figures.0.figure.qualifier',
    ],
    [
      'exponent in an amount',
      set(['figures', 1, 'figure', 'amount'], '1e9'),
      'INVALID_DATASET',
      'figures.1.figure.amount',
    ],
    [
      'zero quantum',
      set(['figures', 1, 'figure', 'quantum'], '0'),
      'INVALID_DATASET',
      'figures.1.figure.quantum',
    ],
    [
      'negative amount',
      set(['figures', norway, 'figure', 'amount'], '-1000000000'),
      'INVALID_DATASET',
      `figures.${norway}.figure.amount`,
    ],
    [
      'unknown party',
      set(['commitments', 0, 'parties', 0, 'party'], 'amazon'),
      'UNKNOWN_PARTY',
      'commitments.0.parties.0.party',
    ],
    [
      'role that does not fit',
      set(['commitments', 0, 'parties', 0, 'role'], 'lender'),
      'ROLE_MISMATCH',
      'commitments.0.parties.0.role',
    ],
    [
      'unknown role',
      set(['commitments', 0, 'parties', 0, 'role'], 'sponsor'),
      'INVALID_DATASET',
      'commitments.0.parties.0.role',
    ],
    ['unknown kind', set(['commitments', 0, 'kind'], 'gift'), 'INVALID_DATASET', 'commitments.0.kind'],
    [
      'duplicate commitment id',
      set(['commitments', 1, 'id'], nscaleDatasetJSON.commitments[0]?.id),
      'DUPLICATE_ID',
      'commitments.1.id',
    ],
    [
      'partOf cycle',
      (d) =>
        set(
          ['commitments', stake, 'partOf'],
          'nvidia-uk-investment',
        )(set(['commitments', uk, 'partOf'], 'nvidia-nscale-stake')(d)),
      'PART_OF_CYCLE',
      `commitments.${stake}.partOf`,
    ],
    [
      'unknown partOf',
      set(['commitments', 0, 'partOf'], 'nope'),
      'UNKNOWN_COMMITMENT',
      'commitments.0.partOf',
    ],
    [
      'unknown figure',
      set(['commitments', 0, 'amount'], 'usd-1tn'),
      'INVALID_DATASET',
      'commitments.0.amount',
    ],
    [
      'bad offsets',
      set(['commitments', 0, 'source', 'start'], 5),
      'INVALID_DATASET',
      'commitments.0.source.quote',
    ],
    [
      'end past the text',
      set(['figures', 0, 'source', 'end'], 99999),
      'INVALID_DATASET',
      'figures.0.source.end',
    ],
    [
      'start after end',
      set(['figures', 0, 'source', 'start'], 9999),
      'INVALID_DATASET',
      'figures.0.source.start',
    ],
    ['bad date', set(['commitments', 0, 'date'], '16.09.2025'), 'INVALID_DATASET', 'commitments.0.date'],
    [
      'unknown document',
      set(['conversions', 0, 'source', 'document'], 'other-article'),
      'INVALID_DATASET',
      'conversions.0.source.document',
    ],
    [
      'unknown conversion figure',
      set(['conversions', 0, 'to'], 'eur-13bn'),
      'INVALID_DATASET',
      'conversions.0.to',
    ],
    [
      'duplicate rate',
      set(['rates', nscaleDatasetJSON.rates.length], nscaleDatasetJSON.rates[0]),
      'INVALID_DATASET',
      `rates.${nscaleDatasetJSON.rates.length}`,
    ],
    ['zero rate', set(['rates', 0, 'value'], '0'), 'INVALID_RATES', 'rates.0.value'],
    [
      'unknown capacity party',
      set(['capacities', 0, 'party'], 'intel'),
      'UNKNOWN_PARTY',
      'capacities.0.party',
    ],
    [
      'unknown capacity commitment',
      set(['capacities', 0, 'commitment'], 'nope'),
      'UNKNOWN_COMMITMENT',
      'capacities.0.commitment',
    ],
  ];

  it.each(cases)('%s → %s at %s', (_name, make, code, path) => {
    const r = safeParseDataset(make(clone()));
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues.map((i) => `${i.code} ${i.path.join('.')}`)).toContain(`${code} ${path}`);
  });

  it('lists every issue, not only the first', () => {
    const both = set(
      ['commitments', 1, 'parties', 0, 'party'],
      'intel',
    )(set(['commitments', 0, 'parties', 0, 'party'], 'amazon')(clone()));
    const r = safeParseDataset(both);
    expect(r.success ? 0 : r.issues.length).toBe(2);
  });
});

describe('parseDataset', () => {
  it('throws INVALID_DATASET with every issue and its path', () => {
    const e = expectReckonError(
      () => parseDataset(set(['commitments', 0, 'parties', 0, 'party'], 'amazon')(clone())),
      'INVALID_DATASET',
    );
    expect(e.details.issues?.[0]?.path).toEqual(['commitments', 0, 'parties', 0, 'party']);
    expect(e.message).toContain('commitments.0.parties.0.party');
  });
});

describe('datasetToJSON', () => {
  it('parse ∘ toJSON is the identity (property: varied amounts, qualifiers and rates)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.bigInt({ min: 0n, max: 10n ** 20n }),
            fc.constantFrom('exact', 'about', 'upTo', 'almost', 'moreThan'),
          ),
          {
            minLength: 9,
            maxLength: 9,
          },
        ),
        fc.array(fc.bigInt({ min: 1n, max: 10n ** 12n }), { minLength: 10, maxLength: 10 }),
        (amounts, rates) => {
          const d = clone();
          d.figures.forEach((f, i) => {
            const [amount, qualifier] = amounts[i] ?? [0n, 'exact'];
            const cents = amount % 100n;
            const text = `${amount / 100n}${cents ? `.${cents.toString().padStart(2, '0')}` : ''}`;
            Object.assign(f, { figure: { ...f.figure, amount: text, qualifier } });
          });
          d.rates.forEach((r, i) => {
            Object.assign(r, { value: `${rates[i]}/1000` });
          });
          const parsed = parseDataset(d);
          const back = datasetToJSON(parsed);
          expect(datasetToJSON(parseDataset(JSON.parse(JSON.stringify(back))))).toEqual(back);
        },
      ),
      { numRuns: 50 },
    );
  });
  it('throws INVALID_DATASET for a figure that is not in the list', () => {
    const ds = parseDataset(nscaleDatasetJSON);
    const commitments = ds.commitments.map((c) => (c.amount ? { ...c, amount: { ...c.amount } } : c));
    expectReckonError(() => datasetToJSON({ ...ds, commitments }), 'INVALID_DATASET');
  });
});

describe('datasetJsonSchema', () => {
  it('describes the dataset file for other languages', () => {
    const schema = datasetJsonSchema() as {
      type: string;
      properties: Record<string, unknown>;
      required: string[];
    };
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining([
        'documents',
        'parties',
        'figures',
        'commitments',
        'conversions',
        'capacities',
        'rates',
      ]),
    );
    expect(schema.required).toContain('commitments');
    expect(isReckonError(new Error())).toBe(false);
  });
});
