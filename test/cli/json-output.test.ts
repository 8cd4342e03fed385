import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import { nscaleDataset } from '../../src/datasets/nscale-2025-09/index';
import {
  aggregate,
  aggregateResultToJSON,
  checkConversion,
  ratesFromList,
  reckonReplacer,
  verdictToJSON,
} from '../../src/index';

/**
 * The CLI's --json output (test/fixtures/cli-json): it changes only deliberately, with verdictToJSON
 * and aggregateResultToJSON (check-json.json was regenerated when verdicts became lossless, the report
 * files when aggregation results did, issue 15). Rewrite them on purpose with
 * `CLI_JSON_UPDATE=1 npx vitest run test/cli/json-output.test.ts`, then read the diff.
 */
const GOLDEN: Readonly<Record<string, readonly string[]>> = {
  'check-json.json': ['check', '--json'],
  'report-json.json': ['report', '--json'],
  'report-json-to-EUR.json': ['report', '--json', '--to', 'EUR'],
  'report-json-by-recipient-to-USD-allocation-equal.json': [
    'report',
    '--json',
    '--by',
    'recipient',
    '--to',
    'USD',
    '--allocation',
    'equal',
  ],
  'report-json-view-rounding-to-GBP.json': ['report', '--json', '--view', 'rounding', '--to', 'GBP'],
};

async function run(argv: readonly string[]): Promise<string> {
  const out: string[] = [];
  const io = {
    out: (line: string) => out.push(line),
    err: () => undefined,
    readFile: () => {
      throw new Error('no files in this test');
    },
    readStdin: async () => '',
    stdinIsTTY: true,
    color: false,
  };
  await runCli(argv, io, '0.0.0');
  return `${out.join('\n')}\n`;
}

describe('the CLI JSON output', () => {
  describe('on the embedded dataset', () => {
    for (const [file, argv] of Object.entries(GOLDEN)) {
      it(`is byte-identical to the golden file for reckon ${argv.join(' ')}`, async () => {
        const url = new URL(`../fixtures/cli-json/${file}`, import.meta.url);
        const output = await run(argv);
        if (process.env.CLI_JSON_UPDATE) writeFileSync(url, output);
        expect(output).toBe(readFileSync(url, 'utf8'));
      });
    }
  });
});

describe('reckonReplacer', () => {
  describe('on whole results', () => {
    it('serialises an aggregation and a verdict as their documented JSON forms do, where they overlap', () => {
      const d = nscaleDataset();
      const rates = ratesFromList(d.rates);
      const result = aggregate(d.commitments, { to: 'EUR', rates, asOf: '2025-09-17', parties: d.parties });
      const plain = JSON.parse(JSON.stringify(result, reckonReplacer)) as {
        grandTotal: { commitments: unknown };
      };
      expect(plain.grandTotal.commitments).toEqual(aggregateResultToJSON(result).grandTotal.commitments);
      const conversion = d.conversions[0];
      if (!conversion) throw new Error('the dataset has a conversion');
      const v = checkConversion(conversion, rates);
      const back = JSON.parse(JSON.stringify(v, reckonReplacer)) as {
        from: unknown;
        best: { rate: { value: string } };
      };
      expect(back.from).toEqual(verdictToJSON(v).from);
      expect(back.best.rate.value).toBe(verdictToJSON(v).best?.rate);
    });
  });
});
