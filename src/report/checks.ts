/** The report's rates and conversion checks. */
import { invalidArgument, isRecord } from '../_lib/guards';
import type { AggregateResult } from '../aggregate/types';
import { type ConversionVerdict, checkConversion } from '../conversion/check-conversion';
import { explainVerdict } from '../conversion/explain';
import type { Dataset } from '../dataset/types';
import { isReckonError } from '../errors/reckon-error';
import { formatFigure } from '../figure/format-figure';
import type { FigureLanguage } from '../figure/types';
import { type Ratio, ratioToDecimal } from '../math/ratio';
import { ratesFromList } from '../rates/static-rates';
import { type RatesLike, readRates } from '../rates/to-provider';
import { citation, type Lookup } from './details';
import { esc } from './escape';

/** A reported conversion of the dataset, checked: its verdict, or why it could not be checked. @internal */
export interface Checked {
  readonly id: string;
  readonly verdict?: ConversionVerdict;
  readonly error?: string;
  readonly source: unknown;
}

/** A rate as a decimal of six places, with the language's decimal mark. @internal */
export const decimalIn = (value: Ratio, language: FigureLanguage) => {
  const text = ratioToDecimal(value, 6);
  return language === 'de' ? text.replace('.', ',') : text;
};

/** The rates used: each pair and day with its value and source. @internal */
export function ratesSection(result: AggregateResult, checked: readonly Checked[], look: Lookup): string {
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
        `<tr data-rate="${esc(`${r.base}/${r.quote}`)}" data-date="${esc(r.date)}"><td>1 ${esc(r.base)} = ${esc(decimalIn(r.value, look.language))} ${esc(r.quote)}</td><td>${esc(r.date)}</td><td>${esc(r.asked || w.none)}</td><td>${esc(r.source)}</td><td>${esc(r.uses.join('; '))}</td></tr>`,
    )
    .join('');
  return `<section aria-labelledby="rates-h"><h2 id="rates-h">${esc(w.rates)}</h2><p>${esc(w.ratesIntro)}</p><table><thead><tr><th scope="col">${esc(w.rate)}</th><th scope="col">${esc(w.fixOf)}</th><th scope="col">${esc(w.asked)}</th><th scope="col">${esc(w.rateSource)}</th><th scope="col">${esc(w.usedFor)}</th></tr></thead><tbody>${body}</tbody></table></section>`;
}

/** The conversion checks: a verdict per reported conversion, explained and cited. @internal */
export function checksSection(checked: readonly Checked[], look: Lookup): string {
  const w = look.words;
  if (checked.length === 0)
    return `<section aria-labelledby="checks-h"><h2 id="checks-h">${esc(w.checks)}</h2><p>${esc(w.noChecks)}</p></section>`;
  const items = checked
    .map((c) => {
      if (!c.verdict)
        return `<li data-verdict="unchecked" data-conversion="${esc(c.id)}"><span class="status">? ${esc(c.id)}</span>: ${esc(c.error ?? '')}${citation(c.source, look)}</li>`;
      const v = c.verdict;
      const pair = `${formatFigure(v.from, { language: look.language })} → ${formatFigure(v.to, { language: look.language })}`;
      return `<li data-verdict="${esc(v.status)}" data-conversion="${esc(c.id)}"><span class="status">${esc(w.statuses[v.status])}</span> <strong>${esc(pair)}</strong> <code>${esc(c.id)}</code><p>${esc(explainVerdict(v, { language: look.language }))}</p>${citation(c.source, look)}</li>`;
    })
    .join('');
  return `<section aria-labelledby="checks-h"><h2 id="checks-h">${esc(w.checks)}</h2><p>${esc(w.checksIntro)}</p><ul class="verdicts">${items}</ul></section>`;
}

/** Checks every reported conversion of the dataset; one that cannot be checked keeps its error instead of hiding the page. @internal */
export function checkAll(dataset: Dataset, rates: RatesLike | undefined): Checked[] {
  if (Array.isArray(rates))
    rates.forEach((r: unknown, i) => {
      if (!isRecord(r)) throw invalidArgument(`options.rates[${i}]`, 'a rate', r);
    });
  const provider = rates === undefined ? ratesFromList(dataset.rates) : readRates(rates, 'options.rates');
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
