import { add, type Dinero, dinero } from 'dinero.js/bigint';
import { bench, describe } from 'vitest';
import { aggregate, type Commitment, currency, figureFromJSON, staticRates } from '../src/index';

// 1,000,000 synthetic commitments over 10,000 parties and 3 currencies (a fixed-seed generator, so that
// every run measures the same data).
const N = Number(process.env.RECKON_BENCH_N ?? 1_000_000);
const PARTIES = 10_000;
const CURRENCIES = ['GBP', 'EUR', 'USD'] as const;
let seed = 42;
const rand = (n: number) => {
  seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff;
  return seed % n;
};
const figures = Array.from({ length: 3000 }, (_, i) =>
  figureFromJSON({
    currency: CURRENCIES[i % 3] ?? 'EUR',
    amount: `${1 + (i % 997)}000000`,
    qualifier: i % 5 === 0 ? 'upTo' : 'exact',
    quantum: '1000000',
  }),
);
const commitments: Commitment[] = Array.from({ length: N }, (_, i) => ({
  id: `c${i}`,
  kind: 'investment',
  status: 'announced',
  date: `2025-09-${String(15 + rand(5)).padStart(2, '0')}`,
  amount: figures[rand(figures.length)] as (typeof figures)[number],
  parties: [
    { party: `p${rand(PARTIES)}`, role: 'investor' },
    { party: `p${rand(PARTIES)}`, role: 'recipient' },
  ],
}));
const days = ['2025-09-15', '2025-09-16', '2025-09-17', '2025-09-18', '2025-09-19'];
const rates = staticRates(
  days.flatMap((date, k) => [
    { base: 'EUR', quote: 'GBP', value: `0.86${41 + k}`, date, source: 'ECB' },
    { base: 'EUR', quote: 'USD', value: `1.17${66 + k}`, date, source: 'ECB' },
  ]),
);

describe(`aggregate ${N.toLocaleString('en-GB')} commitments by investor`, () => {
  bench(
    'floor: hand-written loop, bigint minor units into a Map',
    () => {
      const totals = new Map<string, bigint>();
      for (const c of commitments) {
        const snap = c.amount?.amount.toJSON();
        if (!snap) continue;
        const investor = c.parties[0]?.party ?? '';
        const key = `${investor}|${snap.currency.code}`;
        totals.set(key, (totals.get(key) ?? 0n) + snap.amount);
      }
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
    'reckon aggregate, original currencies (intervals, ids listed)',
    () => {
      aggregate(commitments, { by: 'investor' });
    },
    { iterations: 3, time: 0, warmupIterations: 1 },
  );
  bench(
    'reckon aggregate, original currencies, listCommitments: false',
    () => {
      aggregate(commitments, { by: 'investor', listCommitments: false });
    },
    { iterations: 3, time: 0, warmupIterations: 1 },
  );
  bench(
    'reckon aggregate, converted to EUR (exact, per-day ECB fixes)',
    () => {
      aggregate(commitments, { by: 'investor', to: 'EUR', rates, listCommitments: false });
    },
    { iterations: 3, time: 0, warmupIterations: 1 },
  );
});
