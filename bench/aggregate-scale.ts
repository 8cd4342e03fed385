/**
 * How validateCommitments and aggregate scale with long partOf chains, partOf cycles and one commitment
 * with very many parties in a role: each is timed at 25,000, 50,000 and 100,000, so that linear time
 * shows as times that double with the size (quadratic ones would quadruple).
 * Run: npx tsx bench/aggregate-scale.ts
 */
import { aggregate, type Commitment, type Party, parseFigure, validateCommitments } from '../src/index';

const amount = parseFigure('up to £11bn');
const base = { kind: 'investment', status: 'announced', date: '2025-09-17', amount } as const;

function chain(n: number, cycle: boolean): Commitment[] {
  const ids = Array.from({ length: n }, (_, i) => `k${i}`);
  return ids.map((id, i) => ({
    ...base,
    id,
    parties: [
      { party: 'p0', role: 'investor' },
      { party: 'p1', role: 'recipient' },
    ],
    ...(i > 0 || cycle ? { partOf: ids[(i + n - 1) % n] as string } : {}),
  }));
}
function crowd(n: number): Commitment[] {
  return [
    {
      ...base,
      id: 'crowd',
      parties: [
        { party: 'p0', role: 'investor' },
        ...Array.from({ length: n }, (_, i) => ({ party: `p${i + 1}`, role: 'recipient' as const })),
      ],
    },
  ];
}
const partiesFor = (n: number): Party[] =>
  Array.from({ length: n + 1 }, (_, i) => ({ id: `p${i}`, name: `P${i}`, kind: 'company' }));

const time = (fn: () => unknown) => {
  const t = performance.now();
  fn();
  return `${(performance.now() - t).toFixed(0)} ms`.padStart(8);
};

console.log(`node ${process.version}; each cell: validateCommitments / aggregate (by party, equal)`);
console.log(`${'size'.padStart(8)}  ${'chain'.padEnd(20)}${'cycle'.padEnd(20)}parties in one role`);
for (const n of [25_000, 50_000, 100_000]) {
  const parties = partiesFor(n);
  const cells = [chain(n, false).reverse(), chain(n, true), crowd(n)].map((list) => {
    const check = time(() => validateCommitments(parties, list));
    const agg = time(() => aggregate(list, { by: 'party', allocation: 'equal' }));
    return `${check} /${agg}`.padEnd(20);
  });
  console.log(`${n.toLocaleString('en-GB').padStart(8)}  ${cells.join('')}`);
}
