import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { nscaleArticle, nscaleDataset, nscaleDatasetJSON } from '../../src/datasets/nscale-2025-09/index';
import { aggregate, checkConversion, figureToJSON, staticRates, toDecimalString } from '../../src/index';
import { datasetJSONSchema, datasetToJSON, parseDataset } from '../../src/schema/index';

const dataset = nscaleDataset();
const text = nscaleArticle();

describe('the Nscale dataset', () => {
  it('parses with the schema and is cached', () => {
    expect(datasetJSONSchema.safeParse(nscaleDatasetJSON).success).toBe(true);
    expect(nscaleDataset()).toBe(dataset);
    expect(dataset.documents[0]?.publishedDate).toBe('2025-09-18');
    expect(dataset.documents[0]?.author).toBe('Nicolas Ebert');
    expect(text.startsWith('Am Dienstag stellte Nscale')).toBe(true);
    expect(text.endsWith('wallstreetONLINE Redaktion')).toBe(true);
  });

  it('cites every quote at its exact offsets', () => {
    const spans = [
      ...dataset.figures.map((f) => f.source),
      ...dataset.commitments.map((c) => c.source),
      ...dataset.conversions.map((c) => c.source),
      ...dataset.capacities.map((c) => c.source),
    ];
    expect(spans.length).toBe(9 + 11 + 1 + 7);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.quote);
  });

  it('holds nine money figures and seven GPU figures', () => {
    const money = dataset.figures.map((f) => {
      const j = figureToJSON(f.figure);
      return `${j.currency} ${j.amount}`;
    });
    expect(money.sort()).toEqual(
      [
        'USD 6200000000',
        'USD 1000000000',
        'USD 700000000',
        'USD 15500000000',
        'USD 58000000000',
        'USD 1800000000',
        'GBP 11000000000',
        'GBP 500000000',
        'EUR 12680000000',
      ].sort(),
    );
    const gpus = dataset.capacities.filter((c) => c.unit === 'GPU').map((c) => c.value);
    expect(gpus.sort()).toEqual(['100000', '23040', '8000', '31000', '50000', '150000', '350000'].sort());
  });

  it('reads the article as it means: "up to", "almost", a loan *of* $1.8bn', () => {
    const byId = new Map(dataset.figures.map((f) => [f.id, f.figure]));
    expect(byId.get('gbp-11bn-nvidia')?.qualifier).toBe('upTo');
    expect(byId.get('usd-700m-capital')?.qualifier).toBe('almost');
    expect(byId.get('usd-1-8bn-loan')?.qualifier).toBe('exact');
    const loan = dataset.commitments.find((c) => c.id === 'nscale-goldman-loan');
    expect([loan?.kind, loan?.status, loan?.attributedTo]).toEqual([
      'loan',
      'underConsideration',
      'Bloomberg',
    ]);
    const contract = dataset.commitments.find((c) => c.id === 'nscale-norway-hyperscale-project');
    expect(contract?.parties).toContainEqual({ party: 'microsoft', role: 'customer' });
    expect(contract?.date).toBe('2025-09-16');
    expect(dataset.commitments.find((c) => c.id === 'nscale-series-a')?.amount).toBeUndefined();
    expect(dataset.parties.map((p) => p.id)).toEqual(
      expect.arrayContaining([
        'nscale',
        'microsoft',
        'aker',
        'nvidia',
        'openai',
        'coreweave',
        'goldman-sachs',
      ]),
    );
  });

  it('checks its own conversion offline: consistent with the 2025-09-17 fix', () => {
    const [snapshot] = dataset.conversions;
    if (!snapshot) throw new Error('no conversion');
    const v = checkConversion(snapshot, staticRates(dataset.rates));
    expect(v.status).toBe('consistent');
    expect(v.best?.date).toBe('2025-09-17');
  });

  it('aggregates by investor in EUR at the 2025-09-17 fix', () => {
    const r = aggregate(dataset.commitments, {
      by: 'investor',
      to: 'EUR',
      rates: staticRates(dataset.rates),
      asOf: '2025-09-17',
      parties: dataset.parties,
    });
    const nvidia = r.groups.find((g) => g.party === 'nvidia');
    const microsoft = r.groups.find((g) => g.party === 'microsoft');
    const d = (m: unknown) => (m ? toDecimalString(m as Parameters<typeof toDecimalString>[0]) : null);
    expect([d(nvidia?.converted?.low), d(nvidia?.converted?.high)]).toEqual([
      '576368876.08',
      '13256484149.86',
    ]);
    expect([d(microsoft?.totals.USD?.low), d(microsoft?.totals.USD?.high)]).toEqual([
      '15500000000.00',
      '15500000000.00',
    ]);
  });

  it('round-trips through datasetToJSON', () => {
    const json = JSON.parse(JSON.stringify(datasetToJSON(dataset)));
    expect(json).toEqual(nscaleDatasetJSON);
    expect(datasetToJSON(parseDataset(json))).toEqual(json);
  });
});

const root = fileURLToPath(new URL('../..', import.meta.url));
const seed = new URL('../../../shared/seed/000_c2d34808f9004421.txt', import.meta.url);

describe.skipIf(!existsSync(seed))('the committed dataset file (needs ../shared/seed)', () => {
  it('is what scripts/build-nscale-dataset.ts builds from the seed article (its --check)', () => {
    // A subprocess: test/ and scripts/ do not import each other.
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-nscale-dataset.ts', '--check'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('is up to date');
  });
});

describe('nscaleDataset immutability', () => {
  it('is deeply frozen, so one caller cannot change what another sees', () => {
    const d = nscaleDataset();
    expect(() => (d.commitments as unknown as unknown[]).push({})).toThrow(TypeError);
    expect(() => {
      (d.parties[0] as { name: string }).name = 'x';
    }).toThrow(TypeError);
    expect(() => (nscaleDatasetJSON.figures as unknown as unknown[]).push({})).toThrow(TypeError);
    expect(nscaleDataset().parties[0]?.name).not.toBe('x');
    expect(nscaleDataset()).toBe(d);
  });
});
