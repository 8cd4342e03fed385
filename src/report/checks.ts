/** The report's rates and conversion checks. */
import { invalidArgument, isRecord } from '../_lib/guards';
import type { AggregateResult } from '../aggregate/types';
import { checkConversion } from '../conversion/check-conversion';
import { explainVerdict } from '../conversion/explain';
import type { ConversionVerdict } from '../conversion/verdict';
import type { Dataset, DatasetConversion } from '../dataset/types';
import { isReckonError } from '../errors/reckon-error';
import { formatFigure } from '../figure/format-figure';
import type { FigureLanguage } from '../figure/types';
import { type Ratio, ratioToDecimal } from '../math/ratio';
import type { DayRange } from '../rates/provider';
import { ratesFromList } from '../rates/static-rates';
import { type RatesLike, readRates } from '../rates/to-provider';
import { citation, type Lookup } from './details';
import { esc } from './escape';

/** A reported conversion of the dataset, checked: its verdict, or why it could not be checked. @internal */
export interface Checked {
  readonly id: string;
  readonly verdict?: ConversionVerdict;
  readonly error?: string;
  /** The {@link ReckonError} code of `error`. */
  readonly errorCode?: string;
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

/**
 * The days a reported conversion of the dataset is checked at, one rule for `reckon check` and the
 * report: its own eventDate/publishedDate when it has either; else the date of a mention whose figure
 * stands inside the conversion's quote (the day `reconcile` uses) and the publication date of its
 * document — the mention's date as the event's when the document has another, as the publication's
 * when the document has none; else the document's publication date; else `fallback`. @internal
 */
export function datedConversion(
  dataset: Dataset,
  c: DatasetConversion,
  fallback?: string,
): DatasetConversion {
  if (c.eventDate !== undefined || c.publishedDate !== undefined) return c;
  const at = c.source;
  const published = dataset.documents.find((d) => d.id === at?.document)?.publishedDate;
  const inside = (dataset.mentions ?? [])
    .filter(
      (m) =>
        m.date !== undefined &&
        m.source.document === at?.document &&
        m.source.start >= at.start &&
        m.source.end <= at.end,
    )
    .sort((a, b) => a.source.start - b.source.start);
  const mentioned = inside[0]?.date;
  if (mentioned !== undefined && published !== undefined && mentioned !== published)
    return { ...c, eventDate: mentioned, publishedDate: published };
  const day = mentioned ?? published ?? fallback;
  return day === undefined ? c : { ...c, publishedDate: day };
}

/** What {@link checkAll} reads besides the rates: the options of `reckon check`. @internal */
export interface CheckAllOptions {
  readonly toleranceBps?: number;
  /** The day for a conversion the dataset gives no date for. */
  readonly date?: string;
  /** The days whose fixes count, for every conversion. */
  readonly window?: DayRange;
}

/** The message for a conversion without any date, in words for a reader (no API option). @internal */
export const UNDATED =
  'it has no date: neither the conversion, the mentions of its figures nor its document give one';

/**
 * Checks every reported conversion of the dataset, dated by {@link datedConversion}; one that cannot be
 * checked keeps its error instead of hiding the others. `reckon check` and the report both read this. @internal
 */
export function checkAll(
  dataset: Dataset,
  rates: RatesLike | undefined,
  options: CheckAllOptions = {},
): Checked[] {
  if (Array.isArray(rates))
    rates.forEach((r: unknown, i) => {
      if (!isRecord(r)) throw invalidArgument(`options.rates[${i}]`, 'a rate', r);
    });
  const provider = rates === undefined ? ratesFromList(dataset.rates) : readRates(rates, 'options.rates');
  const { date, ...checkOptions } = options;
  return dataset.conversions.map((c) => {
    const dated = datedConversion(dataset, c, date);
    if (dated.eventDate === undefined && dated.publishedDate === undefined && options.window === undefined)
      return { id: c.id, error: UNDATED, errorCode: 'INVALID_CONVERSION', source: c.source };
    try {
      return { id: c.id, verdict: checkConversion(dated, provider, checkOptions), source: c.source };
    } catch (error) {
      // One conversion that cannot be checked (a rate file without its pair) must not hide the page.
      if (!isReckonError(error)) throw error;
      return {
        id: c.id,
        error: error.message.replace('[reckon] ', ''),
        errorCode: error.code,
        source: c.source,
      };
    }
  });
}
