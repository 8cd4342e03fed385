/**
 * The deterministic walk both the test and a person run: generated figures, their bounds and allows,
 * round trips through formatFigure, and hand-assembled phrases. Returns each disagreement family with
 * its count and its shortest repro. `npx tsx test/oracle/figure/walk.ts` prints them.
 */
import fc from 'fast-check';
import {
  boundsCase,
  compareAllows,
  compareBounds,
  comparePhrase,
  compareRoundTrip,
  type Disagreement,
  writableCase,
} from './harness';
import { isFigure, phraseParts, shape } from './phrases';

export const SEED = 20261129;
export const RUNS = { bounds: 4000, roundTrip: 1500, phrases: 3000 } as const;

export interface Family {
  readonly count: number;
  readonly shortest: Disagreement;
}

export interface Walk {
  readonly families: Map<string, Family>;
  /** What the walk exercised: "bounds <view> <qualifier> <sign>", "<currency>", "phrase <lang> <word>". */
  readonly covered: Set<string>;
}

export function walk(): Walk {
  const found = new Map<string, Family>();
  const covered = new Set<string>();
  const note = (ds: readonly Disagreement[]) => {
    for (const d of ds) {
      const seen = found.get(d.family);
      const shortest = seen && seen.shortest.repro.length <= d.repro.length ? seen.shortest : d;
      found.set(d.family, { count: (seen?.count ?? 0) + 1, shortest });
    }
  };
  for (const c of fc.sample(boundsCase, { numRuns: RUNS.bounds, seed: SEED })) {
    const { view } = c.options;
    covered.add(`bounds ${view} ${c.figure.qualifier} ${c.figure.amount.startsWith('-') ? '-' : '+'}`);
    covered.add(c.figure.currency);
    note(compareBounds(c));
    note(compareAllows(c));
  }
  fc.sample(writableCase, { numRuns: RUNS.roundTrip, seed: SEED + 1 }).forEach((c, i) => {
    const language = i % 2 === 0 ? 'en' : 'de';
    covered.add(`roundtrip ${language} ${c.figure.qualifier}`);
    note(compareRoundTrip(c, language));
  });
  fc.sample(phraseParts, { numRuns: RUNS.phrases, seed: SEED + 2 }).forEach((p, i) => {
    covered.add(`phrase ${p.language} ${p.maxDigits === undefined ? p.qualifier.word : 'range'}`);
    const s = shape(p);
    covered.add(`phrase ${p.language} scale ${s.scale} ${s.currency}${s.spelled ? ' spelled' : ''}`);
    if (s.minus !== '') covered.add(`phrase minus ${s.minus} ${s.currency}`);
    if (!isFigure(p)) covered.add(`phrase ${p.language} no figure`);
    if (p.dollar !== undefined) covered.add(`phrase dollar ${p.dollar}`);
    note(comparePhrase(p, i % 2 === 0));
  });
  return { families: found, covered };
}

if (process.argv[1]?.endsWith('walk.ts')) {
  for (const [family, { count, shortest }] of [...walk().families].sort()) {
    console.log(
      `${family}  ×${count}\n    ${shortest.repro}\n    real   ${shortest.real}\n    oracle ${shortest.oracle}`,
    );
  }
}
