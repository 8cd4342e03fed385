/**
 * Aggregation against its floor in one process, five rounds, so that the JIT is warm and the ratio is
 * read once it is steady (vitest bench takes three samples of a 1M run, which a noisy machine swings).
 * Run: npm run bench:aggregate-steady
 */
import { aggregate } from '../src/index';
import { floorTotals, syntheticCommitments } from './synthetic';

const N = Number(process.env.RECKON_BENCH_N ?? 1_000_000);
const commitments = syntheticCommitments(N);

console.log(
  `${N.toLocaleString('en-GB')} commitments, 10,000 parties, 3 currencies, by investor (node ${process.version})`,
);
for (let round = 1; round <= 5; round++) {
  let t = performance.now();
  floorTotals(commitments);
  const f = performance.now() - t;
  t = performance.now();
  aggregate(commitments, { by: 'investor', listCommitments: false });
  const a = performance.now() - t;
  console.log(
    `round ${round}: floor ${f.toFixed(0)} ms, aggregate ${a.toFixed(0)} ms, ratio ${(a / f).toFixed(2)}×`,
  );
}
