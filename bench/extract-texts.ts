/**
 * The texts extraction is measured on (bench/extract.bench.ts, bench/extract-steady.ts): news density,
 * the synthetic corpus, and a dense worst case, each cut to a size in bytes of UTF-8.
 */
import { existsSync, readFileSync } from 'node:fs';

const lines = (path: URL) =>
  existsSync(path)
    ? readFileSync(path, 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => (JSON.parse(l) as { text: string }).text)
    : [];

/** Joins parts, cycling through them, until the text has about `bytes` bytes of UTF-8. */
export function textOf(parts: readonly string[], bytes: number, separator: string): string {
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

/** The three texts, by a short key: the parts and what joins them. */
export const TEXTS = {
  news: { name: 'news text (the article and the real-news corpus repeated)', parts: news, separator: '\n\n' },
  synthetic: { name: 'synthetic corpus sentences (about one figure each)', parts: sentences, separator: ' ' },
  dense: { name: 'the dense worst case (a figure every few characters)', parts: dense, separator: ', ' },
} as const;

/** Baseline: one regular expression for symbol + number + scale, the floor any scanner pays. */
export const NAIVE = /[$€£]\s?\d[\d.,]*\s?(?:bn|m|k|tn)?/g;
