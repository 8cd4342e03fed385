import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { nscaleDatasetJSON } from '../../src/datasets/nscale-2025-09/index';
import { expectedBars, grandBars, rows, tagsWith } from '../report/parse';

const BIN = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'reckon-report-html-'));

function run(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, 'report', ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

interface Interval {
  currency: string;
  low: string | null;
  high: string | null;
}
interface Report {
  groups: { party: { id: string }; totals: Record<string, Interval>; converted?: Interval }[];
  grandTotal: { totals: Record<string, Interval>; converted?: Interval };
}

describe('reckon report --html', () => {
  describe('the checked conversions are exactly the verdicts of reckon check (G10, one code path)', () => {
    it.each([['uk-tech-2025-09'], ['nscale-2025-09']])('%s', (name) => {
      const page = run([name, '--to', 'EUR', '--html', '-']);
      expect(page.code).toBe(0);
      const onPage = [...page.out.matchAll(/data-verdict="([^"]*)" data-conversion="([^"]*)"/g)].map((m) => [
        m[2],
        m[1],
      ]);
      const checked = spawnSync(process.execPath, [BIN, 'check', name, '--json'], { encoding: 'utf8' });
      const json = JSON.parse(checked.stdout) as { conversions: { id: string; status?: string }[] };
      expect(onPage).toEqual(json.conversions.map((c) => [c.id, c.status ?? 'unchecked']));
      expect(onPage.length).toBeGreaterThan(0);
      expect(page.out).not.toMatch(/options\.window|unchecked/);
    });
  });

  describe('bars equal the JSON report for the same options', () => {
    const datasetFile = join(dir, 'nscale.json');
    writeFileSync(datasetFile, JSON.stringify(nscaleDatasetJSON));
    it.each([
      [[]],
      [['--to', 'EUR']],
      [['--by', 'investor', '--to', 'EUR', '--as-of', '2025-09-17']],
      [['--by', 'recipient', '--allocation', 'equal', '--to', 'USD']],
      [['--view', 'rounding', '--allocation', 'full', '--to', 'GBP']],
      [[datasetFile, '--by', 'investor', '--to', 'EUR']],
    ])('%j', (options) => {
      const json = run([...options, '--json']);
      const html = run([...options, '--html']);
      expect(json.code).toBe(0);
      expect(html.code).toBe(0);
      const report = JSON.parse(json.out) as Report;
      const page = rows(html.out);
      expect(page.map((r) => r.key).sort()).toEqual(report.groups.map((g) => g.party.id).sort());
      for (const g of report.groups)
        expect(page.find((r) => r.key === g.party.id)?.bars).toEqual(expectedBars(g));
      expect(grandBars(html.out)).toEqual(expectedBars(report.grandTotal));
    });
  });

  describe('the embedded dataset', () => {
    it('names the 17 Sep 2025 rate and the consistent £11bn → €12.68bn conversion', () => {
      const { code, out } = run(['--to', 'EUR', '--html', '-']);
      expect(code).toBe(0);
      expect(out.startsWith('<!doctype html>')).toBe(true);
      expect(tagsWith(out, 'rate')).toContainEqual({ rate: 'GBP/EUR', date: '2025-09-17' });
      expect(tagsWith(out, 'verdict')).toEqual([{ verdict: 'consistent', conversion: 'nvidia-gbp-eur' }]);
      expect(out).toContain('€12.68bn is £11bn at the ECB reference rate of 17 Sep 2025');
    });

    it('writes German with --lang de', () => {
      const { code, out } = run(['--html', '--lang', 'de']);
      expect(code).toBe(0);
      expect(out).toContain('<html lang="de">');
      expect(out).toMatch(/bis zu 11 Mrd\. £/);
    });
  });

  describe('output', () => {
    it('writes the page to a file, and nothing to stdout', () => {
      const file = join(dir, 'out.html');
      const { code, out, err } = run(['--to', 'EUR', '--html', file]);
      expect({ code, out, err }).toEqual({ code: 0, out: '', err: '' });
      const page = readFileSync(file, 'utf8');
      expect(page).toBe(run(['--to', 'EUR', '--html']).out);
      expect(page.endsWith('</html>\n')).toBe(true);
    });

    it('takes the dataset before --html and the page to stdout when --html is last', () => {
      const file = join(dir, 'data.json');
      writeFileSync(file, JSON.stringify(nscaleDatasetJSON));
      const { code, out } = run([file, '--html']);
      expect(code).toBe(0);
      expect(out).toContain(`data.json`);
    });
  });

  describe('usage errors (exit 2)', () => {
    it.each([
      [
        'a .json target, which would overwrite a dataset',
        ['--html', join(dir, 'nscale.json')],
        '--html writes an HTML page',
      ],
      ['--html with --json', ['--html', '--json'], 'choose one'],
      ['an unknown language', ['--html', '--lang', 'fr'], '--lang must be en or de'],
      ['--lang without --html', ['--lang', 'de'], '--lang applies to --html only'],
      ['a directory it cannot write to', ['--html', join(dir, 'missing', 'out.html')], 'cannot write'],
    ])('refuses %s', (_, args, message) => {
      const { code, out, err } = run(args);
      expect(code).toBe(2);
      expect(out).toBe('');
      expect(err).toContain(message);
    });

    it('leaves an existing dataset file alone when refusing', () => {
      const file = join(dir, 'keep.json');
      writeFileSync(file, '{"keep":true}');
      run(['--html', file]);
      expect(readFileSync(file, 'utf8')).toBe('{"keep":true}');
      expect(existsSync(file)).toBe(true);
    });
  });

  describe('--help', () => {
    it('documents --html and --lang', () => {
      const r = spawnSync(process.execPath, [BIN, 'report', '--help'], { encoding: 'utf8' });
      expect(r.stdout).toContain('--html [FILE]');
      expect(r.stdout).toContain('--lang L');
    });
  });
});
