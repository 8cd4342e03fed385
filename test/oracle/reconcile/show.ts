/**
 * Prints one case of the walk (not a test): `npx tsx test/oracle/reconcile/show.ts many#23 [more keys]`
 * shows the scenario, what `reconcile` returns and what the reference returns, and their differences.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { ratesFromEcbCsv } from '../../../src/index';
import { readEcbCsv } from '../conversion/oracle';
import {
  BLOCKS,
  buildScenario,
  describeScenario,
  differences,
  draftArb,
  plainOracle,
  plainReal,
  RUNS,
  runReal,
} from './harness';
import { oracleReconcile } from './oracle';

const text = readFileSync(new URL('../../../../shared/data/ecb/eurofxref-hist.csv', import.meta.url), 'utf8');
const table = readEcbCsv(text);
const rates = ratesFromEcbCsv(text);
for (const key of process.argv.slice(2)) {
  const [name, i] = key.split('#');
  const block = BLOCKS.find((b) => b.name === name);
  if (block === undefined) throw new Error(`no block ${name}`);
  const draft = fc.sample(draftArb(block.features), { numRuns: RUNS, seed: block.seed })[Number(i)];
  if (draft === undefined) throw new Error(`no scenario ${key}`);
  const s = buildScenario(table, draft);
  const real = plainReal(runReal(rates, s), s.mentions);
  const oracle = plainOracle(oracleReconcile(s.mentions, table, s.options));
  console.log(`# ${key}\n${describeScenario(s)}`);
  console.log('real', JSON.stringify(real, null, 1));
  console.log('oracle', JSON.stringify(oracle, null, 1));
  console.log(differences(real, oracle).join('\n'), '\n');
}
