import { invalidArgument, isRecord, optionalOneOf, readOptions } from '../_lib/guards';
import type { AggregateGroup, AggregateResult, AggregateTotals, MoneyInterval } from '../aggregate/types';
import { type ConversionVerdict, checkConversion } from '../conversion/check-conversion';
import { explainVerdict } from '../conversion/explain';
import type { Dataset } from '../dataset/types';
import { isReckonError } from '../errors/reckon-error';
import { formatFigure } from '../figure/format-figure';
import { type Ratio, ratioCmp, ratioToDecimal } from '../math/ratio';
import { isIsoDate } from '../rates/dates';
import { staticRates } from '../rates/static-rates';
import { type RatesLike, toRateProvider } from '../rates/to-provider';
import { stylesheet } from './css';
import { citation, detailsHtml, type Lookup, lookup } from './details';
import { esc } from './escape';
import { checkDataset, checkResult } from './input';
import { axisFor, axisSvg, barSvg, DEFS, legendSvg, ratioOf } from './plot';
import type { Axis } from './scale';
import { convertedText, decimalOf, intervalText, type ReportLocale, WORDS, type Words } from './text';

/** Options for {@link renderReportHtml}. */
export interface RenderReportHtmlOptions {
  /** The language of the page and of its numbers: `en` ("up to £11bn") or `de` ("bis zu 11 Mrd. £"). @defaultValue "en" */
  readonly locale?: ReportLocale;
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

/** A column of the plot: one currency's totals, or the converted totals. */
interface Column {
  readonly currency: string;
  readonly converted: boolean;
  readonly axis: Axis;
}

const intervalIn = (t: AggregateTotals, col: Omit<Column, 'axis'>): MoneyInterval | undefined =>
  col.converted ? t.converted : t.totals[col.currency];

/** The columns of a set of rows: every currency (alphabetical), then the converted total. */
function columnsOf(rows: readonly AggregateTotals[]): Column[] {
  const codes = new Set<string>();
  let to: string | undefined;
  for (const r of rows) {
    for (const c of Object.keys(r.totals)) codes.add(c);
    if (r.converted) to = r.converted.currency;
  }
  const cols: Omit<Column, 'axis'>[] = [...codes].sort().map((currency) => ({ currency, converted: false }));
  if (to !== undefined) cols.push({ currency: to, converted: true });
  return cols.map((c) => ({
    ...c,
    axis: axisFor(rows.flatMap((r) => intervalIn(r, c) ?? [])),
  }));
}

/**
 * The order of the rows: by the high end in one currency, highest first (an unbounded or unknown
 * high end first of all), then by name. The currency is the converted one when there is one, else the
 * one most rows have.
 */
function sortRows(
  groups: readonly AggregateGroup[],
  names: (g: AggregateGroup) => string,
  locale: ReportLocale,
) {
  const counts = new Map<string, number>();
  let to: string | undefined;
  for (const g of groups) {
    for (const c of Object.keys(g.totals)) counts.set(c, (counts.get(c) ?? 0) + 1);
    if (g.converted) to = g.converted.currency;
  }
  const main =
    to ?? [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0]?.[0];
  const high = (g: AggregateGroup): Ratio | null | undefined => {
    const i = to !== undefined ? g.converted : main === undefined ? undefined : g.totals[main];
    if (i === undefined) return undefined;
    return i.high === null ? null : ratioOf(i.high);
  };
  const collator = new Intl.Collator(locale, { numeric: true });
  const keyed = groups.map((g) => ({ g, high: high(g), name: names(g) }));
  keyed.sort((a, b) => {
    const rank = (h: Ratio | null | undefined) => (h === null ? 0 : h === undefined ? 2 : 1);
    const byRank = rank(a.high) - rank(b.high);
    if (byRank !== 0) return byRank;
    if (a.high && b.high) {
      const c = ratioCmp(b.high, a.high);
      if (c !== 0) return c;
    }
    return collator.compare(a.name, b.name) || (a.g.party < b.g.party ? -1 : a.g.party > b.g.party ? 1 : 0);
  });
  return keyed;
}

/** The cells of one row: a bar per column on the column's shared axis, with its text. */
function cells(t: AggregateTotals, cols: readonly Column[], name: string, look: Lookup) {
  const { words: w, locale } = look;
  return cols
    .map((col) => {
      // A row with nothing added has a converted total of 0: drawn as a dot it would read as "committed
      // €0", so its converted cell says "none", like a currency it has no amount in.
      const nothingAdded = col.converted && Object.keys(t.totals).length === 0;
      const interval = nothingAdded ? undefined : intervalIn(t, col);
      if (interval === undefined) return `<div class="cell"><span class="v">${w.none}</span></div>`;
      const text =
        col.converted && t.converted
          ? convertedText(t.converted, locale, look.money)
          : intervalText(interval, locale, look.money);
      const what = col.converted ? w.convertedCol(col.currency) : w.inCurrency(col.currency);
      const low = decimalOf(interval.low);
      const high = decimalOf(interval.high);
      const desc = `${w.low}: ${low === null ? w.none : `${low} ${interval.currency}`}; ${w.high}: ${high === null ? w.none : `${high} ${interval.currency}`}`;
      return `<div class="cell">${barSvg(col.axis, interval, `${name} — ${what}: ${text}`, desc)}<span class="v">${esc(text)}</span></div>`;
    })
    .join('');
}

function headRow(cols: readonly Column[], look: Lookup, first: string): string {
  const w = look.words;
  const heads = cols
    .map((col) => {
      const what = col.converted ? w.convertedCol(col.currency) : w.inCurrency(col.currency);
      return `<div class="cell"><span class="colhead">${esc(what)}</span>${axisSvg(col.axis, col.currency, look.money, what)}</div>`;
    })
    .join('');
  return `<div class="row head"><div class="name">${esc(first)}</div>${heads}</div>`;
}

function plotSection(result: AggregateResult, look: Lookup): string {
  const w = look.words;
  const name = (g: AggregateGroup) => look.names.get(g.party) ?? g.partyName ?? g.party;
  const cols = columnsOf(result.groups);
  const rows = sortRows(result.groups, name, look.locale)
    .map(({ g, name: n }) => {
      const role = g.role === 'any' ? '' : ` <span class="role">(${esc(g.role)})</span>`;
      const bars = Object.keys(g.totals).length > 0 || g.converted ? cells(g, cols, n, look) : '';
      const nothing = bars === '' ? `<div class="cell"><span class="v">${esc(w.nothing)}</span></div>` : '';
      return `<li class="row" data-row="${esc(g.party)}"><div class="name">${esc(n)}${role}</div>${bars}${nothing}${detailsHtml(g, look)}</li>`;
    })
    .join('');
  const legend = (['bar', 'dot', 'arrow', 'converted', 'incomplete'] as const)
    .map((k) => {
      const label = {
        bar: w.legendBar,
        dot: w.legendDot,
        arrow: w.legendArrow,
        converted: w.legendConverted,
        incomplete: w.legendIncomplete,
      }[k];
      return `<li>${legendSvg(k, label)}<span>${esc(label)}</span></li>`;
    })
    .join('');
  const grand = result.grandTotal;
  const grandCols = columnsOf([grand]);
  const grandRow =
    grandCols.length > 0
      ? `<div class="rows grand">${headRow(grandCols, look, '')}<div class="row" data-grand-total=""><div class="name">${esc(w.grand)}</div>${cells(grand, grandCols, w.grand, look)}${detailsHtml(grand, look)}</div></div>`
      : `<p data-grand-total="">${esc(w.grand)}: ${esc(w.nothing)}</p>${detailsHtml(grand, look)}`;
  return `<section aria-labelledby="plot-h"><h2 id="plot-h">${esc(w.plot)}</h2><p>${esc(w.plotIntro)}</p><h3>${esc(w.legend)}</h3><ul class="legend-list">${legend}</ul>${cols.length > 0 ? headRow(cols, look, w.nameCol) : ''}<ol class="rows">${rows}</ol><h3>${esc(w.grand)}</h3>${grandRow}</section>`;
}

function tableSection(result: AggregateResult, look: Lookup): string {
  const w = look.words;
  const money = (m: MoneyInterval['low']) => (m === null ? w.none : esc(look.money.exact(m)));
  const lines = (label: string, role: string, t: AggregateTotals) => {
    const out: string[] = [];
    const add = (i: MoneyInterval, text: string, complete: string) =>
      out.push(
        `<tr><th scope="row">${esc(label)}</th><td>${esc(role)}</td><td>${esc(i.currency)}</td><td class="num">${money(i.low)}</td><td class="num">${money(i.high)}</td><td>${esc(text)}</td><td>${complete}</td></tr>`,
      );
    for (const code of Object.keys(t.totals).sort()) {
      const i = t.totals[code];
      if (i) add(i, intervalText(i, look.locale, look.money), '');
    }
    if (t.converted)
      add(
        t.converted,
        convertedText(t.converted, look.locale, look.money),
        t.converted.complete ? w.yes : w.no,
      );
    return out.join('');
  };
  const body =
    result.groups.map((g) => lines(look.names.get(g.party) ?? g.partyName ?? g.party, g.role, g)).join('') +
    lines(w.grand, '', result.grandTotal);
  return `<section aria-labelledby="table-h"><h2 id="table-h">${esc(w.table)}</h2><table><caption>${esc(w.tableCaption)}</caption><thead><tr><th scope="col">${esc(w.nameCol)}</th><th scope="col">${esc(w.role)}</th><th scope="col">${esc(w.currency)}</th><th scope="col">${esc(w.low)}</th><th scope="col">${esc(w.high)}</th><th scope="col">${esc(w.shown)}</th><th scope="col">${esc(w.complete)}</th></tr></thead><tbody>${body}</tbody></table></section>`;
}

interface Checked {
  readonly id: string;
  readonly verdict?: ConversionVerdict;
  readonly error?: string;
  readonly source: unknown;
}

const decimalIn = (value: Ratio, locale: ReportLocale) => {
  const text = ratioToDecimal(value, 6);
  return locale === 'de' ? text.replace('.', ',') : text;
};

function ratesSection(result: AggregateResult, checked: readonly Checked[], look: Lookup): string {
  const w = look.words;
  interface Row {
    base: string;
    quote: string;
    value: Ratio;
    date: string;
    asked: string;
    source: string;
    uses: string[];
  }
  const rows = new Map<string, Row>();
  const use = (r: Omit<Row, 'uses'>, why: string) => {
    const key = `${r.base}/${r.quote}|${r.date}|${r.asked}|${r.source}|${ratioToDecimal(r.value, 12)}`;
    const row = rows.get(key) ?? { ...r, uses: [] };
    if (!row.uses.includes(why)) row.uses.push(why);
    rows.set(key, row);
  };
  for (const r of result.rates) use({ ...r, asked: r.requestedDate }, w.usedTotals);
  for (const c of checked) {
    const best = c.verdict?.best;
    if (best) use({ ...best.rate, date: best.date, asked: '', source: best.source }, w.usedCheck(c.id));
  }
  if (rows.size === 0)
    return `<section aria-labelledby="rates-h"><h2 id="rates-h">${esc(w.rates)}</h2><p>${esc(w.noRates)}</p></section>`;
  const body = [...rows.values()]
    .map(
      (r) =>
        `<tr data-rate="${esc(`${r.base}/${r.quote}`)}" data-date="${esc(r.date)}"><td>1 ${esc(r.base)} = ${esc(decimalIn(r.value, look.locale))} ${esc(r.quote)}</td><td>${esc(r.date)}</td><td>${esc(r.asked || w.none)}</td><td>${esc(r.source)}</td><td>${esc(r.uses.join('; '))}</td></tr>`,
    )
    .join('');
  return `<section aria-labelledby="rates-h"><h2 id="rates-h">${esc(w.rates)}</h2><p>${esc(w.ratesIntro)}</p><table><thead><tr><th scope="col">${esc(w.rate)}</th><th scope="col">${esc(w.fixOf)}</th><th scope="col">${esc(w.asked)}</th><th scope="col">${esc(w.rateSource)}</th><th scope="col">${esc(w.usedFor)}</th></tr></thead><tbody>${body}</tbody></table></section>`;
}

function checksSection(checked: readonly Checked[], look: Lookup): string {
  const w = look.words;
  if (checked.length === 0)
    return `<section aria-labelledby="checks-h"><h2 id="checks-h">${esc(w.checks)}</h2><p>${esc(w.noChecks)}</p></section>`;
  const items = checked
    .map((c) => {
      if (!c.verdict)
        return `<li data-verdict="unchecked" data-conversion="${esc(c.id)}"><span class="status">? ${esc(c.id)}</span>: ${esc(c.error ?? '')}${citation(c.source, look)}</li>`;
      const v = c.verdict;
      const pair = `${formatFigure(v.from, { locale: look.locale })} → ${formatFigure(v.to, { locale: look.locale })}`;
      return `<li data-verdict="${esc(v.status)}" data-conversion="${esc(c.id)}"><span class="status">${esc(w.statuses[v.status])}</span> <strong>${esc(pair)}</strong> <code>${esc(c.id)}</code><p>${esc(explainVerdict(v, { locale: look.locale }))}</p>${citation(c.source, look)}</li>`;
    })
    .join('');
  return `<section aria-labelledby="checks-h"><h2 id="checks-h">${esc(w.checks)}</h2><p>${esc(w.checksIntro)}</p><ul class="verdicts">${items}</ul></section>`;
}

function checkAll(dataset: Dataset, rates: RatesLike | undefined): Checked[] {
  if (Array.isArray(rates))
    rates.forEach((r: unknown, i) => {
      if (!isRecord(r)) throw invalidArgument(`options.rates[${i}]`, 'a rate', r);
    });
  const provider = rates === undefined ? staticRates(dataset.rates) : toRateProvider(rates, 'options.rates');
  return dataset.conversions.map((c) => {
    try {
      return { id: c.id, verdict: checkConversion(c, provider), source: c.source };
    } catch (error) {
      // One conversion that cannot be checked (a rate file without its pair) must not hide the page.
      if (!isReckonError(error)) throw error;
      return { id: c.id, error: error.message, source: c.source };
    }
  });
}

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
    ...(to !== undefined ? [[w.asOf, o.asOf ?? w.asOfEach] as [string, string]] : []),
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
 *   (the message names its path); errors of {@link toRateProvider} for `options.rates`
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
 * const html = renderReportHtml(result, dataset, { locale: 'de' });
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
  const o = readOptions(options);
  const locale = optionalOneOf(o.locale, ['en', 'de'] as const, 'options.locale') ?? 'en';
  for (const key of ['title', 'source'] as const) {
    if (o[key] !== undefined && typeof o[key] !== 'string')
      throw invalidArgument(`options.${key}`, 'a string or undefined', o[key]);
  }
  if (o.asOf !== undefined && !isIsoDate(o.asOf))
    throw invalidArgument('options.asOf', 'an ISO day such as "2025-09-17" or undefined', o.asOf);
  const w = WORDS[locale];
  const look = lookup(dataset, locale, w);
  const checked = checkAll(dataset, o.rates);
  const title = o.title ?? dataset.title ?? dataset.id;
  const cols = columnsOf(result.groups).length;
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)}</title><style>${stylesheet(Math.max(1, cols))}</style></head>
<body>${DEFS}${header(result, dataset, title, o, w)}<main>${plotSection(result, look)}${checksSection(checked, look)}${ratesSection(result, checked, look)}${tableSection(result, look)}</main><footer class="page"><p>${esc(w.footer)}</p></footer></body></html>
`;
}
