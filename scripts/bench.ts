/**
 * Runs every benchmark of the library (bench/*.bench.ts, vitest bench) and prints one table: each
 * measurement with its mean time and its ratio to the baseline of its group (the first entry whose name
 * starts with "baseline" or "floor"). Run: npm run bench (RECKON_BENCH_N=100000 for a smaller
 * aggregation run). See docs/benchmarks.md.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Bench {
  name: string;
  mean: number;
  hz: number;
  rme: number;
  sampleCount: number;
}
interface Output {
  files: { filepath: string; groups: { fullName: string; benchmarks: Bench[] }[] }[];
}

const out = join(mkdtempSync(join(tmpdir(), 'reckon-bench-')), 'bench.json');
const run = spawnSync(
  'npx',
  ['vitest', 'bench', '--run', '--no-file-parallelism', '--outputJson', out, ...process.argv.slice(2)],
  {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: process.env,
  },
);
if (run.status !== 0) {
  console.error(`bench: vitest bench failed (exit ${run.status})`);
  process.exit(run.status ?? 1);
}
const data = JSON.parse(readFileSync(out, 'utf8')) as Output;
const fmt = (ms: number) =>
  ms >= 100 ? `${ms.toFixed(0)} ms` : ms >= 1 ? `${ms.toFixed(2)} ms` : `${(ms * 1000).toFixed(1)} µs`;
console.log(`reckon benchmarks — node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`);
console.log(
  `${'group / benchmark'.padEnd(84)} ${'mean'.padStart(10)} ${'± rme'.padStart(7)} ${'samples'.padStart(7)}  vs baseline`,
);
for (const file of data.files) {
  for (const group of file.groups) {
    const name = group.fullName.split(' > ').slice(1).join(' > ') || group.fullName;
    console.log(`\n${name}`);
    const base = group.benchmarks.find((b) => /^(baseline|floor)/.test(b.name));
    // Groups named "… N MB …" also get a throughput.
    const megabytes = Number(/(\d+) MB/.exec(name)?.[1] ?? 0);
    for (const b of group.benchmarks) {
      const vs =
        base && b !== base
          ? `${(b.mean / base.mean).toFixed(2)}× the baseline`
          : b === base
            ? '(baseline)'
            : '';
      const speed = megabytes > 0 ? `${(megabytes / (b.mean / 1000)).toFixed(1)} MB/s` : '';
      const ratio = [vs, speed].filter(Boolean).join(', ');
      console.log(
        `  ${b.name.padEnd(82)} ${fmt(b.mean).padStart(10)} ${`${b.rme.toFixed(1)}%`.padStart(7)} ${String(b.sampleCount).padStart(7)}  ${ratio}`,
      );
    }
  }
}
// Extraction scales linearly when 10 MB takes about ten times as long as 1 MB (target: within 11×).
const groups = data.files.flatMap((f) => f.groups);
const extraction = (size: string, text: string) =>
  groups.find((g) => g.fullName.endsWith(`extraction, ${size} of ${text}`))?.benchmarks ?? [];
for (const g of groups) {
  const text = /extraction, 10 MB of (.*)$/.exec(g.fullName)?.[1];
  if (!text) continue;
  for (const ten of extraction('10 MB', text)) {
    const one = extraction('1 MB', text).find((b) => b.name === ten.name);
    if (one)
      console.log(`\n${ten.name}, 10 MB of ${text}: ${(ten.mean / one.mean).toFixed(1)}× the time of 1 MB`);
  }
}

// Memory of extraction (bench/extract-memory.ts): bytes per held figure, and the heap while streaming.
if (data.files.some((f) => f.filepath.endsWith('extract.bench.ts'))) {
  const memory = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'bench/extract-memory.ts'], {
    encoding: 'utf8',
  });
  console.log(`\n${(memory.stdout || memory.stderr).trim()}`);
}
