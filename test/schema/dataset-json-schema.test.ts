import Ajv2020, { type ErrorObject } from 'ajv/dist/2020';
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { CommitmentKind, CommitmentStatus, Role } from '../../src/commitment/model';
import { nscaleDatasetJSON } from '../../src/datasets/nscale-2025-09/index';
import type { Qualifier } from '../../src/figure/types';
import { isIsoDate } from '../../src/rates/dates';
import { ISO_DAY_PATTERN } from '../../src/schema/dataset-schema';
import {
  type DatasetJSON,
  datasetJSONSchemaDocument,
  positiveDecimalSchema,
  safeParseDataset,
} from '../../src/schema/index';
import { clone, MUTATIONS, set, withMentions } from './dataset-mutations';

const ajv = new Ajv2020({ strict: true, allErrors: true });
const validate = ajv.compile(datasetJSONSchemaDocument());

/** Where an ajv error points, as a dot-separated path like the issues of safeParseDataset. */
const where = (e: ErrorObject) =>
  [
    ...e.instancePath.split('/').slice(1),
    ...[e.params.additionalProperty ?? e.params.missingProperty].filter((k) => typeof k === 'string'),
  ].join('.');

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const dayLike = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 0, max: 10_000 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
    )
    .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`),
  fc.constantFrom('18 Sep 2025', '2025-9-18', '2025-09-18T00:00:00Z', ' 2025-09-18', '20250918'),
  fc.string({ maxLength: 12 }),
);
const decimalLike = fc.oneof(
  fc.stringMatching(/^-?[0-9]{1,4}(\.[0-9]{1,3})?$/),
  fc.constantFrom('0', '00.000', '-0', '1e9', '.5', '5.', '0/5', '3/0', '400/347', '1 000', ''),
  fc.string({ maxLength: 8 }),
);

describe('datasetJSONSchemaDocument', () => {
  describe('parity with safeParseDataset (ajv, strict mode)', () => {
    it('accepts the Nscale dataset, as safeParseDataset does', () => {
      expect(safeParseDataset(nscaleDatasetJSON).success).toBe(true);
      expect(validate(clone()), JSON.stringify(validate.errors)).toBe(true);
    });

    it('accepts mentions, as safeParseDataset does', () => {
      const json = withMentions(clone());
      expect([validate(json), safeParseDataset(json).success]).toEqual([true, true]);
    });

    it('accepts a "$schema" link, as safeParseDataset does', () => {
      const json = { $schema: 'https://example.org/dataset.schema.json', ...clone() };
      expect([validate(json), safeParseDataset(json).success]).toEqual([true, true]);
    });

    it.each(MUTATIONS.filter((m) => m.beyondJsonSchema === undefined))(
      'rejects $name, as safeParseDataset does, at $path',
      ({ make, path }) => {
        const json = make(clone());
        expect(safeParseDataset(json).success).toBe(false);
        expect(validate(json)).toBe(false);
        const places = (validate.errors ?? []).map(where);
        expect(places.some((p) => path === p || path.startsWith(`${p}.`))).toBe(true);
      },
    );

    // The rules JSON Schema cannot state; docs/dataset.md lists them.
    it.each(MUTATIONS.filter((m) => m.beyondJsonSchema !== undefined))(
      'cannot see $name ($beyondJsonSchema): only safeParseDataset rejects it',
      ({ make }) => {
        const json = make(clone());
        expect(safeParseDataset(json).success).toBe(false);
        expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
      },
    );

    it('judges every day as safeParseDataset does (property)', () => {
      fc.assert(
        fc.property(dayLike, (day) => {
          const json = set(['documents', 0, 'publishedDate'], day)(clone());
          expect(validate(json)).toBe(safeParseDataset(json).success);
        }),
        { numRuns: 300 },
      );
    });

    it('judges every quantum and every rate as safeParseDataset does (property)', () => {
      fc.assert(
        fc.property(decimalLike, (text) => {
          const quantum = set(['figures', 0, 'figure', 'quantum'], text)(clone());
          expect(validate(quantum)).toBe(safeParseDataset(quantum).success);
          const rate = set(['rates', 0, 'value'], text)(clone());
          expect(validate(rate)).toBe(safeParseDataset(rate).success);
        }),
        { numRuns: 300 },
      );
    });
  });
});

describe('ISO_DAY_PATTERN', () => {
  it('accepts exactly the days isIsoDate accepts, around every kind of leap year', () => {
    for (const year of [0, 99, 100, 400, 1600, 1700, 1900, 2000, 2023, 2024, 2025, 2100, 2400, 9999]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          expect(ISO_DAY_PATTERN.test(text), text).toBe(isIsoDate(text));
        }
      }
    }
  });
  it('agrees with isIsoDate on anything (property)', () => {
    fc.assert(fc.property(dayLike, (text) => ISO_DAY_PATTERN.test(text) === isIsoDate(text)));
  });
});

describe('the duration pattern', () => {
  it('is "P" and at least one of Y, M, W, D in order (property)', () => {
    const part = fc.option(fc.nat({ max: 99 }), { nil: undefined });
    fc.assert(
      fc.property(fc.tuple(part, part, part, part), fc.boolean(), ([y, m, w, d], shuffle) => {
        const parts = [
          [y, 'Y'],
          [m, 'M'],
          [w, 'W'],
          [d, 'D'],
        ].flatMap(([n, unit]) => (n === undefined ? [] : [`${n}${unit}`]));
        const text = `P${(shuffle ? [...parts].reverse() : parts).join('')}`;
        const valid = parts.length > 0 && (!shuffle || parts.length === 1);
        const json = set(['commitments', 0, 'period'], { duration: text })(clone());
        expect([validate(json), safeParseDataset(json).success]).toEqual([valid, valid]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('positiveDecimalSchema', () => {
  it('accepts a decimal string without sign that has a digit other than zero (property)', () => {
    fc.assert(
      fc.property(decimalLike, (text) => {
        const expected = /^\d+(\.\d+)?$/.test(text) && /[1-9]/.test(text);
        expect(positiveDecimalSchema.safeParse(text).success).toBe(expected);
      }),
    );
  });
});

describe('DatasetJSON', () => {
  it('types kind, status, role and qualifier as literal unions', () => {
    type CommitmentJSON = DatasetJSON['commitments'][number];
    expectTypeOf<CommitmentJSON['kind']>().toEqualTypeOf<CommitmentKind>();
    expectTypeOf<CommitmentJSON['status']>().toEqualTypeOf<CommitmentStatus>();
    expectTypeOf<CommitmentJSON['parties'][number]['role']>().toEqualTypeOf<Role>();
    expectTypeOf<DatasetJSON['figures'][number]['figure']['qualifier']>().toEqualTypeOf<Qualifier>();
    expectTypeOf<DatasetJSON['capacities'][number]['qualifier']>().toEqualTypeOf<Qualifier>();
    type MentionJSON = NonNullable<DatasetJSON['mentions']>[number];
    expectTypeOf<MentionJSON['kind']>().toEqualTypeOf<CommitmentKind>();
    expectTypeOf<MentionJSON['parties'][number]['role']>().toEqualTypeOf<Role>();
    const [first, ...rest] = nscaleDatasetJSON.commitments;
    const typo = {
      ...nscaleDatasetJSON,
      commitments: [
        // @ts-expect-error a misspelt kind does not compile
        { ...first, kind: 'invesment' },
        ...rest,
      ],
    } satisfies DatasetJSON;
    expect(safeParseDataset(typo).success).toBe(false);
  });
});

describe('safeParseDataset', () => {
  describe('one figure the amount of two commitments (G6)', () => {
    it('accepts it when one commitment is part of the other', () => {
      // A part may repeat its whole's figure: it is never added on top of it.
      const stake = clone().commitments.findIndex((c) => c.id === 'nvidia-nscale-stake');
      const whole = clone().commitments.find((c) => c.id === 'nvidia-uk-investment');
      const same = () => set(['commitments', stake, 'amount'], whole?.amount)(clone());
      const r = safeParseDataset(set(['commitments', stake, 'partOf'], 'nvidia-uk-investment')(same()));
      expect(r.success ? [] : r.issues.map((i) => i.code)).not.toContain('DUPLICATE_FIGURE');
      expect(safeParseDataset(same()).success).toBe(false);
    });
  });
});
