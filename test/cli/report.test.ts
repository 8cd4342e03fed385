import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { nscaleDatasetJSON } from '../../src/datasets/nscale-2025-09/index';
import { ukTechDatasetJSON } from '../../src/datasets/uk-tech-2025-09/index';
import { COMMITMENT_KINDS, COMMITMENT_STATUSES } from '../../src/index';
import type { DatasetJSON } from '../../src/schema/index';

const BIN = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'reckon-report-'));

function run(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, 'report', ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
function datasetFile(name: string, change: (d: DatasetJSON) => void): string {
  const d = structuredClone(nscaleDatasetJSON);
  change(d);
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(d));
  return path;
}
/** A source span of the dataset, reused: the quote still matches the text. */
const span = () =>
  structuredClone(nscaleDatasetJSON.commitments[0]?.source) as DatasetJSON['commitments'][0]['source'];

interface Row {
  party: { id: string };
  totals: Record<string, { low: string | null; high: string | null }>;
  converted?: { low: string | null; high: string | null; complete: boolean };
  issues: { code: string }[];
}
const json = (out: string) => JSON.parse(out) as { groups: Row[]; grandTotal: Omit<Row, 'party'> };

/** The chain of issue 12 in the Nscale dataset: the £500m stake is part of a £2bn project, part of the £11bn. */
const chainFile = () =>
  datasetFile('chain.json', (d) => {
    d.figures.push({
      id: 'gbp-2bn-project',
      figure: { currency: 'GBP', amount: '2000000000', qualifier: 'exact', quantum: '1000000000' },
      source: span(),
    });
    d.commitments.push({
      id: 'nscale-uk-project',
      kind: 'project',
      status: 'withdrawn',
      parties: [{ party: 'nscale', role: 'partner' }],
      amount: 'gbp-2bn-project',
      partOf: 'nvidia-uk-investment',
      source: span(),
    });
    const stake = d.commitments.find((c) => c.id === 'nvidia-nscale-stake');
    if (stake) stake.partOf = 'nscale-uk-project';
  });

/** GBP [120m, 170m] on a day before the dataset's first rate, OpenAI → Nscale. */
const missingRateFile = () =>
  datasetFile('missing-rate.json', (d) => {
    d.figures.push({
      id: 'gbp-120-170m',
      figure: {
        currency: 'GBP',
        amount: '120000000',
        max: '170000000',
        qualifier: 'range',
        quantum: '10000000',
      },
      source: span(),
    });
    d.commitments.push({
      id: 'openai-early',
      kind: 'investment',
      status: 'announced',
      date: '2025-09-01',
      parties: [
        { party: 'openai', role: 'investor' },
        { party: 'nscale', role: 'recipient' },
      ],
      amount: 'gbp-120-170m',
      source: span(),
    });
  });

