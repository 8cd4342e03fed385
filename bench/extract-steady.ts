/**
 * Extraction speed in one warm process, steadier than `vitest bench` on a shared machine: each round
 * runs every measurement once, and the times are this process's user CPU time (other processes on the
 * cores barely move it); the table gives the medians of the rounds in MB/s and how many times longer
 * 10 MB takes than 1 MB. With `--base <git ref>` the library of that commit is measured too, in the same
 * rounds, interleaved with this tree's, for an A/B comparison.
 * Run: npx tsx bench/extract-steady.ts [--base fd0f9cc] [--rounds 5] [--texts news,dense]
 */
import { execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { buildSync } from 'esbuild';
import { TEXTS, textOf } from './extract-texts';

type Lib = Pick<typeof import('../src/index'), 'extractFigures' | 'extractFiguresIter'>;

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    rounds: { type: 'string', default: '5' },
    texts: { type: 'string', default: 'news,synthetic,dense' },
  },
});
const root = new URL('..', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'reckon-steady-'));

/** Bundles src/index.ts of a tree as the package ships it (esbuild, as tsup) and loads it. */
async function load(tree: string, name: string): Promise<Lib> {
  const outfile = join(tmp, `${name}.mjs`);
  buildSync({
    entryPoints: [join(tree, 'src/index.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile,
    logLevel: 'error',
  });
  return (await import(pathToFileURL(outfile).href)) as Lib;
}

const libs: [string, Lib][] = [];
if (values.base) {
  const tree = join(tmp, 'base');
  mkdirSync(tree);
  execSync(`git -C ${root} archive ${values.base} src | tar -x -C ${tree}`);
  symlinkSync(join(root, 'node_modules'), join(tree, 'node_modules'));
  libs.push([`base ${values.base}`, await load(tree, 'base')]);
}
libs.push(['this tree', await load(root, 'this')]);

const userMs = (fn: () => void): number => {
  const before = process.cpuUsage();
  fn();
  return process.cpuUsage(before).user / 1000;
};
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

const keys = (values.texts ?? '').split(',') as (keyof typeof TEXTS)[];
const sizes = [1, 10];
const inputs = keys.flatMap((key) =>
  sizes.map((mb) => {
    const t = TEXTS[key];
    return { key, mb, text: textOf(t.parts, mb * 1_000_000, t.separator) };
  }),
);
const runs = {
  all: (lib: Lib, text: string) => void lib.extractFigures(text),
  iter: (lib: Lib, text: string) => {
    for (const _ of lib.extractFiguresIter(text));
  },
};
const times = new Map<string, number[]>();
const rounds = Number(values.rounds);
console.log(`extraction, user CPU time, ${rounds} rounds interleaved (node ${process.version})`);
for (let round = 0; round <= rounds; round++) {
  for (const input of inputs) {
    for (const [fn, run] of Object.entries(runs)) {
      for (const [name, lib] of libs) {
        const ms = userMs(() => run(lib, input.text));
        // Round 0 warms the JIT up and is not counted.
        if (round > 0) {
          const k = `${name}|${input.key}|${input.mb}|${fn}`;
          times.set(k, [...(times.get(k) ?? []), ms]);
        }
      }
    }
  }
  if (round > 0) process.stdout.write(`round ${round} done\n`);
}
console.log(
  `\n${'text'.padEnd(10)} ${'fn'.padEnd(5)} ${'lib'.padEnd(16)} ${'1 MB'.padStart(11)} ${'10 MB'.padStart(11)}  10/1`,
);
for (const key of keys) {
  for (const fn of Object.keys(runs)) {
    for (const [name] of libs) {
      const m = (mb: number) => median(times.get(`${name}|${key}|${mb}|${fn}`) ?? []);
      const speed = (mb: number) => `${(mb / (m(mb) / 1000)).toFixed(1)} MB/s`.padStart(11);
      console.log(
        `${key.padEnd(10)} ${fn.padEnd(5)} ${name.padEnd(16)} ${speed(1)} ${speed(10)}  ${(m(10) / m(1)).toFixed(1)}×`,
      );
    }
  }
}
