import { readFileSync } from 'node:fs';
import { extractFigures, figureToJSON } from '../../src/index';

/** One labelled sentence of test/fixtures/extract-corpus.jsonl. */
export interface CorpusEntry {
  readonly id: string;
  readonly lang: 'en' | 'de';
  readonly split: 'dev' | 'holdout';
  readonly text: string;
  readonly figures: readonly {
    readonly currency: string;
    readonly amount: string;
    readonly qualifier: string;
    readonly max?: string;
    readonly convertedFrom?: number;
  }[];
}

/** Precision, recall and F1 of values; qualifier accuracy; conversion-pair F1. */
export interface Scores {
  readonly sentences: number;
  readonly gold: number;
  readonly found: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly qualifierAccuracy: number;
  readonly pairs: number;
  readonly pairF1: number;
  readonly errors: readonly string[];
}

export function readCorpus(): CorpusEntry[] {
  const text = readFileSync(new URL('../fixtures/extract-corpus.jsonl', import.meta.url), 'utf8');
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as CorpusEntry);
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

/** Scores extraction (with locale 'auto') against the labels. */
export function evaluate(entries: readonly CorpusEntry[]): Scores {
  let gold = 0;
  let found = 0;
  let matched = 0;
  let qualifiersRight = 0;
  let goldPairs = 0;
  let foundPairs = 0;
  let pairsRight = 0;
  const errors: string[] = [];
  for (const e of entries) {
    const got = extractFigures(e.text).map((f) => ({ ...figureToJSON(f), convertedFrom: f.convertedFrom }));
    const key = (f: { currency: string; amount: string; max?: string | undefined }) =>
      `${f.currency} ${f.amount} ${f.max ?? ''}`;
    const used = new Set<number>();
    const goldToGot = new Map<number, number>();
    e.figures.forEach((g, gi) => {
      const k = got.findIndex((f, i) => !used.has(i) && key(f) === key(g));
      if (k < 0) {
        errors.push(`${e.id}: missed ${key(g)}`);
        return;
      }
      used.add(k);
      goldToGot.set(gi, k);
      matched++;
      if (got[k]?.qualifier === g.qualifier) qualifiersRight++;
      else errors.push(`${e.id}: ${key(g)} qualifier ${got[k]?.qualifier} ≠ ${g.qualifier}`);
    });
    got.forEach((f, i) => {
      if (!used.has(i))
        errors.push(`${e.id}: spurious ${key(f)} "${e.text.slice(f.start ?? 0, f.end ?? 0)}"`);
    });
    gold += e.figures.length;
    found += got.length;
    // Pairs: gold (from, to) index pairs mapped into the extraction's indices.
    const goldPairSet = new Set<string>();
    e.figures.forEach((g, gi) => {
      if (g.convertedFrom === undefined) return;
      goldPairs++;
      goldPairSet.add(`${goldToGot.get(g.convertedFrom)}>${goldToGot.get(gi)}`);
    });
    got.forEach((f, i) => {
      if (f.convertedFrom === undefined) return;
      foundPairs++;
      if (goldPairSet.has(`${f.convertedFrom}>${i}`)) pairsRight++;
      else errors.push(`${e.id}: spurious pair ${f.convertedFrom}>${i}`);
    });
  }
  const precision = ratio(matched, found);
  const recall = ratio(matched, gold);
  const pairP = ratio(pairsRight, foundPairs);
  const pairR = ratio(pairsRight, goldPairs);
  return {
    sentences: entries.length,
    gold,
    found,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    qualifierAccuracy: ratio(qualifiersRight, matched),
    pairs: goldPairs,
    pairF1: pairP + pairR === 0 ? 0 : (2 * pairP * pairR) / (pairP + pairR),
    errors,
  };
}

/** The targets of the extraction issue. */
export const TARGETS = { f1: 0.97, qualifierAccuracy: 0.95, pairF1: 0.95 } as const;
