import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
/** The third user review's repro file of currency names (review3 H1), one sentence a line. */
const FILE = fileURLToPath(new URL('../fixtures/currency-names-en.txt', import.meta.url));

interface JsonFigure {
  currency: string;
  amount: string;
  line: number;
  convertedFrom?: number;
}

describe('reckon extract', () => {
  describe('a file of currency names', () => {
    it('reads every named figure, one per line, and pairs the yuan with its dollars', () => {
      const r = spawnSync(process.execPath, [BIN, 'extract', FILE, '--json'], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '' },
      });
      expect(r.status, r.stderr).toBe(0);
      const figures = (JSON.parse(r.stdout) as { figures: JsonFigure[] }).figures;
      expect(
        figures.map((f) => `${f.line} ${f.currency} ${f.amount}${f.convertedFrom === undefined ? '' : ' <'}`),
      ).toEqual([
        '1 CNY 10000000000',
        '1 USD 1400000000 <',
        '2 JPY 1200000000000',
        '3 KRW 5000000000000',
        '4 INR 500000000000',
        '5 CHF 1500000000',
        '6 SEK 2000000000',
        '7 NOK 3000000000',
        '8 DKK 1000000000',
        '9 ZAR 20000000000',
        '10 BRL 100000000000',
        // Line 11, "2 trillion pesos": which peso is not said, so nothing is read.
        '12 TRY 50000000000',
        '13 RUB 1000000000000',
        '14 PLN 10000000000',
      ]);
    });
  });
});
