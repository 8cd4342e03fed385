import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateResultToJSON } from '../../src/aggregate/result-json';
import { nscaleDataset } from '../../src/datasets/nscale-2025-09/index';
import {
  type AggregateOptions,
  type AggregateResult,
  aggregate,
  type Commitment,
  type Dataset,
  figureFromJSON,
  type MoneyInterval,
  type Party,
  renderReportHtml,
  toDecimalString,
} from '../../src/index';
import { WORDS } from '../../src/report/text';
import { expectReckonError } from '../helpers';
import { bars, expectedBars, grandBars, rows, tagsWith } from './parse';

const nscale = nscaleDataset();

/** The options `reckon report` builds for the embedded dataset. */
const cliOptions = (over: AggregateOptions): AggregateOptions => ({
  parties: nscale.parties,
  fallbackDate: '2025-09-18',
  ...(over.to !== undefined ? { rates: nscale.rates } : {}),
  ...over,
});

const dec = (m: MoneyInterval['low']) => (m === null ? null : toDecimalString(m, { trim: true }));
const resultRow = (t: { totals: Readonly<Record<string, MoneyInterval>>; converted?: MoneyInterval }) => ({
  totals: Object.fromEntries(
    Object.entries(t.totals).map(([c, i]) => [
      c,
      { currency: i.currency, low: dec(i.low), high: dec(i.high) },
    ]),
  ),
  converted: t.converted
    ? { currency: t.converted.currency, low: dec(t.converted.low), high: dec(t.converted.high) }
    : undefined,
});

/** Every row's bars equal the result's low/high, and the grand total's too. */
function expectBarsOf(html: string, result: AggregateResult) {
  const page = rows(html);
  expect(page.map((r) => r.key).sort()).toEqual(result.groups.map((g) => g.party).sort());
  for (const g of result.groups) {
    const row = page.find((r) => r.key === g.party);
    expect(row?.bars, g.party).toEqual(expectedBars(resultRow(g)));
  }
  expect(grandBars(html)).toEqual(expectedBars(resultRow(result.grandTotal)));
}

const dataset = (parties: Party[], commitments: Commitment[], over: Partial<Dataset> = {}): Dataset =>
  ({
    version: 1,
    id: 'generated',
    documents: [],
    parties,
    figures: [],
    commitments,
    conversions: [],
    capacities: [],
    rates: nscale.rates,
    ...over,
  }) as Dataset;

const investment = (
  id: string,
  investor: string,
  recipient: string,
  figure: Parameters<typeof figureFromJSON>[0],
) =>
  ({
    id,
    kind: 'investment',
    status: 'announced',
    date: '2025-09-17',
    amount: figureFromJSON(figure),
    parties: [
      { party: investor, role: 'investor' },
      { party: recipient, role: 'recipient' },
    ],
  }) as Commitment;

