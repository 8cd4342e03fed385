import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { nscaleDatasetJSON } from '../../src/datasets/nscale-2025-09/index';

const BIN = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'reckon-cli-'));

function run(args: string[], input?: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input: input ?? '',
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
/** An error is one clear line on stderr, without a stack trace. */
function oneLine(err: string) {
  expect(err.trim().split('\n')).toHaveLength(1);
  expect(err).toMatch(/^reckon: /);
  expect(err).not.toMatch(/\n\s+at /);
}

const interval = z.object({
  currency: z.string().regex(/^[A-Z]{3}$/),
  low: z
    .string()
    .regex(/^-?\d+(\.\d+)?$/)
    .nullable(),
  high: z
    .string()
    .regex(/^-?\d+(\.\d+)?$/)
    .nullable(),
  lowInclusive: z.boolean(),
  highInclusive: z.boolean(),
});
const totals = z.object({
  totals: z.record(z.string(), interval),
  converted: interval.extend({ complete: z.boolean() }).optional(),
  commitments: z.array(z.string()),
  notAdded: z.array(
    z
      .object({
        commitment: z.string(),
        kind: z.string(),
        reason: z.enum(['notAdditive', 'partOf', 'withdrawn']),
      })
      .passthrough(),
  ),
  withoutAmount: z.array(z.string()),
  count: z.number().int().nonnegative(),
  issues: z.array(
    z.object({ code: z.string(), message: z.string(), path: z.array(z.union([z.string(), z.number()])) }),
  ),
  rates: z.array(z.object({ base: z.string(), quote: z.string(), substituted: z.boolean() }).passthrough()),
});
const reportSchema = z.object({
  dataset: z.object({ id: z.string(), source: z.string() }),
  by: z.string(),
  allocation: z.string(),
  view: z.string(),
  groups: z.array(totals.extend({ party: z.object({ id: z.string(), name: z.string() }), role: z.string() })),
  grandTotal: totals,
  rates: z.array(
    z.object({
      base: z.string(),
      quote: z.string(),
      value: z.string(),
      date: z.string(),
      requestedDate: z.string(),
      source: z.string(),
      substituted: z.boolean(),
    }),
  ),
});

describe('reckon (the built binary)', () => {
  describe('small inconsistencies (G15)', () => {
    it('validate accepts an embedded dataset by name, like report, check and reconcile', () => {
      const r = run(['validate', 'uk-tech-2025-09']);
      expect([r.code, r.out]).toEqual([0, expect.stringContaining('is a valid dataset: 25 document(s)')]);
    });
    it('a negative value after a space gets the same message as with "="', () => {
      for (const [command, flag, value] of [
        ['check', '--tolerance', '-5'],
        ['reconcile', '--window-days', '-1'],
      ] as const) {
        const spaced = run([command, flag, value]);
        const joined = run([command, `${flag}=${value}`]);
        expect([spaced.code, spaced.err]).toEqual([2, joined.err]);
        expect(spaced.err).toContain(`got "${value}"`);
        expect(spaced.err).not.toMatch(/ambiguous/);
      }
    });
    it('--dollar usd is --dollar USD, as --to eur is --to EUR', () => {
      const lower = run(['extract', '-', '--dollar', 'usd', '--json'], 'A $5bn deal.');
      const upper = run(['extract', '-', '--dollar', 'USD', '--json'], 'A $5bn deal.');
      expect([lower.code, lower.out]).toEqual([0, upper.out]);
    });
  });

  describe('report', () => {
    it('reports on the embedded dataset by default, showing the joint £11bn as an upper bound', () => {
      const r = run(['report']);
      expect(r.code).toBe(0);
      for (const name of ['Nscale', 'Nvidia', 'Microsoft', 'CoreWeave']) expect(r.out).toContain(name);
      expect(r.out).toMatch(/up to £11bn\s+investment, announced — nvidia-uk-investment; joint with/);
      expect(r.out).toContain('Not added: stocks and marks');
      expect(r.out).toContain('valuation $58bn');
      expect(r.out).toContain('No amount given');
      expect(r.out).not.toContain('\u001b['); // no colours when not on a TTY
      expect(r.err).toBe('');
    });
    it('converts by investor into EUR at one day, naming the rates', () => {
      const r = run(['report', '--by', 'investor', '--to', 'EUR', '--as-of', '2025-09-17']);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/Nvidia \(investor\)\n\s+total\s+£0\.5bn – £11\.5bn\s+≈ €0\.57bn – €13\.26bn/);
      expect(r.out).toContain('1 GBP = 1.152738 EUR (ECB, fix of 2025-09-17)');
    });
    it('prints the documented JSON shape with exact strings', () => {
      const r = run(['report', '--by', 'investor', '--to', 'EUR', '--as-of', '2025-09-17', '--json']);
      expect(r.code).toBe(0);
      const json = reportSchema.parse(JSON.parse(r.out));
      const nvidia = json.groups.find((g) => g.party.id === 'nvidia');
      expect(nvidia?.totals.GBP).toMatchObject({ low: '500000000.00', high: '11500000000.00' });
      expect(nvidia?.converted).toMatchObject({
        low: '576368876.08',
        high: '13256484149.86',
        complete: true,
      });
      expect(json.rates[0]).toMatchObject({
        base: 'GBP',
        quote: 'EUR',
        value: '400/347',
        date: '2025-09-17',
      });
    });
    it('filters by kind and status', () => {
      const r = reportSchema.parse(JSON.parse(run(['report', '--kind', 'equityStake', '--json']).out));
      expect(Object.keys(r.grandTotal.totals)).toEqual(['GBP']);
      const s = reportSchema.parse(
        JSON.parse(run(['report', '--status', 'underConsideration', '--json']).out),
      );
      expect(s.grandTotal.commitments).toEqual(['nscale-goldman-loan']);
    });
    it('reads ECB rates from a file', () => {
      const rates = file('rates.csv', 'Date,USD,GBP,\n2025-09-17,1.1837,0.8675,\n2025-09-18,1.1818,0.868,\n');
      const r = run(['report', '--to', 'GBP', '--rates', rates, '--json']);
      expect(r.code).toBe(0);
      expect(reportSchema.parse(JSON.parse(r.out)).rates.every((x) => x.source === 'ECB')).toBe(true);
    });
    it('exits 2 with one line for bad options', () => {
      for (const args of [
        ['report', '--by', 'owner'],
        ['report', '--to', 'EURO'],
        ['report', '--to', 'EUR', '--as-of', 'yesterday'],
        ['report', '--kind', 'gift'],
        ['report', '--rates', 'x.csv'],
        ['report', '--frobnicate'],
        ['report', 'a.json', 'b.json'],
      ]) {
        const r = run(args);
        expect(r.code, args.join(' ')).toBe(2);
        oneLine(r.err);
      }
    });
  });

  describe('check', () => {
    it('explains every conversion and exits 0 when all are consistent', () => {
      const r = run(['check']);
      expect(r.code).toBe(0);
      expect(r.out).toContain(
        '€12.68bn is £11bn at the ECB reference rate of 17 Sep 2025 (0.8675 GBP per EUR), within 0.1 bp.',
      );
      const json = JSON.parse(run(['check', '--json']).out);
      z.object({
        conversions: z.array(
          z
            .object({
              id: z.string(),
              status: z.string(),
              explanation: z.string(),
              best: z.object({ date: z.string() }).passthrough(),
            })
            .passthrough(),
        ),
      }).parse(json);
      expect(json.conversions[0].best.date).toBe('2025-09-17');
    });
    it('exits 1 when a conversion is inconsistent', () => {
      const bad = structuredClone(nscaleDatasetJSON);
      const eur = bad.figures.find((f) => f.id === 'eur-12-68bn-nvidia');
      if (eur) eur.figure.amount = '14680000000';
      const r = run(['check', file('bad-conversion.json', JSON.stringify(bad))]);
      expect(r.code).toBe(1);
      expect(r.out).toContain('inconsistent');
    });
  });

  describe('extract', () => {
    const text =
      'Intro line.\nNvidia investiert bis zu 11 Milliarden Pfund (12,68 Milliarden Euro) in Nscale.';
    it('lists figures with line:column from a file', () => {
      const r = run(['extract', file('article.txt', text)]);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/1\. 2:19\s+bis zu 11 Milliarden Pfund\s+up to £11bn \[upTo\]/);
      expect(r.out).toMatch(/2\. 2:47\s+12,68 Milliarden Euro\s+€12.68bn \[exact\]\s+\(converted from #1\)/);
    });
    it('reads standard input with "-" and prints JSON', () => {
      const r = run(['extract', '-', '--json'], text);
      const json = JSON.parse(r.out);
      expect(json.figures[1]).toMatchObject({
        currency: 'EUR',
        amount: '12680000000',
        line: 2,
        column: 47,
        convertedFrom: 0,
      });
      expect(json.conversions).toEqual([{ from: 0, to: 1 }]);
    });
    it('exits 2 for an unreadable file and a bad --lang', () => {
      const r = run(['extract', join(dir, 'missing.txt')]);
      expect(r.code).toBe(2);
      oneLine(r.err);
      expect(r.err).toContain('no such file');
      const l = run(['extract', '-', '--lang', 'fr'], 'x');
      expect(l.code).toBe(2);
      oneLine(l.err);
    });
  });

  describe('validate', () => {
    it('exits 0 for a valid dataset', () => {
      const r = run(['validate', file('ok.json', JSON.stringify(nscaleDatasetJSON))]);
      expect(r.code).toBe(0);
      expect(r.out).toContain('is a valid dataset: 1 document(s), 7 parties, 9 figures, 11 commitments');
    });
    it('lists every issue with its JSON path and exits 1', () => {
      const bad = structuredClone(nscaleDatasetJSON) as { commitments: { parties: { party: string }[] }[] };
      (bad.commitments[0]?.parties[0] as { party: string }).party = 'amazon';
      (bad.commitments[1]?.parties[0] as { party: string }).party = 'intel';
      const r = run(['validate', file('bad.json', JSON.stringify(bad))]);
      expect(r.code).toBe(1);
      expect(r.out).toContain(
        'commitments.0.parties.0.party: nscale-norway-hyperscale-project: unknown party "amazon" [UNKNOWN_PARTY]',
      );
      expect(r.out).toContain('commitments.1.parties.0.party');
      const json = JSON.parse(run(['validate', file('bad.json', JSON.stringify(bad)), '--json']).out);
      expect(json.issues).toHaveLength(2);
    });
    it('exits 2 with one line for malformed JSON, a missing file, no file', () => {
      for (const args of [
        ['validate', file('broken.json', '{ "version": 1,')],
        ['validate', join(dir, 'nope.json')],
        ['validate'],
      ]) {
        const r = run(args);
        expect(r.code).toBe(2);
        oneLine(r.err);
      }
    });
    it('report on an invalid dataset exits 2 and points to validate', () => {
      const r = run(['report', file('bad2.json', '{"version":1}')]);
      expect(r.code).toBe(2);
      oneLine(r.err);
      expect(r.err).toContain('reckon validate');
    });
  });

  describe('help, version, colours, unknown input', () => {
    it('prints help for reckon and each command, with examples', () => {
      expect(run(['--help']).out).toContain('Usage: reckon <command>');
      for (const c of ['report', 'check', 'extract', 'validate']) {
        const r = run([c, '--help']);
        expect(r.code).toBe(0);
        expect(r.out).toContain(`Usage: reckon ${c}`);
        expect(r.out).toContain('Examples:');
      }
    });
    it('prints the version', () => {
      expect(run(['--version']).out.trim()).toMatch(/^\d+\.\d+\.\d+/);
    });
    const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
    it.skipIf(!hasScript)(
      'colours only on a terminal, and never with NO_COLOR (run under a pty by script(1))',
      () => {
        const cmd = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} check`;
        const tty = spawnSync('script', ['-qc', cmd, '/dev/null'], {
          encoding: 'utf8',
          env: { PATH: process.env.PATH ?? '' },
        });
        expect(tty.stdout).toContain('\u001b[32m');
        const plain = spawnSync('script', ['-qc', cmd, '/dev/null'], {
          encoding: 'utf8',
          env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
        });
        expect(plain.stdout).toContain('consistent');
        expect(plain.stdout).not.toContain('\u001b[');
      },
    );
    it('exits 2 for an unknown command or flag, with one line', () => {
      for (const args of [['frobnicate'], ['check', '--nope']]) {
        const r = run(args);
        expect(r.code).toBe(2);
        oneLine(r.err);
      }
    });
    it('names a misspelled flag of every command as an unknown option, with a close spelling', () => {
      for (const command of ['report', 'check', 'extract', 'reconcile', 'validate']) {
        const r = run([command, '--windw', '3']);
        expect(r.code).toBe(2);
        oneLine(r.err);
        expect(r.err).toContain(`--windw is an unknown option of reckon ${command}`);
      }
      expect(run(['check', '--windw', '3']).err).toContain('did you mean --window?');
      expect(run(['reconcile', '--windw', '3']).err).toContain('did you mean --window-days?');
    });
  });
});
