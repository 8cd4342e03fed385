/**
 * Streams 10,000,000 commitments through aggregateAsync without holding them, and reports the memory
 * before, during and after (the JS heap plus array buffers): the commitments are not kept, but each id
 * is (to count a repeated id once and to find a whole that came before its part), so memory grows by
 * a few dozen bytes per commitment beside the 10,000 groups.
 * Run: npm run bench:aggregate-stream (RECKON_BENCH_N to change the count)
 */
import { aggregateAsync, type Commitment } from '../src/index';
import { figures } from './synthetic';

const N = Number(process.env.RECKON_BENCH_N ?? 10_000_000);
let peak = 0;
const mb = (n: number) => `${(n / 1_048_576).toFixed(0)} MB`;
const used = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

async function* stream(): AsyncGenerator<Commitment> {
  let seed = 7;
  for (let i = 0; i < N; i++) {
    seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff;
    if (i % 1_000_000 === 0) peak = Math.max(peak, used());
    yield {
      id: `c${i}`,
      kind: 'investment',
      status: 'announced',
      date: '2025-09-17',
      amount: figures[(seed >>> 4) % 3000] as (typeof figures)[number],
      parties: [{ party: `p${(i * 7919) % 10_000}`, role: 'investor' }],
    };
  }
}

const before = used();
const t = performance.now();
const result = await aggregateAsync(stream(), { by: 'investor', listCommitments: false });
const ms = performance.now() - t;
console.log(
  `${N.toLocaleString('en-GB')} commitments streamed in ${(ms / 1000).toFixed(1)} s into ${result.groups.length.toLocaleString('en-GB')} groups; memory (heap + buffers) before ${mb(before)}, peak sampled ${mb(peak)}, after ${mb(used())} (${((used() - before) / N).toFixed(0)} bytes per commitment)`,
);
