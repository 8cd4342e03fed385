import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import { bench, describe } from 'vitest';
import { NAIVE, TEXTS, textOf } from './extract-texts';

// The library as it ships (bundled by esbuild, as tsup does), not as vitest loads source files: vitest
// turns every call across modules into a property read on a module object, which costs extraction,
// whose inner loop calls across lexer, grammar and word table, about half its speed.
const bundle = join(mkdtempSync(join(tmpdir(), 'reckon-bench-')), 'reckon.mjs');
buildSync({
  entryPoints: [new URL('../src/index.ts', import.meta.url).pathname],
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile: bundle,
  logLevel: 'error',
});
const { extractFigures, extractFiguresIter } = (await import(
  pathToFileURL(bundle).href
)) as typeof import('../src/index');

const texts = Object.values(TEXTS);

for (const text of texts) {
  const oneMB = textOf(text.parts, 1_000_000, text.separator);
  const tenMB = textOf(text.parts, 10_000_000, text.separator);
  describe(`extraction, 1 MB of ${text.name}`, () => {
    bench('baseline: one regex for symbol + number', () => {
      oneMB.match(NAIVE);
    });
    bench('extractFigures (auto language)', () => {
      extractFigures(oneMB);
    });
    bench('extractFiguresIter (figures streamed, none held)', () => {
      for (const _ of extractFiguresIter(oneMB));
    });
  });
  describe(`extraction, 10 MB of ${text.name}`, () => {
    const once = { iterations: 3, time: 0, warmupIterations: 1 };
    bench(
      'extractFigures (auto language)',
      () => {
        extractFigures(tenMB);
      },
      once,
    );
    bench(
      'extractFiguresIter (figures streamed, none held)',
      () => {
        for (const _ of extractFiguresIter(tenMB));
      },
      once,
    );
  });
}
