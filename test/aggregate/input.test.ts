import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nscaleDataset } from '../../src/datasets/nscale-2025-09/index';
import {
  type AggregateOptions,
  type AggregateResult,
  aggregate,
  aggregateAsync,
  aggregator,
  type Commitment,
  figureToJSON,
} from '../../src/index';
import { expectReckonError } from '../helpers';
import { joint, nvidia, stake } from './fixtures';

/** The commitments with each amount in its JSON form, as read from a file. */
const asJSON = (list: readonly Commitment[]) =>
  list.map((c) => (c.amount ? { ...c, amount: figureToJSON(c.amount) } : c)) as unknown as Commitment[];

const bad = (value: unknown) => value as Commitment;

/** Everything a result says, as text: money as its exact snapshot (each dinero object has its own functions). */
const plain = (r: AggregateResult) =>
  JSON.stringify(r, (_k, v) => (typeof v === 'bigint' ? v.toString() : v));

describe('aggregate', () => {
  describe('commitments whose amounts are FigureJSON', () => {
    const { commitments, parties, rates } = nscaleDataset();
    const options: AggregateOptions[] = [
      { by: 'investor' },
      { by: 'recipient', allocation: 'equal' },
      { by: 'party', view: 'rounding', to: 'EUR', rates, asOf: '2025-09-17', parties },
    ];
    for (const o of options) {
      it(`gives exactly the result of the parsed figures (${JSON.stringify(Object.keys(o))})`, () => {
        expect(plain(aggregate(asJSON(commitments), o))).toBe(plain(aggregate(commitments, o)));
      });
    }

    it('does the same from a stream and from an aggregator', async () => {
      const expected = plain(aggregate(commitments, { by: 'investor' }));
      expect(plain(await aggregateAsync(asJSON(commitments), { by: 'investor' }))).toBe(expected);
      const agg = aggregator({ by: 'investor' });
      for (const c of asJSON(commitments)) agg.add(c);
      expect(plain(agg.result())).toBe(expected);
    });

    it('holds for any subset of the dataset (property)', () => {
      fc.assert(
        fc.property(fc.subarray(commitments as Commitment[]), (some) => {
          expect(plain(aggregate(asJSON(some)))).toBe(plain(aggregate(some)));
        }),
        { numRuns: 30 },
      );
    });

    it('names the amount of a FigureJSON that does not read, with its code', () => {
      const json = {
        ...figureToJSON(stake.amount as NonNullable<Commitment['amount']>),
        qualifier: 'sometimes',
      };
      const e = expectReckonError(
        () => aggregate([joint, bad({ ...stake, amount: json })]),
        'INVALID_FIGURE',
      );
      expect(e.message).toContain('commitments[1].amount');
    });
  });

  describe('values that are not commitments (INVALID_ARGUMENT naming the path)', () => {
    const cases: [string, unknown, string][] = [
      ['null', null, 'commitments[1]'],
      ['a number', 42, 'commitments[1]'],
      ['an id that is a number', { ...stake, id: 7 }, 'commitments[1].id'],
      ['kind "constructor"', { ...stake, kind: 'constructor' }, 'commitments[1].kind'],
      ['status "__proto__"', { ...stake, status: '__proto__' }, 'commitments[1].status'],
      ['parties null', { ...stake, parties: null }, 'commitments[1].parties'],
      ['a party null', { ...stake, parties: [null] }, 'commitments[1].parties[0]'],
      [
        'role "constructor"',
        { ...stake, parties: [{ party: 'nvidia', role: 'constructor' }] },
        'commitments[1].parties[0].role',
      ],
      ['partOf a number', { ...stake, partOf: 1 }, 'commitments[1].partOf'],
      ['an amount that is a string', { ...stake, amount: '£500m' }, 'commitments[1].amount'],
      ['an amount that is a symbol', { ...stake, amount: Symbol('x') }, 'commitments[1].amount'],
    ];
    for (const [name, value, path] of cases) {
      it(`rejects ${name}`, () => {
        const e = expectReckonError(() => aggregate([joint, bad(value)]), 'INVALID_ARGUMENT');
        expect(e.message).toContain(path);
      });
    }

    it('rejects commitments that are not iterable, naming them', () => {
      for (const value of [null, undefined, 42, {}, 'nvidia', Symbol('x')]) {
        const e = expectReckonError(() => aggregate(value as never), 'INVALID_ARGUMENT');
        expect(e.message).toContain('commitments');
      }
    });

    it('rejects the same from aggregateAsync, as a rejected promise', async () => {
      for (const value of [null, undefined, 42, {}]) {
        await expect(aggregateAsync(value as never)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
      }
    });
  });

  describe('options of the wrong type (INVALID_ARGUMENT naming the option)', () => {
    const cases: [string, unknown][] = [
      ['by', Object.create(null)],
      ['to', Symbol('x')],
      ['kinds', [42]],
      ['parties', [null]],
      ['almostBand', 0.1],
      ['listCommitments', 'no'],
    ];
    for (const [name, value] of cases) {
      it(`rejects ${name}: ${typeof value}`, () => {
        const e = expectReckonError(
          () => aggregate(nvidia, { [name]: value } as AggregateOptions),
          'INVALID_ARGUMENT',
        );
        expect(e.message).toContain(`options.${name}`);
        expect(e.details.path).toContain(`options.${name}`);
      });
    }

    it('rejects a bigint as asOf with INVALID_DATE, naming it', () => {
      const e = expectReckonError(
        () => aggregate(nvidia, { asOf: 1n } as unknown as AggregateOptions),
        'INVALID_DATE',
      );
      expect(e.message).toContain('options.asOf');
    });
  });
});
