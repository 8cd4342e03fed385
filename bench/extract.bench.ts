import { readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { extractFigures } from '../src/index';

// Dense text: the labelled corpus sentences (English and German, nearly all with a figure), repeated.
const sentences = readFileSync(new URL('../test/fixtures/extract-corpus.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => (JSON.parse(l) as { text: string }).text);
function textOf(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const s = sentences[i % sentences.length] ?? '';
    parts.push(s);
    size += Buffer.byteLength(s) + 1;
  }
  return parts.join(' ');
}
const oneMB = textOf(1_000_000);
const tenMB = textOf(10_000_000);
// Typical news density: the Nscale article (9 money figures and 7 counts in 2.8 kB), repeated.
const article =
  (
    JSON.parse(
      readFileSync(new URL('../src/datasets/nscale-2025-09/nscale-2025-09.json', import.meta.url), 'utf8'),
    ) as {
      documents: { text: string }[];
    }
  ).documents[0]?.text ?? '';
const newsOneMB = article.repeat(Math.ceil(1_000_000 / article.length));
const newsTenMB = article.repeat(Math.ceil(10_000_000 / article.length));
// Baseline: one regular expression for symbol + number + scale, the floor any scanner pays.
const NAIVE = /[$€£]\s?\d[\d.,]*\s?(?:bn|m|k|tn)?/g;

const texts = [
  { name: 'news text (the article repeated)', oneMB: newsOneMB, tenMB: newsTenMB },
  { name: 'dense text (corpus sentences, about one figure each)', oneMB, tenMB },
];

for (const text of texts) {
  describe(`extraction, 1 MB of ${text.name}`, () => {
    bench('baseline: one regex for symbol + number', () => {
      text.oneMB.match(NAIVE);
    });
    bench('extractFigures (auto locale)', () => {
      extractFigures(text.oneMB);
    });
  });
  describe(`extraction, 10 MB of ${text.name}`, () => {
    bench(
      'extractFigures (auto locale)',
      () => {
        extractFigures(text.tenMB);
      },
      { iterations: 3, time: 0, warmupIterations: 1 },
    );
  });
}
