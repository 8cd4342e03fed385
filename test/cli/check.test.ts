import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { nscaleDatasetJSON } from '../../src/datasets/nscale-2025-09/index';
import { figureToJSON, parseFigure } from '../../src/index';
import { DAILY_XML, EDGE_CSV, HIST_CSV } from '../rates/fixtures';

const BIN = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'reckon-check-'));

function run(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input: '',
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

interface Reported {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly eventDate?: string;
  readonly publishedDate?: string;
}
type RateJSON = (typeof nscaleDatasetJSON.rates)[number];

/**
 * A dataset file whose document says "£11bn (€14bn). …" and cites each pair as a reported conversion,
 * with the embedded dataset's ECB fixes of 15–19 Sep 2025 unless other rates are given.
 */
function dataset(
  name: string,
  reported: readonly Reported[],
  rates: readonly RateJSON[] = nscaleDatasetJSON.rates,
) {
  let text = '';
  const figures = [];
  const conversions = [];
  const span = (quote: string) => {
    const start = text.length;
    text += quote;
    return { document: 'article', start, end: text.length, quote };
  };
  for (const r of reported) {
    const from = span(r.from);
    text += ' (';
    const to = span(r.to);
    const pair = span(')');
    text += '. ';
    figures.push({ id: `${r.id}-from`, figure: figureToJSON(parseFigure(r.from)), source: from });
    figures.push({ id: `${r.id}-to`, figure: figureToJSON(parseFigure(r.to)), source: to });
    conversions.push({
      id: r.id,
      from: `${r.id}-from`,
      to: `${r.id}-to`,
      ...(r.eventDate ? { eventDate: r.eventDate } : {}),
      ...(r.publishedDate ? { publishedDate: r.publishedDate } : {}),
      source: { ...pair, start: from.start, quote: text.slice(from.start, pair.end) },
    });
  }
  const json = {
    version: 1,
    id: 'check-cases',
    documents: [{ id: 'article', publishedDate: '2025-09-18', language: 'en', text }],
    parties: [],
    figures,
    commitments: [],
    conversions,
    capacities: [],
    rates,
  };
  return file(name, JSON.stringify(json));
}
const published = (id: string, to: string, publishedDate = '2025-09-18'): Reported => ({
  id,
  from: '£11bn',
  to,
  publishedDate,
});
/** The verdicts of `reckon check --json`, by id. */
function verdicts(args: string[]) {
  const r = run([...args, '--json']);
  const json = JSON.parse(r.out) as {
    conversions: {
      id: string;
      status: string;
      reasons: string[];
      explanation: string;
      best?: { date: string };
      outsideMatch?: { date: string };
      window: { from: string; to: string };
      ratesEnd?: string;
    }[];
  };
  return { code: r.code, byId: new Map(json.conversions.map((c) => [c.id, c])) };
}

describe('reckon check (the built binary)', { timeout: 30_000 }, () => {
  describe('one conversion that cannot be checked never stops the others (F11)', () => {
    it('checks an undated conversion at its document’s publication date', () => {
      const path = dataset('undated.json', [{ id: 'undated', from: '£11bn', to: '€12.68bn' }]);
      const { code, byId } = verdicts(['check', path]);
      expect([code, byId.get('undated')?.status, byId.get('undated')?.window.to]).toEqual([
        0,
        'consistent',
        '2025-09-18',
      ]);
    });
    it('checks all 17 conversions of the embedded uk-tech dataset, undated documents at their mentions’ dates (G1)', () => {
      const { code, byId } = verdicts(['check', 'uk-tech-2025-09']);
      expect(byId.size).toBe(17);
      expect([...byId.values()].filter((c) => !('status' in c))).toEqual([]);
      // klamm.de "2 Milliarden Pfund (2,3 Milliarden Euro)", mentions dated 19 Sep: 2/0.8708 = €2.297bn.
      expect([byId.get('21-1')?.status, byId.get('21-1')?.best?.date]).toEqual(['consistent', '2025-09-19']);
      expect(code).toBe(1); // 17-1, "£150bn (€104bn)", is inconsistent
      const r = run(['check', 'uk-tech-2025-09']);
      expect(r.out).not.toMatch(/could not be checked|options\./);
      expect(r.err).toBe('');
    });
    it('a conversion without any date names the flags a user can pass; --date and --window check it', () => {
      const path = dataset('nodate.json', [{ id: 'nodate', from: '£11bn', to: '€12.68bn' }]);
      const json = JSON.parse(readFileSync(path, 'utf8'));
      delete json.documents[0].publishedDate;
      const bare = file('nodate-bare.json', JSON.stringify(json));
      const r = run(['check', bare]);
      expect(r.code).toBe(1);
      expect(r.out).toMatch(/! error {2}nodate/);
      expect(r.out).toMatch(/pass --date YYYY-MM-DD or --window FROM\.\.TO \(INVALID_CONVERSION\)/);
      expect(r.out).not.toMatch(/options\./);
      for (const flag of [
        ['--date', '2025-09-18'],
        ['--window', '2025-09-17..2025-09-18'],
      ]) {
        const { code, byId } = verdicts(['check', bare, ...flag]);
        expect([flag, code, byId.get('nodate')?.status, byId.get('nodate')?.best?.date]).toEqual([
          flag,
          0,
          'consistent',
          '2025-09-17',
        ]);
      }
      // A mention of the figure dated 16 Sep dates the conversion, as reconcile dates the mention.
      json.parties = [{ id: 'p', name: 'P', kind: 'company' }];
      json.mentions = [
        {
          id: 'm',
          figure: 'nodate-from',
          parties: [{ party: 'p', role: 'investor' }],
          kind: 'investment',
          date: '2025-09-16',
        },
      ];
      const mentioned = verdicts(['check', file('nodate-mention.json', JSON.stringify(json))]);
      expect(mentioned.byId.get('nodate')?.window).toEqual({ from: '2025-09-15', to: '2025-09-16' });
    });
    it('refuses a --date or --window that is not one, with exit 2', () => {
      const path = dataset('flags.json', [published('p', '€12.68bn')]);
      for (const flag of [
        ['--date', '2025-02-30'],
        ['--window', '2025-09-18..2025-09-17'],
        ['--window', '2025-09-18'],
      ]) {
        const r = run(['check', path, ...flag]);
        expect([r.code, r.err]).toEqual([2, expect.stringContaining(flag[0] as string)]);
      }
    });
    it('refuses a number of days for --window and names reconcile’s --window-days; --window-days is no flag of check', () => {
      const path = dataset('days.json', [published('p', '€12.68bn')]);
      const days = run(['check', path, '--window', '14']);
      expect([days.code, days.err]).toEqual([2, expect.stringContaining('reckon reconcile --window-days')]);
      const other = run(['check', path, '--window-days', '14']);
      expect([other.code, other.err]).toEqual([
        2,
        expect.stringContaining('--window-days is an unknown option of reckon check'),
      ]);
    });
    it('a zero or same-currency conversion is an invalid dataset, with its path (exit 2)', () => {
      const zero = run(['check', dataset('zero.json', [published('zero', '€0')])]);
      expect([zero.code, zero.err]).toEqual([2, expect.stringContaining('conversions.0.to')]);
      const same = run(['check', dataset('same.json', [published('same', '£12bn')])]);
      expect([same.code, same.err]).toEqual([2, expect.stringContaining('conversions.0.to')]);
    });
  });

  describe('a range conversion is checked on both ends (F21)', () => {
    it('€100m–€150m → £86.8m–£300m is inconsistent (exit 1); → £86.8m–£130.2m consistent', () => {
      const path = dataset('range.json', [
        {
          id: 'wrong',
          from: 'between €100m and €150m',
          to: 'between £86.8m and £300m',
          publishedDate: '2025-09-18',
        },
        {
          id: 'right',
          from: 'between €100m and €150m',
          to: 'between £86.8m and £130.2m',
          publishedDate: '2025-09-18',
        },
      ]);
      const { code, byId } = verdicts(['check', path]);
      expect([code, byId.get('wrong')?.status, byId.get('right')?.status]).toEqual([
        1,
        'inconsistent',
        'consistent',
      ]);
    });
  });

  describe('inconsistent conversions fail, however coarse', () => {
    const wrong = dataset('wrong.json', [
      published('eur-14bn', '€14bn'),
      published('eur-15bn', '€15bn'),
      published('eur-11bn', '€11bn'),
      published('eur-13m', '€13m'),
    ]);
    it('exits 1 and marks each one inconsistent, without --strict', () => {
      const r = run(['check', wrong]);
      expect(r.code).toBe(1);
      expect(r.out.match(/✗ inconsistent/g)).toHaveLength(4);
      expect(r.out).not.toContain('too coarse');
      expect(r.out).toContain('4 conversion(s) checked, 4 failed');
      expect(r.out).toContain(
        '€14bn is not £11bn at any reference rate from 17 Sep 2025 to 18 Sep 2025: the closest, 0.8675 GBP per EUR on 17 Sep 2025 (ECB), misses the range the written digits allow by',
      );
      expect(r.err).toBe('');
    });
    it('gives the reasons in JSON: the million/billion slip is a scale error', () => {
      const { code, byId } = verdicts(['check', wrong]);
      expect(code).toBe(1);
      expect([...byId.values()].map((v) => [v.id, v.status, v.reasons])).toEqual([
        ['eur-14bn', 'inconsistent', []],
        ['eur-15bn', 'inconsistent', []],
        ['eur-11bn', 'inconsistent', []],
        ['eur-13m', 'inconsistent', ['scale']],
      ]);
    });
    it('$30.17bn → €25m: scale, judged on the interval', () => {
      const path = dataset('usd.json', [
        { id: 'usd', from: '$30.17bn', to: '€25m', publishedDate: '2025-09-18' },
      ]);
      const { code, byId } = verdicts(['check', path]);
      expect(code).toBe(1);
      expect(byId.get('usd')).toMatchObject({ status: 'inconsistent', reasons: ['scale'] });
    });
  });

  describe('--strict', () => {
    const soft = dataset('soft.json', [published('close', '€12.72bn'), published('coarse', '€13bn')]);
    it('without it, within tolerance and indeterminate pass (exit 0)', () => {
      const r = run(['check', soft]);
      expect(r.code).toBe(0);
      expect(r.out).toContain('~ within tolerance');
      expect(r.out).toContain('? indeterminate');
      expect(r.out).toContain('2 conversion(s) checked, 0 failed');
    });
    it('with it, they fail (exit 1)', () => {
      const r = run(['check', soft, '--strict']);
      expect(r.code).toBe(1);
      expect(r.out).toContain('2 conversion(s) checked, 2 failed');
    });
    it('a consistent conversion passes with it too', () => {
      expect(run(['check', '--strict']).code).toBe(0);
    });
  });

  describe('the window and the rates', () => {
    it('2 Jan 2002: €1bn → $881.3m is consistent at the 28 Dec 2001 fix (nothing on the 31st)', () => {
      const path = dataset('2002.json', [
        { id: 'turn', from: '€1bn', to: '$881.3m', publishedDate: '2002-01-02' },
      ]);
      const { code, byId } = verdicts(['check', path, '--rates', file('edge.csv', EDGE_CSV)]);
      expect(code).toBe(0);
      expect(byId.get('turn')).toMatchObject({
        status: 'consistent',
        best: { date: '2001-12-28' },
        window: { from: '2001-12-28', to: '2002-01-02' },
      });
    });
    it('names a matching fix before the window, never one after publication', () => {
      const path = dataset('outside.json', [
        { id: 'before', from: '£11bn', to: '€12.73bn', eventDate: '2025-09-19', publishedDate: '2025-09-19' },
        { id: 'later', from: '£11bn', to: '€12.632bn', eventDate: '2025-09-17', publishedDate: '2025-09-17' },
      ]);
      const { code, byId } = verdicts(['check', path, '--tolerance', '5']);
      expect(code).toBe(1);
      expect(byId.get('before')).toMatchObject({
        reasons: ['matchesOutsideWindow'],
        outsideMatch: { date: '2025-09-15' },
      });
      // The 19 Sep fix would match, but it was fixed after the article.
      expect(byId.get('later')?.status).toBe('inconsistent');
      expect(byId.get('later')?.reasons).toEqual([]);
      expect(byId.get('later')?.outsideMatch).toBeUndefined();
    });
    it('says where the rates end, and that the rates given do not cover a day', () => {
      const path = dataset('dates.json', [
        published('after', '€12.68bn', '2025-09-24'),
        published('before', '€12.68bn', '2025-09-01'),
      ]);
      const r = run(['check', path]);
      expect(r.code).toBe(0);
      expect(r.out).toContain('The rates given for GBP/EUR end on 19 Sep 2025; a later fix may be missing.');
      expect(r.out).toContain(
        'The rates given for GBP/EUR start on 15 Sep 2025: they have no fix on 1 Sep 2025, so €12.68bn for £11bn cannot be checked.',
      );
      expect(r.out).not.toContain('weekends');
      expect(verdicts(['check', path]).byId.get('after')?.ratesEnd).toBe('2025-09-19');
    });
    it('exits 2 when the dataset gives one pair both ways on one day with values that disagree', () => {
      const rates = [
        { base: 'EUR', quote: 'GBP', value: '0.8675', date: '2025-09-17', source: 'ECB' },
        { base: 'GBP', quote: 'EUR', value: '2', date: '2025-09-17', source: 'user' },
      ];
      const r = run(['check', dataset('opposite.json', [published('x', '€12.68bn')], rates)]);
      expect(r.code).toBe(2);
      // Refused as validate refuses it (review4 K10): one rate per pair and day, in one direction.
      expect(r.err).toMatch(
        /^reckon: .*not a valid dataset: .*rates\.1: a GBP\/EUR rate for 2025-09-17, where rates\.0 gives EUR\/GBP/,
      );
      expect(r.err.trim().split('\n')).toHaveLength(1);
    });
  });

  describe('rate files that could mislead', () => {
    const nscale = dataset('nscale.json', [published('nscale', '€12.68bn')]);
    it('a commented-out rate in an ECB XML file is not data', () => {
      const xml = DAILY_XML.replace(
        '<Cube currency="GBP" rate="0.8675"/>',
        `<!-- <Cube currency='GBP' rate='0.7000'/> --><Cube currency="GBP" rate="0.8675"/>`,
      );
      const { code, byId } = verdicts(['check', nscale, '--rates', file('commented.xml', xml)]);
      expect(code).toBe(0);
      expect(byId.get('nscale')).toMatchObject({ status: 'consistent', best: { date: '2025-09-17' } });
    });
    it('a currency named twice in a CSV header is a warning, and neither column counts', () => {
      const csv = HIST_CSV.replace('Date,USD,', 'Date,GBP,USD,').replace(/^(\d{4}-\d\d-\d\d),/gm, '$1,0.7,');
      const r = run(['check', nscale, '--rates', file('twice.csv', csv)]);
      expect(r.err).toMatch(
        /^reckon: warning: 1 problem\(s\) in .*twice\.csv, the rest loaded; first \(line 1\): GBP is named by columns 2 and 7/,
      );
      expect(r.out).toContain('? indeterminate');
      expect(r.code).toBe(0);
      expect(run(['check', nscale, '--rates', file('twice.csv', csv), '--strict']).code).toBe(1);
    });
    it('a CSV cut off in its last number is a warning, not a shorter rate', () => {
      const cut = 'Date,USD,GBP,\n2025-09-18,1.1818,0.868,\n2025-09-17,1.1837,0.86';
      const { byId } = verdicts(['check', nscale, '--rates', file('cut.csv', cut)]);
      expect(byId.get('nscale')?.best?.date).toBe('2025-09-18');
      expect(run(['check', nscale, '--rates', file('cut.csv', cut)]).err).toContain('cut off');
    });
  });
});
