import { add, type Dinero, dinero } from 'dinero.js/bigint';
import { bench, describe } from 'vitest';
import { aggregate, currency, ratesFromList } from '../src/index';
import { floorTotals, syntheticCommitments } from './synthetic';

// 1,000,000 synthetic commitments over 10,000 parties and 3 currencies, dated over five days.
const N = Number(process.env.RECKON_BENCH_N ?? 1_000_000);
const commitments = syntheticCommitments(N, { days: 5 });
const days = ['2025-09-15', '2025-09-16', '2025-09-17', '2025-09-18', '2025-09-19'];
const rates = ratesFromList(
  days.flatMap((date, k) => [
    { base: 'EUR', quote: 'GBP', value: `0.86${41 + k}`, date, source: 'ECB' },
    { base: 'EUR', quote: 'USD', value: `1.17${66 + k}`, date, source: 'ECB' },
  ]),
);

describe(`aggregate ${N.toLocaleString('en-GB')} commitments by investor`, () => {
  bench(
    'floor: hand-written loop, bigint minor units into a Map',
    () => {
      floorTotals(commitments);
    },
    { iterations: 3, time: 0, warmupIterations: 1 },
  );
  bench(
    'naive: reduce over dinero add',
    () => {
      const totals = new Map<string, Dinero<bigint>>();
      for (const c of commitments) {
        const m = c.amount?.amount;
        if (!m) continue;
        const key = `${c.parties[0]?.party}|${m.toJSON().currency.code}`;
        const prev = totals.get(key);
        totals.set(
          key,
          prev ? add(prev, m) : dinero({ amount: 0n, currency: currency(m.toJSON().currency.code) }),
        );
      }
    },
    { iterations: 3, time: 0, warmupIterations: 1 },
  );
  bench(
    'reckon, original currencies, without id lists (listCommitments: false)',
    () => {
      aggregate(commitments, { by: 'investor', listCommitments: false });
    },
    { iterations: 3, time: 0, warmupIterations: 1 },
  );
  bench(
    'reckon, original currencies, with id lists (the default)',
    () => {
      aggregate(commitments, { by: 'investor' });
    },
    { iterations: 3, time: 0, warmupIterations: 1 },
  );
  bench(
    'reckon, converted to EUR (exact, per-day ECB fixes), without id lists',
    () => {
      aggregate(commitments, { by: 'investor', to: 'EUR', rates, listCommitments: false });
    },
    { iterations: 3, time: 0, warmupIterations: 1 },
  );
});
