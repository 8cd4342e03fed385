/** The plot and the table of the report: rows, columns and their cells. */
import type { AggregateGroup, AggregateResult, AggregateTotals, MoneyInterval } from '../aggregate/types';
import type { FigureLanguage } from '../figure/types';
import { type Ratio, ratioCmp } from '../math/ratio';
import { detailsHtml, type Lookup } from './details';
import { esc } from './escape';
import { axisFor, axisSvg, barSvg, legendSvg, ratioOf } from './plot';
import type { Axis } from './scale';
import { convertedText, decimalOf, intervalText } from './text';

/** A column of the plot: one currency's totals, or the converted totals. @internal */
export interface Column {
  readonly currency: string;
  readonly converted: boolean;
  readonly axis: Axis;
}

/** A row's interval in a column: its currency's total, or the converted one. @internal */
export const intervalIn = (t: AggregateTotals, col: Omit<Column, 'axis'>): MoneyInterval | undefined =>
  col.converted ? t.converted : t.totals[col.currency];

/**
 * The columns of a set of rows: the converted total first (the answer a reader looks for, in view on a
 * narrow screen however many currencies follow), then every currency, alphabetical. @internal
 */
export function columnsOf(rows: readonly AggregateTotals[]): Column[] {
  const codes = new Set<string>();
  let to: string | undefined;
  for (const r of rows) {
    for (const c of Object.keys(r.totals)) codes.add(c);
    if (r.converted) to = r.converted.currency;
  }
  const cols: Omit<Column, 'axis'>[] = [...codes].sort().map((currency) => ({ currency, converted: false }));
  if (to !== undefined) cols.unshift({ currency: to, converted: true });
  return cols.map((c) => ({
    ...c,
    axis: axisFor(rows.flatMap((r) => intervalIn(r, c) ?? [])),
  }));
}

/**
 * The order of the rows: by the high end in one currency, highest first (an unbounded or unknown
 * high end first of all), then by name. The currency is the converted one when there is one, else the
 * one most rows have.
 * @internal
 */
export function sortRows(
  groups: readonly AggregateGroup[],
  names: (g: AggregateGroup) => string,
  language: FigureLanguage,
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
  const collator = new Intl.Collator(language, { numeric: true });
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

/** The cells of one row: a bar per column on the column's shared axis, with its text. @internal */
export function cells(t: AggregateTotals, cols: readonly Column[], name: string, look: Lookup) {
  const { words: w, language } = look;
  return cols
    .map((col) => {
      // A row with nothing added has a converted total of 0: drawn as a dot it would read as "committed
      // €0", so its converted cell says "none", like a currency it has no amount in.
      const nothingAdded = col.converted && Object.keys(t.totals).length === 0;
      const interval = nothingAdded ? undefined : intervalIn(t, col);
      if (interval === undefined) return `<div class="cell"><span class="v">${w.none}</span></div>`;
      const text =
        col.converted && t.converted
          ? convertedText(t.converted, language, look.money)
          : intervalText(interval, language, look.money);
      const what = col.converted ? w.convertedCol(col.currency) : w.inCurrency(col.currency);
      const low = decimalOf(interval.low);
      const high = decimalOf(interval.high);
      const desc = `${w.low}: ${low === null ? w.none : `${low} ${interval.currency}`}; ${w.high}: ${high === null ? w.none : `${high} ${interval.currency}`}`;
      return `<div class="cell">${barSvg(col.axis, interval, `${name} — ${what}: ${text}`, desc)}<span class="v">${esc(text)}</span></div>`;
    })
    .join('');
}

/** The header row of the plot: the row label and each column's axis. @internal */
export function headRow(cols: readonly Column[], look: Lookup, first: string): string {
  const w = look.words;
  const heads = cols
    .map((col) => {
      const what = col.converted ? w.convertedCol(col.currency) : w.inCurrency(col.currency);
      return `<div class="cell"><span class="colhead">${esc(what)}</span>${axisSvg(col.axis, col.currency, look.money, what)}</div>`;
    })
    .join('');
  return `<div class="row head"><div class="name">${esc(first)}</div>${heads}</div>`;
}

/** The plot: one row per group, a bar per column on its shared axis. @internal */
export function plotSection(result: AggregateResult, look: Lookup): string {
  const w = look.words;
  const name = (g: AggregateGroup) => look.names.get(g.party) ?? g.partyName ?? g.party;
  const cols = columnsOf(result.groups);
  const rows = sortRows(result.groups, name, look.language)
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

/** The table: the same numbers as the plot, for screen readers and copying. @internal */
export function tableSection(result: AggregateResult, look: Lookup): string {
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
      if (i) add(i, intervalText(i, look.language, look.money), '');
    }
    if (t.converted)
      add(
        t.converted,
        convertedText(t.converted, look.language, look.money),
        t.converted.complete ? w.yes : w.no,
      );
    return out.join('');
  };
  const body =
    result.groups.map((g) => lines(look.names.get(g.party) ?? g.partyName ?? g.party, g.role, g)).join('') +
    lines(w.grand, '', result.grandTotal);
  return `<section aria-labelledby="table-h"><h2 id="table-h">${esc(w.table)}</h2><table><caption>${esc(w.tableCaption)}</caption><thead><tr><th scope="col">${esc(w.nameCol)}</th><th scope="col">${esc(w.role)}</th><th scope="col">${esc(w.currency)}</th><th scope="col">${esc(w.low)}</th><th scope="col">${esc(w.high)}</th><th scope="col">${esc(w.shown)}</th><th scope="col">${esc(w.complete)}</th></tr></thead><tbody>${body}</tbody></table></section>`;
}
