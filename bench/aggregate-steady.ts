/**
 * Aggregation against its floor in one process, five rounds, so that the JIT is warm and the ratio is
 * read once it is steady (vitest bench takes three samples of a 1M run, which a noisy machine swings).
 * Run: npm run bench:aggregate-steady
 */
import { aggregate, type Commitment, figureFromJSON } from '../src/index';

const N = Number(process.env.RECKON_BENCH_N ?? 1_000_000);
let seed = 42;
const rand = (n: number) => {
  seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff;
  return seed % n;
};
const CURRENCIES = ['GBP', 'EUR', 'USD'];
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
  date: '2025-09-17',
  amount: figures[rand(figures.length)] as (typeof figures)[number],
  parties: [
    { party: `p${rand(10_000)}`, role: 'investor' },
    { party: `p${rand(10_000)}`, role: 'recipient' },
  ],
}));

function floor(): number {
  const totals = new Map<string, bigint>();
  for (const c of commitments) {
    const snap = c.amount?.amount.toJSON();
    if (!snap) continue;
    const key = `${c.parties[0]?.party}|${snap.currency.code}`;
    totals.set(key, (totals.get(key) ?? 0n) + snap.amount);
  }
  return totals.size;
}

console.log(
  `${N.toLocaleString('en-GB')} commitments, 10,000 parties, 3 currencies, by investor (node ${process.version})`,
);
for (let round = 1; round <= 5; round++) {
  let t = performance.now();
  floor();
  const f = performance.now() - t;
  t = performance.now();
  aggregate(commitments, { by: 'investor', listCommitments: false });
  const a = performance.now() - t;
  console.log(
    `round ${round}: floor ${f.toFixed(0)} ms, aggregate ${a.toFixed(0)} ms, ratio ${(a / f).toFixed(2)}×`,
  );
}
