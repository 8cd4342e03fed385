import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nscaleDatasetJSON } from '../../src/datasets/nscale-2025-09/index';
import { isReckonError } from '../../src/index';
import {
  datasetJSONSchemaDocument,
  datasetToJSON,
  parseDataset,
  safeParseDataset,
} from '../../src/schema/index';
import { expectReckonError } from '../helpers';
import { clone, MUTATIONS, set } from '../schema/dataset-mutations';

describe('safeParseDataset', () => {
  it('accepts the Nscale dataset', () => {
    expect(safeParseDataset(nscaleDatasetJSON).success).toBe(true);
  });

  it('accepts a "$schema" link for editors, and does not keep it', () => {
    const r = safeParseDataset({ $schema: './node_modules/reckon/dist/dataset.schema.json', ...clone() });
    expect(r.success).toBe(true);
    if (r.success) expect(datasetToJSON(r.output)).not.toHaveProperty('$schema');
  });

  // Wrong datasets, each with the issue it must produce, at its JSON path (shared with the JSON Schema
  // parity test in test/schema).
  it.each(MUTATIONS)('$name → $code at $path', ({ make, code, path }) => {
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

  describe('a dataset with shape and reference issues', () => {
    // Two wrong shapes and three wrong references: all five in one run, not two and then three.
    const broken = () =>
      [
        set(['commitments', 0, 'date'], '2025-02-30'),
        set(['figures', 1, 'figure', 'quantum'], '0'),
        set(['commitments', 3, 'parties', 0, 'party'], 'amazon'),
        set(['capacities', 0, 'commitment'], 'nope'),
        set(['conversions', 0, 'to'], 'eur-13bn'),
      ].reduce((d, mutate) => mutate(d), clone());

    it('reports both kinds in one run, each at its path in the input', () => {
      const r = safeParseDataset(broken());
      expect(r.success ? [] : r.issues.map((i) => `${i.code} ${i.path.join('.')}`)).toEqual([
        'INVALID_DATASET figures.1.figure.quantum',
        'INVALID_DATASET commitments.0.date',
        'UNKNOWN_PARTY commitments.3.parties.0.party',
        'INVALID_DATASET conversions.0.to',
        'UNKNOWN_COMMITMENT capacities.0.commitment',
      ]);
    });

    it('does not call a misshapen item unknown where another item refers to it', () => {
      const d = set(['figures', 1, 'figure', 'quantum'], '0')(clone());
      const r = safeParseDataset(d);
      const referring = d.commitments.findIndex((c) => c.amount === d.figures[1]?.id);
      expect(referring).toBeGreaterThanOrEqual(0);
      expect(r.success ? [] : r.issues.map((i) => i.path.join('.'))).toEqual(['figures.1.figure.quantum']);
    });

    it('reports only the shape when a list itself is missing', () => {
      const r = safeParseDataset(
        set(['parties'], undefined)(set(['capacities', 0, 'party'], 'intel')(clone())),
      );
      expect(r.success ? [] : r.issues.map((i) => i.path.join('.'))).toEqual(['parties']);
    });
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
            fc.bigInt({ min: 1n, max: 10n ** 20n }),
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

describe('datasetJSONSchemaDocument', () => {
  it('describes the dataset file for other languages', () => {
    const schema = datasetJSONSchemaDocument() as {
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
