/**
 * Prints one case of the walk (not a test): `npx tsx test/oracle/reconcile/show.ts many#23 [more keys]`
 * shows the scenario, what `reconcile` returns and what the reference returns, and their differences.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { ratesFromEcbCsv, reconciledCommitments } from '../../../src/index';
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
  const result = runReal(rates, s);
  const real = plainReal(result, s.mentions);
  const denominations = new Map(result.groups.map((g) => [g.id, g.denomination]));
  const oracle = plainOracle(
    oracleReconcile(s.mentions, table, s.options),
    {},
    {
      input: s.mentions,
      denominations,
      table,
      options: s.options,
    },
  );
  console.log(`# ${key}\n${describeScenario(s)}`);
  console.log('real', JSON.stringify(real, null, 1));
  console.log('oracle', JSON.stringify(oracle, null, 1));
  for (const g of result.groups)
    for (const c of g.contradictions)
      console.log(
        `contradiction ${c.mention.id} → ${g.id}: in ${c.currency} ${c.interval.exactLow?.n}/${c.interval.exactLow?.d} – ${c.interval.exactHigh?.n}/${c.interval.exactHigh?.d}`,
      );
  for (const c of reconciledCommitments(result, { view: 'rounding' }))
    console.log(`counted ${c.id}: ${c.description}`);
  console.log(differences(real, oracle).join('\n'), '\n');
}
