import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type UkdcJSON, ukdc, withUsdTwin } from '../dataset/ukdc-fixture';
import { runCli } from '../helpers';

const dir = mkdtempSync(join(tmpdir(), 'reckon-slips-'));
const run = (args: string[]) => runCli(args);

function file(name: string, d: UkdcJSON): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(d));
  return path;
}

/** Review K10: the ECB's EUR/USD 1.0915 and a wire's "1 USD = 0.9162 EUR" on the same day. */
const inverseRates = () => {
  const d = ukdc();
  d.rates.push({ base: 'USD', quote: 'EUR', value: '0.9162', date: '2024-10-14', source: 'wire' });
  return file('inverse.json', d);
};

describe('reckon validate', () => {
  describe('a rate given in both directions for one day (K10)', () => {
    it('exits 1 and names the second rate by its path', () => {
      const r = run(['validate', inverseRates()]);
      expect(r.code).toBe(1);
      expect(r.out).toMatch(/rates\.2: .*USD\/EUR.*\[INVALID_DATASET\]/);
    });
  });

  describe('a figure and its conversion as two commitments (K15)', () => {
    it('exits 1 with DUPLICATE_FIGURE at the second amount', () => {
      const r = run(['validate', file('twin.json', withUsdTwin(ukdc())), '--json']);
      expect(r.code).toBe(1);
      expect(JSON.parse(r.out).issues).toEqual([
        expect.objectContaining({ code: 'DUPLICATE_FIGURE', path: ['commitments', 1, 'amount'] }),
      ]);
    });
  });

  describe('a conversion whose figure is in another document (K16)', () => {
    it('exits 1 naming the conversion side', () => {
      const d = ukdc();
      d.conversions[0] = { ...d.conversions[0], to: 'xq-8-2' } as (typeof d.conversions)[number];
      const r = run(['validate', file('mismatch.json', d), '--json']);
      expect(r.code).toBe(1);
      expect(JSON.parse(r.out).issues.map((i: { path: unknown[] }) => i.path.join('.'))).toEqual([
        'conversions.0.to',
      ]);
    });
  });
});

describe('the commands that read a dataset', () => {
  describe.each([
    ['check', []],
    ['report', ['--to', 'EUR']],
    ['reconcile', []],
  ])('reckon %s on a rate given in both directions (K10)', (command, rest) => {
    it('exits 2 with one line naming the same path as validate, and nothing "kept"', () => {
      const r = run([command, inverseRates(), ...rest]);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err).toMatch(/not a valid dataset: .* at rates\.2: /);
      expect(r.err).not.toMatch(/first is kept/);
    });
  });

  describe('reckon report on a figure and its conversion as two commitments (K15)', () => {
    it('exits 2 naming the duplicate instead of adding both', () => {
      const r = run(['report', file('twin-report.json', withUsdTwin(ukdc())), '--to', 'EUR']);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toMatch(/at commitments\.1\.amount: /);
    });
  });
});

describe('reckon reconcile', () => {
  describe('one commitment under two keys, a typo on one outlet (K8)', () => {
    const typo = (key: string) => {
      const d = ukdc();
      const investors = d.commitments[0]?.parties ?? [];
      d.mentions = [
        { id: 'sw', figure: 'sw-6-3', parties: investors, kind: 'investment', commitment: 'uk-dc-combined' },
        { id: 'xq', figure: 'xq-6-3', parties: investors, kind: 'investment', commitment: key },
      ];
      d.commitments = [];
      return file(`typo-${key}.json`, d);
    };

    it('prints a KEY_SPLIT warning naming both keys; exit 0, and 1 with --strict', () => {
      const r = run(['reconcile', typo('uk-dc-combine'), '--no-color']);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/KEY_SPLIT: uk-dc-combine and uk-dc-combined /);
      expect(run(['reconcile', typo('uk-dc-combine'), '--strict']).code).toBe(1);
    });

    it('reckon validate prints it as a warning (exit 0), and --json lists it under warnings', () => {
      const r = run(['validate', typo('uk-dc-combine'), '--no-color']);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/valid dataset[\s\S]*KEY_SPLIT: uk-dc-combine and uk-dc-combined /);
      const json = JSON.parse(run(['validate', typo('uk-dc-combine'), '--json']).out);
      expect(json).toMatchObject({ valid: true, issues: [], warnings: [{ code: 'KEY_SPLIT' }] });
      expect(JSON.parse(run(['validate', typo('uk-dc-combined'), '--json']).out)).toEqual({
        valid: true,
        issues: [],
      });
    });

    it('passes --strict when the keys agree', () => {
      const r = run(['reconcile', typo('uk-dc-combined'), '--strict', '--no-color']);
      expect(r.out).not.toMatch(/KEY_SPLIT/);
      expect(r.code).toBe(0);
    });
  });
});
