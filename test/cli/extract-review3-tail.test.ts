import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeFigure, type IssueExample } from '../extract/issue-examples';
import { REVIEW3_TAIL } from '../extract/review3-tail-examples';

const BIN = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

interface JsonFigure {
  currency: string;
  amount: string;
  qualifier: string;
  max?: string;
  convertedFrom?: number;
  assumedCurrency?: boolean;
  line: number;
}

/** `reckon extract - --json` of the examples of one --dollar setting, one example a line. */
function extractLines(examples: readonly IssueExample[], dollar: string | undefined): string[][] {
  const r = spawnSync(
    process.execPath,
    [BIN, 'extract', '-', '--json', ...(dollar ? ['--dollar', dollar] : [])],
    {
      input: examples.map((e) => e.text).join('\n'),
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '' },
    },
  );
  expect(r.status, r.stderr).toBe(0);
  const figures = (JSON.parse(r.stdout) as { figures: JsonFigure[] }).figures;
  return examples.map((_, line) => {
    const onLine = figures.filter((f) => f.line === line + 1);
    const offset = figures.indexOf(onLine[0] as JsonFigure);
    return onLine.map((f) =>
      describeFigure({
        ...f,
        ...(f.convertedFrom !== undefined ? { convertedFrom: f.convertedFrom - offset } : {}),
      }),
    );
  });
}

/** The examples `reckon extract --dollar` can run (a language given to the library is not a CLI flag here). */
const EXAMPLES = REVIEW3_TAIL.filter((e) => e.options?.language === undefined);

describe('reckon extract', () => {
  describe('the third user review findings, from the end, through the binary', () => {
    const byExample = new Map<IssueExample, string[]>();
    beforeAll(() => {
      const dollars = new Set(EXAMPLES.map((e) => e.options?.dollar));
      for (const dollar of dollars) {
        const examples = EXAMPLES.filter((e) => e.options?.dollar === dollar);
        const lines = extractLines(examples, dollar);
        examples.forEach((e, k) => {
          byExample.set(e, lines[k] ?? []);
        });
      }
    });
    it.each(EXAMPLES.map((e) => [e.text, e] as const))('%s', (_text, e) => {
      expect(byExample.get(e)).toEqual(e.figures);
    });
  });
});
