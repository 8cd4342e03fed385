/**
 * Buckets the disagreements over many generated scenarios (not a test): `npx tsx
 * test/oracle/reconcile/survey.ts [runs] [seed]`.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { ratesFromEcbCsv } from '../../../src/index';
import { readEcbCsv } from '../conversion/oracle';
import { buildScenario, compare, describeScenario, draftArb } from './harness';

const text = readFileSync(new URL('../../../../shared/data/ecb/eurofxref-hist.csv', import.meta.url), 'utf8');
const table = readEcbCsv(text);
const rates = ratesFromEcbCsv(text);
const runs = Number(process.argv[2] ?? 200);
const seed = Number(process.argv[3] ?? 1);
const features = JSON.parse(process.env.F ?? '{}');
const drafts = fc.sample(draftArb(features), { numRuns: runs, seed });
let bad = 0;
const buckets = new Map<string, number>();
for (const d of drafts) {
  const s0 = buildScenario(table, d);
  const s = { ...s0, options: { ...s0.options, compat: JSON.parse(process.env.C ?? '{}') } };
  const diffs = compare(table, rates, s);
  if (diffs.length === 0) continue;
  bad++;
  const key = [...new Set(diffs.map((x) => x.split(':')[0]))].sort().join('|');
  buckets.set(key, (buckets.get(key) ?? 0) + 1);
  if (bad <= Number(process.env.SHOW ?? 3)) console.log(`${describeScenario(s)}\n${diffs.join('\n')}\n`);
}
console.log(`${bad} of ${runs} disagree`, buckets);
