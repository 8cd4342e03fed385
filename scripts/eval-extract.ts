/**
 * Scores extractFigures on the labelled corpus (test/fixtures/extract-corpus.jsonl): precision, recall
 * and F1 for values, qualifier accuracy and conversion-pair F1, for the dev part, the holdout part (only
 * ever evaluated on) and all. Exits 1 when the whole corpus is below the targets.
 * Run: npm run eval:extract
 */
import { evaluate, readCorpus, type Scores, TARGETS } from '../test/extract/evaluate';

const corpus = readCorpus();
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const row = (name: string, s: Scores) =>
  `${name.padEnd(14)} ${String(s.sentences).padStart(9)} ${String(s.gold).padStart(5)} ${String(s.found).padStart(6)} ${pct(s.precision).padStart(9)} ${pct(s.recall).padStart(7)} ${pct(s.f1).padStart(7)} ${pct(s.qualifierAccuracy).padStart(10)} ${String(s.pairs).padStart(6)} ${pct(s.pairF1).padStart(8)}`;
console.log(
  `${'part'.padEnd(14)} sentences  gold  found precision  recall      F1 qualifiers  pairs  pair F1`,
);
const parts: [string, typeof corpus][] = [
  ['dev (en)', corpus.filter((e) => e.split === 'dev' && e.lang === 'en')],
  ['dev (de)', corpus.filter((e) => e.split === 'dev' && e.lang === 'de')],
  ['holdout (en)', corpus.filter((e) => e.split === 'holdout' && e.lang === 'en')],
  ['holdout (de)', corpus.filter((e) => e.split === 'holdout' && e.lang === 'de')],
  ['holdout', corpus.filter((e) => e.split === 'holdout')],
  ['all', corpus],
];
for (const [name, entries] of parts) console.log(row(name, evaluate(entries)));
const all = evaluate(corpus);
if (all.errors.length > 0) console.log(`\nerrors:\n  ${all.errors.join('\n  ')}`);
const below = (Object.keys(TARGETS) as (keyof typeof TARGETS)[]).filter((k) => all[k] < TARGETS[k]);
if (below.length > 0) {
  console.error(
    `\neval:extract: below target: ${below.map((k) => `${k} ${pct(all[k])} < ${pct(TARGETS[k])}`).join(', ')}`,
  );
  process.exit(1);
}
console.log(
  `\neval:extract: all targets met (F1 ≥ ${pct(TARGETS.f1)}, qualifiers ≥ ${pct(TARGETS.qualifierAccuracy)}, pairs ≥ ${pct(TARGETS.pairF1)}).`,
);