describe('reckon report', () => {
  describe('no invented rows (issue 12)', () => {
    it('--by investor has no row for CoreWeave, whose only part is a valuation subject', () => {
      const r = run(['--by', 'investor']);
      expect(r.code).toBe(0);
      expect(r.out).not.toContain('CoreWeave (investor)');
      expect(r.out).toContain('CoreWeave: valuation $58bn');
      expect(json(run(['--by', 'investor', '--json']).out).groups.map((g) => g.party.id)).toEqual([
        'microsoft',
        'nscale',
        'nvidia',
      ]);
    });
    it('--by lender has no "Nscale (lender)": nobody lends in the dataset', () => {
      const r = run(['--by', 'lender']);
      expect(r.code).toBe(0);
      expect(r.out).not.toContain('(lender)');
      expect(r.out).toContain('Nscale: capital under management almost $700m');
    });
  });

  describe('a partOf chain through a withdrawn link (issue 12)', () => {
    for (const by of ['party', 'investor', 'recipient']) {
      it(`--by ${by}: the stake is not added on top of the £11bn, nor in the grand total`, () => {
        const r = json(run([chainFile(), '--by', by, '--json']).out);
        const party = by === 'recipient' ? 'nscale' : 'nvidia';
        expect(r.groups.find((g) => g.party.id === party)?.totals.GBP).toMatchObject({
          low: '0.00',
          high: '11000000000.00',
        });
        expect(r.grandTotal.totals.GBP).toMatchObject({ low: '0.00', high: '11000000000.00' });
      });
    }
    it('shows the stake as part of its direct whole', () => {
      expect(run([chainFile(), '--by', 'investor']).out).toContain(
        '∘ not added (part of nscale-uk-project): £500m',
      );
    });
  });

  describe('a missing rate never reads as a total (issue 12)', () => {
    it('says "incomplete" on the row and the grand-total line, with no number posing as the total', () => {
      const r = run([missingRateFile(), '--by', 'investor', '--to', 'EUR']);
      expect(r.code).toBe(0);
      const lines = r.out.split('\n');
      const openai = lines[lines.findIndex((l) => l.startsWith('OpenAI (investor)')) + 1] ?? '';
      expect(openai).toMatch(/total\s+£120m – £170m\s+≈ EUR incomplete \(a rate is missing\)$/);
      expect(r.out).not.toMatch(/€0 \(incomplete/);
      expect(r.out).not.toMatch(/≈ (up to )?€[\d.]+[mb]n? \(incomplete/);
      const grand = lines.find((l) => l.startsWith('Grand total')) ?? '';
      expect(grand).toContain('incomplete');
      expect(grand).toMatch(/≈ EUR incomplete \(≥ €[\d.]+bn; a rate is missing\)$/);
      expect(r.out).toContain('NO_RATE: no GBP→EUR rate on 2025-09-01 or in the 7 days before');
    });
    it('--json: the high end is null (unknown), the low end what was converted, complete false', () => {
      const r = json(run([missingRateFile(), '--by', 'investor', '--to', 'EUR', '--json']).out);
      const openai = r.groups.find((g) => g.party.id === 'openai');
      expect(openai?.converted).toMatchObject({ low: '0.00', high: null, complete: false });
      expect(openai?.issues.map((i) => i.code)).toEqual(['NO_RATE']);
      expect(r.grandTotal.converted).toMatchObject({ high: null, complete: false });
      expect(r.grandTotal.issues.map((i) => i.code)).toContain('NO_RATE');
    });
  });

  describe('reports that may be one commitment, told apart only by kind (G5)', () => {
    // Blackstone's £90bn: "£90 billion" an investment, "90 Milliarden Pfund" a pledge; no commitment keys.
    const kindsFile = () => {
      const d = structuredClone(ukTechDatasetJSON) as DatasetJSON;
      const mentions = (d.mentions ?? [])
        .filter((m) => m.id === '10-1' || m.id === '17-2')
        .map(({ commitment: _c, partOf: _p, ...m }) =>
          m.id === '17-2' ? { ...m, kind: 'pledge' as const } : m,
        );
      const path = join(dir, 'kinds.json');
      writeFileSync(path, JSON.stringify({ ...d, mentions }));
      return path;
    };

    it('totals £90bn–£180bn, not £180bn, and prints the KIND_SPLIT beside the row and the grand total', () => {
      const r = run([kindsFile(), '--by', 'investor', '--no-color']);
      expect(r.code).toBe(0);
      const row = r.out.slice(r.out.indexOf('Blackstone'), r.out.indexOf('Grand total'));
      expect(row).toMatch(/total {2}£90bn – £180bn /);
      expect(row).toMatch(/! KIND_SPLIT: .*group:10-1.*group:17-2|! KIND_SPLIT: .*group:17-2.*group:10-1/);
      expect(r.out.slice(r.out.indexOf('Grand total'))).toMatch(/! KIND_SPLIT: /);
    });

    it('gives the same interval and issue with --json', () => {
      const r = run([kindsFile(), '--by', 'investor', '--json']);
      const out = json(r.out);
      expect(out.grandTotal.totals.GBP).toMatchObject({ low: '90000000000.00', high: '180000000000.00' });
      expect(out.grandTotal.issues.map((i) => i.code)).toEqual(['KIND_SPLIT']);
    });

    it('prints the KIND_SPLIT in the HTML page too', () => {
      const html = join(dir, 'kinds.html');
      const r = run([kindsFile(), '--by', 'investor', '--html', html]);
      expect(r.code).toBe(0);
      const page = readFileSync(html, 'utf8');
      // Beside both totals, unfolded: the row's and the grand total's details are open.
      expect(
        page.match(/<details open>.*?<\/details>/g)?.filter((d) => d.includes('<code>KIND_SPLIT</code>')),
      ).toHaveLength(2);
    });
  });

  describe('a dataset of mentions in the rounding view (G9)', () => {
    it('counts a lone "£1.5 billion" as £1.45bn–£1.55bn, not widened by half a penny again', () => {
      const out = json(run(['uk-tech-2025-09', '--by', 'investor', '--view', 'rounding', '--json']).out);
      const palantir = out.groups.find((g) => g.party.id === 'palantir');
      expect(palantir?.totals.GBP).toMatchObject({ low: '1450000000.00', high: '1550000000.00' });
    });
  });

  describe('kinds and statuses in words, as the English HTML page writes them', () => {
    it('writes "equity stake", "under consideration", "capital under management", never a camelCase value', () => {
      const r = run(['--no-color']);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/£500m\s+equity stake, confirmed — nvidia-nscale-stake/);
      expect(r.out).toMatch(/\$1\.8bn\s+loan, under consideration — nscale-goldman-loan/);
      expect(r.out).toContain('∘ not added (capital under management): almost $700m');
      const camel = [...COMMITMENT_KINDS, ...COMMITMENT_STATUSES].filter((k) => /[A-Z]/.test(k));
      expect(camel.filter((k) => r.out.includes(k))).toEqual([]);
    });
    it('--kind still takes the dataset values, and names them for a value in words', () => {
      const r = run(['--kind', 'equityStake', '--status', 'confirmed', '--no-color']);
      expect(r.code).toBe(0);
      expect(r.out).toContain('equity stake, confirmed — nvidia-nscale-stake');
      const words = run(['--kind', 'equity stake']);
      expect(words.code).toBe(2);
      expect(words.err).toContain('equityStake');
    });
  });

  describe('options', () => {
    it('exits 2 naming the allowed values for a misspelt --allocation, --view or --by', () => {
      for (const [flag, value, allowed] of [
        ['--allocation', 'equl', 'unallocated, equal, full'],
        ['--view', 'round', 'nominal, rounding'],
        ['--by', 'investors', 'party, investor'],
      ] as const) {
        const r = run([flag, value]);
        expect(r.code).toBe(2);
        expect(r.err).toContain(allowed);
      }
    });
  });
});
