/**
 * Aggregation against its floor in one process, five rounds, so that the JIT is warm and the ratios
 * are read once they are steady (vitest bench takes three samples of a 1M run, which a noisy machine
 * swings). Each round times the floor, reckon without id lists and reckon with them, in wall time and
 * in this process's CPU time (steadier when other processes share the cores); the last lines give the
 * medians and the ratios of the medians.
 * Run: npm run bench:aggregate-steady (RECKON_BENCH_N to change the count)
 */
import { aggregate } from '../src/index';
import { floorTotals, syntheticCommitments } from './synthetic';

const N = Number(process.env.RECKON_BENCH_N ?? 1_000_000);
const commitments = syntheticCommitments(N);

interface Time {
  readonly wall: number;
  readonly cpu: number;
}
const time = (fn: () => unknown): Time => {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  fn();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - wall, cpu: (used.user + used.system) / 1000 };
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const ms = (x: number) => `${x.toFixed(0)} ms`;
const runs = {
  floor: () => floorTotals(commitments),
  'without id lists': () => aggregate(commitments, { by: 'investor', listCommitments: false }),
  'with id lists': () => aggregate(commitments, { by: 'investor' }),
};
const times = new Map<string, Time[]>(Object.keys(runs).map((k) => [k, []]));

console.log(
  `${N.toLocaleString('en-GB')} commitments, 10,000 parties, 3 currencies, by investor (node ${process.version})`,
);
for (let round = 1; round <= 5; round++) {
  const line: string[] = [];
  for (const [name, run] of Object.entries(runs)) {
    const t = time(run);
    times.get(name)?.push(t);
    line.push(`${name} ${ms(t.wall)} (cpu ${ms(t.cpu)})`);
  }
  console.log(`round ${round}: ${line.join(', ')}`);
}
for (const kind of ['wall', 'cpu'] as const) {
  const m = (name: string) => median((times.get(name) ?? []).map((t) => t[kind]));
  const floor = m('floor');
  console.log(
    `median ${kind.padEnd(4)}: floor ${ms(floor)}, without id lists ${ms(m('without id lists'))} (${(m('without id lists') / floor).toFixed(2)}×, target 1.5×), with id lists ${ms(m('with id lists'))} (${(m('with id lists') / floor).toFixed(2)}×, target 3×)`,
  );
}
