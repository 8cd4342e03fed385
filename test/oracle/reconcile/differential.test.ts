/**
 * reconcile() (imported from src/, as the other oracles' comparisons do; the reference shares no code with it) against an independent reference (./oracle.ts)
 * on generated mention sets: commitments reported many ways (rounded, converted at real ECB fixes,
 * qualified, altered, aliased, dated inside and outside the window, with or without explicit ids, in
 * shuffled order). Compared exactly: the partition into groups, every reading's interval (exact ends and
 * their openness), the contradictions, the ambiguous mentions, and that every mention is accounted for
 * once.
 *
 * The walk is deterministic (fixed seeds). Disagreements known today are listed in
 * known-disagreements.ts: a new one fails, and a listed one that changes or disappears fails too, so the
 * list can only shrink as src/ or the oracle is fixed. Rewrite it with `RECONCILE_ORACLE_UPDATE=1 npx
 * vitest run test/oracle/reconcile` and review the diff (a line added is a regression). FINDINGS.md
 * explains each kind of disagreement with a minimal case (findings.ts, checked below).
 */

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { type LoadedRates, ratesFromEcbCsv } from '../../../src/index';
import { type EcbTable, readEcbCsv } from '../conversion/oracle';
import { FINDINGS, SRC_READINGS } from './findings';
import { BLOCKS, buildScenario, compare, describeScenario, draftArb, RUNS } from './harness';
import { KNOWN_DISAGREEMENTS } from './known-disagreements';

const HISTORY = new URL('../../../../shared/data/ecb/eurofxref-hist.csv', import.meta.url);
const hasHistory = existsSync(HISTORY);
const SKIP_NOTE = hasHistory
  ? ''
  : ' — SKIPPED: ../shared/data/ecb/eurofxref-hist.csv (the ECB history) is absent';
const UPDATE = process.env.RECONCILE_ORACLE_UPDATE === '1';

let loaded: { table: EcbTable; rates: LoadedRates } | undefined;
/** Both readers read the file once, lazily: a skipped describe body must not touch it. */
function history() {
  if (!loaded) {
    const text = readFileSync(HISTORY, 'utf8');
    loaded = { table: readEcbCsv(text), rates: ratesFromEcbCsv(text) };
  }
  return loaded;
}

const outcomes = new Map<string, readonly string[]>();

describe('reconcile', () => {
  describe.skipIf(!hasHistory)(`against the reference reconciler (oracle.ts)${SKIP_NOTE}`, () => {
    it.each(BLOCKS)(
      'agrees on $name (250 generated mention sets) except the listed disagreements',
      ({ name, features, seed }) => {
        const { table, rates } = history();
        const drafts = fc.sample(draftArb(features), { numRuns: RUNS, seed });
        const problems: string[] = [];
        drafts.forEach((draft, i) => {
          const key = `${name}#${i}`;
          const built = buildScenario(table, draft);
          const s = { ...built, options: { ...built.options, compat: SRC_READINGS } };
          const diffs = compare(table, rates, s);
          if (diffs.length > 0) outcomes.set(key, diffs);
          const known = KNOWN_DISAGREEMENTS[key];
          if (UPDATE) return;
          if (known === undefined && diffs.length > 0)
            problems.push(`NEW ${key}\n${describeScenario(s)}\n${diffs.join('\n')}`);
          else if (known !== undefined && JSON.stringify(known) !== JSON.stringify(diffs))
            problems.push(
              `CHANGED ${key} (listed in known-disagreements.ts)\n${describeScenario(s)}\nnow:\n${diffs.join('\n') || '(agrees)'}\nlisted:\n${known.join('\n')}`,
            );
        });
        expect(problems.join('\n\n')).toBe('');
      },
      60_000,
    );

    afterAll(() => {
      if (!UPDATE) return;
      const file = fileURLToPath(new URL('./known-disagreements.ts', import.meta.url));
      const order = (k: string) => {
        const [block, i] = k.split('#');
        return [BLOCKS.findIndex((b) => b.name === block), Number(i)] as const;
      };
      const keys = [...outcomes.keys()].sort((a, b) => {
        const [ba, ia] = order(a);
        const [bb, ib] = order(b);
        return ba - bb || ia - ib;
      });
      const body = keys
        .map(
          (k) =>
            `  ${JSON.stringify(k)}: [\n${(outcomes.get(k) ?? []).map((l) => `    ${JSON.stringify(l)},`).join('\n')}\n  ],`,
        )
        .join('\n');
      writeFileSync(
        file,
        `/**
 * The disagreements between reconcile() and the reference that the walk of differential.test.ts finds
 * today ("<block>#<scenario>" → the differing lines, real or oracle). FINDINGS.md says what they are.
 * The test fails for a disagreement not listed here and for a listed one that changed or went away.
 * Rewrite with \`RECONCILE_ORACLE_UPDATE=1 npx vitest run test/oracle/reconcile\`.
 */
export const KNOWN_DISAGREEMENTS: Readonly<Record<string, readonly string[]>> = {
${body}
};
`,
      );
      execFileSync('npx', ['biome', 'format', '--write', file], { stdio: 'ignore' });
    });

    describe('the findings (FINDINGS.md, minimal cases)', () => {
      it.each(FINDINGS)('$id still disagrees: $title', (f) => {
        const { table, rates } = history();
        expect(compare(table, rates, { mentions: f.mentions, options: f.options })).toEqual(f.differences);
      });
      it.each(FINDINGS.filter((f) => f.compat !== undefined))(
        '$id agrees once the reference reads it as src does ($compat)',
        (f) => {
          const { table, rates } = history();
          const compat = { [f.compat as string]: true };
          expect(compare(table, rates, { mentions: f.mentions, options: { ...f.options, compat } })).toEqual(
            [],
          );
        },
      );
    });
  });
});