describe('renderReportHtml', () => {
  describe('the Nscale dataset', () => {
    it.each([
      ['by party', {}],
      ['to EUR', { to: 'EUR' }],
      ['by investor, to EUR, as of 17 Sep', { by: 'investor', to: 'EUR', asOf: '2025-09-17' }],
      ['by recipient, split equally, to USD', { by: 'recipient', allocation: 'equal', to: 'USD' }],
      ['rounding view, allocation full, to GBP', { view: 'rounding', allocation: 'full', to: 'GBP' }],
    ] as [string, AggregateOptions][])('draws bars whose ends are the JSON report’s (%s)', (_, over) => {
      const result = aggregate(nscale.commitments, cliOptions(over));
      const html = renderReportHtml(result, nscale);
      const json = aggregateResultToJSON(result, { parties: nscale.parties });
      const page = rows(html);
      expect(page).toHaveLength(json.groups.length);
      for (const g of json.groups)
        expect(page.find((r) => r.key === g.party.id)?.bars).toEqual(expectedBars(g));
      expect(grandBars(html)).toEqual(expectedBars(json.grandTotal));
    });

    it('names the 17 Sep 2025 rate and the £11bn → €12.68bn verdict in words', () => {
      const html = renderReportHtml(aggregate(nscale.commitments, cliOptions({ to: 'EUR' })), nscale);
      expect(tagsWith(html, 'rate')).toContainEqual({ rate: 'GBP/EUR', date: '2025-09-17' });
      expect(tagsWith(html, 'verdict')).toEqual([{ verdict: 'consistent', conversion: 'nvidia-gbp-eur' }]);
      expect(html).toContain('✓ consistent');
      expect(html).toContain(
        '€12.68bn is £11bn at the ECB reference rate of 17 Sep 2025 (0.8675 GBP per EUR)',
      );
      expect(html).toContain('11 Milliarden Pfund (12,68 Milliarden Euro)');
    });

    it('shows the rates of the totals with their days and source', () => {
      const result = aggregate(nscale.commitments, cliOptions({ to: 'EUR' }));
      const html = renderReportHtml(result, nscale);
      for (const r of result.rates)
        expect(tagsWith(html, 'rate')).toContainEqual({ rate: `${r.base}/${r.quote}`, date: r.date });
    });

    it('writes numbers and words in German with language de', () => {
      const result = aggregate(nscale.commitments, cliOptions({ to: 'EUR' }));
      const de = renderReportHtml(result, nscale, { language: 'de' });
      const en = renderReportHtml(result, nscale);
      expect(de).toContain('<html lang="de">');
      expect(de).toMatch(/bis zu 11 Mrd\.\s£/);
      expect(de).toContain('<span class="v">576,03 Mio. € – 13,25 Mrd. €</span>'); // €576,036,866.36: the low end rounded down (review4 K5)
      expect(de).toContain('✓ stimmig');
      expect(en).toContain('up to £11bn');
      expect(en).not.toContain('Mrd.');
      // The data attributes do not depend on the language.
      expect(bars(de)).toEqual(bars(en));
    });

    it('words the kinds and statuses of the commitments in German with language de (G15)', () => {
      const result = aggregate(nscale.commitments, cliOptions({ to: 'EUR' }));
      const de = renderReportHtml(result, nscale, { language: 'de' });
      const metas = [...de.matchAll(/<span class="meta">(.*?) — /g)].map((m) => m[1]);
      expect(metas.length).toBeGreaterThan(0);
      const german = nscale.commitments.map(
        (c) => `${WORDS.de.kinds[c.kind]}, ${WORDS.de.commitmentStatuses[c.status]}`,
      );
      for (const meta of metas) expect(german).toContain(meta);
      expect(de).toContain('<span class="meta">Investition, ');
      expect(de).not.toMatch(/class="meta">investment|, announced —/);
    });

    it('words the kinds and statuses of the commitments in English words, not the dataset’s names', () => {
      const result = aggregate(nscale.commitments, cliOptions({ to: 'EUR' }));
      const en = renderReportHtml(result, nscale);
      const metas = [...en.matchAll(/<span class="meta">(.*?) — /g)].map((m) => m[1]);
      expect(metas.length).toBeGreaterThan(0);
      const english = nscale.commitments.map(
        (c) => `${WORDS.en.kinds[c.kind]}, ${WORDS.en.commitmentStatuses[c.status]}`,
      );
      for (const meta of metas) expect(english).toContain(meta);
      // Nscale has equityStake, fundingRound, capitalUnderManagement and underConsideration.
      for (const words of [
        'equity stake',
        'funding round',
        'capital under management',
        'under consideration',
      ])
        expect(en).toContain(words);
      // No camelCase name of a kind or status anywhere in the page's words or in the table itself.
      expect(en).not.toMatch(/class="meta">[^<]*[a-z][A-Z]/);
      expect(en).not.toMatch(/a stock or mark \([a-z]+[A-Z]/);
      for (const word of [...Object.values(WORDS.en.kinds), ...Object.values(WORDS.en.commitmentStatuses)])
        expect(word).toMatch(/^[a-z]+( [a-z]+)*$/);
    });

    it('shows the options in the header', () => {
      const result = aggregate(
        nscale.commitments,
        cliOptions({ by: 'investor', to: 'EUR', allocation: 'equal' }),
      );
      const html = renderReportHtml(result, nscale, {
        asOf: '2025-09-17',
        source: 'my-file.json',
        title: 'T',
      });
      const header = html.slice(html.indexOf('<header>'), html.indexOf('</header>'));
      for (const text of [
        'investor',
        'EUR',
        '2025-09-17',
        'split equally',
        'nominal',
        'my-file.json',
        '<h1>T</h1>',
      ])
        expect(header).toContain(text);
    });

    it('lists each row’s commitments, quotes and what was not added in keyboard-reachable details', () => {
      const html = renderReportHtml(aggregate(nscale.commitments, cliOptions({})), nscale);
      const nvidia = rows(html).find((r) => r.key === 'nvidia')?.html ?? '';
      expect(nvidia).toMatch(/<details><summary>/);
      expect(nvidia).toContain('nvidia-uk-investment');
      expect(nvidia).toContain('<blockquote>');
      expect(nvidia).toContain('no amount given');
    });

    it('counts the commitments in the details summary in words that agree with the number, in both languages', () => {
      expect([1, 2].map((n) => WORDS.en.details(n, 0))).toEqual([
        '1 commitment added, 0 not added or without amount',
        '2 commitments added, 0 not added or without amount',
      ]);
      expect([1, 2].map((n) => WORDS.de.details(n, 0))).toEqual([
        '1 Zusage addiert, 0 nicht addiert oder ohne Betrag',
        '2 Zusagen addiert, 0 nicht addiert oder ohne Betrag',
      ]);
      const html = renderReportHtml(aggregate(nscale.commitments, cliOptions({})), nscale);
      expect(html).not.toMatch(/\(s\)|\(n\)/);
    });
  });

  describe('accessibility and self-containment', () => {
    const html = renderReportHtml(aggregate(nscale.commitments, cliOptions({ to: 'EUR' })), nscale);

    it('requests nothing: no script, no external URL, no external font', () => {
      expect(html).not.toMatch(/<script|<link|<iframe|<img|@import|@font-face/i);
      expect(html).not.toMatch(/(src|href)\s*=/i);
      expect(html).not.toMatch(/url\(\s*['"]?(?!#)/i);
      expect(html).not.toMatch(/https?:\/\/(?![^<]*<\/(li|cite)>)/);
    });

    it('gives every SVG image a title and a description, and prints on A4', () => {
      const images = html.match(/<svg[^>]*role="img"[^>]*>/g) ?? [];
      expect(images.length).toBeGreaterThan(0);
      expect(html.match(/<svg[^>]*role="img"[^>]*><title>/g)).toHaveLength(images.length);
      expect(html.match(/<svg class="bar"[^>]*><title>[^<]*<\/title><desc>/g)).toHaveLength(
        bars(html).length,
      );
      expect(html).toContain('@page{size:A4');
      expect(html).toMatch(/<table>.*<th scope="col">/s);
    });
  });

  describe('escaping', () => {
    const hostile = '<script>alert(1)</script>';
    const quote = `" onmouseover="alert(2)" x='`;
    const d = dataset(
      [
        { id: hostile, name: hostile, kind: 'company' },
        { id: quote, name: quote, kind: 'company' },
      ],
      [
        {
          ...investment(`c${quote}`, hostile, quote, {
            currency: 'GBP',
            amount: '5',
            qualifier: 'exact',
            quantum: '1',
          }),
          description: hostile,
          source: { document: hostile, start: 0, end: 1, quote: hostile },
        } as Commitment,
      ],
      { id: hostile, title: hostile },
    );
    const html = renderReportHtml(aggregate(d.commitments, { parties: d.parties }), d, { source: quote });

    it('leaves no markup from the dataset: every string is text', () => {
      expect(html).not.toContain('<script');
      expect(html).not.toContain('onmouseover="');
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    });

    it('keeps the attributes well formed and the row keys readable', () => {
      expect(
        rows(html)
          .map((r) => r.key)
          .sort(),
      ).toEqual([hostile, quote].sort());
      for (const m of html.matchAll(/data-row="([^"]*)"/g)) expect(m[1]).not.toMatch(/[<>'"]/);
    });
  });

  describe('empty datasets and rows', () => {
    it('renders an empty dataset with no rows and a grand total of nothing', () => {
      const d = dataset([], []);
      const html = renderReportHtml(aggregate([], {}), d);
      expect(rows(html)).toEqual([]);
      expect(bars(html)).toEqual([]);
      expect(html).toContain('data-grand-total');
      expect(html).toContain('The dataset reports no conversions.');
      expect(html).toContain('No rate was used.');
    });

    it('gives a party without commitments a row without bars', () => {
      const parties: Party[] = [
        { id: 'a', name: 'A', kind: 'company' },
        { id: 'b', name: 'B', kind: 'company' },
      ];
      const d = dataset(parties, [
        investment('x', 'a', 'a', { currency: 'GBP', amount: '1', qualifier: 'exact', quantum: '1' }),
      ]);
      const html = renderReportHtml(aggregate(d.commitments, { parties }), d);
      const result = aggregate(d.commitments, { parties });
      expectBarsOf(html, result);
    });
  });

  describe('1,000 parties', () => {
    const make = (n: number) => {
      const parties: Party[] = Array.from({ length: n }, (_, i) => ({
        id: `p-${i}`,
        name: `Party ${i}`,
        kind: 'company',
      }));
      const commitments = parties.map((p, i) =>
        investment(`c-${i}`, p.id, 'p-0', {
          currency: i % 3 === 0 ? 'USD' : 'GBP',
          amount: String(((i * 7919) % 1000) + 1),
          qualifier: i % 5 === 0 ? 'upTo' : i % 7 === 0 ? 'moreThan' : 'exact',
          quantum: '1000000',
        }),
      );
      return dataset(parties, commitments);
    };
    const d = make(1000);
    const result = aggregate(d.commitments, {
      by: 'investor',
      parties: d.parties,
      to: 'EUR',
      rates: d.rates,
    });
    const html = renderReportHtml(result, d);

    it('draws one row per party under one axis per currency', () => {
      expect(rows(html)).toHaveLength(1000);
      const axes = tagsWith(html, 'axis').map((a) => a.axis);
      // The rows' axes (the converted EUR first, then GBP, USD), then the grand total's own.
      expect(axes).toEqual(['EUR', 'GBP', 'USD', 'EUR', 'GBP', 'USD']);
      expectBarsOf(html, result);
    });

    it('sorts the rows by their high end, unbounded first, then by name', () => {
      const highs = rows(html).map((r) => r.bars.find((b) => b.converted)?.high ?? null);
      const firstBounded = highs.findIndex((h) => h !== null);
      expect(highs.slice(0, firstBounded).every((h) => h === null)).toBe(true);
      const bounded = highs.slice(firstBounded).map((h) => Number(h));
      expect(bounded.every((h, i) => i === 0 || (bounded[i - 1] ?? 0) >= h)).toBe(true);
    });

    it('grows linearly: twice the parties, about twice the page', () => {
      const half = make(500);
      const small = renderReportHtml(
        aggregate(half.commitments, { by: 'investor', parties: half.parties, to: 'EUR', rates: half.rates }),
        half,
      );
      expect(html.length / small.length).toBeLessThan(2.2);
    });
  });

  describe('property: random datasets', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const parties: Party[] = ids.map((id) => ({ id, name: id.toUpperCase(), kind: 'company' }));
    const commitmentArb = fc
      .record({
        investor: fc.constantFrom(...ids),
        recipient: fc.constantFrom(...ids),
        currency: fc.constantFrom('GBP', 'USD', 'EUR', 'JPY'),
        amount: fc.bigInt({ min: -(10n ** 12n), max: 10n ** 14n }),
        qualifier: fc.constantFrom('exact', 'upTo', 'almost', 'moreThan', 'about', 'lessThan', 'atLeast'),
      })
      .map((r) => r);
    const optionsArb = fc.record({
      by: fc.constantFrom('party', 'investor', 'recipient' as const),
      to: fc.constantFrom(undefined, 'EUR', 'USD'),
      allocation: fc.constantFrom('unallocated', 'equal', 'full' as const),
      view: fc.constantFrom('nominal', 'rounding' as const),
    });

    it('every bar’s data-low/data-high equals the aggregate result’s, exactly', () => {
      fc.assert(
        fc.property(fc.array(commitmentArb, { maxLength: 10 }), optionsArb, (list, o) => {
          const commitments = list.map((r, i) =>
            investment(`c-${i}`, r.investor, r.recipient, {
              currency: r.currency,
              amount: (r.amount / 100n).toString(),
              qualifier: r.qualifier,
              quantum: '1',
            }),
          );
          const d = dataset(parties, commitments);
          const result = aggregate(commitments, {
            by: o.by,
            allocation: o.allocation,
            view: o.view,
            parties,
            ...(o.to !== undefined ? { to: o.to, rates: d.rates } : {}),
          });
          expectBarsOf(renderReportHtml(result, d), result);
        }),
        { numRuns: 60 },
      );
    });
  });

  describe('errors', () => {
    const result = () => aggregate(nscale.commitments, cliOptions({}));
    it.each([
      ['a result that is not one', () => renderReportHtml(null as never, nscale)],
      [
        'a group without totals',
        () => renderReportHtml({ ...result(), groups: [{ party: 'x', role: 'any' }] } as never, nscale),
      ],
      ['a dataset that is not one', () => renderReportHtml(result(), {} as never)],
      [
        'dataset JSON (decimal strings, not money)',
        () =>
          renderReportHtml(
            result(),
            JSON.parse(
              JSON.stringify({ ...nscale, rates: [] }, (_, v) => (typeof v === 'bigint' ? String(v) : v)),
            ) as never,
          ),
      ],
      ['an unknown language', () => renderReportHtml(result(), nscale, { language: 'fr' as never })],
      ['the old option locale', () => renderReportHtml(result(), nscale, { locale: 'de' } as never)],
      ['a title that is not a string', () => renderReportHtml(result(), nscale, { title: 7 as never })],
      ['an asOf that is not a day', () => renderReportHtml(result(), nscale, { asOf: '2025-02-30' })],
      ['rates with a null', () => renderReportHtml(result(), nscale, { rates: [null] as never })],
    ])('throws INVALID_ARGUMENT for %s', (_, call) => {
      expectReckonError(call, 'INVALID_ARGUMENT');
    });
  });
});
