import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCommon, newRecent } from '../../src/aggregate/fast-path';
import { finishResult } from '../../src/aggregate/finish';
import { readOptions } from '../../src/aggregate/options';
import { admit } from '../../src/aggregate/seen';
import { newState } from '../../src/aggregate/state';
import { take } from '../../src/aggregate/take';
import type { AggregateOptions, AggregateResult } from '../../src/aggregate/types';
import {
  aggregate,
  aggregator,
  type Commitment,
  figureFromJSON,
  ROLES,
  ratesFromList,
} from '../../src/index';

const rates = ratesFromList([
  { base: 'EUR', quote: 'GBP', value: '0.8675', date: '2025-09-17', source: 'ECB' },
  { base: 'EUR', quote: 'USD', value: '1.1837', date: '2025-09-16', source: 'ECB' },
]);

const commitmentArb = (i: number) =>
  fc
    .record({
      kind: fc.constantFrom('investment', 'loan', 'valuation', 'capex'),
      status: fc.constantFrom('announced', 'confirmed', 'withdrawn'),
      parties: fc.array(
        fc.record({
          party: fc.constantFrom('a', 'b', 'c'),
          role: fc.constantFrom('investor', 'recipient', 'lender'),
        }),
        { minLength: 1, maxLength: 3 },
      ),
      currency: fc.constantFrom('GBP', 'EUR', 'USD'),
      amount: fc.constantFrom('0', '1', '2.5', '1000000', '-3', '12.345'),
      qualifier: fc.constantFrom('exact', 'upTo', 'moreThan', 'about'),
      date: fc.constantFrom(undefined, '2025-09-17', '2025-09-16', '2025-02-30'),
      partOf: fc.constantFrom(undefined, 'x0', 'x1'),
      hasAmount: fc.boolean(),
    })
    .map(
      (r): Commitment => ({
        id: `x${i}`,
        kind: r.kind as Commitment['kind'],
        status: r.status as Commitment['status'],
        parties: r.parties as Commitment['parties'],
        ...(r.hasAmount
          ? {
              amount: figureFromJSON({
                currency: r.currency,
                amount: r.amount,
                qualifier: r.qualifier,
                quantum: '0.001',
              }),
            }
          : {}),
        ...(r.date ? { date: r.date } : {}),
        ...(r.partOf && r.partOf !== `x${i}` ? { partOf: r.partOf } : {}),
      }),
    );
const listArb = fc
  .integer({ min: 1, max: 6 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => commitmentArb(i))));
const optionsArb = fc.record({
  by: fc.constantFrom('party', ...ROLES),
  allocation: fc.constantFrom('unallocated', 'equal', 'full' as const),
  listCommitments: fc.boolean(),
  convert: fc.boolean(),
});

/** Everything a result says, as plain text (money as exact decimals). */
const plain = (r: AggregateResult) =>
  JSON.stringify(r, (_k, v) => (typeof v === 'bigint' ? v.toString() : v));

function run(list: readonly Commitment[], options: AggregateOptions, fast: boolean): AggregateResult {
  const st = newState(readOptions(options), list);
  const recent = newRecent();
  list.forEach((c, position) => {
    admit(st.seen, c.id);
    if (!(fast && addCommon(st, recent, c, position))) take(st, c, position);
  });
  return finishResult(st.s, st.rows, st.grand, st.buckets.list, st.seen);
}

describe('addCommon', () => {
  it('gives exactly what the general path gives, for every commitment it takes', () => {
    fc.assert(
      fc.property(listArb, optionsArb, (list, o) => {
        const options: AggregateOptions = {
          by: o.by,
          allocation: o.allocation,
          listCommitments: o.listCommitments,
          ...(o.convert ? { to: 'EUR', rates } : {}),
        };
        const parts = list.filter((c) => c.partOf === undefined);
        expect(plain(run(parts, options, true))).toBe(plain(run(parts, options, false)));
      }),
      { numRuns: 500 },
    );
  });
});

describe('aggregate', () => {
  describe('an array and a stream of the same commitments', () => {
    it('give the same result, repeated ids and parts included', () => {
      fc.assert(
        fc.property(listArb, optionsArb, fc.nat(5), (list, o, dup) => {
          const options: AggregateOptions = {
            by: o.by,
            allocation: o.allocation,
            listCommitments: o.listCommitments,
          };
          const input = [...list, ...list.slice(0, dup)];
          const stream = aggregator(options);
          for (const c of input) stream.add(c);
          expect(plain(aggregate(input, options))).toBe(plain(stream.result()));
        }),
        { numRuns: 300 },
      );
    });
  });
});
