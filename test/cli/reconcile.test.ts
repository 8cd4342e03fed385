import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { nscaleDatasetJSON } from '../../src/datasets/nscale-2025-09/index';
import { ukTechDatasetJSON } from '../../src/datasets/uk-tech-2025-09/index';

const BIN = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'reckon-reconcile-'));

function run(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input: '',
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}
/** An error is one clear line on stderr, without a stack trace. */
function oneLine(err: string) {
  expect(err.trim().split('\n')).toHaveLength(1);
  expect(err).toMatch(/^reckon: /);
  expect(err).not.toMatch(/\n\s+at /);
}

/** The uk-tech dataset with one mention's figure altered ×10 ("£22 billion" → "£220 billion"). */
function altered() {
  const json = structuredClone(ukTechDatasetJSON) as typeof ukTechDatasetJSON & Record<string, unknown>;
  const f = json.figures.find((x) => x.id === '05-0');
  if (!f) throw new Error('no 05-0');
  (f.figure as { amount: string }).amount = '220000000000';
  (f.figure as { quantum: string }).quantum = '10000000000';
  return json;
}

describe('reckon reconcile', () => {
  describe('the embedded uk-tech dataset', () => {
    it('lists the commitments with their amounts, sources and contradictions, and exits 0', () => {
      const r = run(['reconcile', '--no-color']);
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/83 mentions → 20 commitments, 7 contradictions, 0 ambiguous · window 14 days/);
      expect(r.out).toContain('microsoft-uk-2025-2028');
      expect(r.out).toContain('“30 Milliarden Pfund” (Byte Bucket');
    });

    it('exits 1 with --strict, as the real articles contradict each other', () => {
      expect(run(['reconcile', '--strict', '--no-color']).code).toBe(1);
    });

    it('gives the documented JSON, with --to, and the heuristics alone with --no-keys', () => {
      const r = run(['reconcile', '--json', '--no-keys', '--to', 'EUR']);
      expect(r.code).toBe(0);
      const json = JSON.parse(r.out);
      expect(json.dataset.id).toBe('uk-tech-2025-09');
      expect(json.settings).toMatchObject({ windowDays: 14, to: 'EUR' });
      const microsoft = json.groups.find((g: { mentions: { id: string }[] }) =>
        g.mentions.some((m) => m.id === '05-0'),
      );
      expect(microsoft.id).toMatch(/^group:/);
      expect(microsoft.converted.interval.currency).toBe('EUR');
    });

    it('makes more groups with --window-days 0, and gives the days to reconcile as windowDays', () => {
      const json = (days: string) =>
        JSON.parse(run(['reconcile', '--json', '--no-keys', '--window-days', days]).out);
      const none = json('0');
      expect(none.settings.windowDays).toBe(0);
      expect(none.groups.length).toBeGreaterThan(json('14').groups.length);
    });
  });

  describe('a dataset file', () => {
    it('reports a copy altered ×10 as a contradiction naming both sources, and fails with --strict', () => {
      const path = file('altered.json', altered());
      const r = run(['reconcile', path, '--no-keys', '--no-color', '--strict']);
      expect(r.code).toBe(1);
      expect(r.out).toMatch(/“£22 billion” \(ITPro, [^)]*\) contradicts/);
      expect(r.out).toMatch(/1\/10/);
    });

    it('fails --strict on "£22bn" against "£220bn", one source each, and reports one commitment (G2)', () => {
      const path = fileURLToPath(new URL('../fixtures/reconcile/one-vs-one.json', import.meta.url));
      const r = run(['reconcile', path, '--no-color', '--strict']);
      expect(r.code).toBe(1);
      expect(r.out).toMatch(/^2 mentions → 1 commitment, 1 contradiction/m);
    });

    it('names groups that differ only by kind (KIND_SPLIT) and fails --strict on them (G5)', () => {
      const json = structuredClone(ukTechDatasetJSON) as typeof ukTechDatasetJSON;
      const mentions = (json.mentions ?? [])
        .filter((m) => m.commitment === 'blackrock-uk-datacentres')
        .map((m) => (m.id === '25-4' ? { ...m, kind: 'pledge' as const } : m));
      const path = file('kinds.json', { ...json, mentions });
      expect(run(['reconcile', path, '--no-color', '--strict']).code).toBe(0);
      const r = run(['reconcile', path, '--no-keys', '--no-color', '--strict']);
      expect(r.out).toMatch(/KIND_SPLIT: .*investment.*pledge.*kindGroups/);
      expect(r.code).toBe(1);
      expect(run(['reconcile', path, '--no-keys', '--no-color']).code).toBe(0);
    });

    it('counts in words that agree with the number: "1 mention → 1 commitment"', () => {
      const one = (ukTechDatasetJSON.mentions ?? []).find(
        (m) => m.convertedFrom === undefined && m.partOf === undefined,
      );
      const path = file('one.json', { ...ukTechDatasetJSON, mentions: [one] });
      const r = run(['reconcile', path, '--no-color']);
      expect(r.err).toBe('');
      expect(r.out).toMatch(/^1 mention → 1 commitment, 0 contradictions, 0 ambiguous · window 14 days/m);
    });
  });

  describe('rates that miss the week', () => {
    // A valid ECB file whose only fix is of 2000: no mention can be converted into another currency.
    const old = () => file('old.csv', 'Date,USD,GBP,\n2000-01-03,1.0090,0.6194,\n');
    const blackrock = () => {
      const json = structuredClone(ukTechDatasetJSON) as typeof ukTechDatasetJSON;
      return {
        ...json,
        mentions: (json.mentions ?? []).filter((m) => m.commitment === 'blackrock-uk-datacentres'),
      };
    };

    it('still compares the mentions in one currency: "30 Milliarden Pfund" contradicts "£22 billion" (F7)', () => {
      const r = run(['reconcile', '--no-color', '--rates', old()]);
      expect(r.out).toMatch(/“30 Milliarden Pfund” \(Byte Bucket[^\n]*contradicts/);
      expect(r.out).toMatch(/NO_RATE/);
    });

    it('is not green with --strict when mentions could not be compared, though none contradicts (F7)', () => {
      const path = file('blackrock.json', blackrock());
      expect(run(['reconcile', path, '--strict', '--no-color']).code).toBe(0);
      const r = run(['reconcile', path, '--strict', '--no-color', '--rates', old()]);
      expect(r.out).toMatch(/0 contradictions/);
      expect(r.out).toMatch(/not checked, no rate/);
      expect(r.code).toBe(1);
      expect(run(['reconcile', path, '--no-color', '--rates', old()]).code).toBe(0);
    });
  });

  describe('bad usage', () => {
    it.each([
      [['reconcile', '--window-days', 'two'], /--window-days must be a whole number/],
      [['reconcile', '--window-days', '2025-09-17..2025-09-19'], /--window-days must be a whole number/],
      [['reconcile', '--to', 'XYZ'], /--to must be an ISO 4217/],
      [['reconcile', 'nscale-2025-09'], /has no mentions to reconcile/],
      [['reconcile', join(dir, 'missing.json')], /missing\.json/],
      [['reconcile', '--frobnicate'], /see reckon reconcile --help/],
    ])('%j fails with one line and exit 2', (args, message) => {
      const r = run(args as string[]);
      expect(r.code).toBe(2);
      oneLine(r.err);
      expect(r.err).toMatch(message);
    });

    it.each([[['reconcile', '--window', '7']], [['reconcile', '--window=7']], [['reconcile', '--window']]])(
      '%j: the old --window names the new --window-days and check’s --window, with exit 2',
      (args) => {
        const r = run(args as string[]);
        expect(r.code).toBe(2);
        oneLine(r.err);
        expect(r.err).toContain('--window is now --window-days in reckon reconcile');
        expect(r.err).toContain('--window FROM..TO is reckon check');
        expect(r.out).toBe('');
      },
    );

    it('suggests --window-days for a misspelled --windw', () => {
      expect(run(['reconcile', '--windw', '3']).err).toContain('did you mean --window-days?');
    });

    it('fails on a dataset file without mentions', () => {
      const r = run(['reconcile', file('nscale.json', nscaleDatasetJSON)]);
      expect(r.code).toBe(2);
      oneLine(r.err);
    });
  });

  it('explains itself with --help', () => {
    const r = run(['reconcile', '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/--window-days N/);
    expect(r.out).not.toMatch(/--window /);
    expect(r.out).toMatch(/--strict/);
    expect(run(['--help']).out).toMatch(/reconcile \[dataset\]/);
  });
});

describe('reckon report on the uk-tech dataset', () => {
  it('shows totals per company with the number of sources behind each row', () => {
    const r = run(['report', 'uk-tech-2025-09', '--by', 'investor', '--no-color']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Google \(investor\)\n {2}total {2}£5bn {3}\(7 sources\)/);
    // Nominal bounds mean what the articles say: "up to £11bn" is a £11bn ceiling, "£1.5bn" is £1.5bn (G9).
    expect(r.out).toMatch(/Nvidia \(investor\)\n {2}total {2}£2bn – £13bn \+ \$500m/);
    expect(r.out).toMatch(/Palantir \(investor\)\n {2}total {2}£1\.5bn /);
    const rounding = run([
      'report',
      'uk-tech-2025-09',
      '--by',
      'investor',
      '--view',
      'rounding',
      '--no-color',
    ]);
    expect(rounding.out).toMatch(/rounding bounds/);
    expect(rounding.out).toMatch(/Palantir \(investor\)\n {2}total {2}£1\.45bn – £1\.55bn /);
    // Microsoft's capital expenditure is part of its £22bn: listed, never added on top.
    expect(r.out).toMatch(/not added \(part of microsoft-uk-2025-2028\)/);
  });

  it('never counts a recipient as the investor of the money it receives (G4)', () => {
    const r = run(['report', 'uk-tech-2025-09', '--by', 'investor', '--no-color']);
    expect(r.out).toMatch(/CoreWeave \(investor\)\n {2}total {2}£1\.5bn {3}\(1 source\)/);
    expect(r.out).not.toMatch(/^Nscale \(investor\)/m);
    const rec = run(['reconcile', 'uk-tech-2025-09', '--no-color']);
    expect(rec.out).toMatch(
      /ROLE_DISAGREEMENT: nvidia-uk-ai-infrastructure: the sources disagree on the role of coreweave/,
    );
  });

  it('lists the reports set aside as contradictions, per row and in the HTML page (G12)', () => {
    const r = run(['report', 'uk-tech-2025-09', '--by', 'investor', '--no-color']);
    expect(r.out).toMatch(
      /✗ 2 reports contradict microsoft-uk-2025-2028, not counted: .*“30 Milliarden Pfund” \(Byte Bucket\)/,
    );
    expect(r.out).toMatch(
      /7 reports were set aside as contradicting the others and not counted .*reckon reconcile uk-tech-2025-09/,
    );
    const html = run(['report', 'uk-tech-2025-09', '--by', 'investor', '--html', '-']);
    expect(html.out).toMatch(/Contradictions: 7 reports not counted/);
    expect(html.out).toMatch(/“30 Milliarden Pfund” \(Byte Bucket\)/);
    expect(html.out).toContain(
      '<section class="contradictions"><h2>Contradictions: 7 reports not counted</h2><p>These reports give an amount the other sources of the same commitment do not allow; they are left out of the totals. <code>reckon reconcile uk-tech-2025-09</code> shows each with the sources it contradicts.</p><ul>',
    );
  });

  it('words the contradictions section of the HTML page in the language of the page', () => {
    const de = run(['report', 'uk-tech-2025-09', '--by', 'investor', '--html', '-', '--lang', 'de']);
    expect(de.out).toContain('<h2>Widersprüche: 7 Berichte nicht gezählt</h2>');
    expect(de.out).toContain('<code>reckon reconcile uk-tech-2025-09</code> zeigt jeden');
    expect(de.out).toMatch(/„30 Milliarden Pfund“ \(Byte Bucket\)/);
    expect(de.out).not.toContain('Contradictions');
  });

  it('gives the sources per row in --json', () => {
    const json = JSON.parse(run(['report', 'uk-tech-2025-09', '--by', 'investor', '--json']).out);
    const google = json.groups.find((g: { party: { id: string } }) => g.party.id === 'google');
    expect(google.sources).toBe(7);
    expect(google.commitments).toEqual(['google-uk-2025-2027']);
  });
});
