/**
 * Buckets every disagreement over many scenarios (the vitest property stops at the first one):
 * `npx tsx test/oracle/aggregate/survey.ts [runs] [seed] [readings]`. Prints, per kind of difference, how often it
 * occurred and the smallest scenario that shows it. `readings`: readings of src/ to apply
 * (oracle.ts AsSrc, comma-separated; none: the docs' reading), e.g.
 * `outsidePartsBlock,linkThroughGrandTotal` (known-disagreements.ts).
 */
import fc from 'fast-check';
import {
  describeScenario,
  differences,
  grandTotalByDifferences,
  type Scenario,
  scenarioArb,
} from './harness';

const runs = Number(process.argv[2] ?? 2000);
const seed = Number(process.argv[3] ?? 12);
/** The src readings (oracle.ts AsSrc) to apply, comma-separated, e.g. `outsidePartsBlock`. */
const asSrc = Object.fromEntries(
  (process.argv[4] ?? '')
    .split(',')
    .filter(Boolean)
    .map((k) => [k, true]),
);
const buckets = new Map<string, { n: number; size: number; s: Scenario; lines: string[] }>();
const kind = (line: string) =>
  line
    .replace(/^row \S+:/, 'row:')
    .replace(/(want|got|wanted|\(got).*$/, '')
    .replace(/×\d+/, '×n')
    .trim();
let disagreeing = 0;
let lawBroken = 0;
for (const drawn of fc.sample(scenarioArb(), { numRuns: runs, seed })) {
  const s = { ...drawn, options: { ...drawn.options, asSrc } };
  const d = differences(s);
  const law = grandTotalByDifferences(s);
  if (law.length > 0) lawBroken++;
  if (d.length > 0) disagreeing++;
  const size = s.commitments.length * 10 + s.commitments.reduce((a, c) => a + c.parties.length, 0);
  for (const line of [...d, ...law.map((l) => `law ${l.split(':')[0]}`)]) {
    const k = kind(line);
    const b = buckets.get(k);
    if (!b) buckets.set(k, { n: 1, size, s, lines: d });
    else {
      b.n++;
      if (size < b.size) Object.assign(b, { size, s, lines: d });
    }
  }
}
console.log(`${runs} scenarios, ${disagreeing} disagree, grand total depends on by in ${lawBroken}`);
for (const [k, b] of [...buckets].sort((a, b) => b[1].n - a[1].n)) {
  console.log(
    `\n### ${k}  (${b.n} lines)\n${describeScenario(b.s)}\n${b.lines.map((l) => `  > ${l}`).join('\n')}`,
  );
}
