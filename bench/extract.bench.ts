import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import { bench, describe } from 'vitest';

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

const lines = (path: URL) =>
  existsSync(path)
    ? readFileSync(path, 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => (JSON.parse(l) as { text: string }).text)
    : [];

/** Joins parts, cycling through them, until the text has about `bytes` bytes of UTF-8. */
function textOf(parts: readonly string[], bytes: number, separator: string): string {
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const s = parts[i % parts.length] ?? '';
    out.push(s);
    size += Buffer.byteLength(s) + separator.length;
  }
  return out.join(separator);
}

// News density: the Nscale article (9 money figures and 7 counts in 2.8 kB) and the real-news corpus
// (106 published passages, about one figure per 270 bytes), repeated.
const article =
  (
    JSON.parse(
      readFileSync(new URL('../src/datasets/nscale-2025-09/nscale-2025-09.json', import.meta.url), 'utf8'),
    ) as { documents: { text: string }[] }
  ).documents[0]?.text ?? '';
const news = [article, ...lines(new URL('../test/fixtures/real-news/passages.jsonl', import.meta.url))];
// The synthetic corpus: sentences written for reckon, nearly all with a figure, a conversion or a range.
const sentences = lines(new URL('../test/fixtures/extract-corpus.jsonl', import.meta.url));
// The worst case: a figure every few characters, with qualifiers, ranges, pairs and both languages.
const dense = [
  '$1m',
  '€2bn',
  'up to £11bn (€12.68bn)',
  '3 Mio. Euro',
  '$3-4bn',
  'rund 5 Mrd. €',
  'more than $2.5bn',
  '£40m',
  'zwei Milliarden Euro',
  '¥500bn',
];

// Baseline: one regular expression for symbol + number + scale, the floor any scanner pays.
const NAIVE = /[$€£]\s?\d[\d.,]*\s?(?:bn|m|k|tn)?/g;

const texts = [
  { name: 'news text (the article and the real-news corpus repeated)', parts: news, separator: '\n\n' },
  { name: 'synthetic corpus sentences (about one figure each)', parts: sentences, separator: ' ' },
  { name: 'the dense worst case (a figure every few characters)', parts: dense, separator: ', ' },
];

for (const text of texts) {
  const oneMB = textOf(text.parts, 1_000_000, text.separator);
  const tenMB = textOf(text.parts, 10_000_000, text.separator);
  describe(`extraction, 1 MB of ${text.name}`, () => {
    bench('baseline: one regex for symbol + number', () => {
      oneMB.match(NAIVE);
    });
    bench('extractFigures (auto locale)', () => {
      extractFigures(oneMB);
    });
    bench('extractFiguresIter (figures streamed, none held)', () => {
      for (const _ of extractFiguresIter(oneMB));
    });
  });
  describe(`extraction, 10 MB of ${text.name}`, () => {
    const once = { iterations: 3, time: 0, warmupIterations: 1 };
    bench(
      'extractFigures (auto locale)',
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
