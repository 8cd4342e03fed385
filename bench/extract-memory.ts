/**
 * Memory of extraction, beside the timings of `npm run bench` (which runs this file): the bytes each
 * figure held by `extractFigures` costs, and the heap while `extractFiguresIter` streams the figures
 * of 10 MB of dense text without holding them. Run alone:
 * node --expose-gc --import tsx bench/extract-memory.ts
 */
import { extractFigures, extractFiguresIter } from '../src/index';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const heap = () => {
  gc();
  return process.memoryUsage().heapUsed;
};
const dense = (n: number) => 'up to £11bn (€12.68bn), $3-4bn, rund 5 Mrd. €, '.repeat(n);

const held = dense(25_000);
const before = heap();
const figures = extractFigures(held);
const perFigure = (heap() - before) / figures.length;
console.log(`extractFigures: ${figures.length} figures held, ${perFigure.toFixed(0)} bytes each`);

const streamed = dense(Math.ceil(10_000_000 / 45));
const base = heap();
let count = 0;
let peak = 0;
for (const _ of extractFiguresIter(streamed)) {
  if (++count % 200_000 === 0) peak = Math.max(peak, heap() - base);
}
console.log(
  `extractFiguresIter: ${count} figures from ${(streamed.length / 1e6).toFixed(0)} MB streamed, heap at most ${(peak / 1e6).toFixed(1)} MB above the start (holding them: about ${((count * perFigure) / 1e6).toFixed(0)} MB)`,
);
