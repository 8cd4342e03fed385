import type * as Nscale from '../../src/datasets/nscale-2025-09/index';
import type * as Reckon from '../../src/index';

/**
 * The same calls, run once in the page (on the bundled dist) and once in Node (on dist): every result
 * turned into plain JSON (decimal strings, never bigint or floats), so the two can be compared as data.
 */
export function probe(r: typeof Reckon, n: typeof Nscale) {
  const dataset = n.nscaleDataset();
  const money = (m: Reckon.Money | null) => (m === null ? null : r.toDecimalString(m, { trim: true }));

  const phrases = [
    'bis zu 11 Milliarden Pfund',
    '12,68 Milliarden Euro',
    'fast 700 Millionen US-Dollar',
    'between $4bn and $5bn',
    'more than £300m',
    '$12.50',
  ];
  const figures = phrases.map((text) => {
    const figure = r.parseFigure(text);
    const bounds = r.figureBounds(figure);
    return {
      json: r.figureToJSON(figure),
      low: money(bounds.low),
      high: money(bounds.high),
      en: r.formatFigure(figure),
      de: r.formatFigure(figure, { language: 'de' }),
    };
  });

  const verdict = r.checkConversion(
    {
      from: r.parseFigure('£11bn'),
      to: r.parseFigure('€12.68bn'),
      eventDate: '2025-09-16',
      publishedDate: '2025-09-18',
    },
    dataset.rates,
  );
  const conversion = {
    status: verdict.status,
    reasons: verdict.reasons,
    best: verdict.best?.date ?? null,
    window: verdict.window,
    fixesInWindow: verdict.fixesInWindow,
    en: r.explainVerdict(verdict),
    de: r.explainVerdict(verdict, { language: 'de' }),
  };

  const interval = (i: Reckon.MoneyInterval | undefined) =>
    i === undefined ? null : { currency: i.currency, low: money(i.low), high: money(i.high) };
  const totals = (t: Reckon.AggregateTotals) => ({
    totals: Object.values(t.totals).map(interval),
    converted: interval(t.converted),
    notAdded: t.notAdded.map((x) => x.commitment),
  });
  const aggregated = r.aggregate(dataset.commitments, {
    by: 'investor',
    to: 'EUR',
    rates: dataset.rates,
    asOf: '2025-09-17',
    parties: dataset.parties,
  });
  const aggregation = {
    groups: aggregated.groups.map((g) => ({ party: g.party, ...totals(g) })),
    grandTotal: totals(aggregated.grandTotal),
  };

  const article = n.nscaleArticle();
  const extracted = r.extractFigures(article).map((f) => ({
    ...r.figureToJSON(f),
    en: r.formatFigure(f),
    de: r.formatFigure(f, { language: 'de' }),
  }));
  const pairs = r
    .extractConversions(article)
    .map((p) => r.checkConversion({ ...p, publishedDate: '2025-09-18' }, dataset.rates).status);

  return { figures, conversion, aggregation, extracted, pairs };
}

export type ProbeResult = ReturnType<typeof probe>;
