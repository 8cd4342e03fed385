import { invalidArgument, optionalOneOf, optionKeys, readKnownOptions } from '../_lib/guards';
import type { AggregateResult } from '../aggregate/types';
import { checkConversion } from '../conversion/check-conversion';
import type { Dataset } from '../dataset/types';
import type { FigureLanguage } from '../figure/types';
import { isIsoDate } from '../rates/dates';
import type { RatesLike } from '../rates/to-provider';
import { checkAll, checksSection, ratesSection } from './checks';
import { stylesheet } from './css';
import { lookup } from './details';
import { esc } from './escape';
import { checkDataset, checkResult } from './input';
import { DEFS } from './plot';
import { columnsOf, plotSection, tableSection } from './tables';
import { WORDS, type Words } from './text';

/** Options for {@link renderReportHtml}. */
export interface RenderReportHtmlOptions {
  /** The language of the page and of its numbers: `en` ("up to £11bn") or `de` ("bis zu 11 Mrd. £"). @defaultValue "en" */
  readonly language?: FigureLanguage;
  /** The page's title. @defaultValue the dataset's title, else its id */
  readonly title?: string;
  /** Where the dataset came from (a file name), shown in the header. @defaultValue the dataset's id */
  readonly source?: string;
  /** The `asOf` day given to {@link aggregate}, shown in the header (the result does not carry it). */
  readonly asOf?: string;
  /**
   * The rates to check the dataset's reported conversions against, as {@link checkConversion} reads
   * them. @defaultValue the dataset's own reference rates
   */
  readonly rates?: RatesLike;
}

/**
 * The rate day without `asOf`: each commitment's own date, and, when some have none, the date of the
 * article they are cited from, which is what the CLI passes as `fallbackDate` (review4 K11).
 */
const asOfEach = (dataset: Dataset, w: Words) =>
  dataset.commitments.every((c) => typeof (c as { date?: unknown }).date === 'string')
    ? w.asOfEach
    : w.asOfEachOrArticle;

function header(
  result: AggregateResult,
  dataset: Dataset,
  title: string,
  o: RenderReportHtmlOptions,
  w: Words,
) {
  const to = result.grandTotal.converted?.currency;
  const facts: [string, string][] = [
    [w.source, o.source ?? dataset.id],
    [w.by, result.by === 'party' ? w.party : result.by],
    [w.to, to ?? w.notConverted],
    ...(to !== undefined ? [[w.asOf, o.asOf ?? asOfEach(dataset, w)] as [string, string]] : []),
    [w.allocation, w.allocations[result.allocation]],
    [w.view, w.views[result.view]],
  ];
  const docs = dataset.documents
    .map((d) => {
      const parts = [d.title, d.publisher, d.publishedDate, d.url].filter(
        (p): p is string => typeof p === 'string',
      );
      return `<li>${esc(parts.join(' · '))}</li>`;
    })
    .join('');
  return `<header><h1>${esc(title)}</h1><dl class="facts">${facts.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl>${docs === '' ? '' : `<ul class="docs">${docs}</ul>`}</header>`;
}

/**
 * Renders an aggregation as one self-contained HTML page: a range plot per row (one shared axis per
 * currency, a bar from low to high, a dot for an exact amount, an open arrow for an unbounded end, a
 * hatched part for an incomplete converted total), the commitments behind each row with their quotes
 * and sources, a table of the same numbers, the rates used, and the dataset's reported conversions
 * checked with their verdicts in words. Inline CSS and SVG only: no script, no network request, no
 * external font; every string from the dataset is HTML-escaped. The elements carry data attributes
 * with the exact decimal strings of `reckon report --json` (docs/report.md, "Data attributes").
 *
 * @param result - what {@link aggregate} returned for the dataset's commitments
 * @param dataset - the dataset the result was computed from: names, quotes, documents, conversions
 * @param options - {@link RenderReportHtmlOptions}
 * @returns the page, a complete HTML document
 * @throws {@link ReckonError} `INVALID_ARGUMENT` for a result, dataset or option of the wrong shape
 *   (the message names its path); errors of {@link ratesFrom} (naming `options.rates`)
 * @example
 * ```ts
 * import { aggregate, renderReportHtml } from 'reckon';
 * import { nscaleDataset } from 'reckon/datasets/nscale-2025-09';
 *
 * const dataset = nscaleDataset();
 * const result = aggregate(dataset.commitments, {
 *   to: 'EUR',
 *   rates: dataset.rates,
 *   parties: dataset.parties,
 *   fallbackDate: '2025-09-18',
 * });
 * const html = renderReportHtml(result, dataset, { language: 'de' });
 * html.startsWith('<!doctype html>'); // true
 * ```
 */
export function renderReportHtml(
  result: AggregateResult,
  dataset: Dataset,
  options: RenderReportHtmlOptions = {},
): string {
  checkResult(result);
  checkDataset(dataset);
  const o = readKnownOptions(
    options,
    optionKeys<RenderReportHtmlOptions>({
      language: true,
      title: true,
      source: true,
      asOf: true,
      rates: true,
    }),
    'renderReportHtml',
  );
  const language = optionalOneOf(o.language, ['en', 'de'] as const, 'options.language') ?? 'en';
  for (const key of ['title', 'source'] as const) {
    if (o[key] !== undefined && typeof o[key] !== 'string')
      throw invalidArgument(`options.${key}`, 'a string or undefined', o[key]);
  }
  if (o.asOf !== undefined && !isIsoDate(o.asOf))
    throw invalidArgument('options.asOf', 'an ISO day such as "2025-09-17" or undefined', o.asOf);
  const w = WORDS[language];
  const look = lookup(dataset, language, w);
  const checked = checkAll(dataset, o.rates);
  const title = o.title ?? dataset.title ?? dataset.id;
  const cols = columnsOf(result.groups).length;
  return `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)}</title><style>${stylesheet(Math.max(1, cols))}</style></head>
<body>${DEFS}${header(result, dataset, title, o, w)}<main>${plotSection(result, look)}${checksSection(checked, look)}${ratesSection(result, checked, look)}${tableSection(result, look)}</main><footer class="page"><p>${esc(w.footer)}</p></footer></body></html>
`;
}
